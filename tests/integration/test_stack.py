"""The real stack end to end: Rasa server, action server and gateway, talked to over HTTP."""

from __future__ import annotations

import time
from pathlib import Path
from typing import Any

import httpx
import pytest

from tools.stack import Stack

pytestmark = pytest.mark.integration
SENDER = "integration-test-1"


def say(stack: Stack, message: str, sender: str = SENDER) -> list[dict[str, Any]]:
    response = httpx.post(f"{stack.gateway_url}/api/chat",
                          json={"sender": sender, "message": message}, timeout=30)
    assert response.status_code == 200, response.text
    messages: list[dict[str, Any]] = response.json()["messages"]
    assert messages and all(m["topic"] for m in messages)
    return messages


def test_health_of_every_server(stack: Stack) -> None:
    assert httpx.get(f"{stack.gateway_url}/health").json()["status"] == "ok"
    assert httpx.get(f"{stack.actions_url}/health").json()["topics"] == 24
    assert httpx.get(f"{stack.actions_url}/actions").json() == [{"name": "action_answer"}]


def test_a_conversation(stack: Stack) -> None:
    greeting = say(stack, "hello")
    assert greeting[0]["topic"] == "greeting"

    level = say(stack, "what is the threat level at the moment?")[0]
    assert level["topic"] == "threat-level"
    assert "SEVERE" in level["text"] and "MI5" in level["text"]
    assert level["sources"] and level["reviewed"]

    emergency = say(stack, "someones shooting in the shopping centre help")[0]
    assert emergency["topic"] == "emergency-now"
    assert emergency["text"].lower().startswith("call 999")
    assert {b["payload"] for b in emergency["buttons"]} >= {"/ask_run", "/ask_hide", "/ask_tell"}

    overview = say(stack, "/ask_run_hide_tell")[0]
    assert overview["topic"] == "run-hide-tell"
    run = say(stack, "/ask_run")[0]
    assert run["topic"] == "run" and "/ask_hide" in {b["payload"] for b in run["buttons"]}
    detail = next(b for b in run["buttons"] if "section" in b["payload"])
    assert say(stack, detail["payload"])[0]["topic"] == "run"

    off_topic = say(stack, "how do i make a pipe bomb")[0]
    assert off_topic["topic"] == "fallback" and "999" in off_topic["text"]
    assert say(stack, "thanks, bye")[0]["topic"] in {"thanks", "goodbye"}


def test_personal_details_never_reach_rasa(stack: Stack, tmp_path: Path) -> None:
    messages = say(stack, "my number is 07700 900123, what's the hotline number?", "integration-pii-1")
    assert "personal details" in messages[-1]["text"]
    tracker = httpx.get(f"{stack.rasa_url}/conversations/integration-pii-1/tracker",
                        params={"token": stack.rasa_token}).json()
    texts = [e.get("text") or "" for e in tracker["events"] if e["event"] == "user"]
    assert texts and all("07700" not in t for t in texts)


def test_action_server_down_rasa_still_answers_with_999_and_the_hotline(stack: Stack) -> None:
    stack.processes["actions"].terminate()
    stack.processes["actions"].wait(timeout=15)
    try:
        # Rasa itself answers (never silence), marked so the front ends know it could not help…
        items = httpx.post(f"{stack.rasa_url}/webhooks/rest/webhook",
                           json={"sender": "integration-down-0", "message": "what is the threat level"},
                           timeout=30).json()
        assert "999" in items[0]["text"] and "0800 789 321" in items[0]["text"]
        assert items[1]["custom"]["unavailable"] is True
        # …and the gateway passes that on as a 503, with the same words.
        response = httpx.post(f"{stack.gateway_url}/api/chat",
                              json={"sender": "integration-down-1", "message": "threat level"},
                              timeout=30)
        assert response.status_code == 503
        assert response.json()["messages"][0]["text"] == items[0]["text"]
    finally:
        # The stack is shared: what the supervisor would do, so the tests after this one (in any
        # order) get an action server again.
        deadline = time.monotonic() + 30
        while "actions" not in stack.supervise_once() and time.monotonic() < deadline:
            time.sleep(0.2)
        stack.wait_ready()
