"""What Rasa's NLU made of one message: the intent, how sure it was, and the runners-up."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

# Rasa's FallbackClassifier renames an unsure intent to this; the ranking keeps the real guesses.
NLU_FALLBACK = "nlu_fallback"


@dataclass(frozen=True)
class Understanding:
    """The parse of one message, as Rasa sends it in `tracker.latest_message`."""

    text: str
    intent: str | None
    confidence: float = 0.0
    # Every intent the model scored, best first (nlu_fallback left out).
    ranking: tuple[tuple[str, float], ...] = ()
    # Set only by a button payload such as /ask_hide{"section":"lock-the-door"}.
    section: str | None = None

    @classmethod
    def from_parse(cls, parse: dict[str, Any]) -> Understanding:
        """From Rasa's parse data (`latest_message`, or the /model/parse answer)."""
        intent = parse.get("intent") or {}
        ranking = tuple(
            (str(r["name"]), float(r.get("confidence") or 0.0))
            for r in parse.get("intent_ranking") or []
            if r.get("name") and r.get("name") != NLU_FALLBACK
        )
        section = next((str(e.get("value")) for e in parse.get("entities") or []
                        if e.get("entity") == "section"), None)
        return cls(text=str(parse.get("text") or ""), intent=intent.get("name"),
                   confidence=float(intent.get("confidence") or 0.0), ranking=ranking,
                   section=section)

    @property
    def from_button(self) -> bool:
        """A payload such as /ask_hide: Rasa reads it as that intent, not as words."""
        return self.text.startswith("/") and not self.unsure

    @property
    def unsure(self) -> bool:
        """Rasa was not confident enough to name an intent (FallbackClassifier)."""
        return self.intent in (None, NLU_FALLBACK)

    def probability(self, intent: str) -> float:
        """The model's confidence in this intent, even when it was not the winner."""
        if self.intent == intent:
            return self.confidence
        return next((score for name, score in self.ranking if name == intent), 0.0)
