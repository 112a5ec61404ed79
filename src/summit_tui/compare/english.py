"""English words reduced to a common stem, so that inflections and derivations meet.

``stem_word`` is a light suffix stripper in the spirit of Porter's: grows / growing /
grew → grow, efficiency / efficient → effici, collaboration / collaborate → collabor,
optimising / optimization → optim. Both sides of every comparison (a note's words and
the dictionary's English) go through it, so consistency matters more than linguistics.
"""

from __future__ import annotations

from functools import lru_cache

from summit_tui.compare.wordlist import words

_IRREGULAR = {
    "children": "child", "people": "person", "men": "man", "women": "woman",
    "went": "go", "gone": "go", "made": "make", "built": "build", "bought": "buy",
    "brought": "bring", "thought": "think", "taught": "teach", "ran": "run", "saw": "see",
    "seen": "see", "took": "take", "taken": "take", "gave": "give", "given": "give",
    "spoke": "speak", "spoken": "speak", "said": "say", "says": "say", "grew": "grow",
    "grown": "grow", "drew": "draw", "drawn": "draw", "held": "hold", "kept": "keep",
    "led": "lead", "lost": "lose", "met": "meet", "paid": "pay", "sold": "sell",
    "sent": "send", "spent": "spend", "told": "tell", "won": "win", "wrote": "write",
    "written": "write", "began": "begin", "begun": "begin", "became": "become",
    "chose": "choose", "chosen": "choose", "fell": "fall", "felt": "feel", "found": "find",
    "got": "get", "gotten": "get", "knew": "know", "known": "know", "meant": "mean",
    "shown": "show", "understood": "understand", "better": "good", "best": "good",
    "worse": "bad", "worst": "bad", "bigger": "big", "biggest": "big", "larger": "large",
    "largest": "large", "data": "data", "media": "media", "criteria": "criterion",
    "analyses": "analysis", "bases": "basis", "leaves": "leaf", "lives": "life",
    "drove": "drive", "driven": "drive", "rose": "rise", "risen": "rise", "froze": "freeze",
    "left": "leave", "fed": "feed", "fought": "fight", "caught": "catch", "sought": "seek",
}  # fmt: skip
# Longest first; a suffix is taken off only when at least three letters remain.
_SUFFIXES = (
    "izations", "isations", "ization", "isation", "ibility", "ability",
    "atives", "ements", "ations", "itions", "iveness", "fulness", "ative",
    "ators", "ating", "ments", "ation", "ition", "izing", "ising", "ities", "ively",
    "ences", "ances", "encies", "ancies", "ement", "ated", "ates", "ator", "ment", "ness",
    "ency", "ancy", "ence", "ance", "ized", "ised", "izes", "ises", "ings", "ible", "able",
    "ate", "ity", "ize", "ise", "ive", "ing", "ies", "ied", "ers", "ful", "ous",
    "ent", "ant", "ist", "ism", "est", "ic", "er", "ed", "ly", "es", "s",
)  # fmt: skip
_VOWELS = frozenset("aeiouy")

# Words that carry no point of their own.
STOP = frozenset(
    words(
        "a an the and or but nor so yet of to in on at by for with from into onto over "
        "under about above below after before between through during without within "
        "against among around up down out off than then that this these those there "
        "here it its it's he she they them their his her him we us our you your i me "
        "my mine is are was were be been being am do does did done doing have has had "
        "having will would shall should can could may might must not no yes also just "
        "only even very really quite too more most much many such some any all each "
        "every both either neither other another same own what which who whom whose "
        "when where why how if because as while although though whether again still "
        "already ever never now today tonight per via etc eg ie vs one's let lets like "
        "get gets got say says said talk talked talks speaker spoke think thought way "
        "ways thing things lot lots kind sort well back around bit part "
    )
)


@lru_cache(maxsize=16384)
def stem_word(word: str) -> str:
    """The stem of one lower-case English word (see the module docstring)."""
    word = word.lower().replace("’", "'")
    if word.endswith("'s"):
        word = word[:-2]
    if word in _IRREGULAR:
        return _IRREGULAR[word]
    if len(word) <= 3 or not word.isalpha():
        return word
    if word.startswith("un") and word.endswith(("able", "ible")) and len(word) > 8:
        word = word[2:]  # unsustainable / sustainable
    for _ in range(2):
        for suffix in _SUFFIXES:
            rest = word[: -len(suffix)]
            if not word.endswith(suffix) or len(rest) < 3 or not _VOWELS & set(rest):
                continue
            if suffix == "s" and rest.endswith(("s", "u", "i")):
                continue  # process, status, analysis
            if suffix == "es" and not rest.endswith(("s", "x", "z", "ch", "sh")):
                continue  # processes → process, but games → game (by "s")
            word = rest + "y" if suffix in ("ies", "ied") else rest
            break
        else:
            break
    if len(word) > 3 and word[-1] == word[-2] and word[-1] not in "lsz":
        word = word[:-1]  # running → runn → run
    if len(word) > 3 and word.endswith("e"):
        word = word[:-1]  # move / moving
    if word.endswith("i") and len(word) > 3:
        word = word[:-1] + "y"  # efficien-cy / efficient both → effici → efficy
    return word
