"""Properties of redaction (bot/redaction.py), checked on generated text with Hypothesis.

Phone numbers are generated in every UK shape people type: national or +44 / 0044 / 44 prefixes,
(0) inserted, grouped by spaces, double spaces, dashes or dots, in ASCII or full-width digits;
and e-mail addresses, postcodes and card numbers, inside ordinary sentences.
"""

from __future__ import annotations

import string
import time
import unicodedata

from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from bot.redaction import redact

PROPERTIES = settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
FULL_WIDTH = str.maketrans(string.digits, "０１２３４５６７８９")
WORDS = st.sampled_from(["call", "me", "on", "my", "number", "is", "please", "ring", "tonight",
                         "thanks", "the", "address", "card", "help", "at", "or", "text", "mum"])


def ascii_digits(text: str) -> str:
    return "".join(str(unicodedata.decimal(ch)) for ch in text if unicodedata.decimal(ch, None) is not None)


@st.composite
def uk_phone_numbers(draw: st.DrawFn) -> tuple[str, str]:
    """(as typed, its national digits) for a personal UK number."""
    start = draw(st.sampled_from(["01", "02", "03", "07"]))
    national = start + draw(st.text(string.digits, min_size=9, max_size=9))
    significant = national[1:]
    prefix = draw(st.sampled_from(["0", "+44", "+44 ", "0044", "0044 ", "44", "44 ", "+44 (0)", "+44(0)"]))
    groups = draw(st.sampled_from([(10,), (4, 6), (3, 3, 4), (2, 4, 4), (4, 3, 3), (3, 7)]))
    separator = draw(st.sampled_from([" ", "  ", "-", ".", " - "]))
    parts, at = [], 0
    for size in groups:
        parts.append(significant[at:at + size])
        at += size
    typed = prefix + separator.join(parts)
    if draw(st.booleans()):
        typed = typed.translate(FULL_WIDTH)
    return typed, national


@st.composite
def emails(draw: st.DrawFn) -> str:
    local = draw(st.from_regex(r"[a-z0-9][a-z0-9._%+-]{0,15}[a-z0-9]", fullmatch=True))
    domain = draw(st.from_regex(r"[a-z0-9]{1,10}(-[a-z0-9]{1,5})?", fullmatch=True))
    return f"{local}@{domain}.{draw(st.sampled_from(['com', 'co.uk', 'org', 'ac.uk', 'net']))}"


@st.composite
def postcodes(draw: st.DrawFn) -> str:
    first, second = "ABCDEFGHIJKLMNOPRSTUWYZ", "ABCDEFGHKLMNOPQRSTUVWXY"
    inward = draw(st.text(string.digits, min_size=1, max_size=1)) + draw(
        st.text("ABDEFGHJLNPQRSTUWXYZ", min_size=2, max_size=2))
    outward = draw(st.one_of(
        st.tuples(st.sampled_from(first), st.integers(1, 99)).map(lambda t: f"{t[0]}{t[1]}"),
        st.tuples(st.sampled_from(first), st.sampled_from(second), st.integers(1, 99)).map(
            lambda t: f"{t[0]}{t[1]}{t[2]}"),
        st.tuples(st.sampled_from(first), st.integers(1, 9), st.sampled_from("ABCDEFGHJKPSTUW")).map(
            lambda t: f"{t[0]}{t[1]}{t[2]}"),
    ))
    code = f"{outward}{draw(st.sampled_from([' ', '']))}{inward}"
    return code if draw(st.booleans()) else code.lower()


@st.composite
def card_numbers(draw: st.DrawFn) -> str:
    body = draw(st.sampled_from(["4", "5", "37"])) + draw(st.text(string.digits, min_size=14, max_size=14))
    body = body[:15]
    total = 0
    for index, char in enumerate(reversed(body)):
        value = int(char) * (2 if index % 2 == 0 else 1)
        total += value - 9 if value > 9 else value
    number = body + str((10 - total % 10) % 10)
    separator = draw(st.sampled_from([" ", "-", ""]))
    return separator.join(number[i:i + 4] for i in range(0, 16, 4))


AROUND = st.tuples(st.lists(WORDS, max_size=4).map(" ".join), st.sampled_from(["", ".", ",", "!", "?"]),
                   st.lists(WORDS, max_size=4).map(" ".join))


def sentence(middle: str, around: tuple[str, str, str]) -> str:
    before, punctuation, after = around
    return f"{before} {middle}{punctuation} {after}".strip()


@PROPERTIES
@given(uk_phone_numbers(), AROUND)
# Regressions, found by this test: full-width digits, a bare 44 prefix and dots were all kept.
@example(("０７７００ ９００１２３", "07700900123"), ("call", "", "please"))
@example(("447700900123", "07700900123"), ("", "", ""))
@example(("07700.900.123", "07700900123"), ("ring", ".", ""))
def test_uk_phone_numbers_in_every_shape_are_removed(phone: tuple[str, str],
                                                      around: tuple[str, str, str]) -> None:
    typed, national = phone
    text = sentence(typed, around)
    result = redact(text)
    assert "[phone]" in result.text, (text, result.text)
    assert national[-6:] not in ascii_digits(result.text), (text, result.text)


@PROPERTIES
@given(st.sampled_from(["email", "postcode", "card"]).flatmap(
    lambda kind: st.tuples(st.just(kind), {"email": emails(), "postcode": postcodes(),
                                           "card": card_numbers()}[kind])), AROUND)
def test_emails_postcodes_and_cards_are_removed(found: tuple[str, str], around: tuple[str, str, str]) -> None:
    kind, value = found
    text = sentence(value, around)
    result = redact(text)
    assert f"[{kind}]" in result.text, (text, result.text)
    assert value not in result.text


PERSONAL = st.one_of(uk_phone_numbers().map(lambda p: p[0]), emails(), postcodes(), card_numbers())


# Ordinary words and small numbers, never two numbers in a row: nothing that is personal data.
ORDINARY = st.lists(st.one_of(WORDS, st.from_regex(r"[a-zA-Z']{1,12}", fullmatch=True)),
                    min_size=1, max_size=6).map(" ".join)


@PROPERTIES
@given(st.lists(st.tuples(ORDINARY, st.integers(1, 999)), max_size=6),
       st.sampled_from(["", ".", "?", "!"]))
def test_text_without_personal_data_is_unchanged(pieces: list[tuple[str, int]], end: str) -> None:
    text = " ".join(f"{words} {number}" for words, number in pieces) + end
    assert redact(text).text == text


@PROPERTIES
@given(st.one_of(st.text(max_size=300), st.builds(sentence, PERSONAL, AROUND)))
def test_redaction_is_idempotent_and_never_crashes(text: str) -> None:
    started = time.perf_counter()
    once = redact(text)
    twice = redact(once.text)
    assert twice.text == once.text
    assert twice.kinds == ()
    assert time.perf_counter() - started < 1.0
