"""What a heading says by its words: a group of booths or talks, a part of a talk (Q&A,
takeaways), an intro or a closing, a day, a track, a talk marked by its time or kind,
the booth it names, and the speaker it names.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache
from typing import TYPE_CHECKING

from summit_tui.corpus.clues import holds_any
from summit_tui.corpus.dates import (
    day_number,
    find_dates,
    indic_date_word,
    is_date_word,
    leading_day,
    weekdays,
)
from summit_tui.corpus.event_names import strip_event, without_accents
from summit_tui.corpus.lead_speakers import lead_speaker
from summit_tui.corpus.model import EntryKind
from summit_tui.corpus.names import heading_title, normalize, split_title, title_parts
from summit_tui.corpus.room_codes import split_room
from summit_tui.corpus.section_days import closing_day
from summit_tui.corpus.speakers import label_person
from summit_tui.corpus.time_prefix import opening_bracket
from summit_tui.corpus.walk_booths import walk_heading
from summit_tui.lazy_re import lazy

if TYPE_CHECKING:
    from summit_tui.corpus.blocks import Heading

_BOOTH_WORDS = {
    # the exhibition in Hungarian, Russian, Ukrainian, Polish, Czech, Greek: "## Standok",
    # "## Стенды", "## Кіоски"
    *[
        "standok",
        "kiállítók",
        "kiállítás",
        "стенды",
        "стенд",
        "стенди",
        "выставка",
        "виставка",
        "экспоненты",
    ],
    *["wystawcy", "stoiska", "stánky", "vystavovatelé", "περίπτερα", "εκθέτες"],
    # Greek's one stand, and in capitals, which Greek writes without accents: "Περίπτερο
    # Skroutz", "ΠΕΡΙΠΤΕΡΑ"
    *["περίπτερο", "περιπτερο", "περιπτερα", "εκθετες"],
    # one stand in Polish and Czech, and Turkish's stand with its endings: "Stoisko Allegro",
    # "Stánek JetBrains", "JetBrains standı", "Stantlar"
    *["stoisko", "stoisku", "stoisk", "stánek", "stánku", "standı", "standi", "standında"],
    *["stant", "stantlar", "stantları", "stantlarda", "standlar", "standları"],
    # Romanian's stand with its article and plural: "Standul Endava", "Standurile"
    *["standul", "standuri", "standurile", "standului", "expozanți", "expozanții", "expozanti"],
    "poster",
    "posters",
    "showcase",
    "pavilion",
    "sponsors",
    "sponsor",
    "exhibition",
    "exhibitions",
    "exhibit",
    "exhibits",
    "exhibitor",
    "exhibitors",
    "expo",
    "booth",
    "booths",
    # "Stands (K building)", "Por los stands", "Les stands", "Gli stand": the plural only, as
    # "stand" alone is also a verb ("Where we stand")
    "stands",
    "estands",
    "estandes",
    # a congress's "Assemblies & Stände", an exhibition's "Aussteller"
    "assemblies",
    "stände",
    "aussteller",
    # the stands and exhibitors in Croatian, Serbian, Bosnian and Slovenian: "## Štandovi",
    # "Štand Infobipa", "Izlagači", "Stojnice", "Razstavljavci", and typed without the marks
    *["štand", "štandovi", "štanda", "štandu", "štandova", "standovi", "izlagači", "izlagaci"],
    *["izložba", "izlozba", "stojnica", "stojnice", "razstavljavci", "razstavljalci", "razstava"],
    # a booth in Indonesian and Malay: "## Gerai", "Gerai JetBrains", "Reruai"
    *["gerai", "reruai"],
    # Indonesian and Malay "Pameran" (the exhibition); Vietnamese "Gian hàng" / "Khu triển lãm"
    # / "Khu trưng bày" as one word each (see _JOINED_BOOTH_WORDS)
    *["pameran", "gianhàng", "triểnlãm", "trưngbày"],
    # Arabic "جناح SkyDrop" / "الأجنحة", Persian "غرفه", Hebrew "דוכן Wix" / "ביתן"
    *["جناح", "الجناح", "أجنحة", "الأجنحة", "اجنحة", "الاجنحة", "المعرض", "غرفه", "غرفه‌ها"],
    *["غرفه ی", "غرفهٔ"],
    *["غرفه‌ی", "غرفهٔ", "غرفه‌ی"],
    *["דוכן", "דוכנים", "הדוכן", "ביתן", "הביתן"],
    # Hindi and Bengali: "### JetBrains बूथ", "## स्पॉन्सर बूथ", "### PSF-এর স্টল", "বুথ"
    *["बूथ", "बूथों", "स्टॉल", "प्रदर्शनी", "বুথ", "স্টল", "প্রদর্শনী"],
}
# Vietnamese writes a word a syllable at a time: the booth words are matched as these pairs
# ("hàng" alone is a queue, "triển" is in "phát triển")
_JOINED_BOOTH_WORDS = (
    ("gian hàng", "gianhàng"),
    ("triển lãm", "triểnlãm"),
    ("trưng bày", "trưngbày"),
)
_BOOTH_PREFIXES = (
    "부스", "전시", "포스터", "스폰서", "엑스포", "ブース", "スポンサー", "展位", "攤位", "展台",
    "展区", "展區", "展示", "出展",
    # the exhibitors and their hall in German, French, Spanish, Portuguese, Italian:
    # "Ausstellerbereich", "Ausstellung", "Hall des exposants", "Zona de expositores",
    # "Área de exposição", "Area espositiva"
    "ausstell", "exposant", "exposit", "exposic", "esposit",
    # and in the Nordic languages: "Utställarna", "Utstillerne", "Udstillingen", "Näyttelyalue"
    "utställ", "utstill", "udstill", "näyttel", "näytteilleaset",
)  # fmt: skip
# Where the booths stand, or a walk past them: "Expo Hall", "Expo floor", "Zona expo",
# "엑스포 홀", "부스 투어", "Booth crawl", "展示ホール": a booth heading with only these names
# no booth
_BOOTH_PLACES = frozenset(
    " ".join(
        (
            "hall halls floor area areas zone zones tour tours crawl walk round rounds visit",
            "visits halle hallen bereich rundgang salle espace sala salão salon zona área",
            "espaço espacio quartiere hala strefa terem zóna зал зона обход",
            "홀 투어 구역 존 관 탐방 구경 순회 라운드",
            "ホール エリア 会場 巡り めぐり ツアー 区域 展厅 大厅",
            # Vietnamese "Khu triển lãm" (the exhibition area), Indonesian "Area pameran"
            "khu",
        )
    ).split()
)
_SESSION_WORDS = {"keynote", "keynotes", "session", "sessions", "talk", "talks"}
_SESSION_PARTS = ("세션", "발표", "키노트", "강연", "기조연설")
_SINGULAR = frozenset({"talk", "session", "keynote", "booth", "exhibit"})
# the group names a heading under a context opens one with: plurals only ("Booths", "Talks")
_NESTED_BOOTH_WORDS = frozenset(_BOOTH_WORDS - _SINGULAR)
_NESTED_SESSION_WORDS = frozenset(_SESSION_WORDS - _SINGULAR)
# An unconference's sections, each over its sessions ("## Open spaces" over "### 14:00 — Topic
# (Name)", "## Ignites" over "- **Title** (Name): …"): the whole heading, as normalize writes it
_UNCONF_SECTIONS = frozenset(
    (
        "open space", "open spaces", "open space sessions", "openspace", "open spaces sessions",
        "unconference", "unconference sessions", "birds of a feather", "bof", "bofs",
        "bof sessions", "birds of a feather sessions", "ignite", "ignites", "barcamp",
        "barcamp sessions", "lightning", "lightnings", "lightning talks", "lightning talk",
        "ignite talks", "lt", "오픈 스페이스", "오픈스페이스",
        "오픈 스페이스 세션", "언컨퍼런스", "이그나이트", "라이트닝 토크", "라이트닝토크",
        "オープンスペース", "ライトニングトーク", "アンカンファレンス", "forum ouvert",
        "espacios abiertos", "espacio abierto", "offene sessions", "offener raum",
    )
)  # fmt: skip
_CONTEXT_MAX_WORDS = 6
# Headings that are a part of a talk or of a note, never a talk of their own: what is
# under "Q&A" belongs to the talk before it; an intro or a closing belongs to no talk.
_PART, _INTRO, _CLOSING = "part", "intro", "closing"
_GENERIC_PHRASES = {
    _PART: (
        "q&a qna qa q a 질의응답 질의 응답 질문 질문들 답변 questions question audience ask 청중"
        " takeaways takeaway key summary 요약 정리 핵심 한줄 tl dr tldr 메모 notes note demo"
        " 데모 slides slide 발표자료 자료 영상 video recording 녹화 details highlights 하이라이트"
        " points 주요 내용 본론 speaker speakers 발표자 연사 강연자 bio 약력 session starts 시작"
        " 발표 세션 강연 talk 소개 about 설명 q&a세션 zusammenfassung résumé resumen"
        # the questions in Croatian, Slovenian, Polish, Malay and Indonesian, Tagalog:
        # "# Pitanja?", "# Vprašanja?", "## Pytania", "## Soalan", "## Pertanyaan", "## Tanong"
        " pitanja vprašanja pytania soalan pertanyaan tanong mga katanungan"
    ),
    _INTRO: (
        "intro introduction 들어가며 들어가기 전에 서론 개요 overview information info 정보 행사"
        " 목차 contents table of toc agenda 아젠다 일정 schedule timetable 타임테이블 배경"
        " background prologue 프롤로그 참석 계기 동기 motivation 머리말 시작하며 문서 documents"
        " docs 참가자 participants attendees 장소 venue 준비물 logistics 들은 세션들 sessions"
        " 공지 공지사항 notice announcement announcements 페이지 page 인덱스 참석자 담당 하위"
        " subpages"
        # a shared page's rules and a trip's arrangements: "共筆規則 / Rules", "Hotel and travel"
        " rules guidelines 規則 规则 규칙 共筆規則 共笔规则 注意事項 注意事项 hotel hotels travel"
        " flight flights accommodation 숙소 교통 항공 호텔 packing"
        # an opening and a trip in Vietnamese, Indonesian, Japanese, Spanish and Portuguese:
        # "Mở đầu", "Giới thiệu", "Pembuka", "Pendahuluan", "はじめに", "Di chuyển", "Perjalanan"
        " mở đầu giới thiệu pembuka pendahuluan pengantar perkenalan はじめに 始めに 前置き"
        " イントロ introducción introdução di chuyển khách sạn perjalanan penginapan 移動 旅程"
        " 宿 ホテル 観光 여행 관광"
        # a Japanese or Chinese trip report's schedule and the sessions it heard: "## 1. 日程",
        # "## 2. 聴講セッション", "## 行程安排"
        " 日程 スケジュール 聴講セッション 聴講 参加セッション 行程 行程安排 议程 議程"
        # a Chinese or Japanese post's preface: "## 前言", "## 写在前面", "## まえがき"
        " 前言 写在前面 寫在前面 引言 开篇 開篇 导读 導讀 まえがき"
        # Arabic, Persian and Hebrew: "## مقدمة", "## مقدمه", "## מבוא"
        " مقدمة المقدمة مقدمه تمهيد تمهید پیشگفتار מבוא הקדמה פתיחה"
        # a deck's or a post's contents and opening in Croatian, Slovenian, Malay, Tagalog:
        # "## Sadržaj", "## Kazalo", "## Vsebina", "## Uvod", "## Isi kandungan", "## Nilalaman"
        " sadržaj kazalo vsebina uvod isi kandungan nilalaman panimula"
        # a recap's trip and venue around its days: "Getting there", "Travel home", "Anreise",
        # "Heimreise", "Le lieu", "El viaje", "가는 길"
        " getting there around arrival arriving journey commute home way back location"
        " sightseeing anreise abreise heimreise rückreise heimweg reise unterkunft ort"
        " veranstaltungsort lieu voyage trajet retour arrivée logement viaje llegada regreso"
        " vuelta alojamiento lugar sede 가는 오는 돌아오는 길 귀가 귀국 출국"
        # and "Anfahrt", "Ankunft", "Hébergement", "A viagem", "Il viaggio",
        # "Dojazd", "Podróż"
        " anfahrt rückfahrt ankunft hébergement viagem viaggio dojazd przyjazd podróż"
    ),
    "glue": (
        # Hungarian, Russian and Ukrainian small words and their word for the conference:
        # "Teendők a konferencia után", "Итоги конференции"
        "a az és konferencia konferenciáról után utána и в на с о после конференции"
        " конференция і та з після конференції "
        "및 and & 과 와 the of 의 세션 session part 부 my 나의 내 우리 to after track 시간 this at"
        # the small words of Italian, Portuguese, Spanish, French and German headings, and
        # their words for a day ("Fim do dia 1", "Fine della giornata", "Ende von Tag 2")
        " in per di del della dello dei degli delle da do dos das de du des la le les il lo gli"
        " el los las der die das von und e y et al au aux em no na nos dia día giorno giornata"
        " jour journée jornada"
        # "점심 & 복도 트랙", "Thanks for reading"
        " 트랙 for"
        # Greek's "for", "and", "the": "Διάλειμμα για φαγητό", "Καφές και περίπτερα"
        " για και το τα η"
        # Romanian's "what": "Ce urmează" (what comes next) closes a post
        " ce"
        # the small words of Polish, German, Dutch, Turkish and English closings: "Na koniec
        # dnia", "Zum Schluss", "Tot slot", "To be continued"
        " dnia zum zur tot be en"
        # "after the conference" in Polish and Turkish: "… po konferencji", "Konferanstan sonra"
        " po konferencji konferencja konferanstan konferans sonra"
        # "Ăn trưa và cà phê", "Makan siang dan ngopi"
        " và dan"
        # "and", "of", "in" in Arabic, Persian, Hebrew; Persian's plural ending after its half
        # space ("غرفه‌ها": booths); Turkish "and" ("Öğle arası ve stantlar")
        " و في من از در ו של ها های ve"
        # "and" in Polish and Turkish: "Przerwa obiadowa i stoiska" (a break and the booths)
        " i oraz ile"
        # Croatian, Serbian and Slovenian "for", "and", "with": "Pauza za kavu", "Kava i štandovi"
        " za s sa in"
        # the week of a newsletter's closing parts: "Links da semana", "Links of the week"
        " semana week semaine woche settimana"
    ),
    "break": (
        # meals, breaks, registration and evenings in Hungarian, Russian, Ukrainian, Polish,
        # Czech, Romanian and Greek: "## Ebéd", "## Kávészünet", "## Обед", "## Обід"
        "ebéd kávészünet szünet reggeli vacsora regisztráció fogadás"
        " обед перерыв кофе брейк кофебрейк ужин завтрак регистрация нетворкинг афтепати"
        " фуршет обід перерва кава вечеря сніданок реєстрація"
        " obiad przerwa kawowa kolacja rejestracja oběd přestávka večeře registrace"
        " prânz pauză cină διάλειμμα γεύμα καφές"
        # Greek's lunch and food, and each in capitals without accents: "Μεσημεριανό",
        # "Διάλειμμα για φαγητό", "ΔΙΑΛΕΙΜΜΑ"
        " μεσημεριανό φαγητό καφέ εγγραφή πρωινό δείπνο"
        # Romanian's coffee break, meal and registration: "Pauza de cafea", "Pauză de masă"
        " cafea cafeaua masă înregistrare 점심시간 "
        "점심 lunch 저녁 dinner 아침 breakfast 휴식 break 쉬는시간 coffee 커피 네트워킹"
        " networking 등록 registration 체크인 check-in 이동 afterparty 뒷풀이 애프터파티 굿즈"
        " swag 스프린트 sprint evening party 파티 drinkup drinks reception hallway 懇親会 懇親"
        " 休憩 ランチ 昼食 쉬는 입장 doors mittagspause mittag pause déjeuner almuerzo comida"
        " descanso kaffeepause pausa pranzo caffè caffe colazione cena aperitivo almoço almoco"
        " jantar lanche intervalo café cafe apéro aperitif abendessen abendveranstaltung"
        " frühstück desayuno merienda happy hour sprints parties fiesta festa soirée"
        " job jobs fair career careers hiring recruiting 채용 잡페어 박람회 招聘 就業 求人"
        # the evening and a volunteer's shift at a congress: "## Abends", "## Engelschicht"
        " abends abend nachts evenings night nights engelschicht schicht engel angel angels"
        " shift shifts herald heralding volunteer volunteering 자원봉사 봉사 스태프"
        # the hallway and a midday break: "점심 & 복도 트랙", "昼休み", "お昼"
        " 복도 昼休み 昼 お昼 休み 昼食休憩 午休 午餐 午饭 午飯 晚饭 晚飯 晚餐 茶歇 签到 簽到"
        # an after-party and the food: "アフターパーティー", "打ち上げ", "Food"
        " アフターパーティー アフターパーティ パーティー パーティ 打ち上げ food 음식 食事"
        # meals, coffee and breaks in Vietnamese and Indonesian: "Ăn trưa", "Nghỉ giải lao",
        # "Makan siang & ngopi", "Istirahat"
        " ăn trưa tối nghỉ giải lao cà phê tiệc ẩm thực makan siang malam ngopi kopi istirahat"
        " rehat kuliner コーヒー 夕食 朝食"
        # the food and the free things a recap tells of: "Das Essen", "Les goodies", "Merch"
        " essen trinken repas nourriture goodies stickers merch merchandise"
        # Arabic, Persian, Hebrew: "استراحة الغداء", "استراحت ناهار", "הפסקת צהריים"
        " استراحة الاستراحة غداء الغداء قهوة القهوة تسجيل التسجيل عشاء العشاء استراحت ناهار"
        " پذیرایی ثبت نام شام הפסקה הפסקת צהריים ארוחת ארוחה קפה הרשמה"
        # a midday break and the lunch in Polish, Turkish and Dutch: "Przerwa obiadowa", "Öğle
        # arası", "Öğle yemeği", "Lunch en stands"
        " obiadowa obiadu öğle arası yemeği yemek kahve molası mola"
        # and their neighbours': "Mittagessen", "Lunchpauze", "Koffiepauze", "Fika", "Lounas"
        " mittagessen lunchpauze koffiepauze fika lounas lunsj frokost"
        # Hindi and Bengali: "## लंच ब्रेक", "## चाय ब्रेक", "## দুপুরের খাবার", "## চা বিরতি"
        " लंच ब्रेक चाय नाश्ता भोजन रजिस्ट्रेशन লাঞ্চ ব্রেক চা বিরতি দুপুরের খাবার রেজিস্ট্রেশন"
        # Finnish and Swedish breaks: "Ruokatauko", "Kahvitauko", "Lunchpaus", "Kaffepaus"
        " ruokatauko kahvitauko tauko illallinen aamiainen lunchpaus kaffepaus"
        # Croatian, Serbian and Slovenian meals and breaks: "Ručak", "Kosilo", "Pauza za kavu",
        # "Večera", "Malica"; Tagalog's: "Tanghalian", "Hapunan", "Almusal"
        " ručak kosilo pauza odmor kava kavu kave večera večerja doručak zajtrk malica"
        " registracija tanghalian hapunan almusal"
    ),
    _CLOSING: (
        # a summary, a conclusion or what to do after, in Hungarian, Russian, Ukrainian,
        # Romanian and Greek: "## Összegzés", "## Teendők a konferencia után", "## Итоги",
        # "## Вместо заключения", "## Підсумки"
        "összegzés összefoglaló összefoglalás konklúzió zárszó tanulságok teendők teendő"
        " итоги итог выводы вывод заключение заключения вместо резюме послесловие"
        " подсумки підсумки підсумок висновки висновок замість"
        " concluzii concluzie rezumat συμπεράσματα σύνοψη επίλογος încheiere urmează "
        # Greek's "closing" and "finally", and the words above in capitals without accents:
        # "## Κλείνοντας", "## Τελικά", "## ΣΥΜΠΕΡΑΣΜΑΤΑ"
        " κλείνοντας τελικά "
        "마치며 마무리 끝으로 결론 conclusion conclusions closing thoughts final wrap up outro"
        " wrapping"
        " 후기 총평 느낀점 느낀 점 소감 회고 참고 참고자료 references reference links link 링크"
        " resources 관련 epilogue 에필로그 한줄평 여담 ps 맺음말 나가며 마치면서 끝 감상 misc"
        " 기타 etc 정산 expenses 적용할 것 todo 공유할 공유 같이 함께 보면 좋은 글 글들 읽을"
        " further reading read more related posts 다녀온 다녀와서 오늘 today random self conf"
        " 팀 팀에 팀에서 まとめ 感想 所感 おわりに 最後に 心得 总结 總結 action items 비용 경비"
        " 참관 참관기 참석 결과 보고 보고서 출장 report recap trip 예산 cost costs budget tasks"
        " 할일 할 errands chores follow ups followups afterwards afterward todos"
        # a Japanese or Chinese report's last parts: "## 4. 今後の対応", "## 所感", "以上"
        " 今後の対応 今後の予定 今後の課題 今後 対応 以上 后续 後續 后续计划 下一步"
        # a day file's own parts: "## 오늘 한 일", "## 배운 것", "## Done today"; a report's
        # last ones: "# 4. 시사점 및 적용 방안", "# 5. 첨부", "Appendix"
        " 한 일 한일 배운 했던 것 did done learned other others 시사점 적용 방안 첨부 별첨 부록"
        # Arabic, Persian, Hebrew: "## الخلاصة", "## خاتمة", "## جمع‌بندی", "## סיכום"
        " خاتمة الخاتمة الخلاصة خلاصة ختاما ختاماً جمع بندی نتیجه گیری سخن آخر סיכום לסיכום"
        " מסקנות"
        # the closing words of Polish, Turkish, Hebrew and Persian notes: "Na koniec", "Son
        # söz", "Kapanış", "Genel değerlendirme", "מחשבות לסיום", "سخن پایانی", "ادامه دارد"
        " koniec son söz kapanış genel değerlendirme מחשבות לסיום סוף پایانی ادامه دارد"
        " continued slot"
        # and their neighbours': "Wrażenia", "Przemyślenia", "Avslutning", "Afslutning",
        # "Yhteenveto", "Slotsom"
        " wrażenia przemyślenia avslutning afslutning yhteenveto slotsom"
        # "finally" closing a Nordic post: "Till sist", "Til sidst", "Lopuksi", "Slutligen"
        " till sist til sidst slutligen lopuksi loppusanat"
        # and the rest of a post after its talks: "Til slutt", "Til sist", "The rest",
        # "Resten", "Finally", "Everything else", "Odds and ends", "Oppsummering"
        " slutt sist rest resten finally lastly everything else odds ends oppsummering"
        # what to do after, in Polish and Turkish: "Do zrobienia po konferencji", "Yapılacaklar"
        " zrobienia yapılacaklar"
        " appendix attachment attachments 향후 계획 건의 건의사항 제언"
        " fazit conclusión bilan updates update 업데이트 추가 addendum chiusura conclusione"
        " conclusioni breve riassunto encerramento conclusão conclusões considerações finais"
        " fim fine fin end ende schluss abschluss cierre conclusiones clausura clôture"
        # what comes tomorrow, closing a day's post: "I demà?", "¿Y mañana?", "Et demain ?"
        " demà mañana demain amanhã domani tomorrow"
        # a summary or conclusion closing a note in Czech, Slovak, Polish, Dutch, the Nordic
        # languages, Turkish, Vietnamese and Indonesian ("## Shrnutí", "## Podsumowanie",
        # "## Samenvatting", "## Özet", "## Tổng kết", "## Kesimpulan")
        " shrnutí závěr zhrnutie záver podsumowanie wnioski samenvatting conclusie afsluiting"
        " sammanfattning slutsats sammendrag opsummering konklusjon konklusion özet sonuç"
        " tổng kết tóm tắt lời ringkasan kesimpulan penutup"
        # Swahili: "## Hitimisho" (conclusion), "## Muhtasari" (summary), "## Shukrani"
        " hitimisho muhtasari shukrani"
        # Croatian, Serbian, Bosnian and Slovenian: "## Zaključak", "## Zaključek", "## Sažetak",
        # "## Povzetek", "## Dojmovi", "## Vtisi", "## Hvala"; Tagalog: "## Pasasalamat",
        # "## Pangwakas", "## Buod"; Malay: "## Rumusan", "## Terima kasih"
        " zaključak zaključci zaključek zaključno sažetak povzetek dojmovi utisci vtisi hvala"
        " zahvala zahvale pasasalamat salamat pangwakas pagtatapos buod konklusyon rumusan"
        " terima kasih penghargaan"
        # closing words, impressions and odds and ends: "Lời kết", "Kết luận", "Cảm nghĩ",
        # "Linh tinh", "Bên lề", "Akhir kata", "Lain-lain", "さいごに", "その他", "이모저모",
        # "Varios"
        " kết luận cảm nghĩ nhận linh tinh bên lề akhir kata kesan lain さいごに 終わりに その他"
        " 雑記 雑感 余談 이모저모 잡담 번외 varios otros miscelánea misceláneo"
        # what comes after the talks: a room's "16:00 結束後", "Things to try at work", a
        # newsletter's "Also in this issue", a hub's "Want to watch later"
        " 結束 結束後 结束 结束后 終了 終了後 종료 이후 things try next steps work also issue"
        " elsewhere want watch later watchlist missed 놓친 나중에"
        # links and sign-offs in other languages: "Ligações", "Enlaces", "Liens", "参考リンク",
        # "Thanks for reading", "함께 읽으면 좋은 글"
        " enlaces ligações ligacoes liens vínculos referencias referências références"
        " recursos ressources 参考リンク リンク 参考 参考文献 関連リンク 链接 連結 參考 参考资料"
        " thanks thank reading 읽으면 감사합니다"
        # a report's thanks to its funders: "## Danke", "## Remerciements", "## Agradecimientos"
        " danke dank danksagung merci remerciements gracias agradecimientos obrigado obrigada"
        " agradecimentos grazie ringraziamenti bedankt dankwoord acknowledgements"
        " acknowledgments asante 謝辞 致谢 致謝 감사의"
        # a newsletter issue's reading after its report: "Leituras", "Lecturas de la semana"
        " leituras lecturas letture lektüre"
        # a series post's "다음 편 예고" (the next part's preview), a team report's "우리 팀에
        # 가져올 것들"
        " 다음편 예고 가져올 가져갈 것들"
        # the mood around the talks: "Comida e ambiente", "Food and atmosphere", "분위기"
        " ambiente ambiance atmosphere atmosphäre vibe vibes 분위기 雰囲気"
        # a day's last sections: "## Overall", "### Sprints planning", "## Gesamteindruck",
        # "## Impresiones generales", "## 전체 소감", "## 総括"
        " overall verdict impressions impression gesamteindruck eindruck eindrücke insgesamt"
        " impresiones impressões generales general geral générale général 전체 전반 총정리"
        " 総括 全体 planning plans planung planificación planejamento 계획"
        # a jury's notes after the teams it scored: "## Deliberation", "## Beratung", "## 심사평"
        " deliberation deliberations deliberación deliberação délibération beratung 심사평 審査"
        # a Chinese or Japanese post's last words: "## 写在最后", "## 一点感想", "## 结语",
        # "## 待办", "## おわりに"
        " 写在最后 寫在最後 最后 最後 结语 結語 小结 小結 后记 後記 尾声 尾聲 一点感想 一點感想"
        " 个人感想 個人感想 个人总结 個人總結 碎碎念 杂谈 雜談 题外话 題外話 其他 其它 番外 彩蛋"
        " 待办 待辦 我的思考 思考 收获 收穫 参会感受 參會感受 感受 さいごに あとがき 雑感 余談"
        # Hindi and Bengali last words: "## निष्कर्ष", "## अंत में", "## শেষ কথা", "## উপসংহার"
        " निष्कर्ष अंत में कुल मिलाकर सारांश उपसंहार শেষ কথা উপসংহার সারাংশ সবশেষে"
    ),
}
# keyed as ``normalize`` folds a heading's words: Greek's final sigma is a sigma ("Κλείνοντας")
_GENERIC_WORDS = {
    word.casefold(): kind for kind, words in _GENERIC_PHRASES.items() for word in words.split()
}
_FOLDED_MIN = 5
# People type without diacritics ("Pauza de pranz", "Incheiere"): each Latin word written with
# them is also known without them, unless that spelling is another word already; not the short
# ones, whose bare spelling is often a word or a name elsewhere (Vietnamese "tóm" is "Tom")
_GENERIC_WORDS |= {
    bare: kind
    for word, kind in list(_GENERIC_WORDS.items())
    if len(word) >= _FOLDED_MIN
    and (bare := without_accents(word)) != word
    and bare not in _GENERIC_WORDS
}


def _greek_bare(word: str) -> str:
    """A Greek word without its accents, as Greek writes it in capitals ("ΚΛΕΙΝΟΝΤΑΣ")."""
    return "".join(
        c
        for c in unicodedata.normalize("NFD", word)
        if not ("\u0300" <= c <= "\u036f" and unicodedata.combining(c))
    )


_GENERIC_WORDS |= {
    bare: kind
    for word, kind in list(_GENERIC_WORDS.items())
    if "\u0370" <= word[:1] <= "\u03ff" and (bare := _greek_bare(word)) != word
}
_GLUE = frozenset(_GENERIC_PHRASES["glue"].casefold().split())
# A report's sections about its writer rather than a talk, whole (a grant or trip report's
# template: "## About me", "## What I'm taking home", "## Über mich", "## 자기소개")
_OWN_SECTIONS = {
    _INTRO: (
        "about me|about myself|a bit about me|a little about me|who am i|who i am|my background"
        "|about the author|introducing myself|self introduction|über mich|zu meiner person"
        "|wer bin ich|kurz zu mir|à propos de moi|qui suis je|mon parcours|me présenter"
        "|sobre mí|sobre mi|acerca de mí|quién soy|sobre mim|quem sou eu|chi sono|su di me"
        "|over mij|wie ben ik|o mnie|o mně|om mig|om meg|hakkımda|обо мне|о себе|про мене"
        "|về tôi|giới thiệu bản thân|tentang saya|kuhusu mimi|kujitambulisha|자기소개|자기 소개"
        "|저는|저에 대해|필자 소개|自己紹介|私について|自我介绍|自我介紹|关于我|關於我"
    ),
    _CLOSING: (
        "what i'm taking home|what i am taking home|what i take home|what i took home"
        "|what i'm taking away|what i took away|what i'm bringing back|what i brought back"
        "|what i bring back|taking home|things i'm taking home|what i'll do next"
        "|what i will do next|was ich mitnehme"
        "|was ich mitgenommen habe|ce que je retiens|ce que j'en retiens|ce que je rapporte"
        "|lo que me llevo|qué me llevo|o que levo|o que eu levo|o que trouxe|cosa mi porto a casa"
        "|wat ik meeneem|얻은 것|얻은 점|持ち帰ったこと|我的收获|我的收穫"
        "|ninachochukua|nitakachofanya"
        # a deck's last slide before the questions: "So what?", "Što sad?", "Kaj zdaj?"
        "|so what|now what|what now|what next|what's next|što sad|što sada|što dalje|kaj zdaj"
        "|kaj sedaj|was nun|co dalej|i co z tego"
    ),
}


def own_section(text: str) -> bool:
    """Whether a heading is one of a report's sections about its writer ("About me", "What
    I'm taking home"): such a section, never a post's title ("What I took home from X")."""
    return bool(text) and _own_key(split_title(text)[0]) in _own_section_keys()


def _own_key(text: str) -> str:
    """The words ``generic_heading`` weighs in a heading, joined: what _OWN_SECTIONS is keyed by."""
    return " ".join(
        w
        for w in normalize(text).split()
        if w not in _GLUE and w not in _CHINESE_COUNTS and not _COUNT.match(w)
    )


# Headings that group talks without being one: tracks, rooms, halves of a day.
_GROUP = lazy(
    r"^(?:track|트랙|room|룸|hall|홀|stage|스테이지|part|파트|session|세션)\s*[\w.]{0,8}$"
    r"|^(?:오전|오후|morning|afternoon|evening|저녁|\d\s*부)(?:\s*(?:세션|session|sessions|발표|"
    r"talks?|keynotes?|키노트))?$",
    re.IGNORECASE,
)


_COUNT = lazy(r"^\d+(?:일|박|회|번|년|월|개|days?)?$")
# a Chinese list's numerals, one to ninety-nine ("一、前言" reads "一 前言", "三、午饭 & 展区"):
# a set, since a pattern of these letters costs more to compile than the headings take to read
_DIGITS = "一二三四五六七八九"
_CHINESE_COUNTS = frozenset(
    [
        *_DIGITS,
        "十",
        *("十" + d for d in _DIGITS),
        *(t + "十" for t in _DIGITS[1:]),
        *(t + "十" + d for t in _DIGITS[1:] for d in _DIGITS),
    ]
)


@lru_cache(maxsize=1)
def _own_section_keys() -> dict[str, str]:
    """_OWN_SECTIONS keyed as _own_key reads a heading; built on first use, since its
    patterns are compiled only when a note is read, never when the parser is imported."""
    return {
        _own_key(phrase): kind
        for kind, phrases in _OWN_SECTIONS.items()
        for phrase in phrases.split("|")
    }


# A page's metadata written as a heading: "###### tags: `COSCUP2024` `共筆`"
_META_LINE = lazy(
    r"(?i)^\s*(?:tags?|keywords|labels|categories|태그|키워드|標籤|标签|タグ|分類|分类)\s*[:：]"
)
# A slot marked as cancelled: "15:00（講者臨時取消）", "14:00 — cancelled", "(취소)"
_CANCEL_HINT = lazy(
    r"(?i)取消|cancell?ed|abgesagt|annulé|cancelad|annullat|취소|休講|中止|キャンセル"
)
_BRACKETED = lazy(r"[(（\[【]([^)）\]】]{1,40})[)）\]】]")
_SLOT_TIME = lazy(r"^\s*\d{1,2}[:.]\d{2}(?:\s*[-–~～]\s*\d{1,2}[:.]\d{2})?\s*[-–—:|]?\s*")


_CANCEL_MARKS = ("取消", "ancel", "abgesagt", "annul", "취소", "休講", "中止", "キャンセル")


def _cancel_mark(text: str) -> bool:
    """A quick test for a cancel word before the pattern's."""
    return holds_any(text, _CANCEL_MARKS) and _CANCEL_HINT.search(text) is not None


def _cancelled_slot(text: str) -> bool:
    """A heading that marks its slot as cancelled: the cancel word in brackets ("15:00
    （講者臨時取消）", "Nix 開發環境 (cancelled)") or all the heading says after its time."""
    if any(_CANCEL_HINT.search(inner) for inner in _BRACKETED.findall(text)):
        return True
    rest = _SLOT_TIME.sub("", text, count=1).strip(" -–—:|*_")
    return bool(_CANCEL_HINT.match(rest)) and len(rest.split()) <= 3


# A greeting or a sign-off written as a heading, in the languages we read
_GREETING = lazy(
    r"(?i)^[¡¿\W]{0,3}(?:hola|hello|hi|hey|ol[áa]|oi|bonjour|salut|hallo|ciao|servus|moin"
    r"|buenas|buenos\s+d[íi]as|bom\s+dia|boa\s+tarde|good\s+(?:morning|evening)|greetings"
    r"|안녕하세요|안녕|こんにちは|どうも|大家好|你好|各位好)(?:[\s,!.~…]|$)"
)
# whom a greeting addresses, or its punctuation: "Hola, pythonistas!", "Olá a todos", not
# "Hello world in Zig"
_ADDRESSED = lazy(
    r"(?i)[,!！~]|여러분|모두|everyone|everybody|\ball\b|folks|todos|todas|tout\s+le\s+monde"
    r"|zusammen|a\s+tutti|みなさん|皆さん|大家|^\W*\w+\W*$"
)
_SIGN_OFF = lazy(
    r"(?i)^[¡\W]{0,3}(?:hasta\s+(?:la\s+pr[óo]xima|pronto|luego|el\s+a[ñn]o)|at[ée]\s+(?:[àa]\s+)?"
    r"(?:pr[óo]xima|breve|logo)|see\s+you|[àa]\s+bient[ôo]t|bis\s+(?:bald|zum\s+n[äa]chsten)"
    r"|a\s+presto|또\s*만나요|다음에\s*또|またね|また会いましょう|obrigad[oa]\s+por|gracias\s+por"
    r"\s+leer|merci\s+de)"
)
# The first letters of _GREETING's and _SIGN_OFF's words in either case (and "ſ", which a
# case-blind "s" matches): a text whose first word (after up to three other marks) opens
# with none of them is neither, without the pattern's match
_GREETING_OPENERS = frozenset("hHoObBsSſcCmMgG안こど大你各")
_SIGN_OFF_OPENERS = frozenset("hHaAàÀsSſbBoOgGmM또다ま")


def _opens_with(text: str, openers: frozenset[str]) -> bool:
    """Whether the first word character of ``text``, among its first four (what "^\\W{0,3}"
    lets a word start at), is one of ``openers``."""
    for character in text[:4]:
        if character.isalnum() or character == "_":
            return character in openers
    return False


def _greets(text: str) -> bool:
    return _opens_with(text, _GREETING_OPENERS) and _GREETING.match(text) is not None


# A heading's emoji that says it is a party or a meal, not a talk: "re:Play 🎉", "Drinkup 🍻"
_PARTY_EMOJI = frozenset("🎉🥳🎊🍻🍺🍷🥂🍸🍹🍾🕺💃🪩🍔🍕🍣🍜🌮🍽🍱🍚")
# the same, each looked for with ``in``: an emoji is found in no text of narrower letters
# without a scan, where a set's isdisjoint makes a string of each letter of a Korean heading
_PARTY_MARKS = tuple(sorted(_PARTY_EMOJI))


# A hand waving or raised in welcome, and the words a wiki's or a blog's front page welcomes with
_WAVES = frozenset("👋🙌🤗🙋")
_WELCOME = lazy(
    r"(?i)\b(?:welcome|willkommen|bienvenu[ea]?s?|bienvenid[oa]s?|benvenut[oi]|bem[-\s]vind[oa]s?"
    r"|welkom|witaj(?:cie)?|witamy|velkommen|välkommen|tervetuloa|vítejte|üdv\w*|hoş\s+geldiniz)\b"
    r"|환영합니다|어서\s*오세요|ようこそ|歓迎|欢迎|歡迎|ласкаво|добро\s+пожаловать"
)


def _emoji(char: str) -> bool:
    return char >= "\U0001f300" or "\u2600" <= char <= "\u27bf" or char in "\ufe0f\u200d"


def _exclaimed_emoji(text: str) -> bool:
    """Whether a line ends with "!" and an emoji or two, as a greeting does in any language;
    not when it names a talk's kind or a speaker ("Keynote: Rust in prod! 🚀")."""
    bare = text.rstrip()
    while bare and (_emoji(bare[-1]) or bare[-1] == " "):
        bare = bare[:-1]
    if bare == text.rstrip() or not bare.endswith(("!", "！")):
        return False
    if not any(c in _WAVES for c in text[len(bare) :]) and not _WELCOME.search(bare):
        return False  # "Rust in prod! 🚀" may be a talk's title
    return not NAMES_TALK_KIND.search(bare) and not speaker_in_heading(bare)


def greeting(text: str) -> bool:
    """Whether a title greets its readers ("Üdv a Platform csapat wikijén! 👋", "¡Hola,
    pythonistas!"): a wiki's or a blog's front page, no talk."""
    if text[-1:] >= "\u2600" and _exclaimed_emoji(text):
        return True
    return _greets(text) and len(text.split()) <= 5 and bool(_ADDRESSED.search(text))


# A section about the time between talks rather than a talk: the hallway, watching a match or
# a stream together, a party named after its host ("La fiesta de la GSMA", "Party at the Rust
# booth", "Die Party von Heise", "GSMA 파티").
_SOCIAL_CUES = (
    *("allway", "atching", "iesta", "arty", "복도", "파티", "festa", "Feier"),
    *("관전", "観戦", "观战", "觀戰"),
)
_SOCIAL_SECTION = lazy(
    r"(?i)^(?:the\s+)?hallway(?:\s+track)?(?:\s*\(.*\))?$|^복도\s*트랙$"
    r"|^(?:(?:we\s+)?(?:were\s+)?watching|viendo|vendo|guardando)\s+(?:the\s+|el\s+|la\s+|o\s+|a\s+)?"
    r"[^\W\d_][\w-]*(?:\s+[\w-]+){0,2}$"
    r"|^(?:la\s+|el\s+|the\s+|die\s+|a\s+)?(?:fiesta|party|after-?party|festa|feier|soirée)"
    r"\s+(?:de|del|of|at|by|von|der|da|do|du)\s+\S.{0,30}$"
    r"|^\S{1,15}\s*(?:애프터)?파티$"
    # watching a match or the finals, in Korean, Japanese or Chinese: "🚩 CTF 결승 관전"
    r"|^.{0,30}(?:관전|観戦|观战|觀戰)$"
)


# A Thai weekday, as a day heading opens ("วันเสาร์ที่ 23 พ.ย. 67": Saturday the 23rd)
_THAI_DAY = lazy(r"วัน(?:จันทร์|อังคาร|พุธ|พฤหัสบดี|พฤหัส|ศุกร์|เสาร์|อาทิตย์)(?:ที่)?$")
# Thai headings of a post's opening, its breaks and its closing, whole: Thai writes no
# spaces between words, and its vowel signs are no word characters to ``normalize``
_THAI_GENERIC = {
    **dict.fromkeys(("บทนำ", "เกริ่นนำ", "เกริ่น", "ก่อนอื่น"), _INTRO),
    **dict.fromkeys(("พักเที่ยง", "พักกลางวัน", "อาหารกลางวัน", "มื้อเที่ยง", "เบรก"), "break"),
    **dict.fromkeys(("ส่งท้าย", "ปิดท้าย", "ทิ้งท้าย", "สรุป", "บทสรุป", "ของที่ได้"), _CLOSING),
}


# A request or a remark in brackets closing a heading: lower-case words, three at least
_PAREN_REMARK = lazy(r"\s\((?:[a-z][a-z'’]*[,.!]?\s+){2,}[a-z][a-z'’]*[.!]?\)$")


@lru_cache(maxsize=65536)
def generic_heading(text: str) -> str | None:
    """ "part", "intro" or "closing" for a heading such as "Q&A", "개요" or "마치며"; "break"
    for a meal or a party ("점심", "re:Play 🎉" unless it names a talk: "🎉 Closing keynote")."""
    if "\u0e01" <= text[:1] <= "\u0e4e":
        first, _, rest = text.partition(" ")
        thai = _THAI_GENERIC.get(first)
        if thai and not any("\u0e01" <= c <= "\u0e4e" or c.isalnum() for c in rest):
            return thai  # "พักเที่ยง", "พักเที่ยง 🍜"
    if holds_any(text, _PARTY_MARKS):
        bare = "".join(c for c in text if c not in _PARTY_EMOJI).strip()
        if not NAMES_TALK_KIND.search(bare) and not speaker_in_heading(bare):
            return "break"
    if _greets(text) and len(text.split()) <= 5 and _ADDRESSED.search(text):
        return _INTRO  # "¡Hola, pythonistas!", "안녕하세요 여러분": the writer greets, no talk
    if text[-1:] >= "\u2600" and _exclaimed_emoji(text):
        return _INTRO  # "Üdv a Platform csapat wikijén! 👋", "Welcome to our wiki! 🙌": a greeting
    if _opens_with(text, _SIGN_OFF_OPENERS) and _SIGN_OFF.match(text) and len(text.split()) <= 6:
        return _CLOSING  # "¡Hasta la próxima!", "See you next year"
    if (":" in text or "：" in text) and _META_LINE.match(text):
        return _INTRO  # HackMD's "###### tags: `COSCUP2024`": the page's tags, not a section
    if _cancel_mark(text) and _cancelled_slot(text):
        return "break"  # "15:00（講者臨時取消）": a slot whose talk did not happen
    if holds_any(text, _SOCIAL_CUES) and _SOCIAL_SECTION.match(text.strip()):
        return "break"  # "Hallway track", "Watching the CTF finals", "La fiesta de la GSMA"
    if text[-1:] == ")" and (remark := _PAREN_REMARK.search(text)) and remark.start() > 0:
        # "Notes (everyone edits, please add)": a shared doc's section, its request in brackets
        return generic_heading(text[: remark.start()])
    plain = normalize(split_title(text)[0]).replace("q a", "q&a").replace("다음 편", "다음편")
    words: list[str] = []
    for w in plain.split():
        if w in _GLUE or w in _CHINESE_COUNTS or _COUNT.match(w) or day_number(w) is not None:
            continue
        if len(words) == 5:
            return None  # six words or more beside counts and days: a title, no part's name
        words.append(w)
    if not words:
        return None
    if own := _own_section_keys().get(" ".join(words)):
        return own  # "About me", "What I'm taking home": the writer's own part of a report
    kinds = [_GENERIC_WORDS.get(w) for w in words]
    if any(k is None for k in kinds):
        # "Sprints (Monday)": a weekday beside the words is no more than the day it was on
        unknown = [w for w, k in zip(words, kinds, strict=True) if k is None]
        if len(unknown) == len(words) or not all(
            _WEEKDAY_WORDS.fullmatch(w) or (kinds[0] == "break" and is_booth_word(w))
            for w in unknown
        ):
            return None
    return next(k for k in kinds if k is not None)


_DAY_WORDS = lazy(
    r"(?i)\bday\s*[-_.]?\s*\d{1,2}\b|\d{1,2}\s*일\s*차|(?:첫|둘|셋|넷|다섯|마지막)\s*(?:째|번째)?\s*날"
    r"|\b(?:last|final|closing)\s+day\b"
    r"|\d{1,4}\s*[년월일.\-/]|[월화수목금토일]요일|[(（][월화수목금토일][)）]|\b(?:mon|tue|wed|thu|fri|sat|sun)\w*"
    r"|오전|오후|morning|afternoon|evening|\d"
    # a Chinese or Japanese weekday: "8/3（六）", "(土)", "星期六", "週日", "土曜日"
    r"|[(（][一二三四五六日天月火水木金土][)）]|(?:星期|週|周|礼拜|禮拜)[一二三四五六日天]"
    r"|[月火水木金土日]曜日?"
    r"|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b"
)


# A part only a talk has: the audience's questions, its slides, its speaker's bio.
_TALK_PART = lazy(
    r"^(?:q ?& ?a|q and a|qna|q a|질의 ?응답|질문과 답변|questions?(?: and answers)?"
    r"|audience questions|slides|발표 ?자료|speaker bio|質疑応答|质疑|問答|问答|preguntas"
    r"|domande|perguntas|fragen|fragerunde|diapositivas)$"
)


@lru_cache(maxsize=65536)
def talk_part(text: str) -> bool:
    """A heading for a part that only a talk has: "Q&A", "질의응답", "Slides", "Preguntas"."""
    return _TALK_PART.match(normalize(text).replace("q a", "q&a")) is not None


@lru_cache(maxsize=65536)
def only_a_day(text: str) -> bool:
    """A heading that is nothing but a day: "Day 2", "2일차 (11월 5일)", "DAY 1 오후", and in
    the other languages days are named in: "Saturday", "土曜日", "8月3日（土）", "Samedi 12
    octobre", "Tag 2", "第一天", "5일 (토)", "Sat 5"."""
    if day_of_month(text) is not None:
        return True
    if day_number(text) is None and not find_dates(text) and not weekdays(text):
        return False
    if "feira" in text:  # "Quarta-feira (24/07)": a weekday whose first half alone is none
        text = _PT_WEEKDAY.sub(" ", text)
    rest = normalize(_DAY_WORDS.sub(" ", text)).split()
    return all(
        word in _GLUE
        or word in _DAY_NOUNS
        or day_number(word) is not None
        or weekdays(word)
        or _month_name(word)
        or is_date_word(word)  # "Thứ Tư, ngày 10 tháng 7": the words of a two-word weekday
        or indic_date_word(word)  # "প্রথম দিন — শনিবার, ২১ সেপ্টেম্বর"
        for word in rest
    )


_PT_WEEKDAY = lazy(r"(?i)\b(?:segunda|ter[çc]a|quarta|quinta|sexta)-feira\b")
# Words for "day" that stand beside a day's number or date: "Tag 2", "Jour 1", "2日目"
_DAY_NOUNS = frozenset(
    {
        "day",
        "days",
        "tag",
        "dag",
        "jour",
        "día",
        "dia",
        "giorno",
        "日目",
        "年",
        "月",
        "日",
        "号",
        "號",
    }
)


@lru_cache(maxsize=4096)
def _month_name(word: str) -> bool:
    """A month's name in a language dates are read in ("octobre", "Oktober", "agosto")."""
    return word.isalpha() and len(word) >= 3 and bool(find_dates(f"12 {word} 2024"))


_JOURNAL_NAME = lazy(r"^((?:19|20)\d{2})_(\d{2})_(\d{2})$")


def journal_date(title: str) -> str | None:
    """The day an outliner's journal page is named after ("2024_10_09", Logseq's file
    name for the page of 9 October 2024): "2024-10-09"; None for any other title."""
    if title[:2] not in ("19", "20"):
        return None
    match = _JOURNAL_NAME.match(title.strip())
    return "-".join(match.groups()) if match else None


@lru_cache(maxsize=65536)
def titled_by_a_day(title: str) -> bool:
    """A note titled by nothing but its day: a daily note ("2024-10-11", "Friday 11 Oct")
    or a journal page ("2024_10_09")."""
    return journal_date(title) is not None or only_a_day(title)


_WEEKDAY_WORDS = lazy(
    r"(?i)\b(?:mon|tues?|wed(?:nes)?|thu(?:rs?)?|fri|sat(?:ur)?|sun)(?:day)?\b|[월화수목금토일]요일"
)
# what a match of _WEEKDAY_WORDS opens with, in either case (and the ſ its case-blind s takes)
_WEEKDAY_INITIALS = frozenset("mMtTwWfFsSſ월화수목금토일")


# A day named after what it holds, before the days of talks or after them: "Workshop day (Fri
# 14 June)", "Tutorial days: 8-9 July", "Sprint day — Sat 13 July", "워크숍 데이 (7/9)".
_KIND_OF_DAY = lazy(
    r"(?i)^(?:workshops?|tutorials?|sprints?|training|hackathon|워크숍|워크샵|튜토리얼)"
    r"\s+(?:day|days|데이)\b\s*"
)


# the first words _KIND_OF_DAY opens with: a heading opening with none is no such day
_DAY_KINDS = frozenset(
    {"workshop", "workshops", "tutorial", "tutorials", "sprint", "sprints", "training"}
    | {"hackathon", "워크숍", "워크샵", "튜토리얼"}
)


# What a day's heading says its sessions were, after the day and a colon: "Friday: workshops",
# "Viernes 4: talleres", "Samedi : conférences"
_A_DAYS_SESSIONS = frozenset(
    {"workshops", "tutorials", "talks", "sessions", "keynotes", "sprints", "talleres",
     "charlas", "ponencias", "vorträge", "ateliers", "conférences", "palestras", "oficinas",
     "세션", "워크숍", "ワークショップ", "セッション"}
)  # fmt: skip


@lru_cache(maxsize=65536)
def day_heading(text: str) -> str | None:
    """The day a heading is about, when that is all it says ("Day 2", "11월 5일 (화)",
    "2일차: Keynotes", "Workshop day (Fri 14 June)"): "day:2" or a date ("--11-05" without a
    year); else None."""
    if (
        text[:1] in "WwTtSsHh워튜"
        and text.split(None, 1)[0].lower() in _DAY_KINDS
        and (kind := _KIND_OF_DAY.match(text))
        and text[kind.end() :]
    ):
        rest = text[kind.end() :].strip(" \t-–—:|·,()[]")
        return day_heading(rest) if rest and find_dates(rest) else None
    number = day_number(text)
    dates = find_dates(text)
    if number is None and not dates:
        if ": " in text and text.partition(": ")[2].strip().lower() in _A_DAYS_SESSIONS:
            return day_heading(text.partition(": ")[0])  # "Viernes 4: talleres": Friday the 4th
        if (of_month := day_of_month(text)) is not None:
            return of_month
        stripped = text.strip()
        # "## Wed", "## Friday": a weekday alone
        named = _WEEKDAY_WORDS.match(stripped) if stripped[:1] in _WEEKDAY_INITIALS else None
        if named is None or _WEEKDAY_WORDS.sub(" ", text).strip(" \t-–—:|·,.()[]"):
            weekday = _weekday_with_numbers(text)
            return f"weekday:{weekday}" if weekday is not None else None
        word = named.group(0).lower()
        number = "월화수목금토일".find(word[0]) if word[0] in "월화수목금토일" else None
        if number is None:
            number = ("mon", "tue", "wed", "thu", "fri", "sat", "sun").index(word[:3])
        return f"weekday:{number}"
    # "Workshop day (Fri 14 June)", "워크숍 데이 (7월 16일, 화)": a weekday left in the
    # brackets the date was in is part of the day, not of a title
    if (
        (left := strip_event(text, ()))
        and not (left[0] == "ว" and _THAI_DAY.match(left.strip()))  # "วันเสาร์ที่ 23 …"
        and len(normalize(left).split()) > 2
        and len(
            [
                w
                for w in normalize(left).split()
                if _weekday_alone(w) is None and not indic_date_word(w)
            ]
        )
        > 2
    ):
        return None
    if dates:
        return dates[0].partial()
    if (
        ")" in text
        and (found := _BRACKETED_DAY_MONTH.search(text)) is not None
        and (not found["w"] or _weekday_alone(found["w"]) is not None)
    ):
        # "Dzień 1 (środa 19.06)", "Day 1 (Wed 14.05)": the day's date, day first, no year
        return f"--{int(found['m']):02d}-{int(found['d']):02d}"
    named = weekdays(text) if number is not None and number > 0 else []
    if len(named) == 1:
        # "Dag 1 (onsdag)", "Day 2 (Thursday)": the weekday, where the event's days are known
        # (a note may count its days from the talks, after a workshop day)
        return f"day:{number}:weekday:{named[0]}"
    return f"day:{number}"


# What parts a day from the room or hall a heading names after it: "3/10 (일) · 힐튼 Salon H",
# "2024-03-10 — Hall 3", "Sat 9 March | Ballroom D", "Sábado (9/3) - Sala 2"
_DAY_PLACE_BREAK = lazy(r"\s*[·•|｜@]\s*|\s+[—–-]\s+")
_DAY_PLACE_MARKS = ("·", "•", "|", "｜", "@", " — ", " – ", " - ")


def day_at_place(text: str) -> str | None:
    """The day a heading names first when a place follows it ("3/10 (일) · 컨벤션 센터
    Ballroom D", "2024-03-10 — Hall 3"): what ``day_heading`` reads of the part before the
    break; None when the heading opens with no day, or has no break. Whether the rest is a
    place, not a talk's title, is the caller's to tell (the headings under it are talks)."""
    head = text[:1]
    if not (head.isdecimal() or head in _WEEKDAY_INITIALS or head.isupper()):
        return None
    if not holds_any(text, _DAY_PLACE_MARKS):
        return None
    found = _DAY_PLACE_BREAK.search(text)
    if found is None or found.start() == 0 or not text[found.end() :].strip():
        return None
    rest, day = text[found.end() :], text[: found.start()]
    if len(rest.split()) > 6 or _A_DAY_DIGIT.search(day) is None:
        return None  # "Kotlin 2.0 — what changed" holds a digit; most titles hold none
    return day_heading(day)


# a day and its month written with a dot, last in brackets: "(środa 19.06)", "(Wed 14.05.)"
_BRACKETED_DAY_MONTH = lazy(
    r"\((?:(?P<w>[^\W\d_]{2,12})\.?,?\s+)?"
    r"(?P<d>0?[1-9]|[12]\d|3[01])\.(?P<m>0?[1-9]|1[0-2])\.?\s*\)"
)


# A day of the month without its month: "5", "5일", "5日", "5th", "5." (German), "5º"
_DAY_OF_MONTH = lazy(
    r"(?<![\d/.:])(?P<d>3[01]|[12]\d|0?[1-9])(?:\s*[일日]|st|nd|rd|th|º|\.)?(?![\d/:])"
)
# A digit every day of the month holds ("3", "12", "05"): a text with none is told at once
_A_DAY_DIGIT = lazy(r"[1-9]")
_CJK_DAY_NAME = lazy(r"^([월화수목금토일])(?:요일)?$|^([月火水木金土日])(?:曜日?)?$")
_CJK_WEEKDAYS = frozenset("월화수목금토일月火水木金土日")
_AROUND_A_DAY = " \t-–—:|·,.()（）[]"


def _weekday_alone(text: str) -> int | None:
    """The day of the week a text names and nothing else: "토", "(土)", "Sat", "Saturday",
    "Sábado", "Samstag"."""
    text = text.strip(_AROUND_A_DAY)
    # a match is a weekday's character, then at most two more and a line break
    cjk = _CJK_DAY_NAME.match(text) if len(text) <= 4 and text[:1] in _CJK_WEEKDAYS else None
    if cjk is not None:
        return (
            "월화수목금토일".find(cjk.group(1))
            if cjk.group(1)
            else "月火水木金土日".find(cjk.group(2))
        )
    named = _WEEKDAY_WORDS.fullmatch(text) if text[:1] in _WEEKDAY_INITIALS else None
    if named is not None:
        word = named.group(0).lower()
        if word[0] in "월화수목금토일":
            return "월화수목금토일".find(word[0])
        return ("mon", "tue", "wed", "thu", "fri", "sat", "sun").index(word[:3])
    return _weekday_with_numbers(text) if text and not any(c.isdigit() for c in text) else None


@lru_cache(maxsize=16384)
def day_of_month(text: str) -> str | None:
    """A heading naming a day of the month beside its weekday, without the month: "5일 (토)",
    "5日（土）", "토요일 5일", "Sat 5", "Saturday the 5th", "Sábado 5", "Samstag, 5.":
    "mday:5:5" (the 5th, a Saturday), which the event's days (a range such as "Oct 4–6, 2024")
    or the note's own day give a month and a year."""
    if len(text) > 40 or _A_DAY_DIGIT.search(text) is None:
        return None
    found = list(_DAY_OF_MONTH.finditer(text))
    if len(found) != 1:
        return None
    match = found[0]
    rest = f"{text[: match.start()]} {text[match.end() :]}".strip(_AROUND_A_DAY)
    words = rest.split()
    if len(words) > 1 and words[-1].lower() in ("the", "le", "el", "den", "der"):
        rest = " ".join(words[:-1])  # "Saturday the 5th", "Samedi le 5"
    weekday = _weekday_alone(rest)
    return f"mday:{int(match.group('d'))}:{weekday}" if weekday is not None else None


# A heading about a talk its writer heard, in a diary or a day's page: a talk's word beside a
# word for hearing, seeing or going over it ("어제 우아콘에서 들은 쿠폰 트래픽 세션 복습",
# "Revisiting yesterday's caching talk", "昨日聞いたセッションの復習", "Notes on the keynote I
# saw at PyCon").
_TALK_WORD = lazy(
    r"(?i:\b(?:talks?|sessions?|keynotes?|presentations?|charlas?|ponencias?|vortrag|vorträge)\b)"
    r"|세션|발표|강연|키노트|기조연설|セッション|講演|基調講演|発表|トーク|演讲|讲座|議程"
)
_HEARD = lazy(
    r"(?i:\b(?:heard|attended|saw|watched|revisit(?:ed|ing)?|recap|review(?:ed|ing)?|notes?\s+(?:on|from)"
    r"|went\s+to|caught)\b)"
    r"|들은|듣고|들었던|본\s|봤던|다시\s*보기|복습|되짚|정리|聞いた|見た|聴いた|復習|振り返り|听了|听的|回顾"
)
# A day named relative to the page's own day: "어제", "yesterday", "昨日"
_YESTERDAY = lazy(
    r"어제|(?i:\byesterday(?:'s|’s)?\b|\bgestern\b|\bayer\b|\bieri\b|\bontem\b)|昨日|昨天"
)


# Every match of _TALK_WORD in a text all in ASCII holds one of these in any case (its other
# words need letters beyond ASCII, where a case-blind ASCII letter matches only its two cases)
_ASCII_TALK_WORDS = ("talk", "session", "keynote", "presentation", "charla", "ponencia", "vortrag")


def heard_talk(text: str) -> bool:
    """A heading about a talk its writer heard: "어제 우아콘에서 들은 쿠폰 트래픽 세션 복습",
    "Revisiting yesterday's talk on caching"."""
    if text.isascii():
        lowered = text.lower()
        if not holds_any(lowered, _ASCII_TALK_WORDS):
            return False
    return _TALK_WORD.search(text) is not None and _HEARD.search(text) is not None


@lru_cache(maxsize=65536)
def yesterday_hint(text: str) -> str | None:
    """ "rel:-1" for a heading about a talk heard the day before the page's own day ("어제
    … 들은 … 세션 복습"); None otherwise."""
    return "rel:-1" if heard_talk(text) and _YESTERDAY.search(text) is not None else None


_LETTERS = lazy(r"[^\W\d_]+")
# What may stand beside a weekday's name in a day heading: a date in numbers ("(12/6)",
# "6.12."), brackets, and the second word of a Portuguese weekday ("segunda-feira")
_BESIDE_WEEKDAY = frozenset({"feira"})


def _weekday_with_numbers(text: str) -> int | None:
    """The weekday of a heading that is only a weekday's name, in any language, and numbers:
    "금요일 (12/6)", "Freitag, 6.12.", "周六", "土曜日 (9/28)" (a date the date reader does not
    take alone, whose order of day and month the weekday makes moot)."""
    if len(text) > 40:
        return None
    words = _LETTERS.findall(text)
    if not words or len(words) > 2:
        return None
    found = weekdays(text)
    if len(found) != 1:
        return None
    if any(not weekdays(w) and w.lower() not in _BESIDE_WEEKDAY for w in words):
        return None
    return found[0]


_DAY_PREFIX = lazy(r"^\s*[\[(【]\s*([^\])】]{1,12}?)\s*[\])】]")
_DAY_PREFIX_OPENERS = frozenset("[(【")  # what every match opens with after its spaces


# A day written before a talk's title and a dash: "Fri 4 Oct — workshop: FastAPI …",
# "Day 2 – Keynote: …", "토요일 - 키노트"
_DASHES = ("-", "—", "–", "|")
# (a day may carry its date in brackets: "Terça-feira (23/07) — QUIC WG")
_DAY_DASH = lazy(r"^\s*([^—–|:\[]{2,24}?)\s+[—–|-]\s+(?=\S)")


def _day_dash(text: str) -> re.Match[str] | None:
    """``_DAY_DASH.match``, tried only on a text with a dash or a bar (most headings have none)."""
    if holds_any(text, _DASHES):
        return _DAY_DASH.match(text)
    return None


# A weekday before a talk's kind: "Wednesday keynote: …", "Thursday's closing panel —", "목요일
# 키노트:", "金曜日の基調講演"
_WEEKDAY_TALK = lazy(
    r"^\s*((?i:(?:mon|tues|wednes|thurs|fri|satur|sun)day)|[월화수목금토일]요일|[月火水木金土日]曜日)"
    r"(?:'s|’s|の)?\s*(?i:(?:opening\s+|closing\s+)?(?:keynote|panel|session|talk|lightning\s+talks?))"
    r"|^\s*([월화수목금토일]요일|[月火水木金土日]曜日)の?\s*(?:키노트|기조연설|세션|基調講演|キーノート|セッション)"
)


# "Monday: TLS", "월요일: 키노트", "Dienstag: QUIC": a weekday, a colon, the session of that day
_WEEKDAY_COLON = lazy(
    r"^\s*((?i:(?:mon|tues|wednes|thurs|fri|satur|sun)day|montag|dienstag|mittwoch|donnerstag"
    r"|freitag|samstag|sonntag|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|lunes|martes"
    r"|mi[ée]rcoles|jueves|viernes|s[áa]bado|domingo|(?:segunda|ter[çc]a|quarta|quinta|sexta)"
    r"(?:-feira)?)|[월화수목금토일]요일|[月火水木金土日]曜日)\s*[:：]\s*(?=\S)"
)


def dated_session(text: str) -> str | None:
    """The day a session's heading gives in the brackets closing it, after the session's name:
    "TLS WG (Mon 22 July, afternoon)", "2. TLS WG（7月22日（月）午後）", "Routing WG (Di.,
    21.5.)"; None for a heading that is only a day ("Day 1 (Mon 22 July)", "Monday (22 July)",
    "Workshop day (Fri 14 June)") or whose brackets hold no day."""
    if text[-1:] not in ")）":
        return None
    opening, wide = text.find("("), text.find("（")
    if wide >= 0 and (opening < 0 or wide < opening):
        opening = wide
    if opening < 0 or _ANY_DIGIT.search(text, opening) is None:
        return None  # "Title (Speaker)": no date in its brackets, as in most headings
    if (day := closing_day(text)) is None:
        return None
    name = _LEADING_SECTION.sub("", text[: opening_bracket(text)]).strip(" \t-–—:|·,")
    if not name or only_a_day(name) or day_heading(text) == f"day:{day_number(name)}":
        return None
    if text[:1] in "WwTtSsHh워튜" and _KIND_OF_DAY.match(text):
        return None  # "Workshop day (Fri 14 June)": a day of workshops, not one session
    return day


def day_led_session(text: str) -> bool:
    """A line naming a day, a dash, then that day's session: "Terça-feira (23/07) — QUIC
    WG", "Tuesday 23 July – Routing WG", "Jueves 25/07 - DNSOP"."""
    dash = _day_dash(text)
    if dash is None or not only_a_day(dash.group(1)):
        return False
    rest = text[dash.end() :].strip()
    return bool(rest) and not only_a_day(rest)  # "Tag 2 - Samstag, 28.12.": a day, twice


# A report's section number before its name: "2. ", "2.1 ", "3) "
_LEADING_SECTION = lazy(r"^\s*\d{1,2}(?:\.\d{1,2})*[.)]?\s+")


def _colon_early(text: str) -> bool:
    """A colon among a text's first 16 characters (where a weekday's would be)."""
    return text.find(":", 0, 16) >= 0 or text.find("：", 0, 16) >= 0


def weekday_session(text: str) -> bool:
    """A heading naming its weekday, a colon, then its session: "Monday: TLS"."""
    return _colon_early(text) and _WEEKDAY_COLON.match(text) is not None


def _weekday_talk(text: str) -> re.Match[str] | None:
    """``_WEEKDAY_TALK.match``, tried only on a text holding the end of a weekday's name
    ("day" in any case, "요일", "曜日"): most headings hold none; or a weekday and a colon
    before the session's name (``_WEEKDAY_COLON``)."""
    if _colon_early(text):
        colon = _WEEKDAY_COLON.match(text)
        if colon is not None:
            return colon
    if "요일" in text or "曜日" in text or "day" in text.lower():
        return _WEEKDAY_TALK.match(text)
    return None


# kept per text: a heading is asked as a talk's path and again as a day heading
@lru_cache(maxsize=65536)
def day_prefix(text: str) -> str | None:
    """The day a talk heading names before its title ("[Day1] 검색 랭킹에 LLM 붙이기",
    "(2일차) …"): "day:1"; "Fri 4 Oct — workshop: …": "--10-04"; None without one."""
    match = _DAY_PREFIX.match(text) if text.lstrip()[:1] in _DAY_PREFIX_OPENERS else None
    if match is not None and only_a_day(match.group(1)):
        number = day_number(match.group(1))
        return f"day:{number}" if number is not None and number > 0 else None
    dash = _day_dash(text)
    if dash is not None and only_a_day(dash.group(1)):
        return day_heading(dash.group(1))
    number = leading_day(text)  # "Day 0 - Platform Engineering Day: …", "Day 1 오프닝 키노트: …"
    if number is not None:
        return f"day:{number}"
    weekday = _weekday_talk(text)  # "Wednesday keynote: …", "목요일 세션 - …"
    if weekday is not None:
        days = weekdays(weekday.group(1) or weekday.group(2))
        return f"weekday:{days[0]}" if len(days) == 1 else None
    return None


def starts_with_a_day(text: str) -> bool:
    """A heading that names its day before anything else: "Sat 5 Oct", "Fri 4 Oct — workshop:
    FastAPI …", "[Day1] …"."""
    return day_heading(text) is not None or day_prefix(text) is not None


@lru_cache(maxsize=65536)
def context_kind(text: str, *, nested: bool = False) -> EntryKind | None:
    """The kind a heading such as "EXHIBITION" or "Keynote session" gives what is under it.

    ``nested`` is for a heading already under a context: only a plain group name
    ("Sessions", "Booths", "세션") opens a context there, so a talk called "Fireside
    talk" with sub-headings stays one talk.
    """
    if not nested and walk_heading(text):
        return EntryKind.BOOTH  # "Walking the halls (Tue 4 Mar)", "เดินดูบูธ"
    normalized = booth_normalized(text)
    words = normalized.split()
    if not words or len(words) > (3 if nested else _CONTEXT_MAX_WORDS):
        return None
    if normalized in _UNCONF_SECTIONS or (
        not _UNCONF_KEYS.isdisjoint(words) and _unconf_words(words)
    ):
        return EntryKind.SESSION
    booth_words = _NESTED_BOOTH_WORDS if nested else _BOOTH_WORDS
    session_words = _NESTED_SESSION_WORDS if nested else _SESSION_WORDS
    if any(w in booth_words or w.startswith(_BOOTH_PREFIXES) for w in words):
        return EntryKind.BOOTH
    if words[0] in _STANDS and _stand_of(words):
        return EntryKind.BOOTH
    # (no part holds a space: one is in a word exactly when it is in the words' text)
    if not session_words.isdisjoint(words) or holds_any(normalized, _SESSION_PARTS):
        return EntryKind.SESSION
    return None


def booths_alone(text: str) -> bool:
    """A heading about booths that names no talk beside them: "Sponsor area", "Expo" (not
    "Sponsor keynote", "Poster session")."""
    if context_kind(text) is not EntryKind.BOOTH:
        return False
    normalized = booth_normalized(text)
    return _SESSION_WORDS.isdisjoint(normalized.split()) and not holds_any(
        normalized, _SESSION_PARTS
    )


# The words an unconference's section name holds, one at least: a quick test before the rest
_UNCONF_KEYS = frozenset(
    ("open", "openspace", "ignite", "ignites", "bof", "bofs", "unconference", "barcamp",
     "lightning", "오픈", "오픈스페이스", "이그나이트", "라이트닝", "언컨퍼런스")
)  # fmt: skip
# Words beside the format's name in such a section: its part of the day, its day, its slots
_UNCONF_BESIDE = frozenset(
    ("morning", "afternoon", "evening", "day", "track", "slot", "slots", "round", "rounds",
     "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "mon",
     "tue", "wed", "thu", "fri", "sat", "sun", "the", "and", "first", "second", "last",
     "오전", "오후", "저녁", "세션", "첫째", "둘째", "날", "일차", "월요일", "화요일", "수요일",
     "목요일", "금요일", "토요일", "일요일", "午前", "午後")
)  # fmt: skip


def unconf_section(text: str) -> bool:
    """An unconference's section over its sessions: "Open spaces", "Ignites", "BoF",
    "오픈 스페이스" (each session under it names its convener: "### 14:00 — Topic (Joris)")."""
    normalized = booth_normalized(text)
    if normalized in _UNCONF_SECTIONS:
        return True
    words = normalized.split()
    return not _UNCONF_KEYS.isdisjoint(words) and _unconf_words(words)


def _unconf_words(words: list[str]) -> bool:
    """An unconference's section with its part of the day, its day or its slots beside the
    format's name: "Open spaces (afternoon)", "Thursday open space sessions", "오픈 스페이스
    (오후)"."""
    left = [w for w in words if w not in _UNCONF_BESIDE and not w.isdigit()]
    return bool(left) and len(left) < len(words) and " ".join(left) in _UNCONF_SECTIONS


def meal_then_booths(text: str) -> bool:
    """A meal or a break, then booths in general, nothing else: "Lunch and booths", "ناهار و
    غرفه‌ها" (not "Booths after lunch", notes on the booths)."""
    words = booth_normalized(text).split()
    if not words or not any(is_booth_word(w) for w in words):
        return False
    kinds = [_GENERIC_WORDS.get(w) for w in words if not is_booth_word(w)]
    return _GENERIC_WORDS.get(words[0]) == "break" and all(
        kind in ("break", "glue") for kind in kinds
    )


@lru_cache(maxsize=65536)
def booth_normalized(text: str) -> str:
    """``normalize(text)`` with a Vietnamese booth word's two syllables joined: "Khu triển
    lãm" → "khu triểnlãm"."""
    low = normalize(text)
    if low.isascii():
        return low
    for pair, joined in _JOINED_BOOTH_WORDS:
        if pair in low:
            low = low.replace(pair, joined)
    return low


# A heading marked as a talk: a time ("Friday 9:15am —", "10:30 "), or a talk's kind
# before a colon or dash ("Keynote: …", "키노트: …", "— Keynote: …").
TALK_MARK = lazy(
    r"(?i)^(?:[\w.]+\s+)?\d{1,2}[:.]\d{2}\s*(?:am|pm)?\s*[-–—:|]"
    r"|(?:^|[-–—]\s*)(?:keynote|opening keynote|closing keynote|session|talk|panel|workshop"
    r"|키노트|기조연설|세션|발표|패널|강연)\s*[:：]"
    # the same after the day or the hour it names: "Wednesday keynote: …", "Day 1 오프닝 키노트: …"
    r"|^(?:[\w.]+\s+){1,3}(?:keynote|session|talk|panel|workshop|키노트|기조연설|세션|발표|패널"
    r"|강연)\s*[:：]"
    r"|\s(?:keynote|panel|패널|키노트)\s*$"
    # a numbered talk with its speaker or title after it: "Session 2 — Bob Stone", "Talk 3: …"
    r"|^[^\w\s]{0,3}\s*(?:session|talk|keynote|lightning talk|panel|workshop|세션|발표|강연|키노트"
    r"|セッション|トーク)\s*#?\d{1,4}\s*[-–—:|]\s*\S"
)
_INDIC_QUICK = lazy(r"[\u0900-\u0dff]")  # a letter of the scripts of India
_INDIC_KINDS = ("कीनोट", "वर्कशॉप", "कार्यशाला", "কিনোট", "কীনোট", "ওয়ার্কশপ", "কর্মশালা")
# A keynote or workshop of Hindi or Bengali opening a heading before a colon or dash: "कीनोट:
# Title", "कीनोट — Title", "কিনোট: Title" (looked for only in a heading holding such a word)
_INDIC_TALK_MARK = lazy(
    r"^[^\w]{0,3}(?:कीनोट|वर्कशॉप|कार्यशाला|কিনোট|কীনোট|ওয়ার্কশপ|কর্মশালা)\s*[:：\-–—]\s*\S"
)
# In a text all in ASCII every match of TALK_MARK holds a digit, a colon, "keynote" or "panel"
# in any case (a case-blind ASCII letter matches only its two cases there)
_ASCII_DIGITS = tuple("0123456789")


# Beyond ASCII, every match holds a digit of any script, a colon (or "："), "keynote" or
# "panel" (lowered: no other letter a case-blind match takes for theirs), "패널" or "키노트"
_ANY_DIGIT = lazy(r"\d")


@lru_cache(maxsize=65536)
def talk_marked(text: str) -> bool:
    """``TALK_MARK.search(text)`` finds a mark, the search spared for most headings."""
    if (
        not text.isascii()
        and _INDIC_QUICK.search(text) is not None
        and holds_any(text, _INDIC_KINDS)
        and _INDIC_TALK_MARK.search(text) is not None
    ):
        return True
    if ":" in text:
        return TALK_MARK.search(text) is not None
    if text.isascii():
        lowered = text.lower()
        if (
            "keynote" not in lowered
            and "panel" not in lowered
            and not holds_any(text, _ASCII_DIGITS)
        ):
            return False
    elif "：" not in text and "패널" not in text and "키노트" not in text:
        lowered = text.lower()
        if "keynote" not in lowered and "panel" not in lowered and not _ANY_DIGIT.search(text):
            return False
    return TALK_MARK.search(text) is not None


_TALK_NUMBER = lazy(
    r"^[^\w\s]{0,3}\s*(?:session|talk|keynote|lightning talk|panel|workshop|세션|발표|강연|키노트"
    r"|セッション|トーク)\s*#?\d{1,4}\s*[-–—:|.]\s*(?=\S)",
    re.IGNORECASE,
)
_PLACE = lazy(
    r"^(?:room|track|hall|stage|salle|saal|sala|트랙|룸|홀)\s*[\w.]{1,6}\s*[-–—:|]\s*(?=\S)",
    re.IGNORECASE,
)


_WIKILINK = lazy(r"\[\[(?:[^\]|\n]*\|)?([^\]|\n]+)\]\]")


# "Keynote - Alan Brightwater, "Python in the classroom"", "Opening keynote — Lin Yi-Chun,
# “Sustainable open source”", "Keynote: Amara Okoye — "Forty years of review"", "김도윤, 「…」":
# a talk's kind, its speaker, then its quoted title
_QUOTED_AFTER_NAME = lazy(
    r"^(?:[^\W\d][^,，\"“「『]{0,30}?\s*[-–—:：|]\s*)?"
    r"(?P<name>[^\s,，\"“「『:：\-–—|][^,，\"“「『:：|]{1,38}?)\s*(?:[,，]|\s[-–—])\s*"
    r"[\"“「『](?P<title>[^\"”」』]{3,160})[\"”」』][\s.]*$"
)


# What a shared page's section written by everyone opens with: "공통 — CEO 키노트", "All: …"
_SHARED_PREFIX = lazy(
    r"^(?:공통|전체|다같이|같이|함께|모두|共通|全体|全員|共同|(?i:all|everyone|together|shared))"
    r"\s*[-–—:|·]\s*(?=\S)"
)


def quoted_after_name(text: str) -> tuple[str, str] | None:
    """(title, speaker) of a heading that names its speaker, then the talk's title in quotes
    ("Keynote - Alan Brightwater, \"Python in the classroom, ten years on\""), or None."""
    if '"' not in text and "“" not in text and "「" not in text and "『" not in text:
        return None
    match = _QUOTED_AFTER_NAME.match(text.strip())
    if match is None:
        return None
    name = label_person(match.group("name"))
    return (match.group("title").strip(), name) if name else None


def without_notes_word(text: str) -> str:
    """A title without the note's own word for itself before it: "Notes: "Title"", "My
    notes on "Title"", "Talk notes — Title" → the title (still in its quotes)."""
    if text[:1] in "NnMmTtSs" and (notes := _NOTES_PREFIX.match(text)) is not None:
        return text[notes.end() :]
    return text


@lru_cache(maxsize=65536)
def talk_title(text: str) -> str:
    """A talk heading's title without what stands before it in a live blog or a 후기: its time,
    its number (`📌 세션 1: `) or its room or track (`Room 8: `, `트랙 A — `); a wiki link
    reads as the page it names (`## [[Loom at scale]]`); a quoted title after the speaker's
    name is the title (`Keynote - Name, "Title"`)."""
    if "[[" in text:
        text = _WIKILINK.sub(r"\1", text)
    text = without_notes_word(text)
    quoted = quoted_after_name(text)
    if quoted is not None:
        return quoted[0]
    separated = _separated(text)
    if (separated or "·" in text) and _SHARED_PREFIX.match(text):
        text = _SHARED_PREFIX.sub("", text, count=1)  # "공통 — CEO 키노트": everyone's notes
        separated = _separated(text)
    if separated and _colon_early(text):
        colon = _WEEKDAY_COLON.match(text)
        if colon is not None and text[colon.end() :].strip():
            text = text[colon.end() :]  # "Monday: TLS": the day is the entry's day
            separated = _separated(text)
    # (a day's dash or bar is one of the marks _separated looks for: most headings have none)
    dash = _day_dash(text) if separated else None
    if dash is not None and text[dash.end() :].strip() and only_a_day(dash.group(1)):
        text = text[dash.end() :]  # "Fri 4 Oct — workshop: …": the day is the entry's day
        separated = _separated(text)
    if text.endswith(_ROLE_ENDS):
        text = _ROLE_TAIL.sub("", text) or text  # "TLS — scribe": what its writer did there
    if text[-1:] in ")）" and dated_session(text):
        text = text[: opening_bracket(text)].rstrip()  # "TLS WG（7月22日（月）午後）": its day
    title = heading_title(text)[0]
    if _ANY_DIGIT.search(title) or "(" in title:
        title = split_room(title)[0]  # "D105 · Title", "Title (Room 3)": the room is no title
        if title[-1:] == ")" and title[title.rfind("(") + 1 :][:1].isdigit():
            title = _SLOT_PAREN.sub("", title) or title  # "TLS (13:00, Regency A)": its slot
    if not ("." in title or (separated if title == text else _separated(title))):
        return title  # no mark to end a number's or a place's prefix: most titles
    for prefix in (_TALK_NUMBER, _PLACE):
        rest = prefix.sub("", title, count=1)
        if rest != title and rest.strip():
            title = rest
    return title


# A note's own word for itself before the talk's title: "Notes: Title", "My notes: Title",
# "Talk notes — Title", and "Notes on "Title"" before a quoted title only ("Notes on
# distributed systems for young bloods" is a talk's own title)
_NOTES_PREFIX = lazy(
    r"(?i:(?:my\s+|talk\s+|session\s+)?notes?)(?:\s*[:：]|\s+[—–-])\s+(?=\S)"
    r"|(?i:(?:my\s+)?notes\s+(?:on|from|about))\s+(?=[\"“«„'‘])"
)
# The writer's own role at a session, after its name: "TLS — scribe", "MLS (note taker)"
_ROLE_ENDS = tuple(
    f"{word}{close}"
    for stem in ("scribe", "taker", "chairing", "taking notes", "taking minutes")
    for word in (stem, stem.capitalize(), stem.upper())
    for close in ("", ")")
)
_ROLE_TAIL = lazy(
    r"(?i)\s*(?:[—–-]\s*|\(\s*)(?:(?:as |the )?(?:scribe|note[- ]?taker|minute[- ]?taker)"
    r"|chairing|taking notes|taking minutes)\s*\)?\s*$"
)
# A bracket after a title that opens with the time it began, perhaps with its room: "(13:00,
# Regency A)", "(15:30)", "(9:30–11:00)": when and where, not the title
_SLOT_PAREN = lazy(
    r"\s*\(\s*\d{1,2}[:.h]\d{2}(?:\s*[-–—~]\s*\d{1,2}[:.h]\d{2})?\s*(?:[,;·]\s*[^()]*)?\)\s*$"
)


def _separated(text: str) -> bool:
    """Whether the text holds a mark that ends a prefix: a dash, a colon or a bar."""
    return holds_any(text, _PREFIX_ENDS)


_PREFIX_ENDS = ("-", ":", "|", "—", "–")


# A heading that says it is a talk, even in a note about the exhibition hall.
NAMES_TALK_KIND = lazy(
    r"(?i)\b(?:keynote|talk|session|presentation|lecture|panel|seminar|workshop)\b"
    r"|세션|발표|키노트|강연|기조연설|세미나|패널|워크숍"
)
# A title that says the note is about a talk ("… 세션 정리", "Team Naver keynote - notes").
TALK_TITLE = lazy(
    r"(?i)\b(?:keynote|talk|session|presentation|lecture|panel)\b|세션|발표|키노트|강연|기조연설"
)


# A title naming one talk's kind, a workshop or tutorial included ("pytest workshop — PyCon
# India day 1", "pytest वर्कशॉप — … पहला दिन"): with no heading under it, one talk, though its
# title names a day
ONE_TALK_KIND = lazy(
    r"(?i)\b(?:keynote|talk|session|presentation|lecture|panel|workshop|tutorial)\b"
    r"|세션|발표|키노트|강연|기조연설|워크숍|워크샵"
    r"|कीनोट|वर्कशॉप|वर्कशाप|कार्यशाला|কিনোট|কীনোট|ওয়ার্কশপ|কর্মশালা"
)


# A title that says the note holds several talks: "오후 세션 모음", "들은 세션들", "두 세션",
# "Due talk che mi porto via", "Three talks I liked", "5 sessions worth your time".
SEVERAL_TALKS = lazy(
    r"세션\s*(?:모음|들)|발표\s*(?:모음|들)|(?:두|세|네|다섯|[2-9]\s*개의?)\s*(?:세션|발표|강연)"
    r"|(?i:(?<![\w/.-])(?:[2-9]|1\d|two|three|four|five|six|seven|eight|nine|ten|due|tre|quattro|cinque"
    r"|dois|duas|três|deux|trois|quatre|cinq|zwei|drei|vier|fünf|dos|tres|cuatro|cinco)\s+"
    r"(?:[\w-]+\s+)?(?:talks?|sessions?|sessioni|sessões|palestras|keynotes|conférences"
    r"|vorträge|charlas|ponencias)\b)"
)
# What every match of SEVERAL_TALKS holds, its Latin words lowered (with ſ, ı and the dot of
# İ, which its case-blind s and i also match)
_SEVERAL_KO = ("세션", "발표", "강연")
_SEVERAL_WORDS = (
    *("talk", "session", "sessõe", "palestra", "keynote", "conférence", "vorträge", "charla"),
    *("ponencia", "ſ", "ı", "\u0307"),
)


def says_several_talks(text: str) -> bool:
    """``SEVERAL_TALKS.search(text)`` finds something, tried only on a text holding one of
    its words (most titles and opening lines hold none)."""
    if not any(word in text for word in _SEVERAL_KO):
        lowered = text.lower()
        if not any(word in lowered for word in _SEVERAL_WORDS):
            return False
    return SEVERAL_TALKS.search(text) is not None


# Words that say where one went among the booths, not whose booth: "Por los stands"
_AROUND = frozenset(
    str.split(
        "por around through among visiting between tour tra fra entre pelos auf durch bei dans"
        " parmi vers at on a"
        # "جولة في الأجنحة", "گشتی در غرفه‌ها", "סיור בין הדוכנים"
        " جولة في بين گشت گشتی در سیر סיור בין"
    )
)
_VERB_ENDINGS = frozenset("은는을를이가에의도로서고며면요다른던할될한된본간갔던")
_CLAUSE_ENDINGS = _VERB_ENDINGS | frozenset("데니야")


def booth_subject(text: str) -> str | None:
    """ "당근 부스에서 물어본 것" → "당근", "Datadog booth Q&A" → "Datadog": the name before
    the booth word, when a heading names one booth."""
    words = text.split()
    if words and words[0] in _STAND_HEADS:
        if len(words) >= 2 and words[1][:2] in ("d'", "d’"):
            words = [words[0], "de", words[1][2:], *words[2:]]  # "Estand d'Ericsson"
        if _stand_of([normalize(w) for w in words]):
            # "Stand von JetBrains", "Estand de Nokia (Hall 3)": without where it stood
            if words[-1].endswith(")") and (opened := text.rfind("(")) > 0:
                words = text[:opened].split()
            return _named_after(words[1:])
    for position, word in enumerate(words):
        low = normalize(word)
        if low in _BOOTH_WORDS or low.startswith(_BOOTH_PREFIXES):
            if position == 0:
                return _named_after(words[1:])  # "Стенд JetBrains", "Booth: Datadog"
            name = " ".join(words[:position]).strip(" -–—:|·,+&")
            if not any(c.isalnum() for c in name):
                return None  # "🎪 부스 후기"
            if name[-1] in _VERB_ENDINGS:
                return None  # "오후에 들른 부스": no name, a clause
            if generic_heading(name) or _GENERIC_WORDS.get(normalize(name)):
                return None  # "점심 + 부스": lunch, then the booths
            if all(w in _GLUE or w in _AROUND for w in normalize(name).split()):
                return None  # "Por los stands", "Around the booths": no name
            return name if position <= 3 and name else None
    return None


_OF_WORDS = frozenset(str.split("of de d' di da do von der des du van של"))
# "Stand von JetBrains", "Stand van Allegro", "Stand de Clever Cloud": "stand" names a booth
# only with the word for "of" and a name after it ("stand" alone may be a verb)
_STAND_OF = frozenset(str.split("von van de di da do du des d"))  # "d": "d'Ericsson"
# "stand" as Catalan and Portuguese write it: "Estand de Nokia", "Estande da Natura"
_STAND_HEADS = frozenset({"Stand", "Estand", "Estande"})


def _stand_of(words: list[str]) -> bool:
    """Whether normalised words open with "stand", a word for "of", then a name."""
    return len(words) >= 3 and words[0] in _STANDS and words[1] in _STAND_OF


_STANDS = frozenset({"stand", "estand", "estande"})


def names_booth_place(text: str) -> bool:
    """A heading naming where the booths stand or a walk past them: "Expo Hall", "부스 투어"."""
    return any(word in _BOOTH_PLACES for word in booth_normalized(text).split())


# where a stand stood, in brackets after its name: "(Hall 3)", "(Stand B12)", "(hala 2, A4)"
_PLACE_AFTER = lazy(r"\s*\((?i:hall|halle|hala|sala|pavilion|stand|booth|dvorana)\b[^()]*\)$")


def _named_after(words: list[str]) -> str | None:
    """The brand a booth word is followed by: "Стенд JetBrains" → "JetBrains", "Stand de
    Clever Cloud" → "Clever Cloud"; None unless it is written as a name (a capital)."""
    words = [w for w in words if w.strip(":-–—|·")]
    if words and words[0].lower() in _OF_WORDS:
        words = words[1:]
    if words and words[-1].endswith(")") and (place := _PLACE_AFTER.search(" ".join(words))):
        words = place.string[: place.start()].split()  # "Nokia (Hall 3)": where it stood
    if words and all(w.lower().strip(":-–—|·,") in _BOOTH_PLACES for w in words):
        return None  # "Expo Hall", "Booth Tour": where the booths stand, no booth's name
    if not 1 <= len(words) <= 3 or not words[0][:1].isupper() or not words[0].isascii():
        return None
    return " ".join(words).strip(" :-–—|·,")


# What marks a slide or a section as the one before it, continued: "## Postgres at 50k (cont.)",
# "(cont'd)", "(continued)", "(nastavak)", "(nadaljevanje)", "(forts.)", "(Fortsetzung)",
# "(suite)", "(continuación)", "(continuação)", "(cd.)", "(ciąg dalszy)", "(folytatás)",
# "(pokračování)", "(lanjutan)", "(karugtong)", "(続き)", "(계속)", "(续)", and "… – 2/2"
_CONTINUED = lazy(
    r"\s*[(\[（]\s*(?i:cont\.?|cont['’]d|contd\.?|continued|nastavak|nadaljevanje|forts\.?"
    r"|fortsetzung|fortsat|jatkuu|suite|continuaci[óo]n|continua[çc][ãa]o|cd\.?|ciąg\s+dalszy"
    r"|folytatás|pokračování|lanjutan|sambungan|karugtong|続き|계속|续|續)\s*[)\]）]\s*$"
)
_CONTINUED_QUICK = ("ont", "ONT", "nasta", "nadalj", "orts", "uite", "inua", "cd", "iąg", "olyt",
                    "okrač", "anjut", "ambung", "arugt", "続き", "계속", "续", "續")  # fmt: skip


def continues(text: str, before: str) -> bool:
    """A heading that continues the one before it: ``before``'s title, or nothing, then a
    continuation mark ("Postgres at 50k writes/s (cont.)" after "Postgres at 50k writes/s")."""
    if not text.endswith((")", "]", "）")) or not holds_any(text, _CONTINUED_QUICK):
        return False
    mark = _CONTINUED.search(text)
    if mark is None:
        return False
    own = normalize(text[: mark.start()])
    return not own or own == normalize(before)


def fold_parts(siblings: list[Heading]) -> None:
    """ "## Q&A" after "## Some talk" at the same level is that talk's Q&A: it becomes a
    sub-part of the heading before it. An intro or a closing is folded only between two
    talks; first or last, it stays a part of the note about no talk."""
    kinds = [generic_heading(h.text) for h in siblings]
    last_talk = max((n for n, kind in enumerate(kinds) if kind is None), default=-1)
    index = 1
    while index < len(siblings):
        heading = siblings[index]
        previous = siblings[index - 1]
        kind = kinds[index]
        later = index < last_talk
        if kind is None and continues(heading.text, previous.text):
            # "## Postgres at 50k writes/s (cont.)": the slide before it, continued
            previous.children.append(heading)
            previous.end = heading.end
            del siblings[index]
            del kinds[index]
            continue
        if (
            kind in (_PART, _CLOSING)
            and not heading.children  # "## 들은 세션" over talks groups them
            and not generic_heading(previous.text)
            and (kind == _PART or later)
            and previous.level == heading.level
        ):
            previous.children.append(heading)
            previous.end = heading.end
            del siblings[index]
            del kinds[index]
            last_talk -= 1
            continue
        index += 1
    for heading in siblings:
        fold_parts(heading.children)


def names_no_booth(text: str) -> bool:
    """A booth heading that names no booth, only booths in general: "부스", "🎪 부스 후기",
    "Booth notes"."""
    words = [w for w in booth_normalized(text).split() if not is_booth_word(w)]
    return all(w in _GLUE or w in _BOOTH_PLACES or _GENERIC_WORDS.get(w) for w in words)


def booths_over_a_break(text: str) -> bool:
    """A heading of a break and the booths seen in it: "Lunch and booths", "Przerwa obiadowa i
    stoiska", "Öğle yemeği ve stantlar", "점심과 부스": no booth of its own, and its paragraph
    names none (the booths under it with their own headings are theirs)."""
    words = [w for w in booth_normalized(text).split() if not is_booth_word(w) and w not in _GLUE]
    return bool(words) and all(_GENERIC_WORDS.get(w) == "break" for w in words)


def is_booth_word(word: str) -> bool:
    """A normalised word that names booths: "booth", "exhibition", "부스…", "전시…"."""
    return word in _BOOTH_WORDS or word.startswith(_BOOTH_PREFIXES)


# One sentence ending and another starting: "Część 2 z 2. Pierwsza część tutaj: …"
_SENTENCE_BREAK = lazy(r"[.!?…]\s+\w")


def sentence_like(text: str) -> bool:
    """A heading written as a sentence rather than a title: six words or more ending as a
    sentence does or holding two sentences, or nine or more with a clause after a comma
    ("Czyli co warto było zobaczyć w Krakowie, jeśli nie było was na miejscu")."""
    words = text.split()
    if len(words) < 6:
        return False
    if text.rstrip().endswith((".", "!", "…", ":")) or _SENTENCE_BREAK.search(text):
        return True
    return len(words) >= 9 and ("," in text or "،" in text or "，" in text)


def is_group_heading(text: str) -> bool:
    """A heading that groups talks without being one: a track, a room, a half-day."""
    return bool(_GROUP.match(normalize(text)))


# kept per text: a heading is asked for its speaker by each reader of the note's sections
@lru_cache(maxsize=65536)
def speaker_in_heading(text: str) -> str:
    """The speaker a heading names ("… (김민지님)", "… — 김하늘", "Title | Tom Lee", "Keynote -
    Name, \"Title\""), or ""."""
    quoted = quoted_after_name(text)
    if quoted is not None:
        return quoted[1]
    if _colon_early(text):
        colon = _WEEKDAY_COLON.match(text)
        if colon is not None:  # "Monday: CSS WG": a day, then the session, no speaker yet
            text = text[colon.end() :]
    return (
        split_title(text)[2] or heading_title(text)[1] or title_parts(text)[1] or lead_speaker(text)
    )


# A line that opens by naming the booth it is about, in the languages we read: "Allo stand di
# JetBrains …", "Au stand Google, …", "Am Stand von JetBrains …", "En el stand de X", "No
# estande da X", "At the Datadog booth …", "Talked to the JetBrains booth people …".
def _name(group: str) -> str:
    # in bold or not, as a blog editor keeps it: "Au stand de **Sunu Data**, …"
    return (
        rf"(?:\*\*|__)?(?P<{group}>[A-Z0-9][\w.&+'’-]*(?:[ \t]+[A-Z0-9][\w.&+'’-]*){{0,2}})"
        r"(?:\*\*|__)?"
    )


_PROSE_BOOTH = lazy(
    # a word that links the line to the one before: "Also: the GNOME stand ran out …"
    r"(?i:(?:also|and|then|later|plus|afterwards|luego|después|dann|danach|ensuite|puis|poi"
    r"|depois)[,:]?\s+)?(?:"
    r"(?i:allo|lo|al|nello|presso\s+lo|au|le|sur\s+le|en\s+el|el|no|o|ao)"
    r"\s+(?i:stand|estand|estande)\s+"
    r"(?i:di\s+|del\s+|della\s+|de\s+|d['’]|da\s+|do\s+)?"
    + _name("place")
    # no article, or an elided one, when "of" follows: "Estand d'Ericsson: …", "A l'estand
    # de Xiaomi …" (Catalan), "Stand de Clever Cloud : …"
    + r"|(?:(?i:a\s+)?(?i:l)['’])?(?i:stand|estand|estande)\s+"
    r"(?i:di\s+|del\s+|de\s+|d['’]|da\s+|do\s+|von\s+)"
    + _name("of")
    # German capitalises every noun: "Am Stand von Azul Gespräche …" names one word
    + r"|(?i:am|beim|der|den)\s+(?i:stand)\s+(?i:von\s+)?(?:\*\*|__)?(?P<stand>[A-Z0-9][\w.&+-]*)"
    + r"|(?i:(?:i\s+)?(?:also\s+|then\s+)?(?:talked|chatted|spoke|stopped|went|was)"
    r"\s+(?:to|by|at)\s+)?"
    r"(?i:at\s+)?(?i:the)\s+"
    + _name("booth")
    + r"\s+(?i:booth|stand)(?![\w-])"
    # Scandinavian: "Mellem foredragene var jeg forbi Fjordkodes stand …", "Vi var innom
    # Skyfri sin stand", "Besökte Kodhusets monter": a visit, a few words in at most
    + r"|(?:[^\W\d_]+[ \t]+){0,4}?(?i:forbi|innom|förbi|besøkte|besøgte|besökte|ved|hos|vid)[ \t]+"
    r"(?:\*\*|__)?(?P<nordic>[A-Z0-9][\w.&+-]*?(?:[ \t]+[A-Z0-9][\w.&+-]*?){0,2}?)(?:\*\*|__)?"
    r"(?:s|['’]s?|[ \t]+(?i:sin|sitt|sine))?[ \t]+(?i:stand(?:en)?|monter(?:en)?)(?![\w-])"
    # Swahili: "Wakati wa mapumziko nilitembelea banda la **Kijiji AI**, …" (the stand of)
    r"|(?:[^\W\d_]+[ \t]+){0,8}?(?:ki)?banda[ \t]+(?:la|cha)[ \t]+"
    + _name("banda")
    # Croatian, Serbian, Bosnian, Slovenian: "Na štandu tvrtke Span razgovarala sam …", "Kod
    # štanda Infobipa …", "Na stojnici podjetja Outfit7 …" (at the stand of the company X)
    + r"|(?:[^\W\d_]+[ \t]+){0,2}?(?i:na|kod|pri|uz|ob|do)[ \t]+"
    r"(?i:štandu|štanda|standu|standa|stojnici|stojnice)[ \t]+"
    r"(?:(?i:tvrtke|kompanije|firme|podjetja|zajednice|skupnosti|udruge)[ \t]+)?"
    + _name("slavic")
    # the company first, then its own stand: "Grafana Labs je na svom štandu imala …",
    # "Grafana Labs had the best demo at their booth"
    + r"|"
    + _name("own")
    + r"[ \t]+(?:[^\W\d_]+[ \t]+){0,4}?(?i:na[ \t]+svom|na[ \t]+svojem|na[ \t]+svojoj"
    r"|at[ \t]+their|at[ \t]+its)[ \t]+(?i:štandu|standu|stojnici|booth|stand)(?![\w-])"
    r")"
)
_FIRST_SENTENCE = 120  # how far a line's first sentence may run before one opening at a stand
# Sentence openers that are no company's name before "at their booth"
_NOT_AN_OWNER = frozenset(
    str.split(
        "I We They She He It You The This That These Those There Our Their Most Some Many All"
        " Everyone Everybody Ja Mi Oni One Ona On Svi Neki Većina Jaz"
    )
)


def genitive_kept(name: str, line: str, body: str) -> str:
    """A booth's name read from a Nordic genitive ("Fjordkodes stand" → "Fjordkode") with its
    "s" back when the note writes the name so elsewhere and never without it ("Atlas stand"
    beside "Atlas hadde …" is Atlas's)."""
    whole = f"{name}s"
    if whole not in line or body.count(whole) < 2:
        return name
    alone = re.compile(rf"(?<![\w-]){re.escape(name)}(?![\w-])")
    if alone.search(body) is not None:
        return name  # "Fjordkode" written alone too: "Fjordkodes" is its genitive
    elsewhere = re.compile(rf"(?<![\w-]){re.escape(whole)}(?![\w-])(?![ \t]*-?(?i:stand|monter))")
    return whole if elsewhere.search(body) is not None else name


# A booth named anywhere in a line, read only in a section about booths ("### Por los stands"):
# "pasé por el stand de FreeBSD", "the GNOME stand", "Datadog's booth", and "en el de Codeberg"
# (the stand of Codeberg, the noun left out after the one before).
_BOOTH_IN_LINE = lazy(
    r"(?i:stand|estand|estande|booth)\s+(?i:di|del|della|de|da|do|von|of)\s+"
    + _name("of")
    + r"|(?i:the)\s+"
    + _name("the")
    + r"(?:['’]s)?\s+(?i:booth|stand)(?![\w-])"
    + r"|(?<!\w)(?i:en\s+el|al|nel|no|en\s+el\s+de)\s+(?i:de|di|da|do)\s+"
    + _name("elided")
)
# "당근 부스에서 …", "커리어 상담 부스에 줄이 …": a booth named before 부스 and a particle.
_PROSE_BOOTH_KO = lazy(
    r"(?P<name>[^\W_]\S{0,19}(?: [^\W_]\S{0,19})?) ?부스(?:에서는|에서|에는|에|는|도|의|가|를) "
)


# "우아한형제들 부스 앞에는 줄이 …", "라인야후 부스 벽에는 …": a booth named by a place at it
_BOOTH_SIDE_KO = lazy(
    r"(?P<name>[^\W_]\S{0,19}(?: [^\W_]\S{0,19})?) ?부스 "
    r"(?:앞|옆|벽|안|쪽|주변)(?:에는|에서는|에서|에|은|엔)?\s"
)


def booth_beside_ko(line: str) -> str | None:
    """The booth a Korean line opens by naming a place at it, or None."""
    if "부스 " not in line:
        return None
    match = _BOOTH_SIDE_KO.match(line)
    if match is None:
        return None
    name = match.group("name")
    if generic_heading(name) or name[-1] in _VERB_ENDINGS or name.split()[-1] in _NOT_A_NAME_KO:
        return None
    return name


# A Russian or Ukrainian line that opens at a stand: "Зашёл на стенд ClickHouse — …", "На
# стенде Яндекса раздавали …", "У стенда Ozon очередь", "Заглянула на стенд компании X".
_PROSE_BOOTH_RU = lazy(
    r"(?i:(?:(?:за(?:шёл|шел|шла|глянул|глянула|ходил|ходила|бежал|бежала)|был|была|побывал"
    r"|побывала|постоял|постояла|подошёл|подошел|подошла|зайшов|зайшла|був|була)\s+)?"
    r"(?:на|у|возле|около|біля)\s+стенд(?:е|а|і|ах|ы)?\s+(?:компании\s+|компанії\s+)?)"
    r"(?P<name>[A-ZА-ЯЁІЇЄ0-9][\w.&+'’-]*(?:[ \t]+[A-Z0-9][\w.&+'’-]*){0,2})"
)


# A Vietnamese line that opens at a booth: "Gian hàng của Mozilla có …", "Trưa ghé gian hàng
# Mozilla lần nữa", "Sáng qua gian hàng VNG …"
_PROSE_BOOTH_VI = lazy(
    r"(?:(?:[^\W\d_]+\s+){0,2}?(?:ghé|qua|tới|đến|ở|tại|thăm)\s+(?:lại\s+)?)?[Gg]ian\s+hàng\s+"
    r"(?:của\s+)?(?P<name>[A-Z0-9][\w.&+'’-]*(?:[ \t]+[A-Z0-9][\w.&+'’-]*){0,2})"
)


# Words before 부스 that say which booths, not whose: "각 부스에서", "모든 부스에", "여러 부스",
# "채용 부스가 대부분" (the hiring booths)
_NOT_A_NAME_KO_TEXT = """
각 모든 여러 몇몇 몇 대부분 이 그 저 이번 다음 첫 한 두 세 네 전시 기업 회사 스폰서 참가 체험
인기 유명한 큰 작은 메인 해외 국내 채용 구인 취업 굿즈 홍보
"""
_NOT_A_NAME_KO = frozenset(_NOT_A_NAME_KO_TEXT.split())


def booth_in_prose(line: str) -> str | None:
    """The booth a line of prose opens by naming ("Allo stand di JetBrains mi hanno …" →
    "JetBrains"), or None. Only a line's opening counts: a booth named further on is a
    mention, not what the line is about; or its second sentence's, after a short first one
    ("Prošetala sam expo zonom. Na štandu tvrtke Span …": the walk, then the stand)."""
    if "tand" in line or "ooth" in line or "banda " in line or "tojnic" in line:
        match = _PROSE_BOOTH.match(line)
        if match is None and (stop := _SENTENCE_BREAK.search(line, 0, _FIRST_SENTENCE)):
            match = _PROSE_BOOTH.match(line, stop.end() - 1)
        if match is not None:
            name = (
                match.group("place")
                or match.group("of")
                or match.group("stand")
                or match.group("booth")
                or match.group("nordic")
                or match.group("banda")
                or match.group("slavic")
                or match.group("own")
            )
            if match.group("own") and name.split()[0] in _NOT_AN_OWNER:
                return None  # "We had coffee at their booth": no company named
            return name.strip(" ,.;:'’")
    if "ian hàng" in line and (match := _PROSE_BOOTH_VI.match(line)) is not None:
        return match.group("name").strip(" ,.;:'’")
    if "тенд" in line and (match := _PROSE_BOOTH_RU.match(line)) is not None:
        return match.group("name").strip(" ,.;:'’")
    if "부스" in line:
        match = _PROSE_BOOTH_KO.match(line)
        if match is not None:
            name = match.group("name")
            if (
                not generic_heading(name)
                and name[-1] not in _VERB_ENDINGS
                and name.split()[-1] not in _NOT_A_NAME_KO
            ):
                return name
    return None


# What joins the names of a section written by two people: "도윤 + 준호", "Ana & Bo", "Li / Wu"
_PEOPLE_JOIN = lazy(r"\s*(?:[+&/,、·]|\s(?:and|und|et|y|e)\s|(?<=[가-힣])(?:와|과|랑)\s)\s*")
_HANGUL_GIVEN_NAME = lazy(r"^[가-힣]{2,4}(?:님)?$")
_LATIN_NAME_WORD = lazy(r"^[A-ZÀ-Þ][a-zß-ÿ'’-]{1,20}$")
_CJK_NAME = lazy(r"^[\u4e00-\u9fff]{2,3}$")
# Short Hangul words that head a section and are no one's name: "공통 — …", "전체", "기타"
_NOT_GIVEN_NAMES = frozenset(
    str.split(
        "공통 전체 다같이 같이 함께 기타 잡담 개인 출장 준비 숙소 교통 식사 이동 일정 메모"
        " 정리 요약 후기 소감 오전 오후 저녁 아침 점심 밤 세션 발표 부스 키노트 첫날 둘째날"
        " 마지막날 공지 참고 링크 자료 질문 답변 느낀점 배운점 좋았던점 아쉬운점 결론 서론 본론"
        " 소개 목차 개요 프론트엔드 백엔드 인프라 모바일 데이터 보안 클라우드 데브옵스 플랫폼"
        " 디자인 기획 안드로이드 머신러닝 인공지능 네트워크 서버리스 컨테이너 쿠버네티스"
    )
)
# Short Han words that head a section and are no one's name
_NOT_CJK_NAMES = frozenset(
    str.split(
        "上午 下午 晚上 中午 早上 午餐 午饭 茶歇 总结 總結 感想 所感 展台 展位 展区 演讲 演講"
        " 主题 主會場 主会场 开幕 閉幕 闭幕 开场 议程 議程 笔记 筆記 其他 其它 杂记 雑記 概要"
        " 午前 午後 懇親会 休憩 昼食 基調講演 講演 会場 展示 会议 會議 分会场 第一天 第二天"
        " 第三天 附录 参考"
    )
)
# Characters no name's word holds (nor a handle's, nor the words or marks ``section_author``
# takes off): a heading holding one names no people
_NOT_IN_HANDLES = lazy(r'[()?!;"]')
_NOT_IN_NAMES = lazy(r'[0-9.()?!;"]')  # a handle's may hold digits and dots: "@kvz.42"
_PERSON_MARKS = lazy(r"[#*_`\[\]]|[\U0001F300-\U0001FAFF\u2600-\u27BF\ufe0f]")


@lru_cache(maxsize=65536)
def names_people(text: str) -> bool:
    """A heading that is nothing but one to four people's names: "도윤", "도윤 + 준호", "Marta",
    "Ana & Bo", "王磊" (in a shared page, the section each colleague wrote). Short words that
    head other sections ("공통", "Day 2", "Keynotes", "Q&A", "Wed") are not names."""
    if (_NOT_IN_HANDLES if "@" in text else _NOT_IN_NAMES).search(text) is not None:
        return False  # "3. Title", "Q&A (panel)": most headings, told before they are read
    text = section_author(text)
    if not text or len(text) > 60:
        return False
    parts = [p for p in _PEOPLE_JOIN.split(text) if p.strip()]
    if not 1 <= len(parts) <= 4:
        return False
    for part in parts:
        words = part.split()
        if len(words) == 1 and _HANGUL_GIVEN_NAME.match(words[0]):
            if words[0] in _NOT_GIVEN_NAMES or words[0].removesuffix("님") in _NOT_GIVEN_NAMES:
                return False
        elif len(words) == 1 and _HANDLE.match(words[0]):
            continue  # "@kvz"
        elif len(words) == 1 and _CJK_NAME.match(words[0]):
            if words[0] in _NOT_CJK_NAMES:
                return False  # "上午" over the morning's talks: a half-day, not a person
        elif not (1 <= len(words) <= 3 and all(_LATIN_NAME_WORD.match(w) for w in words)):
            return False
        if (
            generic_heading(part)
            or day_heading(part)
            or context_kind(part)
            or is_group_heading(part)
            or any(w.lower() in _NOT_A_NAME_WORDS for w in words)
        ):
            return False
    return True


# Capitalised words that head sections and are no one's name: parts of a page, days, and the
# tracks talks are grouped by ("## Frontend" over its talks is a track, not a colleague)
_NOT_A_NAME_WORDS = frozenset(
    str.split(
        "frontend backend infra infrastructure mobile data security cloud web devops platform"
        " design product android ios database databases observability networking serverless"
        " containers kubernetes ml ai llm genai python java rust go golang javascript typescript"
        " the and notes misc other others general shared common everyone all team overview summary"
        " travel hotel logistics agenda schedule morning afternoon evening night recap random"
        " tuesday wednesday thursday friday saturday sunday monday today tomorrow yesterday"
        # "talks", "sessions" in the languages a day's notes group them by: "## Predavanja",
        # "## Vorträge", "## Charlas", "## Prelekcje", "## Ceramah" over "### Title (Name)"
        " predavanja predavanje predstavitve sesije vorträge sitzungen charlas ponencias"
        " sesiones palestras sessões sessioni interventi lezingen föredrag foredrag prelekcje"
        " wykłady přednášky prednášky előadások esitelmät esitykset konuşmalar sunumlar"
        " ceramah sesi pembentangan"
    )
)


def booth_in_section(text: str) -> str | None:
    """The booth a paragraph in a section about booths names first, anywhere in it: "En el
    edificio K pasé por el stand de FreeBSD" → "FreeBSD", "Luego, en el de Codeberg, …" →
    "Codeberg"; a Korean "당근 부스에서 …" as ``booth_in_prose`` reads it."""
    opening = booth_in_prose(text)
    if opening is not None:
        return opening
    if "부스" in text:
        # "스폰서 부스들을 돌았는데 **LINEヤフー 부스**가 …": the sponsors' booths in general
        # first, then the one it names (bold, as a blog editor keeps it)
        opening = text[:200].replace("**", "") if "**" in text else text[:200]
        for match in _PROSE_BOOTH_KO.finditer(opening):
            words = match.group("name").split()
            if words[-1] in _NOT_A_NAME_KO:
                continue
            if len(words) == 2 and words[0][-1] in _CLAUSE_ENDINGS:
                return words[1]  # "돌았는데 우아한형제들": a clause, then the name
            return match.group("name")
    match = _BOOTH_IN_LINE.search(text[:300])
    if match is None:
        return booth_named_in(text)
    name = match.group("of") or match.group("the") or match.group("elided")
    return name.strip(" ,.;:'’")


# A booth named in a sentence in Vietnamese, Indonesian, Malay, Croatian, Slovenian or
# Japanese, or by the people at it: "Gian hàng của Mozilla có …", "Ở gian hàng VNG …", "Booth
# JetBrains masih ramai", "Di gerai **JetBrains** saya …", "na štandu tvrtke Span",
# "JetBrains のブースで …", "nói chuyện với mấy bạn Anaconda", "mengobrol dengan tim Anaconda",
# "Chatted to the Honeycomb people about sampling"
_BOOTH_NAMED_IN = lazy(
    r"(?i:gian\s+hàng|quầy|booth|stan|stand|gerai|štand[a-z]{0,3}|stojnic[a-z])\s+"
    # whose: "gerai dari X", "Gerai komuniti X", "na štandu tvrtke X" (of the company X)
    r"(?:(?i:của|dari|milik|komuniti|komunitas|syarikat|perusahaan|tvrtke|kompanije|firme"
    r"|podjetja|skupnosti|zajednice)\s+)?"
    + _name("at")
    + r"|(?P<ja>[A-Z0-9][\w.&+-]*(?:[ \t][A-Z0-9][\w.&+-]*){0,2}|[ァ-ヶー]{2,12})"
    r"\s*の\s*(?:ブース|展示)"
    + r"|(?<!\w)(?:tim|mấy\s+bạn|các\s+bạn|bên)\s+"
    + _name("team")
    + r"|(?<!\w)(?i:the)\s+"
    + _name("people")
    + r"\s+(?i:people|folks|team|crew|guys|engineers)\b"
)
_BOOTH_NAMED_HINTS = (
    "gian h", "Gian h", "ooth", "stan", "Stan", "gerai", "Gerai", "quầy", "ブース", "展示",
    "tim ", "bạn ", "bên ", "the ", "The ", "štand", "Štand", "stojnic", "Stojnic",
)  # fmt: skip


def booth_named_in(text: str) -> str | None:
    """The booth a sentence among booths names anywhere in it, in the ways Vietnamese,
    Indonesian, Japanese and English writers name one (``_BOOTH_NAMED_IN``)."""
    if not holds_any(text, _BOOTH_NAMED_HINTS):
        return None
    opening = text[:300]
    if "**" in opening:
        opening = opening.replace("**", "")  # "Di gerai **JetBrains** saya …": its name in bold
    match = _BOOTH_NAMED_IN.search(opening)
    if match is None:
        return None
    name = match.group("at") or match.group("ja") or match.group("team") or match.group("people")
    return name.strip(" ,.;:'’") or None


# Booth words that end a booth's name in a list: "**Datadog 부스**: …", "KDE stand: …"
_TRAILING_BOOTH_WORDS = frozenset({"booth", "stand", "부스", "ブース", "展台", "展位"})


def without_booth_word(name: str) -> str:
    """A booth's name without the word booth after it: "Datadog 부스" → "Datadog"."""
    words = name.split()
    if len(words) >= 2 and words[-1].lower() in _TRAILING_BOOTH_WORDS:
        return " ".join(words[:-1])
    if name.endswith(_CJK_BOOTH_WORDS):  # "腾讯云展台", "富士通ブース": written against it
        bare = name[: -3 if name.endswith("ブース") else -2].rstrip()
        return bare if len(bare) >= 2 else name
    return name


_CJK_BOOTH_WORDS = ("展台", "展位", "摊位", "攤位", "展區", "ブース")


@lru_cache(maxsize=65536)
def section_author(text: str) -> str:
    """The name a colleague's section heading gives as its author: "👤 도윤" → "도윤",
    "**Tom & Jess**" → "Tom & Jess", "Ana's notes" / "Notes by Ana" → "Ana", "도윤 정리" →
    "도윤"."""
    text = " ".join(_PERSON_MARKS.sub(" ", text).split()).strip(" -–—:|·")
    owned = _OWNED.match(text)
    if owned is not None:
        text = (owned.group("by") or owned.group("own")).strip()
    return text


# A section named as someone's notes: "Notes by Ana", "Ana's notes", "도윤의 메모", "도윤님 정리"
_OWNED = lazy(
    r"(?i:(?:notes|written|taken)\s+by|by)\s+(?P<by>\S.*)$"
    r"|(?P<own>\S.*?)(?:['’]s?\s+(?i:notes|take|picks|write-?up|summary)|\s+(?i:notes)"
    r"|(?<=[가-힣])(?:님|의)?\s*(?:정리|메모|노트|기록))$"
)
_HANDLE = lazy(r"^@[A-Za-z0-9][\w.-]{1,38}$")
