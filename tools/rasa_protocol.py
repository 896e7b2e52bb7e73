"""A minimal request in Rasa's action-server protocol, as Rasa 3.6 sends it to /webhook."""

from __future__ import annotations

from typing import Any


def action_call(text: str, intent: str, action: str = "action_answer",
                confidence: float = 0.9) -> dict[str, Any]:
    return {
        "next_action": action, "sender_id": "protocol-test", "version": "3.6.21",
        "domain": {"intents": [intent], "entities": ["section"], "actions": ["action_answer"]},
        "tracker": {
            "sender_id": "protocol-test", "slots": {}, "events": [], "paused": False,
            "latest_event_time": 0, "followup_action": None, "active_loop": {},
            "latest_action_name": "action_listen",
            "latest_message": {"text": text, "intent": {"name": intent, "confidence": confidence},
                               "entities": [], "intent_ranking": []},
        },
    }
