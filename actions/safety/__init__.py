"""Model-independent safety checks run on every message before the NLU result is trusted.

`is_emergency` must never miss someone in danger now, so it leans towards "yes":
- STANDALONE cues (hiding, trapped, "can't talk he's outside", "is it safe to come out") are
  an emergency on their own; so is danger from a person with no weapon named (MENACED: "says if
  i scream i'll regret it", "they won't let me past") unless told as the past, news or a drill;
- a DANGER word (gun, stabbing, explosion, van into people ...) is an emergency unless the
  message is framed as calm: hypothetical / advice (soft) or information / past / media (hard);
- even then a present-tense TIER A cue ("right now", "there's a gunman", "someone is shooting")
  wins, and a TIER B cue ("the gunman is", "what do i do") wins over soft framing;
- cues right after "if" / "when" / "what if" ("if there's a gunman") do not count;
- calm framing is grammar, never a noun: "my neighbour", "the kitchen", "on holiday" frame
  nothing, they are where danger happens.
`is_harmful_request` flags requests to make, get or use weapons, explosives or poisons, unless
framed as safety (reporting, first aid, "what to do if"). It never overrides an emergency.

These rules are what must never be missed; beside them the action asks the NLU model, which
reads meaning, how likely the emergency intent is (actions/guidance.py).

The rules live in `emergency.py` and `harmful.py`; `text.py` normalises the message first,
`spelling.py` puts misspelt danger words right ("stabed", "xplosion"), and `languages.py` hears a
cry for help in another language ("ratunku, facet strzela do ludzi").
"""

from __future__ import annotations

from dataclasses import dataclass

from actions.safety.emergency import Reading, emergency_verdict
from actions.safety.harmful import harmful_verdict
from actions.safety.text import normalise

__all__ = ["Reading", "SafetyVerdict", "assess", "is_emergency", "is_harmful_request", "normalise"]


@dataclass(frozen=True)
class SafetyVerdict:
    reading: Reading
    harmful_request: bool
    reason: str  # for logs: the names of the rules that decided, never the person's words

    @property
    def emergency(self) -> bool:
        return self.reading is Reading.EMERGENCY


# ---------------------------------------------------------------- public API
def assess(text: str) -> SafetyVerdict:
    """Run both checks; never raises (a failure is reported as an emergency, to be safe)."""
    try:
        norm = normalise(text if isinstance(text, str) else str(text))
        harmful, why_harm = harmful_verdict(norm)
        reading, why = emergency_verdict(norm)
    except Exception as exc:  # pragma: no cover - defensive: the check must never break the bot
        return SafetyVerdict(Reading.EMERGENCY, False, f"safety check error: {type(exc).__name__}")
    return SafetyVerdict(reading, harmful, "; ".join(r for r in (why, why_harm) if r))


def is_emergency(text: str) -> bool:
    return assess(text).emergency


def is_harmful_request(text: str) -> bool:
    return assess(text).harmful_request
