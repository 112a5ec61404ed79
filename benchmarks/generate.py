"""Generate a synthetic notes folder for the benchmarks, deterministically from a seed.

    python benchmarks/generate.py N OUTDIR [--seed S]

writes N notes (about 5 KB each: YAML frontmatter, 5–10 sections, Korean and English
mixed) by several authors about N/10 items, and OUTDIR/program.yaml in the agreed
schema. The first items are always the SK AI Summit keynotes the search examples use
(Perplexity / 퍼플렉시티, Rani Borkar, Kai-Fu Lee, 원자력 에너지), so the same queries
work at every size. Same N and seed → byte-identical files.
"""

from __future__ import annotations

import argparse
import itertools
import random
import sys
from pathlib import Path

NOTE_BYTES = 5000
EVENT_ID = "gen2024"
DAYS = ("2024-11-04", "2024-11-05")
TRACKS = ("Keynote", "Track A", "Track B", "Track C")

# Syllable parts for made-up Korean words (Hangul arithmetic: initial*588 + vowel*28 + final).
_INITIALS = range(19)
_VOWELS = (0, 4, 8, 13, 18, 20, 1, 5, 6, 12, 17)  # common vowels first
_FINALS = (0, 0, 0, 0, 4, 8, 16, 17, 21, 1, 19)  # mostly open syllables
_PARTICLES = ("은", "는", "이", "가", "을", "를", "의", "에", "에서", "으로", "와", "도", "")

_DOMAIN_KO = [
    "데이터센터",
    "전력",
    "반도체",
    "검색",
    "모델",
    "에너지",
    "원자력",
    "추론",
    "학습",
    "인프라",
    "생태계",
    "플랫폼",
    "서비스",
    "클라우드",
    "메모리",
    "대역폭",
    "효율",
    "광고",
    "추천",
    "통역",
    "보안",
    "고객",
    "스타트업",
    "투자",
    "협력",
    "혁신",
    "지속가능성",
    "에이전트",
    "개인화",
    "퍼플렉시티",
    "몰로코",
    "람다",
    "엔비디아",
    "마이크로소프트",
    "하이닉스",
    "냉각",
    "전략",
]
_DOMAIN_EN = [
    "AI",
    "GPU",
    "NPU",
    "LLM",
    "RAG",
    "model",
    "inference",
    "training",
    "datacenter",
    "power",
    "search",
    "agent",
    "cloud",
    "memory",
    "bandwidth",
    "latency",
    "throughput",
    "edge",
    "hybrid",
    "open",
    "source",
    "benchmark",
    "token",
    "serving",
    "Perplexity",
    "Nvidia",
    "Microsoft",
    "Lambda",
    "AWS",
    "startup",
    "ecosystem",
    "foundation",
    "multimodal",
    "sustainability",
    "nuclear",
    "energy",
    "semiconductor",
    "chiplet",
    "HBM",
    "roadmap",
    "platform",
]
_ENGLISH_FILLER = [
    "the",
    "a",
    "of",
    "to",
    "and",
    "in",
    "is",
    "for",
    "on",
    "with",
    "that",
    "this",
    "we",
    "it",
    "as",
    "are",
    "be",
    "by",
    "from",
    "at",
    "our",
    "can",
    "will",
    "they",
    "more",
    "new",
    "how",
    "their",
    "about",
    "which",
    "has",
    "have",
    "not",
    "but",
    "all",
    "also",
    "into",
    "than",
    "what",
    "so",
]

_FIRST = [
    "James",
    "Maria",
    "David",
    "Sarah",
    "Michael",
    "Anna",
    "Daniel",
    "Laura",
    "Kevin",
    "Emma",
    "Thomas",
    "Julia",
    "Robert",
    "Sofia",
    "Peter",
    "Nina",
    "Mark",
    "Clara",
    "Steve",
    "Elena",
    "Bryan",
    "Grace",
    "Gary",
    "Helen",
    "Mohamed",
    "Priya",
    "Chris",
    "Rani",
    "Aravind",
    "Stephen",
    "Jensen",
    "Satya",
    "Lisa",
    "Kenji",
    "Yuki",
    "Arjun",
    "Olga",
]
_LAST = [
    "Smith",
    "Garcia",
    "Chen",
    "Kim",
    "Lee",
    "Park",
    "Adams",
    "Scott",
    "Black",
    "Grider",
    "Awad",
    "Balaban",
    "Levesque",
    "Srinivas",
    "Borkar",
    "Huang",
    "Nadella",
    "Su",
    "Tanaka",
    "Sato",
    "Patel",
    "Ivanova",
    "Novak",
    "Rossi",
    "Muller",
    "Johnson",
    "Brown",
    "Wilson",
    "Moore",
    "Taylor",
    "Anderson",
    "Martin",
    "Clark",
    "Lewis",
    "Walker",
    "Young",
]
_KO_SURNAMES = [
    "김",
    "이",
    "박",
    "최",
    "정",
    "강",
    "조",
    "윤",
    "장",
    "임",
    "한",
    "오",
    "서",
    "신",
    "권",
    "황",
    "안",
    "송",
    "류",
    "전",
]

# Fixed first items: the search examples of issue 5 find these at every N.
ANCHORS = (
    {
        "title": "Perplexity의 AI 검색으로 더욱 탐구적이고 효율적인 세상 만들기",
        "titles": [
            "Building a More Curious and Efficient World with Perplexity's AI-Powered Search"
        ],
        "speakers": [
            {
                "name": "Aravind Srinivas",
                "affiliation": "Perplexity CEO",
                "aliases": ["아라빈드 스리니바스"],
            }
        ],
        "aliases": ["퍼플렉시티", "Perplexity keynote"],
    },
    {
        "title": "AI의 미래",
        "titles": ["The Vision for the Future of AI"],
        "speakers": [{"name": "Rani Borkar", "affiliation": "Microsoft CVP"}],
    },
    {
        "title": "GenAI의 잠재력을 발휘하기 위한 로드맵",
        "titles": ["A Roadmap to Unleash the Power of GenAI"],
        "speakers": [
            {
                "name": "Kai-Fu Lee",
                "affiliation": "Sinovation Ventures",
                "aliases": ["Kai Fu Lee", "카플리"],
            }
        ],
    },
    {
        "title": "첨단 원자력 에너지로 AI 구동하기",
        "titles": ["Powering AI with Advanced Nuclear Energy"],
        "speakers": [{"name": "Chris Levesque", "affiliation": "TerraPower CEO"}],
    },
)


class Lexicon:
    """Made-up Korean and English words with a Zipf-like frequency, like real notes."""

    def __init__(self, rng: random.Random, korean: int = 6000, english: int = 3000) -> None:
        self.rng = rng
        ko = list(_DOMAIN_KO) + [self._korean_word() for _ in range(korean)]
        en = list(_DOMAIN_EN) + [self._english_word() for _ in range(english)]
        self.korean = ko
        self.english = en
        self.ko_weights = list(itertools.accumulate(1 / (rank + 3) for rank in range(len(ko))))
        self.en_weights = list(itertools.accumulate(1 / (rank + 3) for rank in range(len(en))))

    def _syllable(self) -> str:
        rng = self.rng
        return chr(
            0xAC00 + rng.choice(_INITIALS) * 588 + rng.choice(_VOWELS) * 28 + rng.choice(_FINALS)
        )

    def _korean_word(self) -> str:
        return "".join(self._syllable() for _ in range(self.rng.choice((2, 2, 2, 3, 3, 4))))

    def _english_word(self) -> str:
        rng = self.rng
        consonants, vowels = "bcdfghklmnprstvwz", "aeiou"
        length = rng.choice((2, 3, 3, 4))
        return "".join(rng.choice(consonants) + rng.choice(vowels) for _ in range(length))

    def sentence(self) -> str:
        rng = self.rng
        if rng.random() < 0.6:  # mostly Korean, with English terms mixed in
            words = rng.choices(self.korean, cum_weights=self.ko_weights, k=rng.randint(6, 14))
            out = [w + rng.choice(_PARTICLES) for w in words]
            for _ in range(rng.randint(0, 3)):
                term = rng.choices(self.english, cum_weights=self.en_weights)[0]
                out.insert(rng.randrange(len(out) + 1), term)
            return " ".join(out) + rng.choice(("다.", "습니다.", "했다.", "입니다."))
        words = rng.choices(self.english, cum_weights=self.en_weights, k=rng.randint(4, 9))
        filler = rng.choices(_ENGLISH_FILLER, k=rng.randint(3, 8))
        out = words + filler
        rng.shuffle(out)
        return (" ".join(out) + ".").capitalize()


def _person(rng: random.Random, lexicon: Lexicon) -> dict:
    if rng.random() < 0.7:
        name = f"{rng.choice(_FIRST)} {rng.choice(_LAST)}"
        person = {"name": name}
        if rng.random() < 0.5:
            person["aliases"] = ["".join(lexicon._syllable() for _ in range(4))]
    else:
        person = {"name": rng.choice(_KO_SURNAMES) + lexicon._syllable() + lexicon._syllable()}
    role = rng.choice(("CEO", "CTO", "VP", "Fellow", "교수"))
    person["affiliation"] = f"{rng.choice(_DOMAIN_EN).capitalize()} {role}"
    return person


def make_items(count: int, rng: random.Random, lexicon: Lexicon) -> list[dict]:
    items: list[dict] = []
    for i in range(count):
        day = DAYS[i % len(DAYS)]
        booth = i >= len(ANCHORS) and rng.random() < 0.2
        if i < len(ANCHORS):
            item = {"id": f"{EVENT_ID}-{i:05d}", "type": "keynote", **ANCHORS[i]}
            track = "Keynote"
        elif booth:
            name = f"{rng.choice(_DOMAIN_EN).capitalize()}{lexicon._english_word().capitalize()}"
            item = {
                "id": f"{EVENT_ID}-{i:05d}",
                "kind": "booth",
                "type": "booth",
                "title": name,
                "aliases": ["".join(lexicon._syllable() for _ in range(3))],
            }
            track = "Exhibition"
        else:
            ko = rng.choices(lexicon.korean[:400], k=rng.randint(2, 4))
            en = rng.choices(lexicon.english[:300], k=rng.randint(3, 6))
            item = {
                "id": f"{EVENT_ID}-{i:05d}",
                "type": rng.choice(("keynote", "talk", "talk", "panel")),
                "title": f"{' '.join(ko)}의 {rng.choice(_DOMAIN_KO)}",
                "titles": [" ".join(en).title()],
                "speakers": [_person(rng, lexicon) for _ in range(rng.choice((1, 1, 1, 2, 3)))],
            }
            track = rng.choice(TRACKS)
        item["_day"] = day
        item["_track"] = track
        items.append(item)
    return items


def write_program(items: list[dict], path: Path) -> None:
    import yaml

    days = []
    for number, date in enumerate(DAYS, start=1):
        tracks = []
        for track in (*TRACKS, "Exhibition"):
            chosen = [
                {k: v for k, v in item.items() if not k.startswith("_")}
                for item in items
                if item["_day"] == date and item["_track"] == track
            ]
            if chosen:
                tracks.append({"name": track, "items": chosen})
        days.append({"date": date, "label": f"Day {number}", "tracks": tracks})
    program = {
        "version": 1,
        "events": [
            {
                "id": EVENT_ID,
                "title": "Generated AI Summit 2024",
                "aliases": ["GEN AI SUMMIT", "생성 AI 서밋"],
                "venue": "COEX, Seoul",
                "time_zone": "Asia/Seoul",
                "days": days,
            }
        ],
    }
    text = yaml.safe_dump(program, allow_unicode=True, sort_keys=False, width=1000)
    path.write_text("# Generated by benchmarks/generate.py\n" + text, encoding="utf-8")


def _section(item: dict, rng: random.Random, lexicon: Lexicon) -> str:
    names = [item["title"], *item.get("titles", ())]
    heading = rng.choice(names)
    if rng.random() < 0.3:
        heading = f"{rng.randint(1, 20)}. {heading}"
    lines = [f"## {heading}", ""]
    speakers = item.get("speakers", ())
    if speakers and rng.random() < 0.7:
        speaker = rng.choice(speakers)
        lines += [f"* **발표자:** {speaker['name']} ({speaker.get('affiliation', '')})", ""]
    budget = rng.randint(350, 900)
    while budget > 0:
        if rng.random() < 0.35:
            for _ in range(rng.randint(2, 5)):
                text = lexicon.sentence()
                lines.append(f"- {text}")
                budget -= len(text.encode())
            lines.append("")
        else:
            text = " ".join(lexicon.sentence() for _ in range(rng.randint(2, 4)))
            if speakers and rng.random() < 0.3:
                text = f"{rng.choice(speakers)['name']}는 {text}"
            lines += [text, ""]
            budget -= len(text.encode())
    return "\n".join(lines)


def make_note(
    number: int, items: list[dict], authors: list[str], rng: random.Random, lexicon: Lexicon
) -> str:
    author = authors[number % len(authors)]
    day = DAYS[number % len(DAYS)]
    on_day = [item for item in items if item["_day"] == day] or items
    sections = []
    size = 0
    count = rng.randint(5, 10)
    # Anchor items appear often, so the example queries have many hits at every size.
    picks = rng.sample(on_day, min(count, len(on_day)))
    if number % 3 == 0 and items[number % len(ANCHORS)]["_day"] == day:
        picks[0] = items[number % len(ANCHORS)]
    for item in picks:
        section = _section(item, rng, lexicon)
        sections.append(section)
        size += len(section.encode())
        if size > NOTE_BYTES:
            break
    frontmatter = "\n".join(
        (
            "---",
            f'title: "{author}의 Generated AI Summit 노트 {number}"',
            f'author: "{author}"',
            "event: Generated AI Summit 2024",
            f"date: {day}",
            f"lang: {rng.choice(('ko', 'ko', 'en'))}",
            "tags:",
            "  - conference",
            f"  - {rng.choice(_DOMAIN_EN).lower()}",
            "---",
            "",
        )
    )
    intro = lexicon.sentence()
    return f"{frontmatter}{intro}\n\n" + "\n\n".join(sections) + "\n"


def generate(count: int, outdir: Path, seed: int = 1) -> Path:
    rng = random.Random(seed)
    lexicon = Lexicon(rng)
    items = make_items(max(len(ANCHORS), count // 10), rng, lexicon)
    authors = sorted(
        {f"{rng.choice(_KO_SURNAMES)}{lexicon._syllable()}{lexicon._syllable()}" for _ in range(6)}
        | {f"{rng.choice(_FIRST)} {rng.choice(_LAST)}" for _ in range(6)}
    )
    authors += [f"author{i:03d}" for i in range(max(0, count // 100 - len(authors)))]
    outdir.mkdir(parents=True, exist_ok=True)
    write_program(items, outdir / "program.yaml")
    for number in range(count):
        text = make_note(number, items, authors, rng, lexicon)
        path = outdir / f"note-{number:05d}.md"
        path.write_text(text, encoding="utf-8")
    return outdir


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("count", type=int, help="number of notes")
    parser.add_argument("outdir", type=Path)
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args(argv)
    if args.count < 1:
        parser.error("N must be at least 1")
    generate(args.count, args.outdir, args.seed)
    print(f"{args.count} notes and program.yaml in {args.outdir}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
