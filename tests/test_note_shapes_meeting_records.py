"""What people write about a standards body's, a committee's or a project's meetings besides
the minutes page itself: who took the notes when the role changed hands, and a `check` that
does not call a minutes page's agenda items talks folded by mistake."""

from __future__ import annotations

from pathlib import Path

from factories import days_by_title, entry_authors, items_of, list_json, run_cli

SIG_CALL = """\
# SIG Node weekly call

Wednesday 9 October 2024, 17:00 UTC
Chairs: Dawn Chen, Sergey Kanzhelev
Note taker: *volunteer needed!* → Farah Q. (second half)

## Agenda

1. Announcements (chairs)
2. Sidecar containers to GA — Todd Neal
3. In-place pod resize — Vinay Kulkarni
4. AOB

## Sidecar containers to GA — Todd Neal

- e2e tests green for two weeks
- GA in 1.33 unless a blocker shows up

## In-place pod resize — Vinay Kulkarni

- Windows support still open

## AOB

Nothing.
"""

TC39 = """\
# TC39 plenary — minutes

Date: 2024-10-09
Chair: Rob Palmer
Scribe: ~~TBD~~ Ujjwal Sharma

## Agenda

- Temporal update — Philip Chimento
- Decorators — Kristen Hewell Garrett

## Temporal update — Philip Chimento

Stage 3 remains; two normative PRs reviewed.

## Decorators — Kristen Hewell Garrett

Consensus on the metadata change.
"""


def test_a_role_handed_on_names_the_one_who_took_the_notes(tmp_path: Path, capsys) -> None:
    files = {"sig-node/2024-10-09.md": SIG_CALL, "tc39/2024-10-day2.md": TC39}
    data = list_json(tmp_path, capsys, files)
    authors = entry_authors(data)
    assert authors["sig-node/2024-10-09.md"] == "Farah Q."
    assert authors["tc39/2024-10-day2.md"] == "Ujjwal Sharma"
    titles = " ".join(item["title"] for item in items_of(data))
    assert "volunteer" not in titles and "Farah" not in titles  # the role line is no session


def test_check_says_nothing_of_a_minutes_pages_agenda_items(tmp_path: Path, capsys) -> None:
    notes = tmp_path / "notes"
    (notes / "sig-node").mkdir(parents=True)
    (notes / "sig-node" / "2024-10-09.md").write_text(SIG_CALL, encoding="utf-8")
    _, out, _ = run_cli(capsys, "check", "--notes", str(notes))
    assert "read like talks of their own" not in out
    assert "2024-10-09.md" not in out or "Sidecar" not in out


def test_check_still_warns_of_talks_folded_into_a_talks_notes(tmp_path: Path, capsys) -> None:
    talk = """\
---
title: "Observability at scale"
speakers: [Mia Lund]
---
# Observability at scale

## Tracing budgets — Omar Said

Sampling at 1%.
"""
    notes = tmp_path / "notes"
    (notes / "kubecon").mkdir(parents=True)
    (notes / "kubecon" / "observability.md").write_text(talk, encoding="utf-8")
    _, out, _ = run_cli(capsys, "check", "--notes", str(notes))
    assert "read like talks of their own" in out


def test_a_days_plenary_written_in_two_languages_is_one_session(tmp_path: Path, capsys) -> None:
    english = """\
---
title: "TPAC 2024: my Wednesday"
author: Jonas Berg
---

TPAC 2024, Anaheim, Wednesday 25 September 2024.

## The plenary

Breakout sessions were proposed in the morning; the AC meeting dates were announced.

## Privacy CG

Storage access headers.
"""
    french = """\
---
title: "TPAC 2024, jour 3"
author: Claire Dubois
---

TPAC 2024 à Anaheim, mercredi 25 septembre 2024.

## Séance plénière

Les sessions du matin ont été proposées sur place.

## Groupe de travail CSS

Les ancres ont encore changé de nom.
"""
    files = {"jonas/tpac-wed.md": english, "claire/tpac-mercredi.md": french}
    data = list_json(tmp_path, capsys, files)
    plenaries = [
        item for item in items_of(data) if item["title"] in ("The plenary", "Séance plénière")
    ]
    assert len(plenaries) == 1  # "The plenary" and "Séance plénière": the day's one plenary
    assert {entry["note"] for entry in plenaries[0]["entries"]} == set(files)


# A chair's summary of the group's meeting, sent to the group's list and saved from the mail
# client: the subject's list tag names the group
CHAIR_MAIL = """\
From: Ingrid Halvorsen <ingrid@example.org>
To: sig-node@lists.example.org
Subject: [SIG Node] KubeCon NA 2024 maintainer session summary
Date: Fri, 15 Nov 2024 09:12:44 -0700
Message-ID: <sig-node-kcna-2024@example.org>
Content-Type: text/plain; charset="utf-8"

Hi all,

Thanks to everyone who came to our maintainer session in Salt Lake City on Wednesday.

1. Sidecar containers go GA in 1.33 unless a blocker shows up.
2. In-place pod resize: Windows support still open, owners wanted.

Cheers,
Ingrid
"""

SIG_RECAP = """\
---
title: "KubeCon NA 2024: my week"
author: Tom Okafor
---

KubeCon NA 2024 ran in Salt Lake City from 12 to 15 November 2024.

## SIG Network (Tuesday)

Gateway API 1.2 is out.

## SIG Node (Wednesday)

Sidecars GA is close; resize still needs Windows owners.
"""


def test_a_chairs_summary_mail_is_the_sessions_entry(tmp_path: Path, capsys) -> None:
    files = {"mail/sig-node-summary.eml": CHAIR_MAIL, "blog/kubecon.md": SIG_RECAP}
    data = list_json(tmp_path, capsys, files)
    (item,) = [item for item in items_of(data) if "Node" in item["title"]]
    assert {entry["note"] for entry in item["entries"]} == set(files)  # one session
    assert days_by_title(data)[item["title"]] == "2024-11-13"
    assert [event["title"] for event in data["events"]] == ["KubeCon NA 2024"]  # not "mail"
    assert all(entry["note"] != "mail/sig-node-summary.eml" for entry in data["unsorted"])


# A member's report of a standards meeting: a numbered section per session, the session's day
# in the brackets closing its heading, an intro and a closing section of the report's own
KOKUSAI = """\
---
title: "W3C TPAC 2024 参加報告（後編）"
date: 2024-10-15
author: 山本 彩
---

# W3C TPAC 2024 参加報告（後編）

2024年9月23日から27日まで、アナハイムで TPAC 2024 が開催されました。

## 1. 参加者の概要

現地参加は約500名でした。

## 2. CSS WG（9月23日（月）午前）

### 2.1 アンカー配置

プロパティ名がまた変更されました。

### 2.2 スクロール駆動アニメーション

timeline-scope は残ります。

## 3. WebApps WG（9月24日（火）午後）

- マニフェストの仕様整理
- クリップボードの権限

## 4. おわりに

次回は神戸で開催されます。
"""

TC_REPORT = """\
---
title: "Ecma TC39 in Tokyo, my report"
date: 2024-10-20
author: Priya Raman
---

# Ecma TC39 in Tokyo, my report

TC39 met in Tokyo from 8 to 10 October 2024; here is what I followed.

## 1. Why I went

Our team ships a Temporal polyfill.

## 2. Temporal (Tue 8 October, morning)

### Normative changes

Two PRs, both accepted.

### Shipping status

Firefox has it behind a flag.

## 3. Decorators (Wed 9 October, afternoon)

- metadata change reached consensus

## 4. Next steps

Update the polyfill.
"""


def test_a_reports_dated_sections_are_a_session_each(tmp_path: Path, capsys) -> None:
    for name, text, sessions in (
        ("tpac/houkoku.md", KOKUSAI, {"CSS WG": "2024-09-23", "WebApps WG": "2024-09-24"}),
        ("tc39/report.md", TC_REPORT, {"Temporal": "2024-10-08", "Decorators": "2024-10-09"}),
    ):
        folder = tmp_path / name.split("/")[0]
        data = list_json(folder, capsys, {name: text})
        found = days_by_title(data)
        assert found == sessions, name  # the sub-sections are the session's parts, not talks
        unsorted = {entry["heading"] for entry in data["unsorted"]}
        # the report's own opening and closing sections are about no session
        assert any("1." in heading for heading in unsorted), name
        assert any("4." in heading for heading in unsorted), name


# A travel report written in a word processor: bold lines naming a day, then the meeting the
# writer went to that day, each over a paragraph, under one summary section
INFORME = """\
# Informe de viaje — KubeCon + CloudNativeCon NA 2024 (Salt Lake City)

**Participante:** Lucía Fernández
**Equipo:** Plataforma

### Resumen

Fui a la semana de KubeCon por las reuniones de los grupos de trabajo.

**Martes (12/11) — SIG Network**
Gateway API 1.2 ya es estable. Mucho interés en el soporte de gRPC.

**Miércoles (13/11) — WG Serving**
Presentaron los primeros resultados del benchmark de inferencia.

**Jueves (14/11) — SIG Storage**
Snapshots de grupos de volúmenes en beta.

### Próximos pasos

1. Probar Gateway API 1.2 en el clúster de pruebas
"""

RAPPORT = """\
# Reisebericht: IETF 121 in Dublin

### Zusammenfassung

Ich war vom 2. bis 8. November 2024 für das Netzteam beim IETF 121.

**Dienstag, 5.11. – DNSOP WG**
Die DELEG-Diskussion ging weiter, diesmal mit Implementierungen.

**Mittwoch, 6.11. – Plenary**
Lange Diskussion über die Teilnahmegebühren.

### Kosten

Siehe Anhang.
"""


def test_a_reports_bold_day_lines_are_each_that_days_session(tmp_path: Path, capsys) -> None:
    for name, text, sessions in (
        (
            "kubecon/informe.md",
            INFORME,
            {"SIG Network": "2024-11-12", "WG Serving": "2024-11-13", "SIG Storage": "2024-11-14"},
        ),
        ("ietf/bericht.md", RAPPORT, {"DNSOP WG": "11-05", "Plenary": "11-06"}),
    ):
        data = list_json(tmp_path / name.split("/")[0], capsys, {name: text})
        found = days_by_title(data)
        assert set(found) == set(sessions), name
        for title, day in sessions.items():
            assert (found[title] or "").endswith(day), (name, title)
        speakers = {s for item in items_of(data) for s in item["speakers"]}
        assert speakers == set(), name  # the meeting after the day is no person
        unsorted = {entry["heading"] for entry in data["unsorted"]}
        assert not unsorted & set(sessions), name


# A note taker's daily page, named by its date, counting the meeting's days as the sessions
# go (its first day a Monday) while the event's week opened with a weekend hackathon
WEEK = """\
---
title: "TPAC 2024 week"
author: Jonas Berg
---

TPAC 2024 ran in Anaheim from Saturday 21 to Friday 27 September 2024, hackathon first.

## CSS WG

Anchor positioning fallbacks renamed.
"""

DAILY = """\
# 2024-09-23 (Mon)

- [x] coffee with Rachel

## TPAC day 1

### CSS WG (09:00, Ballroom B) — scribe

- anchor positioning: fallbacks renamed

### Accessibility Guidelines WG (14:00)

- WCAG 3 conformance models
"""

DAILY_BARE = """\
## TPAC 2024 day 2

### WebApps WG

- manifest cleanup

### Privacy CG

- storage access headers
"""


def test_a_daily_pages_date_says_which_day_its_day_number_is(tmp_path: Path, capsys) -> None:
    files = {
        "blog/tpac-week.md": WEEK,
        "daily/2024-09-23.md": DAILY,
        "daily/2024-09-24.md": DAILY_BARE,
    }
    days = days_by_title(list_json(tmp_path, capsys, files))
    assert days["Accessibility Guidelines WG"] == "2024-09-23"  # not the hackathon's Saturday
    assert days["WebApps WG"] == "2024-09-24"
