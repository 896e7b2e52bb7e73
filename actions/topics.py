"""The topic ids of the contract and the Rasa intent that asks for each one."""

from __future__ import annotations

# Guidance topics have a content file; ids are fixed by shared/reference/contract.md.
GUIDANCE_TOPICS = frozenset({
    "threat-level", "threat-levels-explained", "threat-level-who-sets", "threat-level-what-to-do",
    "emergency-now", "run-hide-tell", "run", "hide", "tell", "armed-police-response",
    "report-suspicious", "suspicious-behaviour", "suspicious-item", "contact-accessible",
    "rumours", "hate-crime", "radicalisation", "first-aid", "disabilities", "children",
    "abroad", "businesses", "support-after", "counter-terrorism-work",
})

CONVERSATION_TOPICS = frozenset({"greeting", "goodbye", "thanks", "bot-identity", "help", "fallback"})

EMERGENCY = "emergency-now"
FALLBACK = "fallback"
THREAT_LEVEL = "threat-level"

# Intents whose names do not follow the "ask_<topic id with underscores>" rule.
_SPECIAL_INTENTS = {
    "emergency": EMERGENCY,
    "greet": "greeting",
    "goodbye": "goodbye",
    "thanks": "thanks",
    "bot_identity": "bot-identity",
    "help": "help",
    "out_of_scope": FALLBACK,
    "nlu_fallback": FALLBACK,
}


def topic_for_intent(intent: str | None) -> str | None:
    """The topic an intent asks for, or None for an intent this assistant does not know."""
    if intent in _SPECIAL_INTENTS:
        return _SPECIAL_INTENTS[intent]
    if intent and intent.startswith("ask_"):
        topic = intent.removeprefix("ask_").replace("_", "-")
        return topic if topic in GUIDANCE_TOPICS else None
    return None


def intent_for_topic(topic: str) -> str:
    """The intent a button sends to ask for a topic (the inverse of topic_for_intent)."""
    for intent, special in _SPECIAL_INTENTS.items():
        if special == topic and topic != FALLBACK:
            return intent
    if topic not in GUIDANCE_TOPICS:
        raise KeyError(topic)
    return "ask_" + topic.replace("-", "_")


def all_intents() -> list[str]:
    """Every intent the domain declares (nlu_fallback is Rasa's own)."""
    names = {intent_for_topic(t) for t in GUIDANCE_TOPICS | CONVERSATION_TOPICS - {FALLBACK}}
    return sorted(names | {"out_of_scope"})
