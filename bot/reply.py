"""The Reply model every front end renders, and the fixed safe replies used when things fail."""

from __future__ import annotations

from datetime import date

from pydantic import BaseModel, ConfigDict, Field

# Used when no topic came back with a message (it should not happen; the fallback is safe).
DEFAULT_TOPIC = "fallback"


class Button(BaseModel):
    model_config = ConfigDict(frozen=True)

    title: str
    payload: str


class Source(BaseModel):
    model_config = ConfigDict(frozen=True)

    title: str
    url: str


class Reply(BaseModel):
    """One message from the assistant, as the public chat API returns it."""

    model_config = ConfigDict(frozen=True)

    text: str
    topic: str = DEFAULT_TOPIC
    buttons: list[Button] = Field(default_factory=list)
    sources: list[Source] = Field(default_factory=list)
    reviewed: date | None = None
    # Internal, never sent to a person: the action server marks a message whose question the
    # editors should see in the gaps report.
    gap: bool = Field(default=False, exclude=True)
    confidence: float | None = Field(default=None, exclude=True)
    # Rasa's own safe reply when the action server could not answer (rasa_components/).
    unavailable: bool = Field(default=False, exclude=True)


EMERGENCY_ADVICE = "In an emergency, call 999."

# The fixed safe replies. They are the only guidance words held in code, because they must
# work when the assistant (and so its content) cannot be reached. Each ends with 999.
UNAVAILABLE_TEXT = (
    "Sorry, I can't answer right now. If you are in danger, call 999 as soon as it is safe. "
    "If there is an attack: Run to safety if you can. If you can't, Hide and silence your phone. "
    "Tell the police: call 999 when it is safe. If you can't speak, dial 999 and listen; "
    "when a recorded voice asks, press 55. To report something suspicious, call the "
    "Anti-Terrorist Hotline on 0800 789 321. Please try again in a moment."
)
PRIVACY_NOTE_TEXT = (
    "I removed what looked like personal details ({kinds}) before reading your message. "
    "Please don't share personal details here. In an emergency, call 999."
)
_KIND_WORDS = {
    "email": "an email address",
    "phone": "a phone number",
    "card": "a card number",
    "ni-number": "a National Insurance number",
    "postcode": "a postcode",
}


def unavailable() -> Reply:
    """When Rasa or the action server is down, times out, or answers nonsense."""
    return Reply(text=UNAVAILABLE_TEXT, topic=DEFAULT_TOPIC)


def privacy_note(kinds: tuple[str, ...], topic: str) -> Reply:
    words = ", ".join(_KIND_WORDS.get(kind, kind) for kind in kinds)
    return Reply(text=PRIVACY_NOTE_TEXT.format(kinds=words), topic=topic)
