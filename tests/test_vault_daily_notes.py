"""A personal vault's daily notes (Obsidian, Logseq, Bear): a talk written as a paragraph under
the day's template sections, the event reached through the pages a note links to, a talk page
dated by the day page that links to it, and the vault's owner as the writer of its pages."""

from __future__ import annotations

from pathlib import Path

from summit_tui.corpus.build import build_corpus
from summit_tui.corpus.model import Corpus
from summit_tui.corpus.talk_sentences import daily_note, may_name_talks, sentence_parts

DAILY = (
    "#daily\n\n"
    "## Задачи\n- [x] отметиться на стойке регистрации\n- [ ] купить подарок маме\n\n"
    "## Заметки\n\n"
    "Утром был на [[Kafka exactly-once]], заметки там.\n\n"
    "После обеда — «Кэш, который положил прод», Дмитрий Лысенко. Пишу тут:\n"
    "- XFetch: ключ обновляется чуть раньше TTL\n- single-flight на один ключ\n\n"
    "Вечером ужин с бывшей командой.\n"
)


def write(root: Path, files: dict[str, str]) -> None:
    for rel, text in files.items():
        path = root / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")


def test_a_daily_notes_paragraph_under_its_template_sections_is_the_talk_it_names() -> None:
    assert may_name_talks(DAILY, "vault/Daily/03.12.2024.md")
    parts = sentence_parts(DAILY, daily=True)
    assert parts is not None
    assert [(p.title, p.speakers, p.start, p.end) for p in parts] == [
        ("Кэш, который положил прод", ("Дмитрий Лысенко",), 10, 13)
    ]  # the line linking the morning's talk page and the evening are no talk


def test_a_note_that_is_no_day_page_keeps_its_headings() -> None:
    # a talk's page with a "## Notes" section that quotes a book is read by its headings
    assert not may_name_talks(DAILY, "Conferences/HighLoad++ 2024/Kafka exactly-once.md")
    body = "# Kafka\n\n## Notes\n\nShe quoted «Designing Data-Intensive Applications», Jo Kay.\n"
    assert not may_name_talks(body, "talks/kafka.md")
    # headings of its own in a day page: the segmenter reads them
    talks = "## Kafka exactly-once (Мария Белова)\n\n«Exactly-once», Мария Белова.\n"
    assert not may_name_talks(talks, "Daily/2024-12-02.md")


def test_day_pages_are_told_by_their_name_or_folder() -> None:
    for path in ("vault/Daily/03.12.2024.md", "2024-10-26.md", "notizen/Tagebuch/Dienstag.md",
                 "graph/journals/2024_10_09.md", "일기/오늘.md"):  # fmt: skip
        assert daily_note(path), path
    for path in ("blog/2024-10-26-pycon-recap.md", "Conferences/PyCon KR 2024/Async.md"):
        assert not daily_note(path), path


def test_a_bold_title_and_a_german_or_korean_speaker_in_a_day_page() -> None:
    body = (
        "## Notes\n\nLast day, short one. Sat in on **Postgres performance myths** — Ingrid Dahl.\n"
        "- visibility map\n\n"
        "Nachmittags „Kotlin Coroutines unter Last“ von Marta Nowak gehört.\n- Dispatchers.IO\n\n"
        "오후 세션은 **Rust로 파이썬 확장 모듈 만들기** — 최유나님.\n- PyO3\n\n"
        "Lunch at **Mathallen** with Lars.\n"
    )
    assert may_name_talks(body, "Journal/2024-06-14.md")
    parts = sentence_parts(body, daily=True)
    assert parts is not None
    assert [(p.title, p.speakers) for p in parts] == [
        ("Postgres performance myths", ("Ingrid Dahl",)),
        ("Kotlin Coroutines unter Last", ("Marta Nowak",)),
        ("Rust로 파이썬 확장 모듈 만들기", ("최유나",)),
    ]  # a bold restaurant with a friend is no talk
    # outside a day page a bold line is read as before, not as a quoted title
    titles = [p.title for p in sentence_parts(body) or []]
    assert "Postgres performance myths" not in titles


VAULT = {
    "notes/sam/About me.md": "# About me\n\nThis is me (Sam Okafor): backend dev. Aisha's notes "
    "are in her own folder.\n",
    "notes/sam/Events/NDC Oslo 2024/NDC Oslo 2024.md": "# NDC Oslo 2024\n\nJune 12–14, 2024\n",
    "notes/sam/Events/NDC Oslo 2024/Event sourcing the hard way.md": (
        "# Event sourcing the hard way\n\nSpeaker: Mira Jensen\n\n- snapshots every 200 events\n"
    ),
    "notes/sam/Journal/2024-06-13.md": (
        "# Thursday 13 June 2024\n\n## Notes\n\n"
        "Morning: [[Event sourcing the hard way]], notes on its page.\n\n"
        'After lunch I went to "Blazor in anger", Tomasz Wójcik.\n- static SSR\n\n'
        "Dinner at the harbour.\n"
    ),
    "notes/sam/Aisha/NDC day 2.md": "# NDC day 2\n\n## Blazor in anger (Tomasz Wójcik)\n- SSR\n",
    "notes/sam/Drafts/Blazor.md": "# Blazor\n\n- try static SSR in the admin tool\n",
    "notes/jl/Konferenzen/JavaLand 2024/JavaLand 2024.md": "# JavaLand 2024\n\nAm Nürburgring.\n",
    "notes/jl/Konferenzen/JavaLand 2024/Virtual Threads in der Praxis.md": (
        "# Virtual Threads in der Praxis\n\nSprecher: Jonas Weber\n\n- synchronized pinnt\n"
    ),
    "notes/jl/Tagebuch/09.04.2024.md": (
        "#tagebuch\n\n## Notizen\n\nVormittags [[Virtual Threads in der Praxis]] gehört.\n\n"
        "Nachmittags „Kotlin Coroutines unter Last“ von Marta Nowak gehört.\n- Dispatchers.IO\n"
    ),
    "notes/jl/README.md": "# Notizen\n\nMein Vault.\nAutor: Tobias Keller\n",
}


def _corpus(tmp_path: Path) -> Corpus:
    write(tmp_path, VAULT)
    return build_corpus(tmp_path / "notes")


def test_a_vault_of_day_pages_is_its_owners_and_a_date_is_never_a_writer(tmp_path: Path) -> None:
    corpus = _corpus(tmp_path)
    authors = {note.path: note.author for note in corpus.notes}
    assert authors["sam/Journal/2024-06-13.md"] == "Sam Okafor"  # "this is me (Sam Okafor)"
    assert authors["sam/Events/NDC Oslo 2024/Event sourcing the hard way.md"] == "Sam Okafor"
    assert authors["sam/Drafts/Blazor.md"] == "Sam Okafor"  # a folder of drafts is no one
    assert authors["sam/Aisha/NDC day 2.md"] == "Aisha"  # "Aisha's notes": a person's folder
    assert authors["jl/Tagebuch/09.04.2024.md"] == "Tobias Keller"  # the README's "Autor:"
    assert authors["jl/Konferenzen/JavaLand 2024/JavaLand 2024.md"] == "Tobias Keller"


def test_a_day_page_joins_the_event_of_the_pages_it_links_and_dates_them(tmp_path: Path) -> None:
    corpus = _corpus(tmp_path)
    items = {item.title: (item.event, item.day) for item in corpus.program.items()}
    javaland = items["Virtual Threads in der Praxis"][0]
    # the day page names no event: it joins the one its link reaches, and dates that page
    assert items["Kotlin Coroutines unter Last"] == (javaland, "2024-04-09")
    assert items["Virtual Threads in der Praxis"] == (javaland, "2024-04-09")
    ndc = items["Event sourcing the hard way"][0]
    assert items["Blazor in anger"] == (ndc, "2024-06-13")
    assert ndc != javaland


def test_a_day_page_kept_as_a_list_has_a_talk_per_item_with_its_points() -> None:
    journal = (
        "- 09:30 도착, 등록 줄 길었음\n- [[DroidKaigi 2024]] 둘째 날\n"
        "- 「Compose 성능 측정 실전」 들음 — 김지연님\n\t- Baseline Profile\n\t- Layout Inspector\n"
        "- 점심: 라멘\n- **Kotlin Multiplatform 도입기** — 사토 유키님\n\t- iOS 빌드 시간\n"
        "- 저녁 애프터파티\n"
    )
    assert may_name_talks(journal, "jiho/journals/2024_09_12.md")
    parts = sentence_parts(journal, daily=True)
    assert parts is not None
    assert [(p.title, p.speakers, p.start, p.end) for p in parts] == [
        ("Compose 성능 측정 실전", (), 2, 5),
        ("Kotlin Multiplatform 도입기", ("사토 유키",), 6, 8),
    ]
    # the same list outside a day page stays one block: read as before
    assert [p.title for p in sentence_parts(journal) or []] == []


def test_an_outliners_page_is_named_by_its_file_and_names_the_event(tmp_path: Path) -> None:
    write(
        tmp_path,
        {
            "notes/jiho/logseq/config.edn": "{}\n",
            "notes/jiho/pages/DroidKaigi 2024.md": "- 2024-09-11 ~ 2024-09-13, 도쿄\n",
            "notes/jiho/journals/2024_09_12.md": (
                "- [[DroidKaigi 2024]] 둘째 날\n- 「Compose 성능 측정 실전」 들음\n\t- Baseline\n"
            ),
            "notes/jiho/journals/2024_09_13.md": (
                "- [[DroidKaigi 2024]] 셋째 날\n- 「Navigation 3 미리 보기」 들음\n\t- back stack\n"
            ),
        },
    )
    corpus = build_corpus(tmp_path / "notes")
    events = {event.title for event in corpus.program.events}
    assert events == {"DroidKaigi 2024"}  # not the graph's folder, "jiho 2024"


def test_a_day_pages_linked_title_with_notes_a_log_by_the_clock_and_a_heard_sessions_list() -> None:
    linked = (
        "## Notes\n- Keynote in the morning\n"
        "- [[Compose Multiplatform for iOS]] — Sebastian Aigner\n  - skia under the hood\n"
        "- lunch with the Android team\n- [[Kotlin Coroutines deep dive]] — Roman Elizarov\n"
    )
    assert may_name_talks(linked, "Daily/2024-05-23.md")
    parts = sentence_parts(linked, daily=True) or []
    # a link with nothing under it points at the talk's own page: no talk here
    assert [(p.title, p.speakers) for p in parts] == [
        ("Compose Multiplatform for iOS", ("Sebastian Aigner",))
    ]
    log = (
        "## Log\n**10:00** Opening keynote. K2 is stable!\n"
        '**11:30** "Kotlin Multiplatform at Netflix" with Jane Doe — shared logic across TV apps.\n'
        "- they share 60% of code\n**14:00** Workshop, skipped.\n"
    )
    assert may_name_talks(log, "Daily/2024-05-22.md")
    assert [
        (p.title, p.speakers, p.start, p.end) for p in sentence_parts(log, daily=True) or []
    ] == [("Kotlin Multiplatform at Netflix", ("Jane Doe",), 2, 4)]
    heard = "## 들은 세션\n- 「Ktor 3.0 미리보기」 (발표: 안톤)\n  - SSE 지원\n"
    assert may_name_talks(heard, "Daily/2024-05-24.md")
    assert [(p.title, p.speakers) for p in sentence_parts(heard, daily=True) or []] == [
        ("Ktor 3.0 미리보기", ("안톤",))
    ]
    assert not may_name_talks(heard, "blog/kotlinconf.md")  # a post's heading is read as one


def test_a_book_being_read_and_a_meeting_in_a_day_page_are_no_talks() -> None:
    body = (
        '## Notes\n- **10:00** "Sprint review" with Lars Nilsen\n  - demo went fine\n'
        '- Read "Designing Data-Intensive Applications", Martin Kleppmann — chapter 5\n'
        "- 「데이터 중심 애플리케이션 설계」 읽음 — 마틴 클레프만\n"
        '- After lunch: "Code review at scale", Tomasz Wójcik\n  - reviews under 400 lines\n'
    )
    parts = sentence_parts(body, daily=True) or []
    assert [(p.title, p.speakers) for p in parts] == [
        ("Code review at scale", ("Tomasz Wójcik",))
    ]  # a talk's title may hold a meeting's word; a short meeting's name is no talk


def test_a_notes_root_keeping_day_pages_names_them_after_itself_not_a_date(
    tmp_path: Path,
) -> None:
    notes = tmp_path / "my-vault"
    write(
        notes,
        {
            "Daily/2024-06-12.md": "# Wednesday\n\n## Notes\n\nAfter lunch: coffee.\n",
            "Event sourcing the hard way.md": "# Event sourcing the hard way\n\n- x\n",
            "lena/notes.md": "# NDC\n\n## Blazor in anger (Tomasz Wójcik)\n- SSR\n",
            "2024-06-13-jiho.md": "# NDC day 2\n\n## Keynote\n- AI\n",
        },
    )
    authors = {note.path: note.author for note in build_corpus(notes).notes}
    assert authors["Daily/2024-06-12.md"] == "my-vault"  # a date is never a writer
    assert authors["Event sourcing the hard way.md"] == "my-vault"  # nor a talk's title
    # the root may hold other people's notes: a folder's or a file's name for them stays
    assert authors["lena/notes.md"] == "lena"
    assert authors["2024-06-13-jiho.md"] == "jiho"


def test_a_section_of_the_talks_to_see_is_a_plan_not_a_talk(tmp_path: Path) -> None:
    write(
        tmp_path,
        {
            "notes/PyCon KR 2024/PyCon KR 2024.md": (
                "# PyCon KR 2024\n\n- 일정: 2024-10-26 ~ 2024-10-27\n\n"
                "## 들을 세션\n- [[타입 힌트, 어디까지 써봤니]]\n- 키노트는 시간 되면\n\n"
                "## Что хотел посмотреть, но не успел\n- «Как мы переписали поиск на Rust»\n"
            ),
            "notes/PyCon KR 2024/타입 힌트, 어디까지 써봤니.md": (
                "# 타입 힌트, 어디까지 써봤니\n\nspeaker:: 박서준\n\n- Protocol\n"
            ),
        },
    )
    titles = {item.title for item in build_corpus(tmp_path / "notes").program.items()}
    assert titles == {"타입 힌트, 어디까지 써봤니"}
