"""Surface-form normalisation shared by the KB scripts (stdlib only).

Mirrors what the newsmark matcher does before matching, so that the scripts
can drop redundant variants and detect collisions between entities:
NFC, Latin lower-case, hyphen/space folding, nukta, ZWJ/ZWNJ, chandrabindu ->
anusvara, candra-o (ॉ/ऑ) -> aa (ा/आ), short/long i and u merged, and a nasal
consonant + virama before a consonant -> anusvara.
"""
import re
import unicodedata

VIRAMA = "\u094d"
ANUSVARA = "\u0902"
NASALS = set("\u0919\u091e\u0923\u0928\u092e")  # ङ ञ ण न म
_MAP = {
    "\u093c": "",        # nukta
    "\u200c": "", "\u200d": "",  # ZWNJ, ZWJ
    "\u00ad": "",        # soft hyphen
    "\u0901": ANUSVARA,  # chandrabindu
    "\u0949": "\u093e",  # ॉ -> ा
    "\u0911": "\u0906",  # ऑ -> आ
    "\u093f": "\u0940",  # ि -> ी
    "\u0941": "\u0942",  # ु -> ू
    "\u0907": "\u0908",  # इ -> ई
    "\u0909": "\u090a",  # उ -> ऊ
    "\u0945": "\u0947",  # ॅ -> े
    "\u090d": "\u090f",  # ऍ -> ए
    "\u0929": "\u0928",  # ऩ -> न (NFD splits it anyway)
    "\u0931": "\u0930",  # ऱ -> र
    "\u2018": "'", "\u2019": "'", "\u02bc": "'",
    "\u200b": "", "\ufeff": "",
}
_DEV_DIGITS = {chr(0x0966 + i): str(i) for i in range(10)}
_HYPHENS = re.compile(r"[\-\u2010\u2011\u2012\u2013\u2014\u2212_]+")
_SPACE = re.compile(r"\s+")


def _is_consonant(ch):
    return "\u0915" <= ch <= "\u0939" or "\u0958" <= ch <= "\u095f"


def normalize(s):
    s = unicodedata.normalize("NFD", s)
    # Latin letters lose accents (combining marks after a Latin base letter)
    chars = []
    for c in s:
        if unicodedata.combining(c) and chars and chars[-1].isascii() and chars[-1].isalpha():
            continue
        chars.append(_DEV_DIGITS.get(c, _MAP.get(c, c)))
    s = "".join(chars)
    s = _HYPHENS.sub(" ", s)
    s = s.lower()
    out = []
    i = 0
    n = len(s)
    while i < n:
        c = s[i]
        if c in NASALS and i + 2 < n and s[i + 1] == VIRAMA and _is_consonant(s[i + 2]):
            out.append(ANUSVARA)
            i += 2
            continue
        out.append(c)
        i += 1
    s = "".join(out)
    s = _SPACE.sub(" ", s).strip()
    return unicodedata.normalize("NFC", s)


def is_devanagari(s):
    return any("\u0900" <= c <= "\u097f" for c in s)
