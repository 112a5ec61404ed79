"""The function words of German, French, Spanish, Portuguese, Galician, Italian, Romanian and
Polish notes.

Like English's stop words (english.STOP) they say nothing of which point a passage makes:
a Portuguese line and a Galician one that share "os" and "parte" are not the same point.
Written without their accents, as features.py reads words. Words that are also English
content words, names or acronyms a note writes are left out (os: OS, mit: MIT, di: DI,
es: ES for Elasticsearch, uber: Uber, man).
"""

from __future__ import annotations

from summit_tui.compare.wordlist import words

EUROPEAN = frozenset(
    words(
        # Spanish
        "el la los las un una unos unas y u de del al en con por para que son fue era "
        "ser se su sus lo le les mi nos este esta estos estas ese esa eso muy mas pero sin "
        "sobre como cuando donde tambien ya hay entre hasta desde porque parte "
        # Portuguese and Galician
        "um uma uns umas ou da dos das na nos nas em com pelo pela pelos pelas foi sao "
        "seu sua seus suas ele ela eles elas isto isso esse essa muito tem ha ate "
        "xa unha dunha dun coa nun nunha moi tamen "
        # French
        "les une des du et dans avec pour par sur qui est sont etait etre sa son ses ce "
        "cette ces il elle ils elles nous vous pas ne plus mais sans comme quand aussi "
        "tres deja partie au aux "
        # German
        "der die das den dem des ein eine einen einem einer eines und oder fur von zu zum "
        "zur im ist sind war waren auch nicht nur noch sehr sie er wir ich sich bei als "
        "wie wenn dass aus auf unter nach vor teil "
        # Italian
        "il gli della dei delle ed che non sono anche molto piu ma "
        # Romanian (not "ai": AI, "ca": CA, "care": care)
        "si din cu pe nu mai cel cea ale fost sunt iar dar acest aceasta despre "
        # Polish
        "po nie ze jak od za dla czy ale juz tak tez jest byl bylo ktory przez przy"
    )
)
