"""Tests for removing personal data from messages before they reach the NLU server."""

from __future__ import annotations

import time

import pytest

from bot.redaction import Redaction, redact

# --- e-mail ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "my email is jo.bloggs@example.com",
        "JO_BLOGGS+safety@Example.CO.UK please reply",
        "contact: a@b.org.",
        "first.last-name@sub.domain-name.gov.uk",
        "(x123@mail.example.net)",
    ],
)
def test_email_is_redacted(text: str) -> None:
    result = redact(text)
    assert "@" not in result.text
    assert "[email]" in result.text
    assert result.kinds == ("email",)


@pytest.mark.parametrize(
    "text",
    [
        "what is the threat level?",
        "meet me @ the station",
        "user@localhost is not an address",
        "email@",
        "@handle on social media",
    ],
)
def test_not_an_email_is_kept(text: str) -> None:
    assert redact(text) == Redaction(text=text, kinds=())


def test_email_keeps_surrounding_punctuation() -> None:
    assert redact("Write to jo@example.com.").text == "Write to [email]."


# --- phone numbers ----------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "07700 900123",
        "07700900123",
        "07700-900-123",
        "+44 7700 900123",
        "+447700900123",
        "0044 7700 900123",
        "+44 (0)7700 900123",
        "020 7946 0958",
        "(020) 7946 0958",
        "020-7946-0958",
        "+44 (0)20 7946 0958",
        "+44 20 7946 0958",
        "0161 496 0000",
        "(0161) 496-0000",
        "01632 960123",
        "016977 4567",
        "0300 123 4567",
    ],
)
def test_uk_phone_number_is_redacted(text: str) -> None:
    result = redact(f"call me on {text} now")
    assert result.text == "call me on [phone] now"
    assert result.kinds == ("phone",)


@pytest.mark.parametrize(
    "text",
    [
        "999",
        "112",
        "101",
        "111",
        "18000",
        "55",
        "0800 789 321",
        "0800789321",
        "0800 555 111",
        "0800 011 3764",
        "08 08 16 89 111",
        "08081689111",
    ],
)
def test_service_numbers_are_never_redacted(text: str) -> None:
    message = f"should I call {text}?"
    assert redact(message) == Redaction(text=message, kinds=())


def test_press_55_advice_is_kept() -> None:
    message = "If you can't speak, call 999 and press 55 when asked."
    assert redact(message) == Redaction(text=message, kinds=())


@pytest.mark.parametrize(
    "text",
    [
        "it happened on 01-02-2024 10:30",
        "the year 2024",
        "after 9/11",
        "open 24/7",
        "at 23:59",
        "1234",
        "0770 090",
        "reference 12345678901",
        "call 0900 123 4567",
        "version 1.2.3",
    ],
)
def test_phone_lookalikes_are_kept(text: str) -> None:
    assert redact(text) == Redaction(text=text, kinds=())


def test_service_number_next_to_personal_number() -> None:
    result = redact("I rang 0800 789 321 from 07700 900123")
    assert result.text == "I rang 0800 789 321 from [phone]"


def test_numbers_listed_one_after_another_are_all_redacted() -> None:
    result = redact("07700 900123 07700 900456 016977 4567")
    assert result.text == "[phone] [phone] [phone]"


def test_international_number_passing_luhn_is_still_a_phone() -> None:
    # 0044 7700 900106 happens to pass the Luhn check; cards never start with 0.
    assert redact("0044 7700 900106") == Redaction(text="[phone]", kinds=("phone",))


# --- payment cards ------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "4111 1111 1111 1111",
        "4111-1111-1111-1111",
        "4111111111111111",
        "5555 5555 5555 4444",
        "3782 822463 10005",
        "4222222222222",
        "6011 0009 9013 9424",
    ],
)
def test_card_number_passing_luhn_is_redacted(text: str) -> None:
    result = redact(f"my card {text} was stolen")
    assert result.text == "my card [card] was stolen"
    assert result.kinds == ("card",)


def test_card_with_phone_like_groups_is_one_card() -> None:
    assert redact("4111 0123 4567 898") == Redaction(text="[card]", kinds=("card",))


@pytest.mark.parametrize(
    "text",
    [
        "4111 1111 1111 1112",
        "4111111111111112",
        "1234 5678 9012 3456",
        "5555-5555-5555-4445",
        "123456789012",
        "41111111111111111111111",
    ],
)
def test_number_failing_luhn_or_length_is_kept(text: str) -> None:
    message = f"number {text} here"
    assert redact(message) == Redaction(text=message, kinds=())


# --- National Insurance numbers -----------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "AB123456C",
        "ab123456c",
        "AB 12 34 56 C",
        "JG 103759 A",
        "ce123456d",
        "Zy 65 43 21 B",
    ],
)
def test_ni_number_is_redacted(text: str) -> None:
    result = redact(f"my NI is {text}.")
    assert result.text == "my NI is [ni-number]."
    assert result.kinds == ("ni-number",)


@pytest.mark.parametrize(
    "text",
    [
        "DA123456A",
        "AD123456A",
        "QQ123456C",
        "AO123456A",
        "GB123456A",
        "AB123456E",
        "AB12345C",
        "XAB123456C",
    ],
)
def test_ni_lookalike_is_kept(text: str) -> None:
    message = f"code {text} here"
    assert redact(message) == Redaction(text=message, kinds=())


# --- postcodes ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "SW1A 1AA",
        "M1 1AE",
        "B33 8TH",
        "CR2 6XH",
        "DN55 1PT",
        "EC1A 1BB",
        "W1A 0AX",
        "sw1a 1aa",
        "m1 1ae",
        "SW1A1AA",
        "b338th",
        "GIR 0AA",
    ],
)
def test_postcode_is_redacted(text: str) -> None:
    result = redact(f"I live at {text}, near the park")
    assert result.text == "I live at [postcode], near the park"
    assert result.kinds == ("postcode",)


@pytest.mark.parametrize(
    "text",
    [
        "run hide tell",
        "Run, Hide, Tell",
        "call 999",
        "after 9/11",
        "open 24/7",
        "see you b4 2pm",
        "at 10am tomorrow",
        "the A1 road",
        "M25 motorway",
        "in 2024",
        "COVID19 rules",
        "an MP3 file",
        "QA1 1AA",
        "AB1 1CI",
        "what is the threat level",
        "substantial",
    ],
)
def test_postcode_lookalikes_are_kept(text: str) -> None:
    assert redact(text) == Redaction(text=text, kinds=())


# --- several kinds, idempotence, robustness -----------------------------------------------


def test_multiple_kinds_in_one_message() -> None:
    message = (
        "I'm Jo (jo@example.com, 07700 900123) at SW1A 1AA. "
        "Card 4111 1111 1111 1111, NI AB 12 34 56 C. Should I call 999?"
    )
    result = redact(message)
    assert result.text == (
        "I'm Jo ([email], [phone]) at [postcode]. Card [card], NI [ni-number]. Should I call 999?"
    )
    assert result.kinds == ("card", "email", "ni-number", "phone", "postcode")


def test_kinds_are_sorted_and_unique() -> None:
    result = redact("07700 900123 or 07700 900456, a@b.com")
    assert result.kinds == ("email", "phone")
    assert result.text.count("[phone]") == 2


@pytest.mark.parametrize(
    "message",
    [
        "jo@example.com 07700 900123 SW1A 1AA 4111111111111111 AB123456C",
        "call +44 (0)20 7946 0958 or 0800 789 321",
        "[phone] [email] [card] [ni-number] [postcode]",
        "nothing personal here",
    ],
)
def test_redaction_is_idempotent(message: str) -> None:
    once = redact(message)
    twice = redact(once.text)
    assert twice.text == once.text
    assert twice.kinds == ()


@pytest.mark.parametrize(
    "message",
    [
        "",
        " ",
        "\x00",
        "abc\x00def\x07\x1b[31m\r\n\t",
        "🙂🏃‍♀️🔒 help 🆘",
        "أنا في خطر، ماذا أفعل؟",
        "\u202eSW1A 1AA\u202c",
        "שלום 07700 900123",
        "\ud800",
        "x" * 10_240,
        "0" * 10_240,
        "07700 900123 " * 800,
        "a@" * 5_000,
        "1-" * 5_000,
        "A1 " * 3_000,
        "+44 " * 2_500,
        "\uffff\ufffe" * 100,
    ],
)
def test_never_raises_on_odd_input(message: str) -> None:
    started = time.perf_counter()
    result = redact(message)
    assert len(result.text) <= max(len(message), 16)
    assert time.perf_counter() - started < 1.0


def test_redacts_inside_right_to_left_text() -> None:
    result = redact("رقمي 07700 900123 شكرا")
    assert result.text == "رقمي [phone] شكرا"


def test_long_message_is_fully_redacted() -> None:
    message = "07700 900123 " * 800
    result = redact(message)
    assert "07700" not in result.text
    assert result.text.count("[phone]") == 800
