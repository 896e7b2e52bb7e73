"""Button payloads as Telegram callback data, with nothing kept in memory.

Telegram gives a button at most 64 bytes of callback data, and a Rasa payload such as
`/ask_threat_levels_explained{"section":"the-northern-ireland-level"}` is longer. Keeping the
payloads in the bot's memory (python-telegram-bot's arbitrary callback data) breaks once there is
more than one bot replica, as in Kubernetes' webhook mode: a press that reaches another replica
finds nothing. So a button carries its topic and section themselves, `topic#section` (a topic id
is at most 23 characters, a section slug at most 40: never more than 64 bytes), and any replica,
or the same one after a restart, turns it back into the payload.
"""

from __future__ import annotations

import json
import re

from telegram.constants import InlineKeyboardButtonLimit

from actions.topics import intent_for_topic, topic_for_intent

MAX_BYTES = InlineKeyboardButtonLimit.MAX_CALLBACK_DATA
# What actions/replies.py puts in a button: an intent, and maybe the section asked for.
_PAYLOAD = re.compile(r'/(?P<intent>\w+)(?:\{"section":"(?P<section>[a-z0-9-]+)"\})?')
_DATA = re.compile(r"(?P<topic>[a-z-]+)(?:#(?P<section>[a-z0-9-]+))?")


def encode(payload: str) -> str | None:
    """The callback data for a button's payload; None if it cannot fit (the button is left out)."""
    found = _PAYLOAD.fullmatch(payload)
    topic = topic_for_intent(found["intent"]) if found else None
    if found and topic and decode(topic) == "/" + found["intent"]:
        data = topic + (f"#{found['section']}" if found["section"] else "")
    else:
        data = payload  # a payload of another shape travels as it is, if it fits
    return data if len(data.encode()) <= MAX_BYTES else None


def decode(data: str) -> str | None:
    """The payload a press asks for; None for data no button of ours carries."""
    if data.startswith("/"):
        return data
    found = _DATA.fullmatch(data)
    if not found:
        return None
    try:
        intent = intent_for_topic(found["topic"])
    except KeyError:
        return None
    if found["section"] is None:
        return "/" + intent
    return f"/{intent}" + json.dumps({"section": found["section"]}, separators=(",", ":"))
