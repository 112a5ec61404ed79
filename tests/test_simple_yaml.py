"""The frontmatter fast path reads exactly what the bounded YAML loader reads, or declines."""

from __future__ import annotations

import datetime
import re
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from summit_tui.corpus import bounded_yaml, simple_yaml
from summit_tui.corpus.loader import _split_frontmatter

REPO = Path(__file__).resolve().parent.parent

KEYS = [
    "title", "author", "date", "tags", "event", "a b", "-k", "yes", "No", "null", "~",
    "2024", "012", "1.5", "<<", "=", "on", "x#y", "http://x", "키", "'q'", '"q"', "? k", "k:",
    "[k]", "&a k", "*a", "!t k", "%k", "@k", "k #c", "True",
]  # fmt: skip
VALUES = [
    "word", "two words", "Keynote — AI", "발표 노트", "12", "+3", "-0", "012", "0x1f", "1_000",
    "1.5", ".5", "1e3", ".inf", ".nan", "2024-11-04", "2024-13-45", "2024-1-4",
    "2019-04-11 16:00:00", "2019-04-11T16:00:00Z", "yes", "No", "TRUE", "off", "y", "n",
    "~", "null", "Null", "NULL", '"quoted"', '"with \\"escape\\""', '"a\\tb"', "'single'",
    "'it''s'", '"open', "'open", '"a" b', "a: b", "a:b", "a #b", "a#b", "[a, b]", "{a: 1}",
    "|", ">-", "&x y", "*x", "!x y", "!!str 3", "-", "- a", "-a", "---", "...", "%x", "@x",
    "`x`", "?x", "? x", ":x", "x:", "https://velog.io/@who/post", "a\u2028b", "a\x85b",
    "a\tb", "a\x07b", "\ufeffa", "<<", "=", "1:20", "0b101", "+.5", "a ", "  a", "a, b",
    "(x)", "100%", "C#", "a 'b' c", 'say "hi"', "", "[]", "[ ]", "[a, b]", "[a,b]",
    '["a", "b c"]', "['a', 3, yes, 2024-11-04]", "[a, ]", "[a, [b]]", '["a, b"]', "[a: b]",
    "[-, a]", "[-a]", "[a #b]", "2024-03-24T22:10:00+09:00", "2024-11-30T09:41:07.552Z",
    "[it's]", "[~, null]", "2024-02-30", "0000-01-01", "２０２４-11-04", "2024-11-04x", "Yes",
]  # fmt: skip


def _line() -> st.SearchStrategy[str]:
    key, value = st.sampled_from(KEYS), st.sampled_from(VALUES)
    indent = st.sampled_from(["", " ", "  ", "    ", "\t"])
    return st.one_of(
        st.builds(lambda k, v: f"{k}: {v}", key, value),
        st.builds(lambda k: f"{k}:", key),
        st.builds(lambda k, v: f"{k} :  {v}  ", key, value),
        st.builds(lambda i, v: f"{i}- {v}", indent, value),
        st.builds(lambda i: f"{i}-", indent),
        st.builds(lambda i, v: f"{i}{v}", indent, value),
        st.builds(lambda i: f"{i}# a comment: yes", indent),
        st.just(""),
    )


def _pair() -> st.SearchStrategy[str]:
    """A key with a value, or with a block list at one indent: the shape notes have."""
    key, value = st.sampled_from(KEYS[:8]), st.sampled_from(VALUES)
    block = st.builds(
        lambda k, i, vs: "\n".join([f"{k}:", *(f"{i}- {v}" for v in vs)]),
        key,
        st.sampled_from(["", "  ", "    "]),
        st.lists(value, min_size=0, max_size=4),
    )
    return st.one_of(st.builds(lambda k, v: f"{k}: {v}", key, value), block)


def _typed(value: Any) -> Any:
    """The value with every scalar's type beside it: True == 1, but not for YAML."""
    if isinstance(value, dict):
        return {_typed(k): _typed(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_typed(v) for v in value]
    return (type(value).__name__, value)


def _full(text: str) -> Any:
    try:
        return bounded_yaml.load(text)
    except Exception as error:  # the caller reports these; the fast path must decline
        return ("error", type(error).__name__)


def _assert_agrees(text: str) -> bool:
    fast = simple_yaml.load(text)
    if fast is None:
        return False
    assert _typed(fast) == _typed(_full(text)), text
    return True


@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(_line(), min_size=1, max_size=8))
def test_the_fast_path_agrees_with_yaml_or_declines(lines: list[str]) -> None:
    _assert_agrees("\n".join(lines))


@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(_pair(), min_size=1, max_size=6))
def test_key_value_documents_read_the_same(pairs: list[str]) -> None:
    _assert_agrees("\n".join(pairs))


def test_typical_frontmatter_takes_the_fast_path() -> None:
    text = (
        'title: "Grace Scott의 노트 1"\nauthor: "Grace Scott"\nevent: Generated AI Summit 2024\n'
        "date: 2024-11-05\nlang: ko\ndraft: no\nweight: 3\nsource: https://velog.io/@x/post\n"
        "tags:\n  - conference\n  - memory\ncategories:\n- sk-ai-summit\nspeakers:\n"
        'aliases: [파이콘 2024, "PyCon KR", 3]\nupdated: 2019-04-11 16:00:00\n'
    )
    assert simple_yaml.load(text) == {
        "title": "Grace Scott의 노트 1",
        "author": "Grace Scott",
        "event": "Generated AI Summit 2024",
        "date": datetime.date(2024, 11, 5),
        "lang": "ko",
        "draft": False,
        "weight": 3,
        "source": "https://velog.io/@x/post",
        "tags": ["conference", "memory"],
        "categories": ["sk-ai-summit"],
        "speakers": None,
        "aliases": ["파이콘 2024", "PyCon KR", 3],
        "updated": datetime.datetime(2019, 4, 11, 16, 0),
    }
    assert _assert_agrees(text)


@pytest.mark.parametrize(
    "text",
    [
        "title: [a, [b]]",  # nested collections
        "title: {a: 1}",
        'tags: ["a, b"]',
        "tags: [a, ]",
        "title: |\n  block",
        "title: a\n  continued",
        "title: a # comment",
        "date: 2024-13-45",  # the loader says what is wrong
        "a:\n  b: c",
        "tags:\n  - a\n    - b",
        "- a\n- b",
        "title: x: y",
        "# only a comment",
    ],
)
def test_anything_else_goes_to_the_bounded_loader(text: str) -> None:
    assert simple_yaml.load(text) is None


def test_every_frontmatter_in_the_project_reads_the_same(shipped_notes: Path) -> None:
    folders = [shipped_notes, *sorted((REPO / "tests" / "data" / "corpora").iterdir())]
    fast = 0
    for path in (p for folder in folders for p in folder.rglob("*.md")):
        text = path.read_text(encoding="utf-8", errors="replace").replace("\r\n", "\n")
        front, fmt, _, _ = _split_frontmatter(text, path.name, [])
        if front is not None and fmt == "yaml" and front.strip():
            fast += _assert_agrees(front)
    assert fast >= 20  # most of these notes' frontmatter is simple


def test_the_first_characters_of_typed_scalars_are_pyyamls() -> None:
    from yaml.resolver import Resolver

    resolvers = Resolver.yaml_implicit_resolvers
    assert set(simple_yaml._TYPED_FIRST) == set(resolvers) - {None, ""}
    # the typed scalars that start with a letter are words listed whole in PyYAML's patterns
    words = {
        word
        for first, listed in resolvers.items()
        if first and first.isalpha()
        for _tag, pattern in listed
        for word in re.findall(r"[A-Za-z]+", pattern.pattern)
    }
    assert words == simple_yaml._TYPED_WORDS


def test_typical_frontmatter_is_read_without_importing_pyyaml() -> None:
    import subprocess
    import sys

    code = (
        "import sys\n"
        "from summit_tui.corpus import simple_yaml\n"
        'data = simple_yaml.load(\'title: "Notes"\\nauthor: Kim\\ndate: 2024-11-04\\n'
        "event: PyCon KR 2024\\ntags:\\n  - ai\\n  - 발표\\n')\n"
        "print(repr(data['date']), 'yaml' in sys.modules)\n"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    ).stdout
    assert out.split() == ["datetime.date(2024,", "11,", "4)", "False"]
