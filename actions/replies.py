"""Turn content into the messages an action sends: text, buttons and the topic/source metadata."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from actions.content import Library, Section, Topic
from actions.topics import CONVERSATION_TOPICS, THREAT_LEVEL, intent_for_topic

MAX_BUTTONS = 6


@dataclass(frozen=True)
class Message:
    """One bot message; topic, sources and reviewed travel to the front ends as Rasa's custom JSON."""

    text: str
    topic: str
    buttons: list[dict[str, str]] = field(default_factory=list)
    sources: list[dict[str, str]] = field(default_factory=list)
    reviewed: str | None = None
    # For the front ends only: keep this message's question for the editors' gaps report,
    # with how sure the answer was (None when no score applies).
    gap: bool = False
    confidence: float | None = None

    def dispatch_kwargs(self) -> dict[str, Any]:
        """Arguments for rasa_sdk's dispatcher.utter_message."""
        custom: dict[str, Any] = {"topic": self.topic, "sources": self.sources, "reviewed": self.reviewed}
        if self.gap:
            custom["gap"] = True
            custom["confidence"] = None if self.confidence is None else round(self.confidence, 3)
        return {"text": self.text, "buttons": self.buttons, "json_message": custom}


def topic_button(library: Library, topic_id: str) -> dict[str, str]:
    if topic_id in CONVERSATION_TOPICS:
        title = topic_id.replace("-", " ").capitalize()
    else:
        title = library.topics[topic_id].title
    return {"title": title, "payload": "/" + intent_for_topic(topic_id)}


def section_button(section: Section) -> dict[str, str]:
    entities = json.dumps({"section": section.slug}, separators=(",", ":"))
    return {"title": section.heading, "payload": f"/{intent_for_topic(section.topic_id)}{entities}"}


def _guidance_buttons(library: Library, topic: Topic, shown: Section) -> list[dict[str, str]]:
    """The next steps of the guided flow first (Run → Hide → Tell…), then this topic's detail."""
    onward = [topic_button(library, t) for t in topic.next]
    detail = [section_button(s) for s in topic.sections if s != shown]
    return (onward + detail)[:MAX_BUTTONS]


def review_caveat(library: Library, topic: Topic, today: date) -> str | None:
    """The line added under guidance that is past its review date, pointing to the source."""
    if today <= topic.review_by:
        return None
    if topic.id == THREAT_LEVEL:
        reply = library.conversation["threat_level_review_overdue"]
        return reply.text.format(check_url=library.threat_level.check_url)
    return library.conversation["review_overdue"].text.format(source=topic.sources[0].url)


def guidance(library: Library, section: Section, today: date) -> Message:
    """A section of guidance, with its sources and review date (and a caveat once overdue)."""
    topic = library.topics[section.topic_id]
    # The first section of a topic is its short answer; a detail section names itself.
    text = section.text if section == topic.sections[0] else f"{section.heading}\n{section.text}"
    if caveat := review_caveat(library, topic, today):
        text = f"{text}\n\n{caveat}"
    return Message(
        text=text,
        topic=topic.id,
        buttons=_guidance_buttons(library, topic, section),
        sources=[{"title": s.title, "url": s.url} for s in topic.sources],
        reviewed=topic.last_reviewed.isoformat(),
    )


def conversation(library: Library, topic_id: str) -> Message:
    """A reply for a conversation topic (greeting, help, fallback…), from content/conversation.yml."""
    reply = library.conversation[topic_id]
    return Message(
        text=reply.text,
        topic=topic_id,
        buttons=[topic_button(library, t) for t in reply.buttons][:MAX_BUTTONS],
    )


def did_you_mean(library: Library, answered_topic: str, alternatives: list[str]) -> Message:
    """Offered after an answer when another topic scored almost as well."""
    reply = library.conversation["did_you_mean"]
    return Message(
        text=reply.text,
        topic=answered_topic,
        buttons=[topic_button(library, t) for t in alternatives],
    )
