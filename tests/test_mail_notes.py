"""Mail saved as notes: mailing-list archive pages in month folders, a digest, an exported
message, a Korean team mail. Each message is its sender's; a talk named in a plain line holds the
points under it; a reply quoting a talk joins it; the archive's month folder is no event and no
writer."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from factories import items_by_title, line_of, list_json, run_cli
from summit_tui.corpus.folders import month_folder
from summit_tui.corpus.mail_thread import mail_parts, mail_writer

ARCHIVE = """\
# [kc-crew] Wednesday notes

**From:** Ines Navarro <ines at crew.example.org>
**Date:** Wed, 20 Mar 2024 20:15:31 +0100
**Subject:** [kc-crew] Wednesday notes
**Messages sorted by:** [date] [thread] [subject] [author]

---

Notes from today, only two talks because of the booth shift.

Hall 7, 11:00: "eBPF without the kernel headaches" (Oskar Lind)

- CO-RE means one binary for every kernel since 5.4
- bpftool gen skeleton does most of the boring work

Room B, 14:30: "Cutting the cluster bill in half" (Amara Okoye)

- Right-sizing requests was 70% of the savings
- Spot nodes for CI only, never for stateful sets

Dinner at the usual place at 8?

--
Ines

---

**From:** Pavel Novak <pavel at crew.example.org>
**Date:** Thu, 21 Mar 2024 01:20:44 +0100
**Subject:** Re: [kc-crew] Wednesday notes

> - Right-sizing requests was 70% of the savings

Same in our clusters, she also showed the VPA recommender dashboards they used.

See you tomorrow.

Pavel
"""

DIGEST = """\
Send kc-crew mailing list submissions to
	kc-crew at crew.example.org

Today's Topics:

   1. Re: Wednesday notes (Mei Chen)


----------------------------------------------------------------------

Message: 1
Date: Thu, 21 Mar 2024 18:02:10 +0100
From: Mei Chen <mei at crew.example.org>
Subject: Re: [kc-crew] Wednesday notes

Today I caught "Gateway API in production" by Tariq Aziz:

- HTTPRoute per team, one shared Gateway per cluster
- The migration from Ingress took them a quarter

Mei

------------------------------

End of kc-crew Digest, Vol 2, Issue 7
"""

KOREAN = """\
제목: [공유] 컨퍼런스 1일차 세션 정리
보낸 사람: 오지민 <jimin.oh@corp.example.co.kr>
받는 사람: 플랫폼팀 <platform@corp.example.co.kr>
날짜: 2024년 3월 20일 (수) 오후 9:40

오늘 들은 세션 공유드립니다.

1. 오전 11시, 7홀: "eBPF without the kernel headaches" (Oskar Lind)

- 커널 버전마다 다시 빌드할 필요가 없다는 게 핵심
- 우리 모니터링 에이전트에 바로 써볼 만함

감사합니다.
"""


def test_each_message_is_its_senders_and_a_talk_line_holds_its_points(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    data = list_json(tmp_path, capsys, {"lists/kc-crew/2024-March/000042.md": ARCHIVE})
    items = items_by_title(data)
    ebpf = items["eBPF without the kernel headaches"]
    assert ebpf["speakers"] == ["Oskar Lind"]
    (only,) = ebpf["entries"]
    assert only["author"] == "Ines Navarro"
    bill = items["Cutting the cluster bill in half"]
    # the talk's line, its points, and Pavel's reply quoting one of them
    assert [(e["line"], e["author"]) for e in bill["entries"]] == [
        (line_of(ARCHIVE, "Room B, 14:30"), "Ines Navarro"),
        (line_of(ARCHIVE, "> - Right-sizing"), "Pavel Novak"),
    ]
    unsorted = {u["line"]: u["author"] for u in data["unsorted"]}
    # the dinner question after the points and the reply's own goodbye are nobody's talk
    assert unsorted[line_of(ARCHIVE, "Dinner at")] == "Ines Navarro"
    assert unsorted[line_of(ARCHIVE, "See you tomorrow")] == "Pavel Novak"
    # the archive's month folder names no event and no writer
    assert [event["title"] for event in data["events"]] != ["March 2024"]
    assert "2024-March" not in {u["author"] for u in data["unsorted"]}


def test_a_reply_sent_after_midnight_reports_the_evening_before() -> None:
    parts = mail_parts(ARCHIVE)
    assert parts is not None
    talks = [p for p in parts if p.title]
    assert [(p.title, p.day) for p in talks] == [
        ("eBPF without the kernel headaches", "2024-03-20"),
        ("Cutting the cluster bill in half", "2024-03-20"),
        ("Cutting the cluster bill in half", None),  # a reply: the talk's day is elsewhere
    ]
    late = ARCHIVE.replace("21 Mar 2024 01:20:44", "21 Mar 2024 09:20:44").replace(
        "> - Right-sizing",
        'Just got out of "Late keynote" by Ada Berg. Today was long.\n\n> - Right',
    )
    parts = mail_parts(late)
    assert parts is not None
    assert ("Late keynote", "2024-03-21") in [(p.title, p.day) for p in parts]


def test_a_digest_is_read_message_by_message(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    data = list_json(tmp_path, capsys, {"kc-crew/digest-vol2-issue7.md": DIGEST})
    gateway = items_by_title(data)["Gateway API in production"]
    (only,) = gateway["entries"]
    assert only["author"] == "Mei Chen"
    assert only["line"] == line_of(DIGEST, "Today I caught")
    assert mail_writer(DIGEST) == "Mei Chen"


def test_korean_header_words_name_the_sender(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert mail_writer(KOREAN) == "오지민"
    data = list_json(tmp_path, capsys, {"team-mail/2024-03/세션 공유.md": KOREAN})
    ebpf = items_by_title(data)["eBPF without the kernel headaches"]
    (only,) = ebpf["entries"]
    assert only["author"] == "오지민"


def test_a_note_without_message_headers_is_not_mail() -> None:
    prose = '# Notes\n\nFrom: the train, on my phone.\n\nTrack 1: "Title here" (Ann Lee)\n'
    assert mail_writer(prose) is None
    assert mail_parts(prose) is None


@pytest.mark.parametrize(
    ("name", "month"),
    [
        ("2024-August", True),
        ("2024-08", True),
        ("August 2024", True),
        ("2024_08", True),
        ("2024", False),
        ("PyCon KR 2024", False),
        ("2024-08-10", False),
        ("mayday", False),
    ],
)
def test_an_archives_month_folder_is_told_apart(name: str, month: bool) -> None:
    assert month_folder(name) is month


# A message as a mail client saves it: MIME headers with an encoded subject, a multipart body
# whose plain part is quoted-printable UTF-8, and its HTML twin.
EML = b"""\
Return-Path: <jimin.oh@corp.example.co.kr>
From: =?UTF-8?B?7Jik7KeA66+8?= <jimin.oh@corp.example.co.kr>
To: platform@corp.example.co.kr
Subject: =?UTF-8?Q?=5B=EA=B3=B5=EC=9C=A0=5D_1=EC=9D=BC=EC=B0=A8?=
Date: Wed, 20 Mar 2024 21:40:00 +0900
MIME-Version: 1.0
Content-Type: multipart/alternative; boundary="b1"

--b1
Content-Type: text/plain; charset="UTF-8"
Content-Transfer-Encoding: quoted-printable

=EC=98=A4=EB=8A=98 =EB=93=A4=EC=9D=80 =EC=84=B8=EC=85=98=EC=9E=85=EB=8B=88=
=EB=8B=A4.

Hall 7, 11:00: "eBPF without the kernel headaches" (Oskar Lind)

- CO-RE: one binary for every kernel
- bpftool gen skeleton

--=20
=EC=98=A4=EC=A7=80=EB=AF=BC
--b1
Content-Type: text/html; charset="UTF-8"

<p>html twin</p>
--b1--
"""


def test_a_saved_eml_message_is_read_as_mail(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    notes = tmp_path / "notes"
    notes.mkdir()
    (notes / "세션 공유.eml").write_bytes(EML)
    (notes / "broken.eml").write_bytes(b"just some bytes\n\nno headers here\n")
    data = list_json(tmp_path, capsys, {})
    ebpf = items_by_title(data)["eBPF without the kernel headaches"]
    (only,) = ebpf["entries"]
    assert only["author"] == "오지민"
    assert ebpf["speakers"] == ["Oskar Lind"]
    text = "\n".join(u["heading"] for u in data["unsorted"])
    assert "html twin" not in text
    assert any(p["note"] == "broken.eml" for p in data["problems"])


def test_a_post_quoting_a_message_under_its_sections_is_no_mail(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    post = (
        "# KubeCon week\n\n## eBPF without the kernel headaches (Oskar Lind)\n\n- CO-RE\n\n"
        "## Cutting the cluster bill in half (Amara Okoye)\n\n- right-sizing\n\n"
        "The organisers wrote afterwards:\n\nFrom: Events Team <events@example.org>\n"
        "Date: Fri, 22 Mar 2024 10:00:00 +0100\nSubject: Thank you\n\nSee you next year.\n"
    )
    assert mail_parts(post) is None
    data = list_json(tmp_path, capsys, {"kubecon.md": post})
    assert {"eBPF without the kernel headaches", "Cutting the cluster bill in half"} <= set(
        items_by_title(data)
    )


# A list's monthly archive as Mailman offers it for download ("2024-March.txt"): the messages
# one after the other, each after an mbox "From " line, the sender written "x at y (Name)".
MONTH_ARCHIVE = """\
From ines at crew.example.org  Wed Mar 20 20:15:31 2024
From: ines at crew.example.org (Ines Navarro)
Date: Wed, 20 Mar 2024 20:15:31 +0100
Subject: [kc-crew] Wednesday notes
Message-ID: <CAB1x@crew.example.org>

Notes from today, only two talks because of the booth shift.

Hall 7, 11:00: "eBPF without the kernel headaches" (Oskar Lind)

- CO-RE means one binary for every kernel since 5.4
- bpftool gen skeleton does most of the boring work

Dinner at the usual place at 8?

--
Ines

From pavel at crew.example.org  Thu Mar 21 09:20:44 2024
From: pavel at crew.example.org (Pavel Novak)
Date: Thu, 21 Mar 2024 09:20:44 +0100
Subject: [kc-crew] Wednesday notes
In-Reply-To: <CAB1x@crew.example.org>
References: <CAB1x@crew.example.org>
Message-ID: <CAC2y@crew.example.org>

> - CO-RE means one binary for every kernel since 5.4

Same for us, he also showed libbpf-bootstrap.

Pavel
"""


def test_a_lists_monthly_text_archive_is_read_message_by_message(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    data = list_json(tmp_path, capsys, {"kc-crew/2024-March.txt": MONTH_ARCHIVE})
    ebpf = items_by_title(data)["eBPF without the kernel headaches"]
    assert [(e["line"], e["author"]) for e in ebpf["entries"]] == [
        (line_of(MONTH_ARCHIVE, "Hall 7, 11:00"), "Ines Navarro"),
        (line_of(MONTH_ARCHIVE, "> - CO-RE"), "Pavel Novak"),
    ]


def test_a_replys_quote_is_context_not_a_point_both_writers_made(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    data = list_json(tmp_path, capsys, {"lists/kc-crew/2024-March/000042.md": ARCHIVE})
    bill = items_by_title(data)["Cutting the cluster bill in half"]
    code, out, _ = run_cli(
        capsys, "compare", "--notes", str(tmp_path / "notes"), bill["id"], "--json"
    )
    assert code == 0
    columns = {column["author"]: column["passages"] for column in json.loads(out)["columns"]}
    quoted = next(p for p in columns["Pavel Novak"] if p["line"] == line_of(ARCHIVE, "> - Right"))
    assert quoted["kind"] == "fact"
    assert quoted["matches"] == []
    said = next(p for p in columns["Ines Navarro"] if "Right-sizing" in p["text"])
    assert said["matches"] == []


def test_the_readmes_mail_example_comes_out_as_it_says(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    readme = (Path(__file__).resolve().parents[1] / "README.md").read_text(encoding="utf-8")
    shape = readme.split("**28. Mail saved as notes**", 1)[1]
    example = shape.split("```markdown\n", 1)[1].split("\n```", 1)[0] + "\n"
    data = list_json(tmp_path, capsys, {"lists/pycon-crew/2024-October/000412.md": example})
    polars = items_by_title(data)["Polars in production"]
    assert polars["speakers"] == ["Dana Kim"]
    assert [e["author"] for e in polars["entries"]] == ["Ines Navarro", "Pavel Novak"]
    (day,) = [day["date"] for event in data["events"] for day in event["days"]]
    assert day == "2024-10-26"  # Pavel wrote after midnight; Ines said "today"
    assert "2024-October" not in {u["author"] for u in data["unsorted"]}


def test_a_digest_beside_a_lists_archive_pages_joins_their_event(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    post = (
        "---\ntitle: KubeCon EU 2024, day 1\ndate: 2024-03-25\n---\n\n"
        "Wednesday 20 March 2024.\n\n"
        "## eBPF without the kernel headaches (Oskar Lind)\n\n- CO-RE\n\n"
        "## Cutting the cluster bill in half (Amara Okoye)\n\n- right-sizing\n"
    )
    data = list_json(
        tmp_path,
        capsys,
        {
            "blog/kubecon-day1.md": post,
            "lists/kc-crew/2024-March/000042.md": ARCHIVE,
            "lists/kc-crew/digest-vol2-issue7.md": DIGEST,
        },
    )
    events = {
        entry["note"]: event["title"]
        for event in data["events"]
        for day in event["days"]
        for track in day["tracks"]
        for item in track["items"]
        for entry in item["entries"]
    }
    assert events["lists/kc-crew/digest-vol2-issue7.md"] == events["blog/kubecon-day1.md"]
    assert events["lists/kc-crew/2024-March/000042.md"] == events["blog/kubecon-day1.md"]


FRENCH = """\
De : Claire Martin <claire.martin@example.fr>
Envoyé : samedi 1 février 2025 20:14
À : equipe@example.fr
Objet : FOSDEM, samedi

Bonjour à tous, mes notes d'aujourd'hui.

Janson, 10h30 : "Digital sovereignty needs open source" (Marie Laurent)

- l'argent public doit financer du code public
- le cloud comme question de souveraineté

Bonne soirée,
Claire
"""


def test_french_headers_with_a_space_before_the_colon_are_read() -> None:
    assert mail_writer(FRENCH) == "Claire Martin"
    parts = mail_parts(FRENCH)
    assert parts is not None
    (talk,) = [p for p in parts if p.title]
    assert talk.title == "Digital sovereignty needs open source"
    assert talk.day == "2025-02-01"  # "aujourd'hui"


@pytest.mark.parametrize(
    ("opening", "ceremony"),
    [
        ("Closing ceremonies were fun, the badge winners were teenagers.", "Closing ceremonies"),
        ("The opening ceremony ran twenty minutes late.", "opening ceremony"),
        ("Die Abschlussfeier war kurz und laut.", "Abschlussfeier"),
        ("폐막식은 짧았지만 재밌었다.", "폐막식"),
    ],
)
def test_a_paragraph_opening_with_a_ceremony_is_about_it(opening: str, ceremony: str) -> None:
    mail = (
        "From: Sam Okafor <sam at crew.example.org>\nDate: Sun, 11 Aug 2024 18:52:10 -0700\n"
        "Subject: Re: notes\n\nAdding to the notes on the EV charger talk (Kenji Mori, Friday):\n\n"
        "- firmware is signed but never checked\n\n" + opening + "\n\nSam\n"
    )
    parts = mail_parts(mail)
    assert parts is not None
    assert [p.title for p in parts if p.title] == ["notes on the EV charger", ceremony]


def test_a_paragraph_only_mentioning_a_ceremony_later_is_not_about_it() -> None:
    mail = (
        "From: Sam Okafor <sam at crew.example.org>\nDate: Sun, 11 Aug 2024 18:52:10 -0700\n"
        "Subject: Re: notes\n\nAdding to the notes on the EV charger talk (Kenji Mori, Friday):\n\n"
        "- firmware is signed but never checked\n\nI left before the closing ceremony.\n\nSam\n"
    )
    parts = mail_parts(mail)
    assert parts is not None
    assert [p.title for p in parts if p.title] == ["notes on the EV charger"]


# A list member's message saved from a German client: a reply's and a forward's marks and the
# list's tag before its subject, no talk in its lines.
LIST_REPLY = b"""\
From: "Kowalski, Marta" <marta.kowalski@example.de>
To: orga@lists.example.de
Subject: AW: [froscon-orga] WG: Nachbereitung Samstag
Date: Mon, 25 Aug 2025 09:12:00 +0200
Content-Type: text/plain; charset="utf-8"

Hallo zusammen,

danke fuer den Samstag. Die Raumliste fuer naechstes Jahr schicke ich bis Freitag.

Gruss
Marta
"""


def test_a_saved_messages_subject_is_its_title_without_reply_and_list_marks(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    notes = tmp_path / "notes"
    notes.mkdir()
    (notes / "nachbereitung-2025-08-25.eml").write_bytes(LIST_REPLY)
    (notes / "only-a-tag.eml").write_bytes(
        LIST_REPLY.replace(b"AW: [froscon-orga] WG: Nachbereitung Samstag", b"Re: [orga]")
    )
    code, out, _ = run_cli(capsys, "list", "--notes", str(notes))
    assert code == 0
    line = next(line for line in out.splitlines() if "nachbereitung-2025-08-25.eml" in line)
    assert line.split(":1", 1)[1].strip().startswith("Nachbereitung Samstag  — ")
    assert "AW:" not in line and "froscon-orga" not in line and "WG:" not in line
    # a subject that is nothing but the list's tag keeps it rather than the file's name
    tagged = next(line for line in out.splitlines() if "only-a-tag.eml" in line)
    assert "[orga]" in tagged
