"""Button payloads as Telegram callback data (bot/telegram/buttons.py): every button the content
can produce fits Telegram's 64 bytes and comes back as the same payload; nothing else does."""

from __future__ import annotations

import pytest

from actions.content import load_library
from actions.replies import section_button, topic_button
from actions.topics import CONVERSATION_TOPICS, FALLBACK
from bot.settings import ROOT
from bot.telegram.buttons import MAX_BYTES, decode, encode

LIBRARY = load_library(ROOT / "content")
PAYLOADS = sorted(
    {topic_button(LIBRARY, t)["payload"] for t in [*LIBRARY.topics, *CONVERSATION_TOPICS - {FALLBACK}]}
    | {section_button(s)["payload"] for t in LIBRARY.topics.values() for s in t.sections})


def test_the_content_has_payloads_longer_than_telegram_allows() -> None:
    # What this module is for: without it these could not be buttons at all.
    assert any(len(p.encode()) > MAX_BYTES for p in PAYLOADS)


@pytest.mark.parametrize("payload", PAYLOADS)
def test_every_button_fits_and_comes_back_whole(payload: str) -> None:
    data = encode(payload)
    assert data is not None and len(data.encode()) <= MAX_BYTES
    assert decode(data) == payload


def test_the_longest_possible_section_still_fits() -> None:
    # The longest topic id with the longest heading the content check allows (40 characters).
    longest = max(LIBRARY.topics, key=len)
    payload = section_button(LIBRARY.topics[longest].sections[0])["payload"].split("{")[0]
    data = encode(payload + '{"section":"' + "a" * 40 + '"}')
    assert data is not None and len(data.encode()) <= MAX_BYTES


@pytest.mark.parametrize("data", ["not-a-known-button", "", "threat-level#", "#slug",
                                  "threat-level#../../etc", "fallback"])
def test_data_no_button_carries_is_refused(data: str) -> None:
    assert decode(data) is None


def test_a_payload_of_another_shape_travels_as_it_is_or_not_at_all() -> None:
    assert encode("/greet") == "greeting" and decode("greeting") == "/greet"
    assert decode(encode("/restart") or "") == "/restart"
    assert encode("/" + "x" * 80) is None
