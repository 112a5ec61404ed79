"""Patterns compiled on first use: a worker's start-up compiles none of the parser's patterns,
and a pattern behaves as the compiled one does before and after its first use."""

from __future__ import annotations

import re
import subprocess
import sys
import types

from summit_tui.lazy_re import LazyPattern, case_blind_edges, lazy, one_of


def _module(source: str) -> types.ModuleType:
    module = types.ModuleType("lazy_patterns_under_test")
    exec(compile(source, "<patterns>", "exec"), module.__dict__)
    return module


def test_a_pattern_is_compiled_at_its_first_use_and_then_replaces_itself() -> None:
    module = _module(
        "from summit_tui.lazy_re import lazy\n"
        "WORD = lazy(r'(?P<word>[a-z]+)-(\\d+)', 2)\n"  # 2: re.IGNORECASE
        "def first(text):\n"
        "    return WORD.search(text)\n"
    )
    assert isinstance(module.WORD, LazyPattern)
    stand_in = module.WORD
    found = module.first("see Talk-12 and talk-13")
    assert found is not None and found.group("word") == "Talk"
    assert isinstance(module.WORD, re.Pattern)  # the module's own uses now cost nothing extra
    # a module that imported the stand-in keeps a working one
    assert stand_in.sub(r"\2", "Talk-12 x-3") == "12 3"
    assert stand_in.findall("a-1 b-2") == [("a", "1"), ("b", "2")]
    assert stand_in.flags & re.IGNORECASE


def test_every_method_answers_as_the_compiled_pattern() -> None:
    source = r"(\w+)@(\w+)"
    text = "ann@pycon and bob@fosdem, carol@deview"
    for method, args in (
        ("search", (text,)),
        ("match", (text,)),
        ("fullmatch", ("ann@pycon",)),
        ("findall", (text,)),
        ("split", (text,)),
        ("sub", (r"\2", text)),
        ("subn", (r"\2", text)),
        ("search", (text, 5, 20)),
    ):
        expected = getattr(re.compile(source), method)(*args)
        got = getattr(lazy(source), method)(*args)
        if isinstance(expected, re.Match):
            assert got is not None and (got.span(), got.groups()) == (
                expected.span(),
                expected.groups(),
            )
        else:
            assert got == expected, method
    spans = [m.span() for m in lazy(source).finditer(text)]
    assert spans == [m.span() for m in re.compile(source).finditer(text)]


def test_importing_the_parser_compiles_none_of_its_patterns() -> None:
    code = (
        "import re, sys\n"
        "made = []\n"
        "original = re.compile\n"
        "def counting(pattern, flags=0):\n"
        "    made.append(sys._getframe(1).f_code.co_filename)\n"
        "    return original(pattern, flags)\n"
        "re.compile = counting\n"
        "import summit_tui.corpus.pool, summit_tui.corpus.segment, summit_tui.corpus.metadata\n"
        "import summit_tui.corpus.build\n"
        "print(sum('summit_tui' in name for name in made))\n"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    ).stdout
    assert out.strip() == "0"


def test_case_blind_latin_edges_spelt_out_match_as_the_classes_did() -> None:
    # "Day 2" is a day after a space or a digit, not after any letter a case-blind [A-Za-z]
    # takes (the Kelvin sign, ı, İ, ſ among them)
    written = r"(?<![A-Za-z])day\s*(\d)(?![A-Za-z])|(?<![A-Za-z\d])tag(?![A-Za-z])"
    before = re.compile(written, re.IGNORECASE)
    after = re.compile(case_blind_edges(written), re.IGNORECASE)
    assert after.pattern != written
    edges = ["", " ", "1", "a", "Z", "é", "\u212a", "\u0131", "\u0130", "\u017f", "가", "_"]
    for lead in edges:
        for tail in edges:
            for text in (f"{lead}Day 2{tail}", f"{lead}TAG{tail}", f"{lead}day 2x"):
                found, spelt = before.search(text), after.search(text)
                assert (found and found.span()) == (spelt and spelt.span()), repr(text)


def test_words_that_open_alike_under_one_branch_match_as_their_alternation() -> None:
    # the first listed word wins where several start at one place ("conf" before
    # "conference", "con" last), as in the plain alternation; metacharacters stay literal
    words = ["conf", "conference", "con", "summit", "seminar", "sem", "a.b", "a+b", "서밋", "써밋"]
    grouped = one_of(words)
    assert grouped.startswith("c(?:o(?:n(?:f")  # one branch for the words opening "con"
    plain = re.compile("|".join(map(re.escape, words)))
    compact = re.compile(grouped)
    texts = [
        "the conference",
        "a con and a conf",
        "semi seminar summit",
        "a.b axb a+b aab",
        "서밋과 써밋",
        "",
        "nothing here",
        "conconf",
        "summ",
        "seminarsem",
    ]
    for text in texts:
        assert [m.span() for m in compact.finditer(text)] == [
            m.span() for m in plain.finditer(text)
        ], text
