"""Remove personal data from a person's message before it reaches the NLU server."""

# Hand-written on purpose: no maintained, light library fits. Presidio and scrubadub
# need spaCy language models, which cannot be downloaded in this environment, and we
# only need a handful of well-defined UK formats. Every pattern below is anchored with
# look-behinds or word boundaries so that a match can only start at the beginning of a
# run of characters, and repeats are bounded; this keeps the work linear even on long
# or hostile input. People type full-width digits (U+FF10 to U+FF19) from Chinese and
# Japanese keyboards: the patterns run on a copy with every decimal digit made ASCII (same
# length, so a match's place is the same in the message).

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass

__all__ = ["Redaction", "redact"]


@dataclass(frozen=True)
class Redaction:
    """The redacted message and which kinds of personal data were removed."""

    text: str
    kinds: tuple[str, ...]


# Numbers people ask about (999, 55, Anti-Terrorist Hotline, Crimestoppers...) are
# public service numbers, never personal data. Compared by digits only.
SERVICE_NUMBERS = frozenset(
    {
        "999",
        "112",
        "101",
        "111",
        "18000",
        "0800789321",
        "0800555111",
        "08000113764",
        "08081689111",
        "55",
    }
)

_EMAIL = re.compile(
    r"(?<![\w.%+-])[\w.%+-]+@[\w-]+(?:\.[\w-]+)+",
)

# Two letters, six digits, suffix A-D. Letter rules follow HMRC roughly: the first
# letter is not D, F, I, Q, U or V; the second is not D, F, I, O, Q, U or V; and a
# few prefixes (BG, GB, KN, NK, NT, TN, ZZ) are never issued.
_NI_NUMBER = re.compile(
    r"\b(?!(?:BG|GB|KN|NK|NT|TN|ZZ))"
    r"[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z]"
    r" ?\d{2} ?\d{2} ?\d{2} ?[A-D]\b",
    re.IGNORECASE,
)

# A separator between digits of a phone number: a closing bracket and/or up to three
# spaces, dashes or dots ("020 7946 0958", "(020) 7946-0958", "07700 - 900123", "07700.900.123").
_SEP = r"\)?[ .\-]{0,3}"
# The first group has at least three digits including the leading 0 ("020", "0161",
# "07700"), which keeps dates such as 01-02-2024 10:30 from looking like a number.
# A number may follow another one after a space ("07700 900123 07700 900456"), so only
# a digit or a dash-digit right next to it marks it as part of something longer.
# The country code may be typed as +44, 0044 or a bare 44 ("447700900123").
_PHONE = re.compile(
    r"(?<![\w+])(?<!\d-)"
    r"(?:(?:\+|00)? ?44 ?(?:\(0\) ?)?\(?\d|\(?0\d)"
    rf"\d(?:{_SEP}\d){{7,8}}"
    r"(?!\d)(?!-\d)",
)

# 13-19 digits, optionally grouped with single spaces or dashes. The look-arounds make
# the match cover the whole run of digits, so part of a longer number is never taken.
# Card numbers never start with 0, which keeps "0044 7700 900123" for the phone rule.
_CARD = re.compile(
    r"(?<![\w+])(?<!\d[ \-])"
    r"(?!0)\d(?:[ \-]?\d){12,18}"
    r"(?![ \-]?\d)(?!\w)",
)

# Outward code + optional space + inward code, with the Royal Mail letter rules so
# that ordinary words and times ("b4 2pm") are not taken: the inward letters never
# use C, I, K, M, O or V.
_POSTCODE = re.compile(
    r"\b(?:"
    r"GIR ?0AA"
    r"|(?:[A-PR-UWYZ]\d{1,2}"
    r"|[A-PR-UWYZ][A-HK-Y]\d{1,2}"
    r"|[A-PR-UWYZ]\d[A-HJKPSTUW]"
    r"|[A-PR-UWYZ][A-HK-Y]\d[ABEHMNPRVWXY])"
    r" ?\d[ABD-HJLNP-UW-Z]{2}"
    r")\b",
    re.IGNORECASE,
)


def _digits(text: str) -> str:
    """The digits of `text` as ASCII digits (a full-width seven is "7")."""
    return "".join(str(unicodedata.decimal(ch)) for ch in text if unicodedata.decimal(ch, None) is not None)


def _national_number(raw: str) -> str:
    """Digits of a UK phone number in national form (leading 0, no +44, 0044 or 44)."""
    digits = _digits(raw)
    if digits.startswith("0044"):
        return "0" + digits[4:].removeprefix("0")
    if digits.startswith("44"):
        return "0" + digits[2:].removeprefix("0")
    return digits


def _is_personal_phone(raw: str) -> bool:
    if _digits(raw) in SERVICE_NUMBERS:
        return False
    national = _national_number(raw)
    if national in SERVICE_NUMBERS:
        return False
    return national.startswith(("01", "02", "03", "07")) and len(national) in (10, 11)


def _passes_luhn(raw: str) -> bool:
    digits = _digits(raw)
    if not 13 <= len(digits) <= 19 or digits in SERVICE_NUMBERS:
        return False
    total = 0
    for index, char in enumerate(reversed(digits)):
        value = int(char)
        if index % 2 == 1:
            value *= 2
            if value > 9:
                value -= 9
        total += value
    return total % 10 == 0


def _always(_raw: str) -> bool:
    return True


# Order matters: e-mail first (addresses may contain digits), then NI numbers (which
# contain digit groups), then cards before phones so that no 0-led group inside a
# card number is mistaken for a phone number.
_RULES: tuple[tuple[str, re.Pattern[str], Callable[[str], bool]], ...] = (
    ("email", _EMAIL, _always),
    ("ni-number", _NI_NUMBER, _always),
    ("card", _CARD, _passes_luhn),
    ("phone", _PHONE, _is_personal_phone),
    ("postcode", _POSTCODE, _always),
)


class _AsciiDigits(dict[int, str]):
    """str.translate's table: any Unicode decimal digit to its ASCII digit, other characters kept."""

    def __missing__(self, codepoint: int) -> str:
        digit = unicodedata.decimal(chr(codepoint), None)
        if digit is None:
            raise LookupError(codepoint)  # translate keeps the character (and nothing is cached)
        self[codepoint] = str(digit)
        return self[codepoint]


_ASCII_DIGITS = _AsciiDigits()


def _substitute(kind: str, pattern: re.Pattern[str], accept: Callable[[str], bool], text: str,
                found: set[str]) -> str:
    shadow = text.translate(_ASCII_DIGITS)
    kept: list[str] = []
    last = 0
    for match in pattern.finditer(shadow):
        if accept(match.group(0)):
            kept += [text[last:match.start()], f"[{kind}]"]
            last = match.end()
            found.add(kind)
    return "".join([*kept, text[last:]])


def redact(text: str) -> Redaction:
    """Replace personal data in ``text`` with placeholders such as ``[phone]``."""
    found: set[str] = set()
    for kind, pattern, accept in _RULES:
        text = _substitute(kind, pattern, accept, text, found)
    return Redaction(text=text, kinds=tuple(sorted(found)))
