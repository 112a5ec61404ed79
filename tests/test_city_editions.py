"""Two city editions of one series in one folder are two events, each named with its city in
whatever script a note writes it; a note that says only "the first day" is on its edition's."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from summit_tui import cli
from summit_tui.corpus.city_names import editions, latin_cities
from summit_tui.corpus.event_names import event_key, event_phrases


def _listing(root: Path, notes: dict[str, str], capsys: pytest.CaptureFixture[str]) -> dict:
    for name, text in notes.items():
        path = root / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
    capsys.readouterr()
    assert cli.main(["list", "--json", "--notes", str(root)]) == 0
    return json.loads(capsys.readouterr().out)


def _events(listing: dict[str, Any]) -> dict[str, dict[str, set[str]]]:
    """event title → day date → the notes with an item on it."""
    out: dict[str, dict[str, set[str]]] = {}
    for event in listing["events"]:
        days = out.setdefault(event["title"], {})
        for day in event["days"]:
            for track in day["tracks"]:
                for item in track["items"]:
                    notes = {entry["note"] for entry in item["entries"]}
                    days.setdefault(day["date"], set()).update(notes)
    return out


_LONDON = {
    "london/day1.md": "# QCon London 2024 – Day 1\n\nMonday 8 April 2024.\n\n"
    "## Platform teams that scale (Jane Doe)\n\n- paved roads\n\n"
    "## Rust at the edge (Tom Lee)\n\n- wasm\n",
    "london/day2.md": "# QCon London day 2\n\nTuesday 9 April 2024.\n\n"
    "## Observability on a budget (Ana Silva)\n\n- sampling\n",
}
_SHANGHAI = {
    "shanghai/day1.md": "# QCon 上海 2024 参会笔记\n\n10月18日（周五）第一天。\n\n"
    "## 万亿级消息队列的存算分离实践（刘思远）\n\n- broker 无状态化\n\n"
    "## 基于 LLM 的代码评审助手（陈婧）\n\n- 采纳率 18% 到 41%\n",
    "shanghai/day1-pm.md": "# QCon上海2024听会笔记\n\n第一天下午的专场。\n\n"
    "## Serverless 冷启动优化（吴桐）\n\n- 镜像按需加载\n",
}


def test_two_editions_of_a_series_are_two_events_named_with_their_cities(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    events = _events(_listing(tmp_path, {**_LONDON, **_SHANGHAI}, capsys))
    assert set(events) == {"QCon London 2024", "QCon Shanghai 2024"}
    assert set(events["QCon London 2024"]) == {"2024-04-08", "2024-04-09"}
    # "第一天" alone (the first day) is the Shanghai edition's first day, not London's
    assert events["QCon Shanghai 2024"] == {
        "2024-10-18": {"shanghai/day1.md", "shanghai/day1-pm.md"}
    }


def test_a_city_in_hangul_names_the_edition_its_latin_spelling_names(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    notes = {
        "seoul.md": "# DevFest Seoul 2024 후기\n\n11월 23일(토) 다녀왔습니다.\n\n"
        "## Compose 실전 (박지우)\n\n- 메모\n",
        "seoul-2.md": "# DevFest 2일차\n\n2024년 11월 24일(일).\n\n"
        "## KMP 도입기 (이수진)\n\n- 메모\n",
        "busan.md": "# DevFest 부산 2024 후기\n\n12월 7일(토) 부산에서 열렸습니다.\n\n"
        "## Flutter 성능 튜닝 (박준호)\n\n- 메모\n",
    }
    events = _events(_listing(tmp_path, notes, capsys))
    assert set(events) == {"DevFest Seoul 2024", "DevFest Busan 2024"}
    assert set(events["DevFest Busan 2024"]) == {"2024-12-07"}


def test_cities_beside_a_name_are_read_in_any_script_but_not_beijing_time() -> None:
    assert event_key(event_phrases("QCon 上海 2024 参会笔记")[0]) == ("qconshanghai", 2024)
    assert event_key(event_phrases("QCon上海2024参会笔记（一）")[0]) == ("qconshanghai", 2024)
    assert event_key(event_phrases("ArchSummit 深圳站参会纪要")[0])[0] == "archsummitshenzhen"
    assert event_key(event_phrases("DevFest 부산 2024 후기")[0]) == event_key("DevFest Busan 2024")
    assert latin_cities("Keynote 北京时间 10:00") == "Keynote 北京时间 10:00"
    assert latin_cities("上海的 QCon") == "上海的 QCon"  # no Latin name before the city


def test_a_series_in_one_city_has_no_editions() -> None:
    assert editions(["qconlondon", "qcon", "pyconkr"]) == frozenset()
    assert editions(["qconlondon", "qconshanghai", "qcon"]) == {"qconlondon", "qconshanghai"}
