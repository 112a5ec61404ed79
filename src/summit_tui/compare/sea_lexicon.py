"""Vietnamese and Indonesian words with their English words, so that a passage in either
language meets an English one (and each other) on the concepts they share, as Korean does
through ``lexicon``.

Vietnamese writes a word a syllable at a time: its entries are one or two syllables, read
without their marks (the passage's text is compared unaccented). An Indonesian entry is one
word, also as its common affixed forms (``menerjemahkan``, ``terjemahan``). General vocabulary
of technology talks and the notes people take at them; add words by subject, never for one
sentence.
"""

from __future__ import annotations

import unicodedata
from functools import lru_cache

from summit_tui.compare.english import STOP as ENGLISH_STOP
from summit_tui.compare.english import stem_word

VIETNAMESE = """
chuỗi: chain
cung ứng: supply
chuỗi cung ứng: supply chain
linh kiện: component part
phần cứng: hardware
phần mềm: software
mã nguồn mở: open source
mã nguồn: source code
giáo dục: education
trường học: school
đại học: university
sinh viên: student
giáo viên: teacher
tài liệu: document documentation docs
dịch: translate translation
chi phí: cost
giá: price cost
tiết kiệm: save saving cheap
đo lường: measure measurement
thiết bị: device equipment kit
phòng thí nghiệm: lab laboratory
thí nghiệm: experiment lab
dữ liệu: data
cơ sở dữ liệu: database
mô hình: model
huấn luyện: train training
tìm kiếm: search
chỉ mục: index
trình duyệt: browser
máy chủ: server
máy tính: computer
điện: electricity power
điều hoà: conditioning cooling
tình nguyện viên: volunteer
tình nguyện: volunteer
cảm biến: sensor
không khí: air
chất lượng: quality
hiệu năng: performance
bảo mật: security
kiểm thử: test testing
triển khai: deploy deployment
cộng đồng: community
doanh nghiệp: company business enterprise
người dùng: user
ứng dụng: app application
tốc độ: speed
nhanh: fast quick
chậm: slow
giảm: reduce decrease drop
tăng: increase grow
lớn nhất: biggest largest
vấn đề: problem issue
thách thức: challenge
kinh nghiệm: experience
bài học: lesson
tương lai: future
mở rộng: scale extend
"""

INDONESIAN = """
rantai: chain
pasok: supply
pasokan: supply
komponen: component part
perangkat keras: hardware
perangkat lunak: software
pendidikan: education
sekolah: school
universitas: university
kampus: campus university
mahasiswa: student
guru: teacher
dosen: lecturer teacher
dokumentasi: documentation docs
dokumen: document
terjemah: translate translation
terjemahkan: translate
menerjemahkan: translate
terjemahan: translation
biaya: cost
harga: price cost
hemat: cheap save saving
murah: cheap
mahal: expensive
ukur: measure
mengukur: measure
pengukuran: measurement
alat: tool device kit
laboratorium: lab laboratory
lab: lab
data: data
model: model
melatih: train
pelatihan: training
pencarian: search
cari: search
indeks: index
peramban: browser
server: server
komputer: computer
listrik: electricity power
relawan: volunteer
sukarelawan: volunteer
sensor: sensor
udara: air
kualitas: quality
kinerja: performance
keamanan: security
pengujian: test testing
uji: test
komunitas: community
perusahaan: company business
pengguna: user
aplikasi: app application
cepat: fast quick
lambat: slow
turun: drop decrease fall
menurunkan: reduce
naik: increase rise
masalah: problem issue
tantangan: challenge
pengalaman: experience
pelajaran: lesson
masa depan: future
kalibrasi: calibration calibrate
stasiun: station
resmi: official
"""


def _plain(text: str) -> str:
    """Lowercase, without marks, as ``features`` compares Latin text ("đ" is "d")."""
    decomposed = unicodedata.normalize("NFD", text.lower().replace("đ", "d"))
    return "".join(c for c in decomposed if not "\u0300" <= c <= "\u036f")


@lru_cache(maxsize=2)
def _table(vietnamese: bool) -> dict[str, tuple[str, ...]]:
    table: dict[str, set[str]] = {}
    for data in (VIETNAMESE if vietnamese else INDONESIAN,):
        for line in data.strip().splitlines():
            words, _, english = line.partition(":")
            concepts = {f"c:{stem_word(w)}" for w in english.split() if w and w not in ENGLISH_STOP}
            if concepts:
                table.setdefault(" ".join(_plain(words).split()), set()).update(concepts)
    return {words: tuple(sorted(concepts)) for words, concepts in table.items()}


def concepts(words: str, *, vietnamese: bool) -> tuple[str, ...]:
    """The English concepts of a listed Vietnamese run of syllables (unaccented) or
    Indonesian word, or ()."""
    return _table(vietnamese).get(words, ())
