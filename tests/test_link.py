"""Linking entries to the program: the whole table on the shipped notes, with and without
program.yaml, and the scoring rules on small hand-built programs."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

import factories
from summit_tui.corpus.build import build_corpus
from summit_tui.corpus.infer import infer_program
from summit_tui.corpus.link import THRESHOLD, find_item, link_entries
from summit_tui.corpus.model import (
    Corpus,
    Day,
    Entry,
    EntryKind,
    Event,
    Item,
    ItemKind,
    LinkReason,
    Note,
    Program,
    Track,
)

SEMINAR = "2023-03-29-seminar-generative-ai.md"
BOOTHS = "2024-11-04-sk-ai-summit-booths-and-keynotes.md"
AFTERNOON = "2024-11-04-sk-ai-summit-day1-afternoon-keynotes.md"
EXHIBITION = "2024-11-04-sk-ai-summit-exhibition-and-keynotes.md"
ESSAY = "korea-ai-applied-skills-essay.md"

# Every entry of every shipped note, in order, with the item it must link to (None: unsorted).
EXPECTED: dict[str, list[tuple[str, str | None]]] = {
    SEMINAR: [
        ("Generative AI의 기술적 기반과 미래", "seminar-2023-03-29-generative-ai"),
    ],
    BOOTHS: [
        ("SK AI SUMMIT 이모 저모", None),
        ("Nvidia AI Enterprise", "skai2024-booth-nvidia"),
        ("Microsoft phi silica", "skai2024-booth-microsoft"),
        ("allganize", "skai2024-booth-allganize"),
        ("AWS outposts", "skai2024-booth-aws"),
        ("EventCAT", "skai2024-booth-eventcat"),
        ("Starburst", "skai2024-booth-sk"),
        ("Lambda", "skai2024-booth-lambda"),
        ("EXHIBITION", None),
        ("Microsoft", "skai2024-booth-microsoft"),
        ("Moloco", "skai2024-booth-moloco"),
        ("Allganize", "skai2024-booth-allganize"),
        ("EventCAT", "skai2024-booth-eventcat"),
        ("Lambda", "skai2024-booth-lambda"),
        ("SK", "skai2024-booth-sk"),
        ("Keynote session", None),
        ("The Vision for the Future of AI (Rani Borakr)", "skai2024-k05"),
        (
            "A Roadmap to Unleash the Power of GenAI and Build a Healthier Ecosystem(Kai Fu Lee)",
            "skai2024-k06",
        ),
        ("AI Infra Market(Mark Adams)", "skai2024-k07"),
        (
            "Take Control of AI with Open Models and GPUs As-A-Service(Stephen Balaban)",
            "skai2024-k08",
        ),
        (
            "Building a More Curious and Efficient World with Perplexity`s AI-Powered Search"
            "(Arvaind Srinivas)",
            "skai2024-k14",
        ),
    ],
    AFTERNOON: [
        ("[정리] SK AI SUMMIT 키노트 정리 - Day1 오후", None),
        ("Day 1 오후 발표 주제 정리", None),
        ("5. AI의 미래", "skai2024-k05"),
        (
            "6. AI의 실현: GenAI의 잠재력을 발휘하고 더 건강한 생태계를 구축하기 위한 로드맵",
            "skai2024-k06",
        ),
        ("7. AI Infra 구축 시장의 현황과 전망", "skai2024-k07"),
        ("8. 오픈 모델과 GPUs As-A-Service로 AI를 제어하라", "skai2024-k08"),
        ("9. 패널토의: AI 시대 Infrastructure의 현재와 미래", "skai2024-k09"),
        ("10. 첨단 원자력 에너지로 AI 구동하기", "skai2024-k10"),
        ("11. AI 발전을 위한 기술적 요구사항", "skai2024-k11"),
        ("12. Rethinking Silicon at the Dawn of the AI Era", "skai2024-k12"),
        ("13. 패널토의: AI 반도체와 인프라의 진화", "skai2024-k13"),
        ("14. Perplexity의 AI 검색으로 더욱 탐구적이고 효율적인 세상 만들기", "skai2024-k14"),
    ],
    EXHIBITION: [
        ("Information", None),
        ("Google Cloud", "skai2024-booth-google-cloud"),
        ("KeyNote", None),
        ("첨단 원자력 에너지로 AI 구동하기", "skai2024-k10"),
        ("AI 발전을 위한 기술적 요구사항", "skai2024-k11"),
        ("Rethinking Silicon at the Dawn of the AI Era", "skai2024-k12"),
        ("AI 반도체와 인프라의 진화", "skai2024-k13"),
        ("Perplexity의 AI검색으로 더욱 탐구적이고 효율적인 세상 만들기", "skai2024-k14"),
    ],
    ESSAY: [("눈 떠보니 후진국?…한국 AI 핵심기술 '0'|지금 이 뉴스", None)],
}

# Items covered by several notes: which notes must have entries about each.
MULTI_AUTHOR = {
    "skai2024-k14": {BOOTHS, AFTERNOON, EXHIBITION},  # Perplexity, three authors
    "skai2024-k10": {AFTERNOON, EXHIBITION},  # TerraPower, Chris Levesque
    "skai2024-k11": {AFTERNOON, EXHIBITION},  # AMD, Steve Scott
    "skai2024-k12": {AFTERNOON, EXHIBITION},  # Arm, Mohamed Awad
    "skai2024-k13": {AFTERNOON, EXHIBITION},  # the semiconductor panel
    "skai2024-k05": {BOOTHS, AFTERNOON},  # Rani Borkar
    "skai2024-k06": {BOOTHS, AFTERNOON},  # Kai-Fu Lee
    "skai2024-k07": {BOOTHS, AFTERNOON},  # Mark Adams
    "skai2024-k08": {BOOTHS, AFTERNOON},  # Stephen Balaban
}
BOOTHS_WITH_ENTRIES = {
    "skai2024-booth-microsoft",
    "skai2024-booth-moloco",
    "skai2024-booth-allganize",
    "skai2024-booth-eventcat",
    "skai2024-booth-lambda",
    "skai2024-booth-sk",
    "skai2024-booth-google-cloud",
}


@pytest.fixture(scope="module")
def corpus() -> Corpus:
    return build_corpus(Path(__file__).resolve().parents[1] / "notes")


@pytest.fixture(scope="module")
def inferred(tmp_path_factory: pytest.TempPathFactory) -> Corpus:
    folder = tmp_path_factory.mktemp("no-program")
    for path in (Path(__file__).resolve().parents[1] / "notes").glob("*.md"):
        shutil.copy(path, folder / path.name)
    return build_corpus(folder)


# -- the shipped notes with program.yaml -----------------------------------------------------


def test_every_entry_links_to_exactly_the_expected_item(corpus: Corpus) -> None:
    actual: dict[str, list[tuple[str, str | None]]] = {}
    for entry in corpus.entries:
        link = corpus.link(entry.id)
        assert link is not None
        actual.setdefault(entry.note, []).append((entry.title, link.item_id))
    assert actual == EXPECTED
    assert not [p for p in corpus.problems if p.severity == "error"]


@pytest.mark.parametrize(("item_id", "notes"), sorted(MULTI_AUTHOR.items()))
def test_multi_author_items(corpus: Corpus, item_id: str, notes: set[str]) -> None:
    assert {e.note for e in corpus.entries_for(item_id)} == notes
    assert len(corpus.authors_for(item_id)) == len(notes)


def test_booths_have_entries(corpus: Corpus) -> None:
    for item_id in BOOTHS_WITH_ENTRIES:
        found = corpus.entries_for(item_id)
        assert found, item_id
        assert all(e.kind is EntryKind.BOOTH for e in found)


def test_the_essay_is_unsorted_not_a_talk(corpus: Corpus) -> None:
    essay = [e for e in corpus.entries if e.note == ESSAY]
    assert [e.kind for e in essay] == [EntryKind.OTHER]
    assert essay[0] in corpus.unsorted()


def test_links_say_why(corpus: Corpus) -> None:
    by_title = {e.title: corpus.link(e.id) for e in corpus.entries}
    # Misspelt speaker and an English title different from the program's: found by speaker.
    roadmap = by_title[
        "A Roadmap to Unleash the Power of GenAI and Build a Healthier Ecosystem(Kai Fu Lee)"
    ]
    assert roadmap.reason is LinkReason.SPEAKER and roadmap.score >= THRESHOLD
    assert by_title["Starburst"].reason is LinkReason.ALIAS
    assert by_title["5. AI의 미래"].reason is LinkReason.TITLE
    # Linked entries name the runner-up items, for `check`.
    assert all(c.item_id != by_title["SK"].item_id for c in by_title["SK"].candidates)


# -- the shipped notes without program.yaml --------------------------------------------------


def test_without_program_the_same_groups_form(corpus: Corpus, inferred: Corpus) -> None:
    assert inferred.program.inferred
    group_of = {e.id: inferred.link(e.id).item_id for e in inferred.entries}
    for item_id, notes in MULTI_AUTHOR.items():
        groups = {group_of[e.id] for e in corpus.entries_for(item_id)}
        assert len(groups) == 1 and None not in groups, item_id
        (group,) = groups
        assert {e.note for e in inferred.entries_for(group)} == notes


def _program_item_at(corpus: Corpus, entry: Entry) -> str | None:
    """The item the program corpus gives the part of the note where an entry starts
    (without a program, a booth's sub-headings are parts of their own)."""
    for candidate in corpus.entries:
        if candidate.note == entry.note and (
            candidate.start_line <= entry.start_line <= candidate.end_line
        ):
            return corpus.link(candidate.id).item_id
    return None


def test_without_program_no_group_mixes_two_talks(corpus: Corpus, inferred: Corpus) -> None:
    for item in inferred.items():
        members = {_program_item_at(corpus, e) for e in inferred.entries_for(item.id)}
        assert len(members) == 1, (item.id, members)


def test_without_program_items_are_placed_by_note_event_date_and_track(inferred: Corpus) -> None:
    events = {e.title: e for e in inferred.program.events}
    assert set(events) == {"SK AI Summit 2024", "Seminar 2023-03-29"}
    summit = events["SK AI Summit 2024"]
    assert [d.date for d in summit.days] == ["2024-11-04"]
    tracks = {t.name: t for t in summit.days[0].tracks}
    assert set(tracks) == {"Exhibition", "Keynote"}
    perplexity = next(i for i in tracks["Keynote"].items if "perplexity" in i.id)
    assert perplexity.inferred and perplexity.day == "2024-11-04"
    assert "2024" not in perplexity.id  # a corrected date must not move the item
    assert perplexity.speakers[0].name == "Aravind Srinivas"
    assert "Arvaind Srinivas" in perplexity.speakers[0].aliases
    assert all(i.kind is ItemKind.BOOTH for i in tracks["Exhibition"].items)
    essay = [e for e in inferred.entries if e.note == ESSAY]
    assert all(inferred.link(e.id).item_id is None for e in essay)


# -- rules on small programs -----------------------------------------------------------------


def _program(*items: Item, event: str = "ev") -> Program:
    return factories.program(items, event=event, title="The Event", aliases=("EV 2024",))


def _item(item_id: str, title: str, *speakers: str, kind: ItemKind = ItemKind.SESSION, **kw):
    track = "Exhibition" if kind is ItemKind.BOOTH else "Keynote"
    return factories.item(item_id, title, kind=kind, track=track, speakers=speakers, **kw)


def _note(path: str = "n.md", **kw) -> Note:
    fields = {"title": "t", "author": "a", **kw}
    return factories.note(path, fields.pop("author"), fields.pop("body", ""), **fields)


def _entry(
    title: str, *speakers: str, kind: EntryKind = EntryKind.SESSION, text: str = ""
) -> Entry:
    return factories.entry(
        text or title,
        note="n.md",
        author="a",
        title=title,
        entry_id=f"n.md#{title}",
        kind=kind,
        end=1,
        speakers=speakers,
    )


KEYNOTE = _item(
    "k5", "AI의 미래", "Rani Borkar", titles=("The Vision for the Future of AI",), number=5
)
PANEL = _item("p9", "패널토의: AI 시대 Infrastructure의 현재와 미래", "Mark Adams", "유영상")
TALK = _item("k7", "AI Infra 구축 시장의 현황과 전망", "Mark Adams")
LAMBDA_TALK = _item("k8", "Open models", "Stephen Balaban", aliases=("Lambda",))
LAMBDA_BOOTH = _item("b1", "Lambda", kind=ItemKind.BOOTH)
PROGRAM = _program(KEYNOTE, PANEL, TALK, LAMBDA_TALK, LAMBDA_BOOTH)


def _link(entry: Entry, note: Note | None = None, program: Program = PROGRAM):
    return link_entries([entry], {"n.md": note or _note()}, program)[entry.id]


def test_misspelt_speaker_still_links() -> None:
    link = _link(_entry("Some talk", "Rani Borakr"))
    assert (link.item_id, link.reason) == ("k5", LinkReason.SPEAKER)


def test_english_and_korean_titles_of_the_same_talk() -> None:
    assert _link(_entry("The Vision for the Future of AI")).item_id == "k5"
    assert _link(_entry("5. AI의 미래")).item_id == "k5"


def test_a_keynote_outranks_the_same_speaker_on_a_panel() -> None:
    assert _link(_entry("A talk", "Mark Adams")).item_id == "k7"
    panel = _link(_entry("Panel", "Mark Adams", "유영상"))
    assert panel.item_id == "p9"


def test_booth_entries_link_only_to_booths() -> None:
    assert _link(_entry("Lambda", kind=EntryKind.BOOTH)).item_id == "b1"
    assert _link(_entry("Lambda", kind=EntryKind.SESSION)).item_id == "k8"


def test_other_entries_are_not_linked_by_mention() -> None:
    text = "Rani Borkar and AI의 미래 are mentioned here"
    assert _link(_entry("Thoughts", kind=EntryKind.OTHER, text=text)).item_id is None


def test_mention_is_the_last_resort() -> None:
    link = _link(_entry("Gossip", text="Rani Borkar said many things"))
    assert (link.item_id, link.reason) == ("k5", LinkReason.MENTION)


def test_explicit_links_from_frontmatter_win() -> None:
    note = _note(links=(("Some heading", "k7"),))
    link = _link(_entry("Some heading", "Rani Borkar"), note)
    assert (link.item_id, link.score, link.reason) == ("k7", 100.0, LinkReason.EXPLICIT)


def test_below_the_threshold_the_entry_stays_unsorted_with_candidates() -> None:
    link = _link(_entry("AI 인프라 구축 현황"))
    assert link.item_id is None and link.reason is None
    assert link.score < THRESHOLD
    assert [c.item_id for c in link.candidates] == ["k7"]


def test_the_note_event_restricts_the_candidates() -> None:
    other = _item("o1", "AI의 미래", "Rani Borkar")
    other = Item(**{**{f: getattr(other, f) for f in other.__slots__}, "event": "other"})
    day = Day("2024-11-04", "Day 1", (Track("Keynote", (other,)),))
    both = Program(events=(*PROGRAM.events, Event("other", "Other", (day,))))
    assert _link(_entry("AI의 미래"), _note(event="EV 2024"), both).item_id == "k5"
    assert _link(_entry("AI의 미래"), _note(event="Other"), both).item_id == "o1"


def test_links_are_per_entry_independent() -> None:
    entries = [_entry("The Vision for the Future of AI"), _entry("A talk", "Mark Adams")]
    notes = {"n.md": _note()}
    together = link_entries(entries, notes, PROGRAM)
    alone = {e.id: link_entries([e], notes, PROGRAM)[e.id] for e in entries}
    assert together == alone


def test_infer_program_keeps_talks_whose_numbers_differ_apart() -> None:
    """ "Day 1 workshop" and "Day 2 workshop" are two talks; an author's "3." numbering is not."""
    notes = {
        "a.md": _note("a.md", event="Summit", date="2024-11-04"),
        "b.md": _note("b.md", event="Summit", date="2024-11-04"),
    }

    def entry(note: str, n: int, title: str) -> Entry:
        return Entry(f"{note}#{n}", note, note, title, (title,), EntryKind.SESSION, n, n, title)

    entries = [
        entry("a.md", 1, "Hands-on Lab Part 1"),
        entry("a.md", 2, "Hands-on Lab Part 2"),
        entry("b.md", 1, "3. Hands-on Lab Part 2"),
    ]
    _program, links = infer_program(notes, entries)
    part1, part2, other = (links[e.id].item_id for e in entries)
    assert part1 != part2
    assert other == part2


def test_infer_program_groups_by_speaker_and_title() -> None:
    notes = {
        "a.md": _note("a.md", event="Summit", date="2024-11-04", track="Keynote"),
        "b.md": _note("b.md", event="Summit", date="2024-11-04"),
    }
    entries = [
        Entry(
            "a.md#x", "a.md", "A", "The Vision (Rani Borakr)", ("x",), EntryKind.SESSION, 1, 2, "x"
        ),
        Entry(
            "b.md#y",
            "b.md",
            "B",
            "AI의 미래",
            ("y",),
            EntryKind.SESSION,
            1,
            2,
            "y",
            ("Rani Borkar",),
        ),
        Entry(
            "b.md#z", "b.md", "B", "Other talk", ("z",), EntryKind.SESSION, 3, 4, "z", ("Kai Lee",)
        ),
        Entry("b.md#w", "b.md", "B", "Intro", ("w",), EntryKind.OTHER, 5, 6, "w"),
    ]
    program, links = infer_program(notes, entries)
    assert links["a.md#x"].item_id == links["b.md#y"].item_id == "the-vision"
    assert links["b.md#z"].item_id not in {None, links["a.md#x"].item_id}
    assert links["b.md#w"].item_id is None
    assert [e.id for e in program.events] == ["summit"]
    item = next(i for i in program.items() if i.id == "the-vision")
    assert (item.day, item.track, item.event, item.titles) == (
        "2024-11-04",
        "Keynote",
        "summit",
        ("AI의 미래",),
    )


# -- finding an item again by the title and speakers recorded with it ------------------------


def test_find_item_by_title_in_any_language_or_by_speaker() -> None:
    assert find_item(PROGRAM, "AI의 미래", ["Rani Borkar"]) is KEYNOTE
    assert find_item(PROGRAM, "The Vision for the Future of AI (Rani Borakr)") is KEYNOTE
    assert find_item(PROGRAM, "5. AI의 미래") is KEYNOTE
    assert find_item(PROGRAM, "AI Infra 구축 시장의 현황과 전망", ["Mark Adams"]) is TALK


def test_find_item_says_none_rather_than_guess() -> None:
    assert find_item(PROGRAM, "Something nobody talked about") is None
    assert find_item(PROGRAM, "", []) is None
    assert find_item(PROGRAM, "A talk", ["Someone Else"]) is None
    # Two items with the same name (a talk and a booth): which one is unclear.
    assert find_item(PROGRAM, "Lambda") is None


def test_find_item_tells_a_panel_from_a_talk_by_the_same_person() -> None:
    assert find_item(PROGRAM, "A talk", ["Mark Adams"]) is TALK
    assert find_item(PROGRAM, "Panel", ["Mark Adams", "유영상"]) is PANEL


def test_find_item_narrowed_by_kind_and_event() -> None:
    assert find_item(PROGRAM, "Lambda", kind=ItemKind.BOOTH) is LAMBDA_BOOTH
    assert find_item(PROGRAM, "Lambda", kind=ItemKind.SESSION) is LAMBDA_TALK
    assert find_item(PROGRAM, "AI의 미래", event="EV 2024") is KEYNOTE


def test_find_item_moves_inferred_items_to_the_program(corpus: Corpus, inferred: Corpus) -> None:
    """What was filed under an inferred item finds the program's item once a program exists."""
    for item in inferred.items():
        entries = inferred.entries_for(item.id)
        expected = {_program_item_at(corpus, e) for e in entries}
        if item.kind is not ItemKind.SESSION or len(expected) != 1:
            continue
        found = find_item(corpus.program, item.title, [p.name for p in item.speakers])
        assert found is not None and found.id in expected, item.title


# -- inference: the same talk however its notes write it ------------------------------------


def _notes_entries(*rows: tuple[str, str, str, tuple[str, ...], str]):
    """(note path, entry title, kind, speakers, text) → notes of one event and day, entries."""
    notes: dict[str, Note] = {}
    entries: list[Entry] = []
    for number, (path, title, kind, speakers, text) in enumerate(rows):
        notes.setdefault(path, _note(path, event="Summit 2024", date="2024-11-04", title=path))
        heading = tuple(title.split(" / "))
        entries.append(
            Entry(
                f"{path}#{number}",
                path,
                path,
                heading[-1],
                heading,
                EntryKind(kind),
                number + 1,
                number + 1,
                text or heading[-1],
                speakers,
            )
        )
    return notes, entries


def _groups(notes, entries) -> list[set[str]]:
    _program, links = infer_program(notes, entries)
    found: dict[str, set[str]] = {}
    for entry in entries:
        item = links[entry.id].item_id
        found.setdefault(str(item), set()).add(entry.title)
    return sorted(found.values(), key=lambda group: sorted(group))


def test_a_korean_speaker_and_the_latin_spelling_of_the_name() -> None:
    notes, entries = _notes_entries(
        ("a.md", "Compose Multiplatform 실전 도입기", "session", ("박지우",), ""),
        ("b.md", "Compose Multiplatform in production", "session", ("Jiwoo Park",), ""),
        ("c.md", "INP 시대의 최적화", "session", ("Lee Hana",), ""),
        ("d.md", "Optimizing for INP", "session", ("Hana Lee",), ""),
        ("e.md", "다른 발표", "session", ("박지원",), ""),
    )
    assert _groups(notes, entries) == [
        {"Compose Multiplatform 실전 도입기", "Compose Multiplatform in production"},
        {"INP 시대의 최적화", "Optimizing for INP"},
        {"다른 발표"},
    ]


def test_a_note_naming_the_speaker_in_its_title_or_text() -> None:
    notes, entries = _notes_entries(
        ("a.md", "Reading the Room", "session", ("Amara Okafor",), ""),
        ("b.md", "What I took away from Amara Okafor's keynote", "session", (), ""),
        ("c.md", "OER at Scale", "session", ("Priya Raman", "Tom Becker", "Luis Ortiz"), ""),
        ("d.md", "Quick notes: the statewide panel", "session", (), "(Raman / Becker / Ortiz)"),
        ("e.md", "Keynote", "session", (), "Amara Okafor opened with a story."),
        ("f.md", "Something else", "session", (), "Unrelated, mentions Becker once."),
    )
    assert _groups(notes, entries) == [
        {"Reading the Room", "What I took away from Amara Okafor's keynote", "Keynote"},
        {"OER at Scale", "Quick notes: the statewide panel"},
        {"Something else"},
    ]


def test_a_booth_s_parts_stay_with_it_unless_another_note_names_them() -> None:
    notes, entries = _notes_entries(
        ("a.md", "EXHIBITION / Starburst", "booth", (), ""),
        ("b.md", "EXHIBITION / SK", "booth", (), ""),
        ("b.md", "EXHIBITION / SK / A.(에이닷)", "booth", (), ""),
        ("b.md", "EXHIBITION / SK / Starburst (데이터 분석 플랫폼)", "booth", (), ""),
    )
    assert _groups(notes, entries) == [
        {"A.(에이닷)", "SK"},
        {"Starburst", "Starburst (데이터 분석 플랫폼)"},
    ]


def test_in_a_seminar_series_the_notes_of_one_day_are_about_one_talk() -> None:
    notes = {
        path: _note(path, title=path, event="CS966 콜로키움 2023", date=date)
        for path, date in (("a.md", "2023-03-15"), ("b.md", "2023-03-15"), ("c.md", "2023-04-05"))
    }

    def talk(path: str, title: str) -> Entry:
        return Entry(f"{path}#t", path, path, title, (title,), EntryKind.SESSION, 1, 9, title)

    entries = [
        talk("a.md", "그래프 신경망의 한계와 가능성"),
        talk("b.md", "Limits and Possibilities of Graph Neural Networks"),
        talk("c.md", "로봇 학습을 위한 시뮬레이션"),
    ]
    _program, links = infer_program(notes, entries)
    a, b, c = (links[e.id].item_id for e in entries)
    assert a == b != c


def test_an_english_heading_naming_company_speaker_and_a_short_title_links() -> None:
    keynote = _item("nv1", "Accelerated Computing and the Future of AI", "Jensen Huang")
    other = _item("k2", "Accelerated Networking", "Someone Else")
    program = _program(keynote, other)
    link = _link(_entry("NVIDIA — Jensen Huang: Accelerated Computing"), program=program)
    assert link.item_id == "nv1"
    assert _link(_entry("AMD — Steve Scott"), program=PROGRAM).item_id is None
    # a speaker with a keynote and a seat on a panel: the heading names the keynote
    assert _link(_entry("SK Telecom — Mark Adams"), program=PROGRAM).item_id == "k7"


def test_a_talk_named_after_its_kind_in_either_language() -> None:
    notes, entries = _notes_entries(
        ("a.md", 'Opening keynote — "Cloud native in the age of AI"', "session", ("Ann Lee",), ""),
        ("b.md", "키노트: Cloud native in the age of AI", "session", (), ""),
        ("c.md", "Keynote: Platform engineering for the rest of us", "session", (), ""),
    )
    assert len(_groups(notes, entries)) == 2
