"""`summit-tui list --json` on the labelled corpora, scored against their hand labels (issue 14).

The computation is the one ../shared/eval/score_corpus.py makes (the suite must not need that
kit, so it is written again here): every labelled talk segment is mapped to the first entry the
tool reports inside it (lowest line), and

- talks F1: pairwise precision/recall over talk segments (self-pairs included), "same talk" in
  the labels against "same item" in the listing; a segment left unsorted or without an entry is
  in no item, so it is a miss even alone;
- unsorted-wrong: the share of talk segments whose first entry is unsorted or that have none;
- events F1: pairwise over the notes with a labelled event and a talk segment, a note's event in
  the listing being the event most of its linked entries landed in;
- days: the share of dated talk segments whose item sits under a day with that date.

Each corpus is copied without any program.yaml and listed with fresh data, cache, state and
config folders, so only what the notes say counts. Held to the issue's thresholds: talks F1 ≥
0.95, unsorted-wrong ≤ 5%, events F1 = 1.00, days ≥ 0.95 (held-out corpora that did not reach
them when they landed: to what they scored then, see FLOORS_AT_LANDING).
"""

from __future__ import annotations

import json
import posixpath
import shutil
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

from summit_tui import cli

CORPORA = Path(__file__).parent / "data" / "corpora"
SEEDS = Path(__file__).resolve().parents[1].parent / "shared" / "eval" / "corpora" / "seeds"


@dataclass(frozen=True)
class Bar:
    """What a corpus must reach: talks F1, events F1 and days at least, unsorted-wrong at most."""

    talks_f1: float
    unsorted_wrong: float
    events_f1: float
    days: float


ISSUE_14 = Bar(talks_f1=0.95, unsorted_wrong=0.05, events_f1=1.0, days=0.95)

# The held-out corpora were written with the first batch but landed only after the engine had been
# built against that batch, to measure how it generalises to collections it was not built on. The
# ones below did not reach issue 14's bar when they landed; they are held at what they scored then
# (rounded against them), so they can only get better. Raise a floor when the engine does better,
# and remove the entry once the corpus reaches ISSUE_14 (hugo-kubecon and drive-dump have: the
# latter once a seminar series named with and without its institution was one event;
# newsletter-pycones once a visitor's day section of paragraphs opening "**Title (Speaker)** — …"
# gave those talks; logseq-devoxx once a person a talk's body names ("X again? no, it was Y")
# stopped joining it to that person's talk of another day;
# github-ndc-oslo once a folder name shared by friends' notes stopped being an event of its own
# when the README above them names one; confluence-deview once a properties table under a talk's
# heading stopped naming the whole page's speaker and each talk took the day its own row gives).
FLOORS_AT_LANDING: dict[str, Bar] = {
    # ifkakao-days: 1.00 / 0% / 1.00 / 1.00 once booths named in passing under a booths
    # heading joined the one booth other notes give (session 18).
    "ifkakao-days": Bar(talks_f1=0.99, unsorted_wrong=0.01, events_f1=0.99, days=0.99),
    # A second held-out batch, written in the next session by someone who did not work on the
    # engine, in shapes the first batch lacked (a Notion export, a blog series with booths, a
    # monthly meetup; obsidian-kotlinconf met the bar and has no floor; notion-ndc reached it
    # once Notion properties tables, bold-line talks and day headings were read, and
    # meetup-rust-seoul once Korean and Latin spellings of one name were heard alike, and
    # blog-aiexpo once the same talk in two languages was one item). The thresholds that count
    # are still issue 14's (ISSUE_14); these floors are only what main scored.
    # A third held-out batch (issue 14), written in the third session by someone who did not work
    # on the engine, in shapes and languages the first two lack: English Jekyll posts with a day
    # recap (RubyKaigi 2024), Japanese and Chinese Zenn/Qiita/Hatena posts and a mixed memo
    # (PyCon JP 2024), a GitHub repo with day1.md/day2.md/day3.md and the dates only in the
    # README (NDC Oslo 2024), and a Confluence export where colleagues each wrote one page about
    # the same talks, with tables, @mentions and action items (DEVIEW 2023). Again the thresholds
    # that count are issue 14's (ISSUE_14); these floors are only what main scored when the
    # batch landed (rounded against them), so the suite stays green and can only get better.
    # zenn-pyconjp reached the bar once a post's title line, "Title :" line and speaker
    # sentence were read, and has no floor.
    "jekyll-rubykaigi": Bar(talks_f1=0.99, unsorted_wrong=0.01, events_f1=0.99, days=0.99),
    # A fourth held-out batch (issue 14), written in the fourth session by someone who did not
    # work on the engine, in shapes and languages the first three lack: a Logseq graph of daily
    # journal pages (talks as `- ## Title` outline bullets among errands, `key:: value`
    # properties, dates only in the file name) with a colleague's Obsidian daily notes and a
    # time-stamped live blog (Devoxx Belgium 2024); a Hugo multilingual site (`index.en.md` /
    # `index.ko.md` / `index.zh-cn.md` of one talk, TOML `+++`, `_index.md` section pages, a
    # `draft = true` stub; GopherCon Korea 2024); German, French and Spanish posts (`Tag 1`,
    # `Jour 1`, `Día 2 (18 de abril)`, `Dienstag, 9. April 2024`; JavaLand 2024 and Devoxx
    # France 2024); and a Korean 후기 set by two authors with emoji headings (`📌 세션 1:`,
    # `👤 발표자:`, `🎤 **제목**`) and a live memo with `### 11:00 트랙 A:` (INFCON 2024).
    # Floors are what main scored when they landed (rounded against them), raised since.
    # hugo-gophercon-kr reached ISSUE_14 once a page bundle's index.<lang>.md was its post
    "eu-blogs-java": Bar(talks_f1=0.97, unsorted_wrong=0.06, events_f1=1.0, days=0.94),
    # velog-infcon reached ISSUE_14 once bold titles after an emoji, '👤 발표자:' lines under them,
    # booths in prose and a live memo's update lines ('추가 (8/3): …') were read.
    # A fifth held-out batch (issue 14), written in the fifth session by someone who did not work
    # on the engine and kept off main until it was frozen: Korean naver / brunch / tistory
    # exports without frontmatter (title on the first line, bold-line talks, `🎤 이름 / 소속`,
    # `2024. 9. 12. (목)`, a closing 총평; SLASH 24), a team's Google Docs / Bear / Apple Notes
    # pages (`#conf/…` tags, one `#` per day, a schedule table, action items, plain-line talks;
    # QCon London 2024) and Italian and Portuguese posts (`Relatore:`, `Palestrante:`,
    # `29 de outubro de 2024`; Codemotion Milan 2024). Floors are what main scored at the freeze
    # (rounded against them).
    # blog-slash24 reached ISSUE_14 once bold titles with speaker lines above or below them
    # (`🎤 이름 (소속)`), a subtitle naming two sessions, a '세션 모음' and a pre-conference
    # post of talks to see were read.
    # notes-qcon-london and blogs-codemotion-it-pt reached ISSUE_14 (1.00/0%/1.00/1.00) once
    # plain-text and bold-line talks, day lines, booths in prose, breaks in Italian and
    # Portuguese, inline tags and events named in two languages were read.
    # A sixth held-out batch (issue 14), written in the sixth session by someone who did not work
    # on the engine and kept off main until it was frozen: a Korean team's Notion export with one
    # page per day and one `## 이름` section per colleague over `### CODE | Title` talks, toggles
    # and `<aside>` callouts (AWS re:Invent 2024); dev.to, Hashnode and Docusaurus posts about
    # the same talks (`series:`, `datePublished:`, `authors: [..]`, `## Talk` + `**Speaker:**`;
    # DjangoCon US 2024); a notes repo with an index README, per-talk files, an Org-mode export,
    # a Chinese post (`## Day 1 上午`, `### 【演讲】Title — Speaker`) and a Spanish one (FOSDEM
    # 2025). Floors are what main scored at this session's freeze (rounded against them).
    # notion-reinvent reached ISSUE_14 once a colleague's `## 이름` section was read as the
    # part that person wrote (its `###` talks the entries), `## 금요일 (12/6)` as a day and
    # `### re:Play 🎉` and a packing list as no talk.
    # blogs-djangocon-us reached ISSUE_14 (1.00/0%/1.00/1.00) once a title naming its event
    # beside whose talk it is ("Our DjangoCon US talk: …"), a talk's title in bold in a post's
    # first lines and "Day 1 of talks" after a tutorial day were read.
    # repo-fosdem reached ISSUE_14 once per-talk files with a `## Q&A` were one talk each,
    # stands pages gave a booth per bullet and Spanish and Chinese stands were read.
    # A seventh held-out batch (issue 14), written in the seventh session by someone who did not
    # work on the engine and kept off main until it was frozen: a conference's shared HackMD in
    # zh-TW and English (an index page of schedule tables, a note per session with a `> 講者：`
    # quote block, a whole-day note per room with `## 11:20 題目 / 講者` slots, a visitor's
    # `## Saturday` › `### Title — Speaker` notes, a Hugo page bundle; COSCUP 2024); a Joplin
    # export, a Substack issue and a Dendron vault about the same talks (dot-named files, epoch
    # dates, a daily journal; PyCon US 2024); and Korean Tistory posts that kept their HTML, a
    # Slack channel export, a 참석 결과 보고서 converted from Word and TIL day files (우아콘 2024).
    # Floors are what main scored at this session's freeze (rounded against them).
    # joplin-pycon-us reached ISSUE_14 once day headings over talk headings were days, booth
    # bullets named in bold before a dash were booths, a travel note and a hub's lists were no
    # talk, and a first sentence or a quoted title after a name gave a talk's speaker (shapes),
    # and Dendron's dot-named files, epoch stamps and a speaker line's day were read (facts).
    "hackmd-coscup": Bar(talks_f1=0.90, unsorted_wrong=0.01, events_f1=0.99, days=0.99),
    # tistory-woowacon raised again once "우아콘 2024 (WOOWACON 2024)" was one event and a chat
    # channel's "#conf-우아콘2024" named it.
    # tistory-woowacon reached ISSUE_14 once a TIL page's section about a talk heard the
    # day before ('## 어제 우아콘에서 들은 쿠폰 트래픽 세션 복습') joined the event it
    # names, on that day.
    # (chat-pastes-ndc-kotlinconf, session 8's own corpus of chats pasted as text, reached
    # ISSUE_14 once a talk only asked about, "Anyone at the K2 migration talk?", was that talk.)
    # A ninth held-out batch, written in session 8 by someone who did not work on the engine and
    # scored blind on that session's frozen main (talks precision 1.00 on all three: talks are
    # missed, never merged): a Korean company blog's KubeCon NA 2024 series with comment sections
    # and an English post; a Docusaurus site of DroidKaigi 2024 notes in Japanese, Korean and
    # English (`_category_.json`, `:::` admonitions, MDX tabs); a PyConES 2024 newsletter issue, a
    # pasted multi-track schedule with notes inline, Portuguese and Galician posts.
    # techblog-kubecon-na raised once a talk's kind after its day ("Wednesday keynote: …",
    # "Day 1 오프닝 키노트: …") marked a talk heading, so posts of several talks were no one talk,
    # and "KubeCon North America 2024" was "KubeCon NA 2024"; it reached ISSUE_14 once a post's
    # trip table ("| 11/13 (수) | Day 1 …") set Day 1 and "## Day 0 - …" was the day before it.
    # docs-droidkaigi reached ISSUE_14 (0.76/23%/1.00/0.77 blind -> 0.97/0%/1.00/1.00) once a day
    # page's heading that is its title with the event's name ('# DroidKaigi 2024 Day 1（9/12 木）')
    # was its title and an admonition's speaker (':::note 登壇者' over 'キム・ジヨン（Kim
    # Jiyeon）さん') linked the talk to the Korean note naming 김지연.
    # people-bylines-devdays (session 9's people lane, its own text) reached ISSUE_14 once a
    # speaker written as 林怡君 (Lin Yi-Chun) was one person (0.76 / 18% / 1.00 / 0.82 before).
    # live-blogs-channels (session 9's live lane, its own text: 0.42 / 73% / 0.87 / 0.27 on main)
    # reached ISSUE_14 once live blogs, channel posts and diary sentences were read.
    # live-google-io (session 9's live lane, its own text: 0.72 / 0% / 0.65 / 1.00 on main) reached
    # ISSUE_14 once "I/O 2024" was "Google I/O 2024" and a ChatExport_… folder no event.
    # days-labels (session 9's days lane, its own text) reached ISSUE_14 once a TIL page's
    # section about a talk heard "yesterday" was read (0.85 / 15% / 0.93 / 0.75 on main before).
    # scripts-highload-craft (session 9's scripts lane, its own text: Russian, Ukrainian,
    # Hungarian, English and Korean notes) reached ISSUE_14 once lunch, coffee and summaries in
    # those languages, their speaker labels and a name given in two orders or two scripts were
    # read (0.83 / 27% / 1.00 / 0.85 on main before).
    # names-writers (session 11's names lane, its own text: English, German, French, Korean and
    # Japanese notes whose events open with a day word, "Day of Data 2024", "Tag der Informatik
    # 2024", "2024 개발자의 날"; talks on plain quoted lines "「…」 山田太郎", "“…” — Name"; a
    # talk page in a Talks/ folder; booths named in sentences and paragraphs, a booth heading
    # under a keynote's) reached ISSUE_14 from 0.79 / 37% / 0.95 / 0.63 on main 12df29b; then
    # a Spanish and a Portuguese post titled "Mis notas de PyConES 2024", "O que aprendi na
    # Python Brasil 2024" over their talk headings (0.90 / 18% / 1.00 / 0.73 before their
    # titles were read as naming only their event) held it below until session 12 read the
    # Portuguese post's "primeiro dia (21/10)", a day before its month with no year.
    # notebook-pages (session 12's names lane, its own text: a Jupyter Book's notebook pages in
    # English and Korean, Markdown cells between code cells) reached ISSUE_14 once `.ipynb`
    # pages were read as their Markdown cells (0.00 / 100% / 0.00 / 0.00 on main before).
    # names-headings (session 10's names lane, its own text: English, Korean, Russian, French,
    # Japanese) reached ISSUE_14 once event names with lower-case joining words ("State of the
    # Map 2024", "Nuit de l'Info 2024"), parentheses that tag a part ("(Live)", "(English)")
    # rather than name surnames, bold talk lines with a kind after the speaker, and a note
    # titled by its event and "заметки" were read (0.73 / 33% / 1.00 / 0.56 on main before).
    # A tenth held-out batch, written in session 9 by someone who did not work on the engine and
    # scored blind on main cd78a24 (talks precision 1.00 on all three: talks are missed, never
    # merged): a Google I/O 2024 live blog (newest update first, `**Update 2:44 p.m. PT:**`), a
    # Korean live blog watched at night in Korea, a Mastodon thread, Hugo page bundles with
    # shortcodes; a HighLoad++ 2024 Telegram channel export, a Habr article, an Obsidian vault
    # with Dataview fields and callouts, a dd.mm.yyyy daily note, Russian and English; a
    # Hungarian team's GitHub wiki (Home, _Sidebar, _Footer) on Craft Conference 2024 with
    # Ukrainian and English pages. Blind: 0.35 / 65% / 0.50 / 0.35, 0.50 / 39% / 0.69 / 0.44 and
    # 0.86 / 15% / 1.00 / 0.00. The lanes then built the shapes its new-user QA named (not the
    # notes, which they did not read); the floors are the scores on main bb1c66e at landing.
    # ghwiki-craft-budapest reached ISSUE_14 once a bold talk line with its kind after the
    # speaker ("**Title** — David Okoro (closing keynote)") and a booth heading that names its
    # booth after the booth word ("Стенд JetBrains") were read (names-headings; 0.89 / 8% /
    # 1.00 / 0.92 on main before).
    # liveblog-google-io raised once a talk's title set in italics in a post's opening line was
    # read ("**Priya Nair**'s session *Building with the Gemini API…*"; blind10-opening-title).
    # Raised again once a saved thread's "**N/**" posts were read by their leading labels
    # ("Keynote:", "What's new in Android (Ana Castillo, Rahul Mehta):"), and its booth posts
    # and quoted titles with their speakers in brackets were read (blind10b-label-thread).
    # liveblog-google-io reached ISSUE_14 (session 10's live lane: 0.74 / 24% / 1.00 / 0.76 on
    # main 1038201) once a live blog's updates were read in time order by their cues (a speaker
    # on stage opens the talk the updates before said was coming, "Developer keynote ends" /
    # "키노트 끝!" closes it, a break or sign-off is outside, an addendum naming a talk is it),
    # a thread's "Keynote over … Lunch." was the keynote's last post and "Left the dev keynote …"
    # no part of it, and "Keynote" / "Dev keynote" were two talks, "Dev" / "Developer keynote" one.
    # live-threads-universe (session 10's live lane, its own text: six writers on GitHub
    # Universe 2024's two keynotes in live blogs newest and oldest first, English, Korean and
    # Russian, and Mastodon and X threads; 0.23 / 67% / 0.83 / 0.33 on main 1038201; then two
    # EuroPython 2025 threads naming their event only in the first post or the file name:
    # 0.27 / 63% / 0.83 / 0.37 on main 6e32569; then a second Korean live blog with the
    # developer keynote in an addendum after its updates) reached ISSUE_14 (1.00 / 0% / 1.00 /
    # 1.00) once a blog watched from Korea at night with no "현지 시간" (`date: … 01:45 +0900`)
    # was dated in the zone of the event's daytime notes, not the day after.
    # telegram-habr-highload raised (0.93 / 11% / 0.83 / 0.89 -> 0.99 / 6% / 1.00 / 0.94) once a
    # daily note's paragraph under its template's "## Заметки" that names a talk was that talk,
    # and a daily note joined the event of the pages its [[wikilinks]] reach (session 10's vault
    # lane; vault-daily-notes, its own text: 0.74 / 32% / 0.62 / 0.47 on main before, now at
    # ISSUE_14: Korean, English and German vaults of daily notes, talk pages and wikilinks).
    # telegram-habr-highload reached ISSUE_14 (1.00 / 0% / 1.00 / 1.00) once a channel's post
    # that opens at a booth ("Зашёл на стенд ClickHouse — …", "Stopped by the Grafana booth")
    # was that booth, on the day of its divider.
    # The eleventh held-out batch (issue 14), written in the tenth session by someone who did not
    # work on the engine and kept from everyone until main froze: a Jupyter Book site (MyST),
    # Korean Naver posts that kept the editor's HTML with Brunch essays and a Medium recap, and a
    # Discord export with LinkedIn articles, a dev.to series and Portuguese and Spanish posts.
    # Blind on main fd139dd: 0.97 / 0% / 0.85 / 0.92, 0.74 / 24% / 0.70 / 0.76 and
    # 0.38 / 58% / 1.00 / 0.47; floors at main's scores when it landed (717425c).
    # naverhtml-swift-tokyo-seoul raised (talks 0.83 -> 0.85) once a Japanese title's Korean
    # translation in parentheses was a second title, not a speaker, and 佐藤美咲 met "Misaki
    # Sato" by her family name (blog-html-crossscript, its own text: 0.78 on main, now at
    # ISSUE_14: Naver and Tistory HTML in Korean, a Chinese and an English note, one talk each).
    # jupyterbook-scipy reached ISSUE_14 (0.97 / 0% / 0.85 / 0.92 -> 1.00 / 0% / 1.00 / 1.00) once a
    # Jupyter Book's _config.yml title (beside its _toc.yml) named the event of its pages, so
    # the one-talk page joined its siblings' event and "Wednesday afternoon" resolved in it.
    # books-quarto-myst (session 11's books lane, its own text: a Jupyter Book, a Quarto blog of
    # .qmd posts and a VitePress site on three conferences, English, Korean, German and
    # Spanish; 0.69 / 36% / 0.78 / 0.00 on main 92a4fdb, where .qmd pages were not read and
    # the books' and sites' titles named no event) is at ISSUE_14 once they did and a VitePress
    # sidebar's sections dated its pages.
    # naverhtml-swift-tokyo-seoul reached ISSUE_14 (0.85 / 18% / 1.00 / 0.82 -> 1.00 / 0% / 1.00 /
    # 1.00) once an essay's `---` section opening on a foreign speaker ("사토 미사키의 …
    # 이야기", "Elena Kovač는 …") was that talk, and a bold "부스 구경" line over one paragraph
    # naming a booth mid-sentence was that booth (essays-booth-walks, its own text: Brunch,
    # Tistory, Naver and note.com posts in Korean and Japanese with booth walks; 0.38 / 70% /
    # 0.88 / 0.35 on main 20b4191, now at ISSUE_14).
    # discord-linkedin-rustconf raised (0.42 / 58% / 1.00 / 0.47 -> 0.69 / 32% / 1.00 / 0.76) once
    # a chat export's messages were dated by their stamps and a message naming a talk by its
    # quoted title and speaker ("agora Name, \"Title\"") opened it; then (-> 0.85 / 16% / 1.00 /
    # 0.82) once an article's bold numbered takeaways naming a speaker were those talks, and
    # (-> 0.91 / 11% / 1.00 / 0.88) once "keynote by Dr. Name" was read whole; it reached
    # ISSUE_14 (1.00 / 0% / 1.00 / 1.00) once a Substack post titled "O que aprendi na RustConf
    # 2024" was read as naming only its event (the names lane), and has no floor.
    # chat-exports-articles (session 11's chat lane, its own text: Discord, Slack, Telegram,
    # WhatsApp and KakaoTalk exports and professional-network articles on four conferences, in
    # English, Korean, Spanish, Portuguese and German; 0.18 / 83% / 0.67 / 0.11 on main 12df29b)
    # is held at what the lane reached: 0.64 / 38% / 0.94 / 0.67 once stamped chat exports were
    # read, 0.95 / 0% / 0.94 / 0.93 once an article's takeaways were. With a LINE talk history
    # on PyCon JP 2024 added (main 0.92 / 9% / 0.89 / 0.83, read once LINE's tab-separated lines
    # were: 0.95 / 0% / 0.89 / 0.93); the KakaoTalk room named only "파이콘" joins PyCon JP
    # 2024, not 파이콘 한국 2024 (its dates say otherwise). 1.00 / 0% / 0.95 / 1.00 once a
    # chat export's channel or file name named its event with its messages' year; it reached
    # ISSUE_14 (1.00 / 0% / 1.00 / 1.00) once a short name that begins two conferences' names
    # ("파이콘" beside PyCon JP and PyCon KR) joined only the one on its days.
    # The twelfth held-out batch, written in the eleventh session by someone who did not work on
    # the engine: Chinese CSDN / Juejin / Zhihu / WeChat / Yuque exports (QCon Shanghai 2024),
    # podcast show notes, slide posts, a thread unroll and a forum megathread (Config 2024),
    # Vietnamese, Indonesian and Japanese posts (FOSSASIA Summit 2024). Blind on main 30a19be:
    # 0.56 / 42% / 1.00 / 0.58, 0.50 / 44% / 0.73 / 0.44 and 0.69 / 25% / 0.88 / 0.74; floors at
    # those scores, which main still had at landing (its commit of the retrospective fix).
    # csdn-juejin-qcon-shanghai raised (0.56 / 42% / 1.00 / 0.58 -> 0.97 / 5% / 1.00 / 0.95)
    # once posts without a `#` title, a WeChat article's `分享嘉宾｜Name` lines, a Zhihu column's
    # `**1. Name：Title**` lines, a one-talk post's 《title》 and the day a section opens with
    # were read: its Yuque booth under a day heading stays on no day (1 of 19 unsorted).
    "csdn-juejin-qcon-shanghai": Bar(talks_f1=0.96, unsorted_wrong=0.06, events_f1=0.99, days=0.94),
    # podcast-slides-config reached ISSUE_14 (0.50 / 44% / 0.73 / 0.44 -> 1.00 / 0% / 1.00 / 1.00)
    # once podcast chapters over a stamped transcript, forum megathreads' top-level comments and
    # thread unrolls' "Next: Name, topic" posts were talks, and has no floor.
    # media-recaps (session 12's media lane, its own text: podcast show notes, slide posts, a
    # thread unroll, a forum megathread, a scrap of dated comments and a social post on PyCon US
    # 2025 and FEConf 2025, in English, Korean, German and Japanese; 0.27 / 71% / 0.90 / 0.24 on
    # main 20b4191) reached ISSUE_14 (1.00 / 0% / 1.00 / 1.00) with those shapes and has no floor.
    # viblo-fossasia-vi-id raised (0.69 / 25% / 0.88 / 0.74 -> 0.90 / 0% / 0.88 / 0.95) once a
    # scrap's dated comments and a social post's paragraphs naming a talk or a booth were those;
    # it reached ISSUE_14 (1.00 / 0% / 1.00 / 1.00) once Vietnamese and Indonesian intro, lunch
    # and booth sections, bylines, a copied header's lead paragraph naming the event and a table
    # of attended talks were read (the viid lane, with its own corpus sea-posts: 0.43 / 62% /
    # 0.72 / 0.35 -> 0.93 / 0% / 1.00 / 0.92), and has no floor.
    # essays-booth-walks (session 12's naver lane, its own text) met ISSUE_14 until an English
    # newsletter joined it (0.85 / 8% / 1.00 / 0.89 before its talks named by topic were read,
    # 0.92 after, 0.95 (just under the bar) once 佐藤健 met 사토 켄 in either order): one booth
    # spelt in three scripts (LINE Yahoo, LINEヤフー, 라인야후) and CyberAgent / サイバー
    # エージェント on no known day stay apart.
    "essays-booth-walks": Bar(talks_f1=0.94, unsorted_wrong=0.01, events_f1=0.99, days=0.99),
    # The thirteenth held-out batch, written in the twelfth session by someone who did not work on
    # the engine: PyCon Thailand 2024 in Thai with Buddhist-era dates, a workshop day, a Google
    # Docs export and a workshop repository README; GITEX Global 2024 as a WhatsApp export, Arabic
    # posts with Arabic-Indic digits, a Korean business-trip report and an expo diary; DEF CON 32
    # as mailing-list archive pages and a digest, a Bluesky thread past midnight, a Greek Hugo
    # post. Blind on main d29c633 (and the same on 28940ba): 0.62 / 37% / 0.84 / 0.47,
    # 0.27 / 68% / 0.33 / 0.11 and 0.84 / 17% / 0.84 / 0.83; floors at those scores.
    # thai-be-pyconth's days raised (0.53 -> 0.63) once a Jekyll post's `{% post_url
    # 2024-06-20-… %}` link no longer dated its own talks; whatsapp-arabic-gitex's events
    # (0.33 -> 0.57) once "GITEX GLOBAL 2024", "GITEX 2024" and "GITEX expo" were one event (a
    # name written with and without a qualifier word, on the same days).
    # With the rtl lane's Thai months and Buddhist-era years, Arabic `## Title — Name` headings,
    # `**أولاً: Title** (Name)` lines, Levantine months and Arabic intro/closing sections:
    # thai-be-pyconth 0.65 / 32% / 0.84 / 0.68, whatsapp-arabic-gitex 0.44 / 42% / 0.80 / 0.53.
    # Then (on main ee7d91c) whatsapp-arabic-gitex's talks 0.78 -> 0.95 once "ماركوس فيلد" and
    # "Marcus Feld", "يوسف حداد" and "Youssef Haddad" were one speaker, and thai-be-pyconth's
    # 0.71 -> 0.79 once "Title โดย คุณธนกร แก้วมณี" gave its speaker and that name met
    # "Thanakorn Kaewmanee" (a name's sound across scripts, the rtl lane).
    # thai-be-pyconth 0.79 / 21% / 0.84 / 0.79 -> 0.95 / 11% / 0.84 / 0.89 once a short note's
    # headings naming the speaker by the given name alone ("## Keynote (ดร.พิมพ์ชนก)", "(ธนกร)")
    # were talks meeting the full name, and "## พักเที่ยง" / "## ปิดท้าย" no talks; 0.98 / 5% /
    # 1.00 / 0.95 once the workshop repository's README ("Materials for the **PyTorch for Thai
    # OCR** workshop, …") was that workshop. It reached ISSUE_14 (1.00 / 0% / 1.00 / 1.00) once
    # a meetup's note titled by its name and month held its one talk, and has no floor.
    "whatsapp-arabic-gitex": Bar(talks_f1=0.94, unsorted_wrong=0.06, events_f1=0.99, days=0.94),
    # rtl-posts (session 13's rtl lane, its own text: DevFest Cairo 2024 and Web Summit 2024 in
    # Arabic, Persian, Hebrew, English and Korean posts; 0.56 / 46% / 1.00 / 0.54 on main 01e5016)
    # reached ISSUE_14 (1.00 / 0% / 1.00 / 1.00) once names in those scripts, ordinal-word talks,
    # their calendars and a name's sound across scripts were read, and has no floor.
    # thai-posts (the rtl lane's own text: DevFest Bangkok 2024 as a Thai Jekyll post with
    # `Title โดย คุณName` talks under `## วันเสาร์ที่ 23 พ.ย. 67`, a Thai Obsidian note naming
    # speakers by the given name alone and an English team doc; 0.33 / 62% / 0.80 / 0.38 on main
    # ee7d91c) reached 0.85 / 0% / 0.80 / 1.00, and ISSUE_14 (1.00 / 0% / 1.00 / 1.00) once a
    # city written short in capitals ("DevFest BKK 2024") was the one written out ("DevFest
    # Bangkok 2024"), and has no floor.
    # maillist-bluesky-defcon: 0.84 / 17% / 0.84 / 0.83 -> 0.94 / 6% / 0.87 / 0.89 once mail was
    # read message by message (talks named in plain lines holding their points, quoted replies
    # joining their talks, each message its sender's), 0.97 / 6% / 1.00 / 0.94 once the digest
    # joined the event of the archive pages beside it, and ISSUE_14 (1.00 / 0% / 1.00 / 1.00) once
    # a digest message's paragraph opening with the closing ceremonies was about them (session
    # 15's series lane), and has no floor.
    # The fourteenth held-out batch, written in the thirteenth session by someone who did not work
    # on the engine: Devoxx Poland 2024 as Polish and Turkish Medium posts, a Hashnode post by
    # room, a wiki page of bold lines and a speaker's own post; NixCon 2024 as a Discourse raw
    # export, an Org-mode export, weeknotes, German, Czech and GitHub Discussions pages; PyCon DE
    # & PyData Berlin 2024 as Persian posts dated in the Solar Hijri calendar, a Hebrew post, a
    # pad of one room's day and TIL notes. Blind on main d160fa9: 0.85 / 21% / 0.83 / 0.79,
    # 0.45 / 41% / 0.69 / 0.33 and 0.42 / 65% / 0.50 / 0.24; the last rose to
    # 0.64 / 29% / 0.50 / 0.71 with the session's Persian and Hebrew work; floors at landing.
    # virgool-he-pydata-berlin 0.80 / 24% / 0.65 / 0.76 once the double name was one event, a
    # pad's banners its talks and a Hebrew name-first heading its speaker (session 14).
    # medium-pl-tr-devoxxpl met ISSUE_14 (0.97 / 0% / 1.00 / 1.00) in session 14 once a wiki
    # page's bold lines were its days and talks, a speaker's own post ("I spoke at …: Title")
    # her talk, and a book list no conference: it has no floor.
    # discourse-org-nixcon (0.45 / 41% / 0.69 / 0.33 at landing) reached ISSUE_14 (0.98 / 0% /
    # 1.00 / 1.00) once Discourse posts, Org exports, weeknotes and a discussion copied as text
    # were read and a speaker written without accents was the same person (session 14's forum
    # lane), and has no floor.
    # virgool-he-pydata-berlin 0.82 / 18% / 0.83 / 0.82 once TIL bullets naming a talk ("From
    # Name's … talk: …") were entries of that talk, 0.98 / 0% / 1.00 / 1.00 once those naming
    # the speaker in brackets ("(Arash Karimi, PyCon DE day 3)") or by a possessive alone
    # ("Dalia Ostrowska's keynote: …") were too (session 14's diary lane); just under the talks
    # bar: "Polars migration — Reza Tehrani" stays apart from the Persian post's رضا طهرانی.
    "virgool-he-pydata-berlin": Bar(talks_f1=0.97, unsorted_wrong=0.01, events_f1=0.99, days=0.99),
    # The fifteenth held-out batch, written in the fourteenth session by someone who did not work
    # on the engine: PyCon India 2024 in Hindi (Blogger), Bengali (WordPress, Bengali digits),
    # English and romanised Hindi; Codecamp Romania in three cities with the same keynote in each,
    # Romanian with and without diacritics, phone notes; Assembly Summer 2024 as a Finnish diary
    # per day with a seminar after midnight, Google Keep notes, Swedish and Korean posts. Blind on
    # main d58927d: 0.38 / 61% / 0.83 / 0.33, 0.82 / 22% / 0.75 / 0.56, 0.63 / 31% / 1.00 / 0.38;
    # floors at landing (the same scores on main 74d86ac, after every lane of that session landed).
    # blogger-hi-bn-pyconindia 0.72 / 6% / 1.00 / 0.89 once Hindi and Bengali months, digits,
    # day ordinals and keynote/workshop words were read, 0.82 / 6% / 1.00 / 0.89 once speakers
    # named in Devanagari or Bengali met their Latin spellings, 0.87 / 6% / 1.00 / 0.89 once a
    # name in Devanagari met the same in Bengali, 0.95 / 6% / 1.00 / 0.94 once a short name
    # (three consonants: Meera Iyer, Ananya Das) met its spelling in the other scripts
    # (session 15's indic lane); it reached ISSUE_14 (0.97 / 0% / 1.00 / 1.00) once Hindi and
    # Bengali booth words ("### JetBrains बूथ" under a lunch) were read, and has no floor.
    # wp-ro-codecamp-cities raised once a city edition named without a year was an event of its
    # own and Romanian breaks and booths were read without diacritics (touring lane); 1.00 / 0% /
    # 1.00 / 0.94 once a phone note's plain "Keynote Name" / "Name - topic" / "Name topic" lines
    # over bullets were its talks (nights lane); it met ISSUE_14 (1.00 / 0% / 1.00 / 1.00) once
    # the phone note's "7 nov" fell in the year its edition was named with: no floor.
    # keep-fi-assembly-nights 0.77 / 15% / 1.00 / 0.77 once a heading's day or time prefix
    # ("klo 14.00", "Fri 18:00 —", "Lördag 3 augusti:", "금요일 저녁 6시 —") was no part of its
    # title, a session after midnight was on the next date and a Keep note's "Edited:" stamp no
    # day of its talks (session 15's nights lane); 0.86 / 8% / 1.00 / 0.85 once a diary page
    # titled "<Event> – päiväkirja, osa 2" held its talks (series lane); 0.93 / 0% / 1.00 /
    # 1.00 once a diary page of a day without talks was about none and a heading's closing
    # weekday ("Retro corner (Sat afternoon)") its day; it reached ISSUE_14 (0.98 / 0% / 1.00 /
    # 1.00) once a year written short ("history 89–99") matched the same year written whole
    # ("historia 1989–1999") (nights lane), and has no floor.
    # series-posts (session 15's series lane, its own text: posts titled as one part of a series,
    # "<Event> – Teil 2", "– diary, part 4", "– päiväkirja, osa 3", "– del 2", "후기 2편",
    # "参加レポート その2", "(część 1 z 2)", "– parte 2", "— partie 2", each holding several talks
    # of which one or none names its speaker in the heading, in German, English, Finnish,
    # Swedish, Korean, Japanese, Polish, Spanish and French, and one talk written up in parts):
    # 0.54 / 60% / 1.00 / 0.12 on main 6e299c1 (each part read as one talk named after it),
    # reached ISSUE_14 (0.98 / 4% / 1.00 / 1.00) once a title's series part ("Teil 2", "osa 3",
    # "2편", "その2", "część 1 z 2") named no talk, and has no floor. Three notes added then
    # ("QCon 上海 2025 参会笔记（上）", "DEVIEW 2025 후기 1부", "RustConf 2025 recap [2/3]") scored
    # 0.88 / 23% / 1.00 / 1.00 on main 0eb227b, 0.98 / 3% / 1.00 / 1.00 once those forms were read.
    # Two more ("Nordic.js 2025: CSS och tillgänglighet", "JSNation 2025: signals and flaky
    # tests": a title joining two topics over their talks) scored 0.93 / 14% / 1.00 / 1.00 on
    # main 9bda70b, 0.99 / 3% / 1.00 / 1.00 once such a title held both talks.
    # indic-posts (session 15's indic lane, its own text: Rootconf 2025 as Hindi Blogger day posts
    # with `वक्ता:` speaker lines and Devanagari digits, a workshop post published the morning
    # after ("कल यानी शुक्रवार ९ मई"), a Bengali post naming the event only in Bengali script
    # with `প্রথম দিন` / `দিন` day headings, a Marathi post, an English post and a romanised-Hindi
    # LinkedIn post): 0.32 / 62% / 0.86 / 0.25 on main 6e299c1; 0.72 / 6% / 0.88 / 0.94 once
    # those months, digits, day ordinals and kinds were read, 0.79 / 6% / 0.88 / 0.94 once
    # Devanagari and Bengali speakers met their Latin spellings, 0.95 / 6% / 1.00 / 0.94 once
    # an event named only in Bengali script ("রুটকনফ ২০২৫") was the Latin-named one of that year
    # and a name in Devanagari met the same in Bengali. It reached ISSUE_14 (1.00 / 0% / 1.00 /
    # 1.00) once the Marathi post's lead sentence before its one talk's heading was no part of
    # that talk (session 17's days lane), and has no floor.
    # nights-keep-phone (session 15's nights lane, its own text: Kesäyö Jam 2025, a weekend
    # demoparty with talks after midnight, as Finnish diary pages per day with `klo 19.00`
    # headings, Google Keep notes converted to Markdown (Labels/Edited/Created lines, bold
    # `Fri 19:00 — Title (Name)` lines, a nickname title), a plain phone note, an unrelated
    # shopping list, Swedish and Korean posts with day and time prefixes): 0.56 / 33% / 0.63 /
    # 0.33 on main 6e299c1; 0.65 / 20% / 0.63 / 0.60 once day and time prefixes, sessions
    # after midnight and Keep's "Edited:" stamps were read; 0.83 / 20% / 0.86 / 0.80 once the
    # Keep folder named no event and a Keep note naming none joined the event its app stamp is
    # next to; 0.95 / 7% / 1.00 / 0.93 once diary pages without talks and the phone note's
    # plain talk lines were read. Its one-talk Keep note ("Wasm talk") was labelled in two
    # segments of one talk, its metadata lines apart; labelled as keep-fi-assembly-nights labels
    # such a note (one segment), it meets ISSUE_14 (1.00 / 0% / 1.00 / 1.00): no floor.
    # forum-threads (session 14's forum lane, its own text: EuroRust 2024 and PyCon KR 2024 as
    # Discourse raw exports in English and Korean, a German GitHub Discussions page, Org-mode
    # exports to Markdown beside an unrelated org to-do file, English and Korean weeknotes):
    # 0.41 / 52% / 0.36 / 0.00 on main 765f7fd, reached ISSUE_14 (1.00 / 0% / 1.00 / 1.00) once
    # those shapes were read, and has no floor.
    # rtl-dates (session 14's persian lane, its own text: JSConf & NodeConf Amsterdam 2025 and
    # Web Summit Qatar 2025 in Persian Virgool and WordPress posts dated in the Solar Hijri
    # calendar (1403 and 1404) in Persian digits, an Arabic post in Arabic-Indic digits, Hebrew
    # posts with prefixed months and name-first headings, an English post, a pad of `==========`
    # banners; a Hebrew post saved in Windows-1255 and a Persian one in Windows-1256): 0.81 /
    # 20% / 0.92 / 0.60 on main 765f7fd; 0.89 / 10% / 0.92 / 0.70 once those code pages were
    # read as Hebrew and Persian, not Russian; it reached ISSUE_14 (1.00 / 0% / 1.00 / 1.00) once
    # Solar dates fell on their weekdays, the double name was one event and a pad's banners
    # were its talks, and has no floor.
    # author-folders (session 14's authors lane, its own text: GopherCon EU 2024 and DevFest
    # Seoul 2024 notes grouped in folders by site, by language, by person and by date, bylines
    # in English, Korean, Turkish, Polish, Persian and Hebrew; its writers are labelled in
    # authors.json, see test_author_folders): 0.91 / 4% / 0.94 / 0.32 on main 765f7fd and on
    # the lane's branch. A floor, for its shape is the writers: most GopherCon notes name
    # "Day 1"/"Day 2" but never a date, and the Turkish post names the event "GopherCon Avrupa".
    # 1.00 / 0% / 1.00 / 0.32 once "Avrupa" was the EU of an event's name and a Persian title
    # saying "notes of" the event named no talk (session 17's days lane); its days stayed at
    # 0.32, for its labels gave GopherCon's talks their real dates, which no note gives. Session
    # 21 labelled them as the notes have them, with no date (test_author_folders holds their
    # "Day 1"/"Day 2"): 1.00 / 0% / 1.00 / 1.00, and it has no floor.
    # reports-diaries (session 13's sections lane, its own text: a Korean business-trip report, an
    # English trip report, an expo diary, a Spanish post, a booth walk, a Google Docs export, an
    # Obsidian summary and a cafe list on MWC 2025 and EuroPython 2024): 0.64 / 32% / 0.76 / 0.41
    # on main 01e5016; 0.66 / 29% / 0.76 / 0.59 once workshop days, '## Keynote — Dr. Name:
    # Title', a trip report's schedule rows and a heading's closing date were read (with them
    # thai-be-pyconth 0.62 / 37% / 0.84 / 0.47 -> 0.65 / 32% / 0.84 / 0.53 and
    # whatsapp-arabic-gitex's days 0.11 -> 0.26); 0.87 / 0% / 0.89 / 0.96 once an expo diary's
    # bullets and a booth walk's paragraphs were read (thai-be-pyconth then 0.71 / 21% / 0.84 /
    # 0.79, whatsapp-arabic-gitex 0.68 / 16% / 1.00 / 0.84 with the other lanes' work); it
    # reached ISSUE_14 (0.98 / 0% / 1.00 / 1.00) once a conference named with its city in one
    # note ("MWC Barcelona 2025") and without it in the others was one event, and has no floor.
    # mail-lists (session 13's mail lane, its own text: Pipermail/Hyperkitty archive pages in month
    # folders, a Mailman digest, an e-mail export with header lines, a Korean team mail, a Google
    # Groups copy, a shared doc signed per section, on PyCon KR 2024 and FOSDEM 2025 in Korean,
    # English and German): 0.85 / 18% / 0.91 / 0.82 on main 2c49bf6, 0.96 / 5% / 1.00 / 0.95 once
    # mail was read message by message; a reply naming its talk only as "the keynote" is missed.
    "mail-lists": Bar(talks_f1=0.95, unsorted_wrong=0.06, events_f1=0.99, days=0.94),
    # chat-exports (session 13's chat lane, its own text: WhatsApp Android and iPhone, KakaoTalk
    # PC and phone, LINE exports kept as the apps save them, `.txt` under the apps' own names,
    # on AWS re:Invent 2024 and DroidKaigi 2024 in English, Korean and Japanese; 0.00 / 100% /
    # 0.00 / 0.00 on main 01e5016, which read no `.txt`): 0.25 / 74% / 0.80 / 0.26 once they
    # were read; 0.80 / 17% / 0.86 / 0.83 once a start said in words opened a talk ("Keynote
    # starting now", "키노트 시작했어요", "NameさんのKMPのセッション始まります") and KakaoTalk's
    # dotted phone export ("2024. 9. 12. 오전 9:40, 이름 : …") was read; 0.86 / 0% / 0.86 / 1.00
    # once a message reporting from a booth opened it ("뉴런랩스 부스 왔는데 …"); it met ISSUE_14
    # (0.98 / 0% / 1.00 / 1.00) once a chat's days were its talks' days (the evening before and
    # a KakaoTalk room's first divider are no day; an iPhone export named only by its folder and
    # a Korean-named room join re:Invent 2024 by them), and has no floor. With a Telegram Desktop
    # copy pasted into a note added (main 0.85 / 12% / 1.00 / 0.88): 0.98 / 0% / 1.00 / 1.00
    # once "Name, [12.09.2024 11:04]" headers were read.
    # editions-days (session 13's events lane, its own text: ROOTCON 17 and 16 named by their
    # edition numbers, WeAreDevelopers 2024 with and without "World Congress", in English,
    # Korean, German and Japanese, in a collection folder holding several note sources, with a
    # workshop day and a Jekyll post_url link; 0.90 / 6% / 0.70 / 0.93 on main 7ce493b):
    # 0.95 / 6% / 0.87 / 0.93 once edition numbers were read and a name with and without a
    # qualifier word or its city was one event on the same days; it met ISSUE_14 (1.00 / 0% /
    # 1.00 / 1.00) once a mailing-list message's plain line "Title (Speaker):" over its bullets
    # was that talk and "ROOTCON 17 day 1" kept its edition's number (touring lane): no floor.
    # section-words (session 13's words lane, its own text: Code Europe 2024 and GITEX Global
    # 2024 day notes in Polish, Turkish, German, Dutch, Persian, Arabic and Hebrew; 0.94 / 0% /
    # 1.00 / 1.00 on main 3711560, with 9 of 19 closing, meal and booth sections made talks):
    # 1.00 / 0% / 1.00 / 1.00 once those languages' section words, booth words and speaker
    # labels were read; it meets ISSUE_14 and has no floor.
    # diary-notes (session 14's diary lane, its own text: DevFest Seoul 2024 and Confitura 2025
    # in Korean, English, Polish and Turkish: a speaker's own post about her talk, a TIL day
    # file, a wiki page of bold lines, a monthly book list beside conference notes, a Medium
    # subtitle, one talk under an event heading, lunch-and-booths sections; 0.72 / 36% / 0.79
    # / 0.64 on main 765f7fd); 1.00 / 0% / 1.00 / 1.00 once those shapes were read (and the
    # wiki page's "z Confitury 2025", the Polish genitive, named Confitura 2025): no floor.
    # The sixteenth batch, written in session 15 by someone who did not work on the engine and
    # kept from everyone until main was frozen: SXSW 2024 as a journaling app's one-file export
    # of dated entries, a list sorted by venue, a Portuguese newsletter and a Korean post with
    # day/room headings; DEVit 2024 and DevFest Athens 2024 as Greek blog posts, Greeklish phone
    # notes and an English recap; DevOpsDays Amsterdam 2024's open spaces, ignites and
    # per-session shared docs, Dutch and Korean posts. Blind on main 6e299c1: 0.29 / 67% / 0.85 /
    # 0.14, 0.56 / 35% / 0.56 / 0.65, 0.74 / 26% / 0.78 / 0.65; floors at their scores on main
    # f0af409 (dayone-sxsw-week's days fell to 0.10 at 5e28a85: an English "I" in a title read
    # as Polish "and"; back to 0.14 once it was not). dayone-sxsw-week 0.36 / 57% / 0.85 / 0.33
    # once a journaling app's export was read entry by entry (each its own title and day, an
    # entry after midnight about "this afternoon" on the day before) and an essay of bold
    # sentence leads was about no talk (journal lane, session 16); 1.00 / 0% / 1.00 / 1.00 once
    # a list sorted by venue also gave a talk per dated bullet, day headings naming the room
    # were days and the newsletter's day sections dated its talks (venues lane): no floor.
    # journal-exports (session 16's journal lane, its own text: Hangang DevDays 2025 as a Day One
    # export, a Journey-style export in Korean with Created:/Modified: headers, a year's journal
    # page with `--- date time ---` separators, an essay and an ordinary Korean post; 0.40 / 57% /
    # 0.57 / 0.07 on main 5a459f4): 0.80 / 0% / 0.75 / 0.86 once journal exports were read entry
    # by entry, days 1.00 once an export's entries gave its note their days, and 1.00 / 0% /
    # 1.00 / 1.00 once the Korean post's "한강 DevDays 2025" (half in Hangul) was the same event
    # as "Hangang DevDays 2025" and an export's days were those of its entries holding notes
    # (not the day it was packed for): it meets ISSUE_14 and has no floor.
    # journal-pages (the same lane: FOSS Backstage 2024 as an English and a Korean year's
    # journal page, each entry under a heading of its date and time, and a colleague's recap;
    # 0.40 / 57% / 0.29 / 0.43 on main b825b91): 1.00 / 0% / 1.00 / 1.00 once such headings
    # opened entries and the page's title ("Journal 2024") named no event: no floor.
    # ghost-greeklish-devit 0.78 / 6% / 0.76 / 0.82 once a phone note's "keynote - Name",
    # "Surname - topic" and "Topic - Name" lines were its talks, "Savvato 8/6" its day and "DEVit
    # 24 simeiwseis" its event, and Greek break, booth and closing words were read; 0.88 / 6% /
    # 0.76 / 0.82 once a Greek name met its Latin spelling (ου = ou, β = v, χ = ch or h), 0.92 /
    # 6% / 0.82 / 0.94 once a Greek title's article was no part of its event's name, 0.94 / 0% /
    # 0.87 / 0.94 once a Medium subtitle naming the keynote's speaker in the genitive ("… ομιλία
    # της Μαρίας Κωνσταντίνου …") made the essay that talk; it met ISSUE_14 (1.00 / 0% / 1.00 /
    # 1.00) once the essay's "στο DEVit" (its event without the year) joined DEVit 2024 (greek
    # lane), and has no floor.
    # greek-phone-notes (session 16's greek lane, its own text): PyCon Greece 2025 and Voxxed
    # Days Thessaloniki 2025 as a Greek blog post (day words, capitals without accents, a booth,
    # lunch and closing in Greek), Greeklish and English phone notes (plain "Topic - Name" lines
    # over bullets, a day line between them), an English post and a one-talk Greek essay.
    # 0.39 / 57% / 0.50 / 0.43 on main 80dae42; 0.81 / 7% / 0.86 / 0.93 once the phone notes'
    # lines were read, 0.94 / 7% / 0.86 / 0.93 once Greek names met their Latin spellings, 0.96
    # / 0% / 0.91 / 0.93 once the essay's subtitle named its speaker (genitive), 1.00 / 0% /
    # 1.00 / 1.00 once its event named without the year joined that event: no floor.
    # openspace-devopsdays-ams rose to 0.97 / 4% / 1.00 / 0.96 once an unconference's sections
    # ("## Open spaces", "## Ignites") held a talk per session or bold bullet, a shared doc's
    # "**Open Space: Topic**" and "**Convener:**" named its talk and speaker, and an undated doc
    # naming a weekday joined the one event (unconf lane, session 16): it meets ISSUE_14 and
    # has no floor. barcamp-openspace-ko-de (the unconf lane's own text: Barcamp Hamburg 2025
    # day pages, a board, HackMD exports, Korean and German posts; 0.64 / 39% / 0.76 / 0.50 on
    # main 80dae42) meets ISSUE_14 too.
    # The seventeenth batch, written in session 16 by someone who did not work on the engine and
    # kept from everyone until main was frozen: ICSE 2024's paper sessions, chair's run sheet and
    # posters (English, Korean, European Portuguese); Junction 2024 as Logseq journals with block
    # refs, a Spanish newsletter, a judge's notes and a Japanese post; DevConf.CZ 2024's five rooms
    # named in headings, a walk-out mid-slot and a room captain's log (Czech, English, Korean).
    # Blind on main 6ed3eb4: 0.67 / 33% / 0.83 / 0.67, 0.34 / 62% / 0.65 / 0.38, 0.64 / 32% /
    # 0.69 / 0.54, and the same on main 4c015338 at the freeze: floors one hundredth under.
    # hackathon-junction-helsinki rose to 0.75 / 10% / 1.00 / 0.90 once an outliner's ceremony,
    # workshop and demo blocks were talks, a prose recap's day sections held a talk per paragraph
    # naming one and a jury's deliberation was no talk, then to 0.88 / 0% / 1.00 / 1.00 once a
    # finals section held a demo per line naming a team's project, then to 0.93 once the opening
    # and closing ceremonies named in three languages were one session each (outline lane,
    # session 17).
    # academic-icse-lisbon rose to 0.95 / 3% / 1.00 / 0.97 (papers lane, session 17) once a
    # paper session's bold papers, a chair's run sheet and a speaker's own post were read as
    # talks, and a papers-to-read list as none: floor one hundredth under.
    "academic-icse-lisbon": Bar(talks_f1=0.94, unsorted_wrong=0.04, events_f1=0.99, days=0.96),
    # 1.00 / 0% / 1.00 / 1.00 once a team's own demo joined its team's (session 18).
    "hackathon-junction-helsinki": Bar(
        talks_f1=0.99, unsorted_wrong=0.01, events_f1=0.99, days=0.99
    ),
    # devconf-cz-rooms: 0.94 / 4% / 1.00 / 0.96 once rooms beside titles, a room log naming
    # no event and bold talk lines under a slot's heading were read.
    "devconf-cz-rooms": Bar(talks_f1=0.93, unsorted_wrong=0.05, events_f1=0.99, days=0.95),
    # The eighteenth batch, written in session 17 by someone who did not work on the engine and
    # kept from everyone until main was frozen: IETF 120's working-group minutes (agenda items as
    # headings), a chair's mail and reports in Japanese, Spanish and Portuguese; JavaZone 2024 in
    # Bokmål, Nynorsk and Danish (a roundup headed by its writers' names, a table row per talk);
    # Deep Learning Indaba 2024's grant reports in one template, Swahili and French posts, a
    # mission report and a survey response. Blind on main 195eb61: 0.08 / 89% / 0.26 / 0.11,
    # 0.54 / 49% / 0.90 / 0.41, 0.41 / 57% / 0.62 / 0.36; the same on main 600211e at the freeze
    # but JavaZone's days at 0.51 (a weekday before a talk heading): floors one hundredth under.
    # 0.29 / 63% / 0.91 / 0.21 once a minutes page became one item, the session (session 18);
    # 1.00 / 0% / 1.00 / 1.00 once a recap's group sections ("## DNSOP: …") were sessions on the
    # weekdays their first sentences name, and a paragraph moving on to another group's session
    # ("Later the same day I dropped into MLS") that session (session 20).
    "ietf-minutes-hedgedoc": Bar(talks_f1=0.99, unsorted_wrong=0.01, events_f1=0.99, days=0.99),
    # roundup-javazone-no-da: 1.00 / 0% / 1.00 / 1.00 once a phone note's timed lines, a report's
    # table rows, a post's numbered points, booth bullets and stand visits were read (session 18).
    "roundup-javazone-no-da": Bar(talks_f1=0.99, unsorted_wrong=0.01, events_f1=0.99, days=0.99),
    # grants-indaba-sw-fr: 0.88 / 18% / 0.88 / 0.79 once report template sections, closing
    # dates, lettered mission-report talks, cross-language panels and survey answers were read
    # (session 18); 0.97 / 4% / 1.00 / 0.96 once a newsletter's bold run-in paragraphs, stands
    # named in bold in a sentence and a poster session over notes on its posters were read, and
    # a newsletter shortening the event to its brand word joined it (session 19).
    "grants-indaba-sw-fr": Bar(talks_f1=0.96, unsorted_wrong=0.05, events_f1=0.99, days=0.95),
    # The nineteenth batch, written in session 18 by someone who did not work on the engine:
    # Shift 2024's Marp and reveal.js share-back decks, a Zettelkasten with timestamp ids, Croatian
    # and Slovenian posts; MWC Barcelona 2024's Otter transcripts, AI meeting summaries in one
    # template, a Catalan OneNote notebook and a Spanish ChatGPT export; PyCon APAC 2023-2025 in a
    # notes repo with one folder per year, a Trello board export, Malay and Taglish posts. Blind on
    # main 76a3d16: 0.74 / 17% / 0.89 / 0.79, 0.48 / 53% / 0.41 / 0.43, 0.81 / 21% / 0.89 / 0.60:
    # floors one hundredth under.
    # 1.00 / 0% / 1.00 / 1.00 once booths, closings and meals were read in Croatian and
    # Slovenian, a deck's title slide and presenter line were no talks, a continued slide joined
    # the one before and a literature note's "Source:" line gave its event (session 19).
    "marp-zettel-shift-hr": Bar(talks_f1=0.99, unsorted_wrong=0.01, events_f1=0.99, days=0.99),
    # Folders named by a meeting tool are no event, a folder per year names its edition and a
    # front page's table of editions dates it, a task board's cards are its talks:
    # 0.58 / 53% / 0.57 / 0.57, 0.94 / 8% / 1.00 / 1.00.
    # transcripts-mwc-ca: 1.00 / 0% / 1.00 / 1.00 once quoted Catalan talks, stands as Catalan
    # writes them, a saved chat's first exchange, a summary's speaker in its prose and a voice
    # memo's turns were read (session 19): held at that, one hundredth under.
    "transcripts-mwc-ca": Bar(talks_f1=0.99, unsorted_wrong=0.01, events_f1=0.99, days=0.99),
    # repo-years-pyconapac: 1.00 / 0% / 1.00 / 1.00 once a Malay "## Gerai" section's
    # paragraphs were its booths and "## Pasasalamat" no talk (session 19).
    "repo-years-pyconapac": Bar(talks_f1=0.99, unsorted_wrong=0.01, events_f1=0.99, days=0.99),
}


@dataclass(frozen=True)
class Segment:
    note: str
    start: int
    end: int
    talk: str | None
    date: str | None


@dataclass(frozen=True)
class Truth:
    events: dict[str, str | None]
    segments: tuple[Segment, ...]


@dataclass(frozen=True)
class ToolEntry:
    note: str
    line: int | None
    item: tuple[str, str] | None
    event: str | None
    date: str | None


@dataclass(frozen=True)
class FirstEntry:
    line: int | None
    order: int
    item: tuple[str, str] | None
    date: str | None


@dataclass(frozen=True)
class Scores:
    talk_segments: int
    talks: int
    talks_p: float
    talks_r: float
    talks_f1: float
    unsorted: int
    missing: int
    wrongly_sorted: int
    outside_entries: int
    event_notes: int
    events_p: float
    events_r: float
    events_f1: float
    dated: int
    days_ok: int
    misses: tuple[str, ...]

    @property
    def unsorted_wrong(self) -> float:
        return (self.unsorted + self.missing) / self.talk_segments if self.talk_segments else 0.0

    @property
    def days(self) -> float | None:
        return self.days_ok / self.dated if self.dated else None

    def line(self, name: str) -> str:
        """The scorer's figures, in its words."""
        days = "n/a" if self.days is None else f"{self.days:.2f}"
        return (
            f"{name}: talks F1 {self.talks_f1:.2f} (P {self.talks_p:.2f} R {self.talks_r:.2f};"
            f" {self.talk_segments} talk segments, {self.talks} talks)"
            f" | unsorted-wrong {self.unsorted_wrong:.0%} ({self.unsorted} unsorted +"
            f" {self.missing} no entry of {self.talk_segments})"
            f" | wrongly sorted {self.wrongly_sorted}/{self.outside_entries} entries outside talks"
            f" | events F1 {self.events_f1:.2f} (P {self.events_p:.2f} R {self.events_r:.2f};"
            f" {self.event_notes} notes) | days {days} ({self.days_ok}/{self.dated} dated segments)"
        )


def pairwise(truth: Sequence[object], predicted: Sequence[object | None]) -> tuple[float, ...]:
    """Pairwise P, R, F1 with self-pairs; a None prediction is in no cluster, not even alone."""
    tp = fp = fn = 0
    for i in range(len(truth)):
        for j in range(i, len(truth)):
            same_truth = truth[i] == truth[j]
            same_predicted = predicted[i] is not None and predicted[i] == predicted[j]
            if same_truth and same_predicted:
                tp += 1
            elif same_predicted:
                fp += 1
            elif same_truth:
                fn += 1
    precision = tp / (tp + fp) if tp + fp else (1.0 if tp + fn == 0 else 0.0)
    recall = tp / (tp + fn) if tp + fn else 1.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return precision, recall, f1


def load_truth(corpus: Path) -> Truth:
    raw = json.loads((corpus / "truth.json").read_text(encoding="utf-8"))
    events: dict[str, str | None] = {}
    segments: list[Segment] = []
    for name, note in raw["notes"].items():
        events[name] = note["event"]
        for s in note["segments"]:
            segments.append(Segment(name, s["start"], s["end"], s["talk"], s["date"]))
    return Truth(events, tuple(segments))


def tool_entries(listing: dict[str, Any]) -> list[ToolEntry]:
    """Every entry of the listing in its order: items (event → day → track) first, then unsorted."""
    out: list[ToolEntry] = []
    anonymous = 0
    for event in listing.get("events", []):
        event_id = str(event.get("id") if event.get("id") is not None else event.get("title"))
        for day in event.get("days", []):
            date = str(day["date"])[:10] if day.get("date") else None
            for track in day.get("tracks", []):
                for item in track.get("items", []):
                    item_id = item.get("id")
                    if item_id is None:
                        anonymous += 1
                        item_id = f"<anon {anonymous}>"
                    key = (event_id, str(item_id))
                    for e in item.get("entries", []):
                        out.append(ToolEntry(e.get("note"), e.get("line"), key, event_id, date))
    for e in listing.get("unsorted", []):
        out.append(ToolEntry(e.get("note"), e.get("line"), None, None, None))
    return out


def normalised(note: object) -> str:
    path = str(note or "").replace("\\", "/")
    path = posixpath.normpath(path) if path else path
    while path.startswith("./"):
        path = path[2:]
    return path


def score(truth: Truth, listing: dict[str, Any]) -> Scores:
    by_note: dict[str, list[int]] = {}
    for index, segment in enumerate(truth.segments):
        by_note.setdefault(segment.note, []).append(index)
    first: dict[int, FirstEntry] = {}
    outside = wrongly_sorted = 0
    note_events: dict[str, Counter[str]] = {name: Counter() for name in truth.events}
    for order, entry in enumerate(tool_entries(listing)):
        note = normalised(entry.note)
        if note not in truth.events:
            continue
        if entry.item is not None and entry.event is not None:
            note_events[note][entry.event] += 1
        holder = next(
            (
                i
                for i in by_note.get(note, [])
                if entry.line is not None
                and truth.segments[i].start <= entry.line <= truth.segments[i].end
            ),
            None,
        )
        if holder is None or not truth.segments[holder].talk:
            outside += 1
            wrongly_sorted += entry.item is not None
            continue
        candidate = FirstEntry(entry.line, order, entry.item, entry.date)
        known = first.get(holder)
        if known is None or (candidate.line, candidate.order) < (known.line, known.order):
            first[holder] = candidate
    talk_ids = [i for i, s in enumerate(truth.segments) if s.talk]
    predicted = [first[i].item if i in first else None for i in talk_ids]
    talks_p, talks_r, talks_f1 = pairwise([truth.segments[i].talk for i in talk_ids], predicted)
    unsorted = [i for i in talk_ids if i in first and first[i].item is None]
    missing = [i for i in talk_ids if i not in first]
    dated = [i for i in talk_ids if truth.segments[i].date]
    wrong_day = [
        i
        for i in dated
        if i not in first or first[i].item is None or first[i].date != truth.segments[i].date
    ]
    event_notes = [
        name
        for name, event in truth.events.items()
        if event and any(s.talk for s in truth.segments if s.note == name)
    ]
    event_predicted = [
        note_events[name].most_common(1)[0][0] if note_events[name] else None
        for name in event_notes
    ]
    events_p, events_r, events_f1 = pairwise(
        [truth.events[name] for name in event_notes], event_predicted
    )

    def where(i: int, why: str) -> str:
        s = truth.segments[i]
        return f"{s.note}:{s.start}-{s.end} ({s.talk}) {why}"

    misses = tuple(
        [where(i, "left unsorted") for i in unsorted]
        + [where(i, "has no entry") for i in missing]
        + [
            where(i, f"on {first[i].date}, labelled {truth.segments[i].date}")
            for i in wrong_day
            if i in first and first[i].item is not None
        ]
    )
    return Scores(
        talk_segments=len(talk_ids),
        talks=len({truth.segments[i].talk for i in talk_ids}),
        talks_p=talks_p,
        talks_r=talks_r,
        talks_f1=talks_f1,
        unsorted=len(unsorted),
        missing=len(missing),
        wrongly_sorted=wrongly_sorted,
        outside_entries=outside,
        event_notes=len(event_notes),
        events_p=events_p,
        events_r=events_r,
        events_f1=events_f1,
        dated=len(dated),
        days_ok=len(dated) - len(wrong_day),
        misses=misses,
    )


def list_json(notes: Path, copy: Path, capsys: pytest.CaptureFixture[str]) -> dict[str, Any]:
    """`summit-tui list --json` on a copy of the notes without any program (user dirs: conftest)."""
    shutil.copytree(notes, copy)
    for program in [*copy.rglob("program.yaml"), *copy.rglob("program.yml")]:
        program.unlink()
    capsys.readouterr()
    code = cli.main(["list", "--json", "--notes", str(copy)])
    out, err = capsys.readouterr()
    assert code == 0, err
    return json.loads(out)


# -- the metric itself -------------------------------------------------------------------------


def listing_of(items: dict[tuple[str, str | None], list[tuple[str, int]]], unsorted=()) -> dict:
    """A listing with one event; items keyed by (item id, day date) → [(note, line)]."""
    days: dict[str | None, list[dict[str, Any]]] = {}
    for (item_id, date), entries in items.items():
        entry_rows = [{"note": note, "line": line} for note, line in entries]
        days.setdefault(date, []).append({"id": item_id, "entries": entry_rows})
    return {
        "events": [
            {
                "id": "ev",
                "days": [
                    {"date": date, "tracks": [{"name": "Talks", "items": rows}]}
                    for date, rows in days.items()
                ],
            }
        ],
        "unsorted": [{"note": note, "line": line} for note, line in unsorted],
    }


TINY = Truth(
    events={"a.md": "ev", "b.md": "ev", "essay.md": None},
    segments=(
        Segment("a.md", 1, 4, None, None),
        Segment("a.md", 5, 10, "keynote", "2024-11-04"),
        Segment("a.md", 11, 20, "panel", "2024-11-04"),
        Segment("b.md", 1, 30, "keynote", "2024-11-04"),
        Segment("essay.md", 1, 9, None, None),
    ),
)


def test_pairwise_counts_self_pairs_and_leaves_none_in_no_cluster() -> None:
    assert pairwise(["x", "x", "y"], ["1", "1", "2"]) == (1.0, 1.0, 1.0)
    # The second x is missed: its self-pair and its pair with the first x are lost.
    p, r, _ = pairwise(["x", "x", "y"], ["1", None, "2"])
    assert (p, round(r, 3)) == (1.0, 0.5)
    # x and y merged: one wrong pair out of four predicted.
    assert pairwise(["x", "y"], ["1", "1"])[0] == pytest.approx(2 / 3)


def test_a_perfect_listing_scores_perfectly() -> None:
    listing = listing_of(
        {
            ("k", "2024-11-04"): [("a.md", 5), ("b.md", 1)],
            ("p", "2024-11-04"): [("a.md", 11)],
        },
        unsorted=[("a.md", 2), ("essay.md", 1)],
    )
    s = score(TINY, listing)
    assert (s.talks_f1, s.unsorted_wrong, s.events_f1, s.days) == (1.0, 0.0, 1.0, 1.0)
    assert (s.wrongly_sorted, s.outside_entries, s.misses) == (0, 2, ())


def test_unsorted_split_and_wrong_day_are_each_counted() -> None:
    listing = listing_of(
        {
            ("k", "2024-11-09"): [("a.md", 6)],
            ("k2", "2024-11-04"): [("b.md", 3)],
            ("intro", "2024-11-04"): [("a.md", 1)],
        },
        unsorted=[("a.md", 11)],
    )
    s = score(TINY, listing)
    assert (s.unsorted, s.missing, s.unsorted_wrong) == (1, 0, pytest.approx(1 / 3))
    assert (s.talks_p, s.talks_r) == (1.0, pytest.approx(2 / 4))
    assert (s.days_ok, s.dated) == (1, 3)
    assert (s.wrongly_sorted, s.outside_entries) == (1, 1)
    assert "a.md:11-20 (panel) left unsorted" in s.misses


def test_the_first_entry_of_a_segment_decides_and_a_note_has_its_majority_event() -> None:
    def event(event_id: str, entries: list[tuple[str, int]]) -> dict[str, Any]:
        rows = [{"note": note, "line": line} for note, line in entries]
        item = {"id": "k", "entries": rows}
        return {"id": event_id, "days": [{"date": "2024-11-04", "tracks": [{"items": [item]}]}]}

    listing = {
        "events": [
            event("ev", [("a.md", 7), ("b.md", 1)]),
            event("other", [("a.md", 5), ("a.md", 12)]),
        ],
        "unsorted": [],
    }
    s = score(TINY, listing)
    # a.md's keynote is in item other/k (line 5 comes first), b.md's in ev/k, the panel in other/k.
    assert (s.talks_p, s.talks_r) == (0.75, 0.75)
    # a.md's entries are mostly in "other", b.md's in "ev": the two notes are split.
    assert (s.events_p, s.events_r) == (1.0, pytest.approx(2 / 3))


# -- the corpora -------------------------------------------------------------------------------


def corpora() -> list[Path]:
    found = sorted(p.parent for p in CORPORA.glob("*/truth.json"))
    return found + ([SEEDS] if (SEEDS / "truth.json").is_file() else [])


@pytest.mark.parametrize("corpus", corpora(), ids=lambda p: p.name)
def test_corpus_meets_the_issue_thresholds(
    corpus: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    bar = FLOORS_AT_LANDING.get(corpus.name, ISSUE_14)
    s = score(load_truth(corpus), list_json(corpus / "notes", tmp_path / "notes", capsys))
    report = s.line(corpus.name) + "".join(f"\n  {miss}" for miss in s.misses[:15])
    assert s.talks_f1 >= bar.talks_f1, report
    assert s.unsorted_wrong <= bar.unsorted_wrong, report
    assert s.events_f1 >= bar.events_f1, report
    assert s.days is None or s.days >= bar.days, report


def test_only_held_out_corpora_have_floors_and_floors_are_below_the_bar() -> None:
    names = {p.name for p in corpora()}
    assert set(FLOORS_AT_LANDING) <= names
    for floor in FLOORS_AT_LANDING.values():
        assert (
            floor.talks_f1 < ISSUE_14.talks_f1
            or floor.events_f1 < ISSUE_14.events_f1
            or (floor.unsorted_wrong > ISSUE_14.unsorted_wrong or floor.days < ISSUE_14.days)
        )
