"""'Was this helpful?' from any front end: validated, the comment redacted, kept for the gaps report."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from actions.topics import CONVERSATION_TOPICS, GUIDANCE_TOPICS
from bot.conversation import MessageRejected, clean_message
from bot.redaction import redact
from store.models import COMMENT_MAX_CHARS, Channel
from store.repository import Store

TOPICS = GUIDANCE_TOPICS | CONVERSATION_TOPICS


class FeedbackRejected(ValueError):
    """Feedback that is not kept; `words` says why, in plain words, for the person."""

    def __init__(self, words: str) -> None:
        super().__init__(words)
        self.words = words


@dataclass(frozen=True)
class Feedback:
    topic: str
    helpful: bool
    comment: str | None = None


def parse_feedback(data: Any) -> Feedback:
    """The topic, the yes or no and the optional comment of a feedback request (sender apart)."""
    if not isinstance(data, dict):
        raise FeedbackRejected("The feedback must be JSON with a topic and helpful: true or false.")
    topic, helpful, comment = data.get("topic"), data.get("helpful"), data.get("comment")
    if not isinstance(topic, str) or topic not in TOPICS:
        raise FeedbackRejected("The feedback must name the topic of the answer it is about.")
    if not isinstance(helpful, bool):
        raise FeedbackRejected("The feedback must say whether the answer helped: true or false.")
    if comment is None:
        return Feedback(topic, helpful)
    if not isinstance(comment, str):
        raise FeedbackRejected("The comment must be text.")
    too_long = f"Your comment is too long. Please keep it under {COMMENT_MAX_CHARS} characters."
    if len(comment) > COMMENT_MAX_CHARS:
        raise FeedbackRejected(too_long)
    try:
        cleaned = clean_message(comment)
    except MessageRejected:  # only whitespace or control characters: no comment at all
        return Feedback(topic, helpful)
    return Feedback(topic, helpful, cleaned)


async def give_feedback(store: Store, feedback: Feedback, channel: Channel) -> None:
    """Keep it, the comment redacted first (a placeholder can make it longer: it is cut to fit)."""
    comment = redact(feedback.comment).text[:COMMENT_MAX_CHARS] if feedback.comment else None
    await store.record_feedback(feedback.topic, feedback.helpful, comment, channel)
