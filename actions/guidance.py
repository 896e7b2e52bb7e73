"""The Rasa action that answers every message: the emergency check first, then the intent,
then retrieval when the model is unsure, then the fallback."""

from __future__ import annotations

import asyncio
import time
from dataclasses import dataclass, replace
from datetime import date
from typing import Any, Literal, Protocol

import structlog
from rasa_sdk import Action, Tracker
from rasa_sdk.executor import CollectingDispatcher

from actions import metrics, replies, safety
from actions.content import Library
from actions.nlu import Understanding
from actions.retrieval import Retriever
from actions.safety import Reading
from actions.settings import ActionSettings
from actions.topics import CONVERSATION_TOPICS, EMERGENCY, FALLBACK, topic_for_intent

log = structlog.get_logger(__name__)
EMERGENCY_INTENT = "emergency"


@dataclass(frozen=True)
class Decision:
    """Which answer to give and why. The reason names rules and scores, never the person's words."""

    topic: str
    section: str | None = None
    alternatives: tuple[str, ...] = ()
    reason: str = ""
    # How sure the answer is: the model's confidence in the intent, or retrieval's score;
    # None when a rule or a button decided.
    confidence: float | None = None
    # What decided: a button, a rule, the NLU model, or retrieval over the content.
    by: Literal["button", "rule", "model", "retrieval"] = "model"


class Answerer:
    """Chooses and renders the answer to one message. Holds the content and the retriever."""

    def __init__(self, library: Library, retriever: Retriever, settings: ActionSettings) -> None:
        self.library = library
        self.retriever = retriever
        self.settings = settings

    def decide(self, understood: Understanding) -> Decision:
        if understood.from_button:
            # A button asks for a topic (and maybe one of its sections) by name.
            topic = topic_for_intent(understood.intent) or FALLBACK
            return Decision(topic, understood.section, reason=f"button {understood.intent}", by="button")
        verdict = safety.assess(understood.text)
        # An emergency wins over everything else, whichever way it was recognised: the rules
        # (what must never be missed) or the model's sense of the message's meaning.
        if verdict.emergency:
            return Decision(EMERGENCY, reason=f"emergency rule {verdict.reason}", by="rule")
        p_emergency = understood.probability(EMERGENCY_INTENT)
        if p_emergency >= self.settings.emergency_bar(verdict.reading):
            return Decision(EMERGENCY, reason=f"emergency model {p_emergency:.2f}", by="model")
        if verdict.harmful_request:
            return Decision(FALLBACK, reason=f"harmful rule {verdict.reason}", by="rule")
        if understood.unsure or (understood.intent == EMERGENCY_INTENT
                                 and verdict.reading.bars_top_intent):
            # Unsure; or asked as a hypothetical ("what if there's an explosion at a festival"),
            # said as a figure of speech ("my phone blew up with messages") or explained away
            # ("it was just the cat") with the emergency intent on top but under the calm bar.
            # Calm words (or none) and a model that saw no emergency: retrieval must not find one
            # either.
            return self._retrieve(understood, allow_emergency=not (
                verdict.reading.framed_calmly or verdict.reading is Reading.WORDLESS))
        topic = topic_for_intent(understood.intent) or FALLBACK
        return Decision(topic, reason=f"intent {understood.intent} {understood.confidence:.2f}",
                        confidence=understood.confidence, by="model")

    def _retrieve(self, understood: Understanding, allow_emergency: bool) -> Decision:
        """The model was unsure: rank the content by meaning, and fall back below the minimum."""
        hits = [h for h in self.retriever.search(understood.text)
                if allow_emergency or h.topic_id != EMERGENCY]
        top = hits[0]
        if top.score < self.settings.min_score:
            return Decision(FALLBACK, reason=f"retrieval {top.topic_id} {top.score:.2f} below minimum",
                            confidence=top.score, by="retrieval")
        if top.topic_id == EMERGENCY:
            return Decision(EMERGENCY, reason=f"retrieval {top.score:.2f}", by="retrieval")
        close = tuple(h.topic_id for h in hits[1:3]
                      if top.score - h.score <= self.settings.did_you_mean_margin)
        return Decision(top.topic_id, top.section.slug, close, reason=f"retrieval {top.score:.2f}",
                        confidence=top.score, by="retrieval")

    def is_gap(self, decision: Decision) -> bool:
        """A message editors should see in the gaps report: the fallback, or a weak answer."""
        if decision.topic == EMERGENCY:
            return False
        weak = decision.confidence is not None and decision.confidence < self.settings.gap_below
        return decision.topic == FALLBACK or weak

    def render(self, decision: Decision, today: date) -> list[replies.Message]:
        """The messages for a decision; `today` decides whether guidance is past its review."""
        if decision.topic in CONVERSATION_TOPICS:
            answer = [replies.conversation(self.library, decision.topic)]
        else:
            topic = self.library.topics[decision.topic]
            answer = [replies.guidance(self.library, topic.section(decision.section), today)]
            if decision.alternatives:
                answer.append(replies.did_you_mean(self.library, decision.topic,
                                                   list(decision.alternatives)))
        if self.is_gap(decision):
            answer[0] = replace(answer[0], gap=True, confidence=decision.confidence)
        return answer


class CurrentAnswerer(Protocol):
    """Where the action finds the Answerer for the content live right now (actions/live.py)."""

    @property
    def answerer(self) -> Answerer: ...


class ActionAnswer(Action):  # type: ignore[misc]  # rasa_sdk has no type hints
    """Every rule in data/rules.yml ends here, so no message escapes the emergency check."""

    def __init__(self, live: CurrentAnswerer) -> None:
        self._live = live

    def name(self) -> str:
        return "action_answer"

    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: dict[str, Any]
    ) -> list[dict[str, Any]]:
        understood = Understanding.from_parse(tracker.latest_message or {})
        answerer = self._live.answerer  # one content version for the whole answer
        started = time.perf_counter()
        # Encoding the question is CPU work (torch releases the GIL): keep the event loop free.
        decision = await asyncio.to_thread(answerer.decide, understood)
        messages = answerer.render(decision, date.today())
        metrics.answered(decision.topic, decision.by, messages[0].gap, time.perf_counter() - started)
        log.info("answer", topic=decision.topic, intent=understood.intent,
                 confidence=round(understood.confidence, 3), reason=decision.reason)
        for reply in messages:
            dispatcher.utter_message(**reply.dispatch_kwargs())
        return []
