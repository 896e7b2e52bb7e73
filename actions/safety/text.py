"""Normalise a message before the safety patterns: case, quotes, text-speak, emoji, leet, and
misspelt danger words (spelling.py)."""

from __future__ import annotations

import re
import unicodedata

from actions.safety.spelling import correct

_MAX_CHARS = 20_000  # longer input is cut to its start and end to bound regex time

# ---------------------------------------------------------------- normalisation
_CHAR_MAP = str.maketrans(
    {"\u2018": "'", "\u2019": "'", "\u201a": "'", "\u201b": "'", "\u2032": "'", "\u00b4": "'",
     "`": "'", "\u201c": '"', "\u201d": '"', "\u201e": '"', "\n": ".", "\r": ".",
     "\U0001f198": " sos ", "\U0001f52b": " gun ", "\U0001f4a3": " bomb ", "\U0001f52a": " knife ",
     "\U0001f5e1": " knife ",
     # letters NFKD does not take apart: Turkish dotless i, Polish l with a stroke
     "\u0131": "i", "\u0142": "l", "\u0141": "l"}
)
# text-speak and common misspellings -> standard words
_SPEAK = {
    "some1": "someone", "sum1": "someone", "sumone": "someone", "any1": "anyone",
    "ne1": "anyone", "every1": "everyone", "evry1": "everyone", "no1": "no one", "ppl": "people",
    "peeps": "people", "u": "you", "ya": "you", "ur": "your", "r": "are", "rn": "right now",
    "atm": "at the moment", "pls": "please", "plz": "please", "plss": "please", "plzz": "please",
    "im": "i'm", "ive": "i've", "hes": "he's", "shes": "she's", "theres": "there's",
    "ther": "there", "theyre": "they're", "theyll": "they'll",
    "infront": "in front", "thats": "that's", "whats": "what's",
    "wheres": "where's", "someones": "someone's", "somebodys": "somebody's",
    "weve": "we've", "cant": "can't", "w're": "we're", "wer": "we're",
    "dont": "don't", "wont": "won't", "isnt": "isn't", "didnt": "didn't", "n": "and",
    "b4": "before", "2day": "today", "2nite": "tonight", "tonite": "tonight", "wat": "what",
    "wot": "what", "wen": "when", "cuz": "because", "coz": "because", "cos": "because",
    "bc": "because", "hlp": "help", "hlep": "help", "halp": "help", "nxt": "next",
    "thru": "through", "bldg": "building", "idk": "i don't know", "m8": "mate",
    "tryna": "trying to", "da": "the", "hw": "how",
    **{w + "in": w + "ing" for w in ("shoot", "stabb", "hid", "say", "runn", "scream", "com", "try",
                                     "go", "happen", "fir", "attack", "bleed", "chas", "shout",
                                     "hear", "kill", "gett", "call")},
}
_SPEAK_RE = re.compile(r"(?<!\w)(?<!\w')(" + "|".join(map(re.escape, _SPEAK)) + r")(?![\w']|\.\w)")
# "went of" for "went off" ("the bomb went of in the market"), only where "of" can't begin a
# phrase of its own: at the end of a clause or before a place or time word
_WENT_OF = re.compile(r"\b(went|gone|goes)\ of\b(?=\s*(?:$|[.,!?;:]|(?:in|at|on|near|outside|inside"
                      r"|by|next|right|just|again|and|behind|under|upstairs|downstairs|over|here"
                      r"|there)\b))")
# "can here" for "can hear" ("i can here gun fire")
_CAN_HERE = re.compile(r"\b(can|could|can't|cannot)\ here\b(?!\ (?:is|are|be|for))")
_LEET = str.maketrans("013457", "oieast")
_LEET_WORD = re.compile(r"\b[a-z][a-z0-9]*\d[a-z0-9]*[a-z]\b")  # digits inside a word: "kn1fe"


def normalise(text: str) -> str:
    """NFKC, lower case, no accents/emoji/control characters, text-speak expanded, misspelt
    danger words put right."""
    if len(text) > 2 * _MAX_CHARS:
        text = text[:_MAX_CHARS] + " " + text[-_MAX_CHARS:]
    text = unicodedata.normalize("NFKC", text)
    text = unicodedata.normalize("NFKD", text.translate(_CHAR_MAP).lower())
    kept = []
    for ch in text:
        cat = unicodedata.category(ch)
        if cat in ("Mn", "Cf"):
            continue  # accents and zero-width joiners vanish; "gu\u200bn" stays "gun"
        kept.append(" " if cat[0] in "CSZ" else ch)  # emoji, symbols, controls -> space
    text = re.sub(r"([a-z])\1{2,}", r"\1", "".join(kept))  # "helpppp" -> "help"
    text = _LEET_WORD.sub(lambda m: m.group().translate(_LEET), text)
    text = correct(_SPEAK_RE.sub(lambda m: _SPEAK[m.group(1)], text))
    text = _CAN_HERE.sub(r"\1 hear", _WENT_OF.sub(r"\1 off", text))
    return re.sub(r"\s+", " ", text).strip()


def _rx(pattern: str) -> re.Pattern[str]:
    return re.compile(pattern, re.VERBOSE)
