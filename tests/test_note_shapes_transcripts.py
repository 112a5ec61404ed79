"""Notes from a trade show made by people and by their tools: a blog post naming each talk in
quotes with its speaker after "with" in the writer's language (``## «Títol», amb Nom``), a
panel's heading naming its subject before its question, a list of stands naming each stand
in bold after a few words saying where, a saved chat with an assistant, a stand as Catalan
and Portuguese write it ("Estand de Nokia"), a transcribed voice memo walking the hall, and
a meeting tool's summary naming its speaker in its prose."""

from __future__ import annotations

from pathlib import Path

from factories import item_of_line, items_by_title, line_of, list_json
from summit_tui.corpus.assistant_chat import asked_turns, same_talk
from summit_tui.corpus.blocks import Heading
from summit_tui.corpus.heading_kinds import booth_subject
from summit_tui.corpus.names import heading_title
from summit_tui.corpus.speakers import affiliated_speakers

# A Catalan blog post from another trade show, its talks in quotes, "amb" (with) the speaker
CATALAN_BLOG = """\
---
title: "Smart City Expo 2025 (II): ciutats que escolten"
author: Pol Casals
---

El segon dia del Smart City Expo World Congress 2025, dimecres 5 de novembre, vaig anar a dues
xerrades.

## «Sensors de soroll a tots els carrers», amb Marta Ferrer

La Marta Ferrer va ensenyar el mapa de soroll de Gràcia, actualitzat cada cinc minuts.

## «Bus a demanda: tres anys de dades», amb Joan Vilaró

En Joan Vilaró va explicar per què el bus a demanda funciona als pobles i no a les ciutats.

## Estands

- A l'estand de **Siemens** hi havia una maqueta del port amb un bessó digital.
- A **Cellnex** ensenyaven antenes petites per a fanals.
"""


def test_a_quoted_title_with_its_speaker_after_with_in_other_languages() -> None:
    assert heading_title("«Sensors de soroll a tots els carrers», amb Marta Ferrer")[:2] == (
        "Sensors de soroll a tots els carrers",
        "Marta Ferrer",
    )
    assert heading_title("«Movilidad compartida», a cargo de Lucía Gómez")[:2] == (
        "Movilidad compartida",
        "Lucía Gómez",
    )
    assert heading_title("„Slimme verkeerslichten“ door Sanne de Wit")[:2] == (
        "Slimme verkeerslichten",
        "Sanne de Wit",
    )
    # words that are no one's name stay in the title
    assert heading_title("«Sensors de soroll», amb molta gent")[1] is None


def test_a_catalan_blog_post_gives_its_quoted_talks_and_its_stands(tmp_path: Path, capsys) -> None:
    data = list_json(tmp_path, capsys, {"blog/smart-city-2.md": CATALAN_BLOG})
    items = items_by_title(data)
    assert items["Sensors de soroll a tots els carrers"]["speakers"] == ["Marta Ferrer"]
    assert items["Bus a demanda: tres anys de dades"]["speakers"] == ["Joan Vilaró"]
    # the stands are named in bold after the words saying where
    assert items["Siemens"]["kind"] == "booth"
    assert items["Cellnex"]["kind"] == "booth"
    assert items["Sensors de soroll a tots els carrers"]["date"] == "2025-11-05"


def test_a_panels_subject_before_its_question_is_no_speaker() -> None:
    assert heading_title("Panel — Network APIs: who pays?")[:2] == (
        "Network APIs: who pays?",
        None,
    )
    assert heading_title("Panel — Open Banking: ready or not?")[1] is None
    assert heading_title("Panel: Open Source, a business model?")[1] is None
    # a keynote's speaker before the colon is still its speaker
    assert heading_title("Keynote — Dr. Ines Carvalho: Python in the lab")[1] == (
        "Dr. Ines Carvalho"
    )


# An attendee's own notes of the same conference, naming the talk the chat is about
OWN_DAY = """\
# DevOpsDays Berlin 2025 — Tag 2, 19. Juni

## Platform teams without the platform — Lena Hoffmann

- golden paths, not mandates
- measure adoption, not features

## Zero-downtime Postgres upgrades — Murat Demir

- logical replication, then a switchover
"""

# A chat with Claude saved by an exporter: the pasted notes and their summary, then an
# unrelated request
CLAUDE_CHAT = """\
# Zusammenfassung Vortrag Platform Teams

Exported on 19/6/2025 at 18:40:02 [from Claude](https://claude.ai/chat/0f3a) - with SaveMyChatbot

## Human
Hier meine Notizen vom Vortrag heute Nachmittag (Lena Hoffmann, "Platform teams without the \
platform", Donnerstag). Bitte fasse sie für das Team zusammen:

golden paths statt vorschriften
adoption messen nicht features
plattform als produkt mit eigenem backlog

## Claude
**Zusammenfassung – "Platform teams without the platform" (Lena Hoffmann)**

1. **Golden Paths statt Vorschriften**: Teams folgen dem bequemen Weg freiwillig.
2. **Adoption messen**: Erfolg ist die Nutzung der Plattform, nicht die Zahl der Features.
3. **Plattform als Produkt**: mit eigenem Backlog und echten Nutzerinterviews.

## Human
Danke! Jetzt noch eine kurze Nachricht an Jonas, dass ich morgen früh zurückfliege und die \
Reisekosten am Montag einreiche.

## Claude
Hallo Jonas, ich fliege morgen früh zurück und reiche die Reisekosten am Montag ein. Viele Grüße
"""


def test_a_saved_chat_with_an_assistant_is_its_first_exchanges_talk(tmp_path: Path, capsys) -> None:
    files = {"berlin/tag2.md": OWN_DAY, "chats/platform.md": CLAUDE_CHAT}
    data = list_json(tmp_path, capsys, files)
    lines = item_of_line(data)
    human = line_of(CLAUDE_CHAT, "## Human")
    later = CLAUDE_CHAT.split("\n").index("## Human", human) + 1
    # the pasted notes and their summary are the talk the attendee's own notes name
    assert lines[human] == "Platform teams without the platform"
    item = items_by_title(data)["Platform teams without the platform"]
    assert {entry["note"] for entry in item["entries"]} == {"berlin/tag2.md", "chats/platform.md"}
    # the request for a message about the trip home is about no talk, nor is the export's line
    assert lines[later] is None
    assert lines[1] is None


def test_a_later_question_about_the_same_talk_stays_with_it() -> None:
    first = ["Summarise my notes: golden paths, adoption metrics, platform as a product"]
    assert same_talk(first, ["Make the part about golden paths and adoption metrics longer"])
    assert not same_talk(first, ["Now write an e-mail to my manager about travel expenses"])


def test_only_role_headings_that_open_with_a_question_are_a_chat() -> None:
    def heads(*texts: str) -> list[Heading]:
        return [Heading(2, text, n * 3, n * 3 + 1) for n, text in enumerate(texts)]

    assert asked_turns(heads("User", "ChatGPT", "User", "ChatGPT")) is not None
    assert asked_turns(heads("Prompt:", "Response:")) is not None
    # a talk's "Q&A" parts, or an answer before any question, are no saved chat
    assert asked_turns(heads("Takeaways", "Q&A")) is None
    assert asked_turns(heads("Assistant", "User")) is None
    assert asked_turns(heads("User", "User")) is None


# A Portuguese team's day page from another trade show: a stand in a bold line, and a stand
# named at the start of a sentence
WEB_SUMMIT_DAY = """\
# Web Summit 2025 — dia 2 (12 de novembro de 2025)

**Estande da Natura (Pavilhão 1)**

Demonstração de rastreio da cadeia de fornecimento com etiquetas NFC.

**Keynote – Agentes de IA no retalho (Inês Duarte, Lisbon Retail Hub)**

- agentes que repõem stock sozinhos
- o cliente continua a querer falar com pessoas

Estande da Feedzai: demo de deteção de fraude em tempo real, fila enorme.
"""

# The same show's voice memo, saved by a transcription tool, walking the hall
PAVILION_WALK = """\
Pavilion 1 walk
Wed, Nov 12, 2025 4:05PM • 6:40

SUMMARY KEYWORDS
natura, feedzai, stand, nfc, fraud

SPEAKERS
Speaker 1

Speaker 1  0:00
Right, quick memo while walking pavilion one. Natura again, they now let you scan a bottle and
see the farm it came from.

Speaker 1  2:10
Now the Feedzai stand. The fraud demo scores a card payment in under fifty milliseconds.

Speaker 1  5:55
That's it, heading to the last keynote.
"""


def test_a_stand_written_as_catalan_and_portuguese_write_it(tmp_path: Path, capsys) -> None:
    data = list_json(tmp_path, capsys, {"lisboa/dia2.md": WEB_SUMMIT_DAY})
    items = items_by_title(data)
    assert items["Natura"]["kind"] == "booth"  # "Estande da Natura (Pavilhão 1)"
    assert items["Feedzai"]["kind"] == "booth"  # "Estande da Feedzai: demo de …"
    # her place of work after her name is no second speaker
    assert items["Agentes de IA no retalho"]["speakers"] == ["Inês Duarte"]
    assert booth_subject("Estand d'Ericsson") == "Ericsson"
    assert booth_subject("Estand de Nokia (Hall 3)") == "Nokia"


def test_a_voice_memo_walking_the_hall_is_a_booth_per_turn(tmp_path: Path, capsys) -> None:
    files = {"lisboa/dia2.md": WEB_SUMMIT_DAY, "otter/Pavilion 1 walk.txt": PAVILION_WALK}
    data = list_json(tmp_path, capsys, files)
    lines = item_of_line(data)
    turns = [n for n, line in enumerate(PAVILION_WALK.split("\n"), 1) if line[:9] == "Speaker 1"]
    # the first turn names Natura in passing, the second by its stand; the last names none
    assert [lines.get(n) for n in turns[1:]] == ["Natura", "Feedzai", None]
    natura = items_by_title(data)["Natura"]
    assert {entry["note"] for entry in natura["entries"]} == {
        "lisboa/dia2.md",
        "otter/Pavilion 1 walk.txt",
    }


def test_a_summary_naming_its_speaker_with_who_they_are_is_about_that_talk(
    tmp_path: Path, capsys
) -> None:
    summary = """\
# Retail media without cookies

Thu, 13 Nov 25 · Rui Costa

### Summary

Marta Lopes (Sonae MC) explained how the loyalty card replaced third-party cookies for their
retail media network, and what advertisers still ask for.

### Action items

- Rui: ask for the measurement whitepaper
"""
    data = list_json(tmp_path, capsys, {"ai-summaries/retail-media.md": summary})
    items = items_by_title(data)
    assert items["Retail media without cookies"]["speakers"] == ["Marta Lopes"]
    assert affiliated_speakers(["Ana Souza (Nubank) showed their Kotlin setup."]) == ["Ana Souza"]
    # an organisation with its people in brackets is no speaker
    assert affiliated_speakers(["Nordbank (Ola Berg) runs Kafka."]) == []


def test_a_summary_naming_its_speaker_after_from_or_between_commas() -> None:
    assert affiliated_speakers(["Jane Doe from Acme Robotics walked us through the arm."]) == [
        "Jane Doe"
    ]
    assert affiliated_speakers(["Tom Berg, CTO of Nordtel, argued for open APIs."]) == ["Tom Berg"]
    # a summary's bullet
    assert affiliated_speakers(["- Hannah Weiss (Spotify) presented golden paths."]) == [
        "Hannah Weiss"
    ]
    # an organisation described between commas is no speaker
    assert affiliated_speakers(["Lisbon Health Hub, a cluster of startups, runs a program."]) == []


def test_a_posts_closing_section_about_tomorrow_is_no_talk(tmp_path: Path, capsys) -> None:
    post = (
        CATALAN_BLOG
        + "\n## I demà?\n\nDemà toca el pavelló de mobilitat. Crònica final divendres.\n"
    )
    data = list_json(tmp_path, capsys, {"blog/smart-city-2.md": post})
    assert "I demà?" not in items_by_title(data)
    assert "Sensors de soroll a tots els carrers" in items_by_title(data)


# A chat copied from the assistant's page as text: a line naming who speaks over each turn
COPIED_CHAT = """\
You said:
My notes from this morning's talk, please tidy them up:

- rust in the kernel, 2 drivers merged
- borrow checker vs. kernel locking rules
ChatGPT said:
**Rust in the Linux kernel, a year on (Miguel Ortega)**

1. Two drivers written in Rust were merged this year.
2. The hard part is mapping kernel locking rules onto the borrow checker.
You said:
thanks. what time does the airport train leave on sundays?
ChatGPT said:
Every 20 minutes from 6:00.
"""


def test_a_chat_copied_as_text_is_the_talk_its_answer_names(tmp_path: Path, capsys) -> None:
    data = list_json(tmp_path, capsys, {"chats/kernel.md": COPIED_CHAT})
    lines = item_of_line(data)
    assert lines[1] == "Rust in the Linux kernel, a year on"
    assert items_by_title(data)["Rust in the Linux kernel, a year on"]["speakers"] == [
        "Miguel Ortega"
    ]
    later = COPIED_CHAT.split("\n").index("You said:", 1) + 1
    assert lines[later] is None


KUBECON_DAY = """\
# KubeCon EU 2025 — day 1 (2 April 2025)

## Cilium in production — Marco Bianchi
- eBPF instead of kube-proxy
"""

# A talk recorded from the audience and saved by a transcription tool: one voice says most of it
TALK_RECORDING = """\
Cilium in production
April 2, 2025, 2:05PM

Marco Bianchi   0:03
Hi everyone, I'm Marco from Isovalent. Today: Cilium across four hundred clusters, and what
broke on the way there.

Marco Bianchi   5:40
We replaced kube-proxy everywhere with eBPF, one region at a time, behind a feature flag.

Audience member   28:10
How do you upgrade without downtime?

Marco Bianchi   28:15
Canary nodes first, always.
"""

# A team meeting saved by the same tool: everyone speaks
TEAM_MEETING = """\
Sprint planning
April 3, 2025, 9:30AM

Lena Park   0:05
Okay, let's go round. Tom, how is the Backstage spike going?

Tom Reyes   0:20
Two plugins work, the catalog import is still broken on our monorepo layout.

Ana Silva   3:40
I can pair on that tomorrow morning if you want, I fixed the same thing last year.

Lena Park   6:10
Great. Next: the on-call rota for the conference week.
"""


def test_a_recorded_talk_is_the_talk_its_title_names(tmp_path: Path, capsys) -> None:
    files = {
        "kubecon/day1.md": KUBECON_DAY,
        "teams/Cilium in production.txt": TALK_RECORDING,
        "teams/Sprint planning.txt": TEAM_MEETING,
    }
    data = list_json(tmp_path, capsys, files)
    item = items_by_title(data)["Cilium in production"]
    assert {entry["note"] for entry in item["entries"]} == {
        "kubecon/day1.md",
        "teams/Cilium in production.txt",
    }
    # the team's meeting is about no talk
    assert [entry["note"] for entry in data["unsorted"]] == ["teams/Sprint planning.txt"]


def test_a_summary_in_another_language_names_its_speaker(tmp_path: Path, capsys) -> None:
    # a meeting tool's summary written in French, of a talk at another conference
    summary = """\
# Sobriété numérique dans le cloud

mer. 19 nov. 25 · Claire Martin

### Résumé

Élise Moreau (OVHcloud) a expliqué comment mesurer l'empreinte carbone d'un cluster.

### Prochaines étapes

- Claire : demander les slides
"""
    data = list_json(tmp_path, capsys, {"resumes/sobriete.md": summary})
    assert items_by_title(data)["Sobriété numérique dans le cloud"]["speakers"] == ["Élise Moreau"]
    for said in ("erklärte, wie", "va explicar com", "explicou como", "ha spiegato come"):
        assert affiliated_speakers([f"Priya Nair (Orbitel) {said} …"]) == ["Priya Nair"], said
    assert affiliated_speakers(["Priya Nair (Orbitel) is here too."]) == []


def test_a_zoom_summary_names_the_talk_not_the_tools_meeting(tmp_path: Path, capsys) -> None:
    summary = """\
# Meeting summary for Keynote: Observability on a budget (04/03/2025)

## Quick recap

Sofia Lind (Grafana Labs) showed how to keep metrics costs flat while traffic doubles.

## Next steps

- Tom to try adaptive metrics on staging.
"""
    data = list_json(tmp_path, capsys, {"zoom/keynote.md": summary})
    item = items_by_title(data)["Observability on a budget"]
    assert item["speakers"] == ["Sofia Lind"]
    assert heading_title("Meetings and more")[0] == "Meetings and more"
