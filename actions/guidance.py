"""The Rasa action that answers every message: safety first, then the intent, then retrieval."""

from __future__ import annotations

import asyncio
from dataclasses import dataclass
from typing import Any

import structlog
from rasa_sdk import Action, Tracker
from rasa_sdk.executor import CollectingDispatcher

from actions import replies, safety
from actions.content import Library
from actions.retrieval import Retriever
from actions.settings import ActionSettings
from actions.topics import CONVERSATION_TOPICS, EMERGENCY, FALLBACK, topic_for_intent

log = structlog.get_logger(__name__)


@dataclass(frozen=True)
class Decision:
    """Which answer to give and why (the reason goes to the logs, never to the person)."""

    topic: str
    section: str | None = None
    alternatives: tuple[str, ...] = ()
    reason: str = ""


class Answerer:
    """Chooses and renders the answer to one message. Holds the content and the retriever."""

    def __init__(self, library: Library, retriever: Retriever, settings: ActionSettings) -> None:
        self.library = library
        self.retriever = retriever
        self.settings = settings

    def decide(self, text: str, intent: str | None, section: str | None = None) -> Decision:
        verdict = safety.assess(text)
        # The safety check runs on the person's own words, whatever the model thought.
        if verdict.emergency or intent == "emergency":
            return Decision(EMERGENCY, reason=verdict.reason or "intent")
        if verdict.harmful_request:
            return Decision(FALLBACK, reason=f"harmful: {verdict.reason}")
        topic = topic_for_intent(intent)
        if topic in CONVERSATION_TOPICS and intent != "nlu_fallback":
            return Decision(topic, reason=f"intent {intent}")
        if topic and topic != FALLBACK:
            # A confident intent (or a button) gets its topic's short answer, or the section a
            # button asked for; the other sections are offered as buttons.
            return Decision(topic, section=section, reason=f"intent {intent}")
        hits = self.retriever.search(text)
        top = hits[0]
        if top.score < self.settings.min_score:
            return Decision(FALLBACK, reason=f"{intent}; best {top.topic_id} {top.score:.2f} below min")
        close = tuple(
            h.topic_id for h in hits[1:3]
            if top.score - h.score <= self.settings.did_you_mean_margin
        )
        return Decision(top.topic_id, top.section.slug, close, reason=f"retrieval {top.score:.2f}")

    def render(self, decision: Decision) -> list[replies.Message]:
        if decision.topic in CONVERSATION_TOPICS:
            return [replies.conversation(self.library, decision.topic)]
        topic = self.library.topics[decision.topic]
        answer = [replies.guidance(self.library, topic.section(decision.section))]
        if decision.alternatives:
            answer.append(replies.did_you_mean(self.library, decision.topic, list(decision.alternatives)))
        return answer


class ActionAnswer(Action):  # type: ignore[misc]  # rasa_sdk has no type hints
    """Every rule in data/rules.yml ends here, so no message escapes the safety check."""

    def __init__(self, answerer: Answerer) -> None:
        self._answerer = answerer

    def name(self) -> str:
        return "action_answer"

    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: dict[str, Any]
    ) -> list[dict[str, Any]]:
        message = tracker.latest_message or {}
        text = str(message.get("text") or "")
        intent = (message.get("intent") or {}).get("name")
        confidence = (message.get("intent") or {}).get("confidence")
        section = next(
            (str(e.get("value")) for e in message.get("entities", []) if e.get("entity") == "section"),
            None,
        )
        # Encoding the question is CPU work (torch releases the GIL): keep the event loop free.
        decision = await asyncio.to_thread(self._answerer.decide, text, intent, section)
        log.info("answer", topic=decision.topic, intent=intent, confidence=confidence,
                 reason=decision.reason)
        for reply in self._answerer.render(decision):
            dispatcher.utter_message(**reply.dispatch_kwargs())
        return []
