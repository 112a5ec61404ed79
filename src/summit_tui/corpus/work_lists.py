"""A post listing the books (films, podcasts) its writer read or watched: no conference.

"Co przeczytałam w czerwcu 2024" over `## „A Philosophy of Software Design” — John Ousterhout`,
"What I read in November" over `## "Piranesi" — Susanna Clarke`: each heading a quoted work and
maybe its author, the title saying it reads (or watches, or listens). Such a post sits beside
the writer's conference posts, in the same folder; its headings are no talks and its authors
no speakers. Either clue alone is not enough: Polish and Turkish notes quote talk titles too
(`## „Slow is smooth” — Katarzyna Lis`), and "How to read a flame graph" is a talk.
"""

from __future__ import annotations

from collections.abc import Sequence

from summit_tui.corpus.names import normalize
from summit_tui.lazy_re import lazy

# Words of a title about what its writer read, watched or listened to, in English, Polish,
# Turkish, German, Spanish, Portuguese, French, Korean and Japanese: "What I read in November",
# "Co przeczytałam w czerwcu", "Haziran'da okuduklarım", "Gelesen im Juni", "이번 달 읽은 책"
_WORK_WORDS = frozenset(
    str.split(
        "read reading reads books book bookshelf films movies watched podcasts listened"
        " przeczytałam przeczytałem przeczytane czytałam czytałem książki książek lektury"
        " filmy obejrzałam obejrzałem podcasty"
        " okuduklarım okuduğum okuduklarim kitap kitaplar kitaplarım izlediklerim dinlediklerim"
        " gelesen bücher lecturas leí libros leituras livros lus livres"
        " 읽은 책 책들 독서 読んだ本 読書 读书 讀書"
    )
)
# A heading that opens with a quoted work: `"Piranesi" — Susanna Clarke`, `„Solaris”`,
# `«Дюна»`, `『三体』`, `《三体》`
_QUOTED_WORK = lazy(r"^\W{0,3}[\"“„«‚'『《「][^\"“”„«»『』《》「」]{1,120}[\"”“»'』》」]")
_QUOTES = frozenset("\"“„«‚'『《「")


def may_list_works(title: str, stem: str) -> bool:
    """The cheap test first: the title or the file name says the writer read or watched."""
    return not _WORK_WORDS.isdisjoint(normalize(f"{title} {stem}").split())


def lists_works(title: str, stem: str, headings: Sequence[str]) -> bool:
    """Whether a note is a list of works read or watched: its title or file name says so, and
    two or more of its headings, more than half of those under its title, are quoted works."""
    if not may_list_works(title, stem):
        return False
    sections = [h for h in headings if normalize(h) != normalize(title)]
    quoted = sum(
        1
        for h in sections
        if not _QUOTES.isdisjoint(h[:4]) and _QUOTED_WORK.match(h.strip()) is not None
    )
    return quoted >= 2 and quoted * 2 > len(sections)
