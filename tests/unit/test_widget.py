"""The embeddable widget as the gateway serves it, and 'Was this helpful?' at POST /api/feedback."""

from __future__ import annotations

import asyncio
import gzip
import re
from collections.abc import Iterator
from datetime import UTC, datetime

import httpx
import pytest
from fastapi.testclient import TestClient

from bot.settings import BotSettings
from bot.web.app import build_widget, create_app
from store.repository import Store
from tests.fakes.rasa import SENDER, FakeRasa

# The budget for the widget's script and styles together, gzipped.
WIDGET_BUDGET_BYTES = 20 * 1024


def client_for(**settings: object) -> TestClient:
    app = create_app(BotSettings(**settings), transport=httpx.MockTransport(FakeRasa()))  # type: ignore[arg-type]
    return TestClient(app)


@pytest.fixture
def client(app_database_url: str) -> Iterator[TestClient]:
    with client_for() as test_client:
        yield test_client


def stored_feedback(url: str) -> list[tuple[str, bool, str | None, str]]:
    async def read() -> list[tuple[str, bool, str | None, str]]:
        async with Store(url) as store:
            rows = await store.feedback(datetime.min.replace(tzinfo=UTC))
            return [(f.topic, f.helpful, f.comment, f.channel) for f in rows]
    return asyncio.run(read())


def test_the_widget_is_one_script_with_its_styles_inside(client: TestClient) -> None:
    response = client.get("/widget.js")
    assert response.status_code == 200
    assert response.headers["content-type"].startswith("text/javascript")
    assert response.headers["cross-origin-resource-policy"] == "cross-origin"
    script = response.text
    assert "__WIDGET_CSS__" not in script and ":host" in script and "prefers-reduced-motion" in script
    # Built as DOM nodes only: no HTML parsing of text, no eval, no inline styles.
    for banned in ("innerHTML", "outerHTML", "insertAdjacentHTML", "document.write", "eval(",
                   "new Function", "setAttribute(\"style\""):
        assert banned not in script, banned


def test_the_widget_is_within_its_size_budget() -> None:
    size = len(gzip.compress(build_widget(), compresslevel=9))
    print(f"widget.js with its CSS: {size} bytes gzipped (budget {WIDGET_BUDGET_BYTES})")
    assert size <= WIDGET_BUDGET_BYTES


def test_feedback_is_stored_with_its_comment_redacted(client: TestClient, app_database_url: str) -> None:
    yes = client.post("/api/feedback", json={"sender": SENDER, "topic": "run", "helpful": True})
    assert yes.status_code == 204 and yes.content == b""
    no = client.post("/api/feedback", json={"sender": SENDER, "topic": "hide", "helpful": False,
                                            "comment": "  call me on 07700 900123\x00 please "})
    assert no.status_code == 204
    blank = client.post("/api/feedback", json={"sender": SENDER, "topic": "tell", "helpful": False,
                                               "comment": " \n "})
    assert blank.status_code == 204
    rows = stored_feedback(app_database_url)
    assert rows[0] == ("tell", False, None, "web")
    assert rows[2] == ("run", True, None, "web")
    topic, helpful, comment, _ = rows[1]
    assert (topic, helpful) == ("hide", False)
    assert comment is not None and "07700" not in comment and comment.startswith("call me on")
    assert "\x00" not in comment and not comment.endswith(" ")
    metrics = client.get("/metrics/").text
    assert re.search(r'gateway_feedback_total\{helpful="no"\} 2\.0', metrics)


@pytest.mark.parametrize(("body", "words"), [
    (b"not json", "JSON"),
    (b"[true]", "JSON"),
    (b'{"sender": "short", "topic": "run", "helpful": true}', "sender"),
    (f'{{"sender": "{SENDER}", "topic": "weather", "helpful": true}}'.encode(), "topic"),
    (f'{{"sender": "{SENDER}", "helpful": true}}'.encode(), "topic"),
    (f'{{"sender": "{SENDER}", "topic": "run", "helpful": "yes"}}'.encode(), "true or false"),
    (f'{{"sender": "{SENDER}", "topic": "run", "helpful": 1}}'.encode(), "true or false"),
    (f'{{"sender": "{SENDER}", "topic": "run", "helpful": false, "comment": 5}}'.encode(), "text"),
    (f'{{"sender": "{SENDER}", "topic": "run", "helpful": false, "comment": "{"a" * 301}"}}'.encode(),
     "too long"),
    (b"{" + b" " * 20_000 + b"}", "too long"),
])
def test_bad_feedback_gets_a_plain_400_with_999(client: TestClient, app_database_url: str,
                                                 body: bytes, words: str) -> None:
    response = client.post("/api/feedback", content=body, headers={"content-type": "application/json"})
    assert response.status_code == 400
    error = response.json()["error"]
    assert words in error and error.endswith("In an emergency, call 999.")
    assert stored_feedback(app_database_url) == []


def test_feedback_shares_the_chat_rate_limits(app_database_url: str) -> None:
    with client_for(rate_limit_per_sender="2/minute") as client:
        assert client.post("/api/chat", json={"sender": SENDER, "message": "hi"}).status_code == 200
        body = {"sender": SENDER, "topic": "run", "helpful": True}
        assert client.post("/api/feedback", json=body).status_code == 204
        refused = client.post("/api/feedback", json=body)
        assert refused.status_code == 429 and int(refused.headers["retry-after"]) > 0
        assert "999" in refused.json()["error"]
    assert len(stored_feedback(app_database_url)) == 1


def test_embedding_sites_may_call_both_routes_and_read_retry_after(app_database_url: str) -> None:
    preflight = {"origin": "https://council.example", "access-control-request-method": "POST",
                 "access-control-request-headers": "content-type"}
    with client_for(allowed_origins=["https://council.example"]) as client:
        for route in ("/api/chat", "/api/feedback"):
            allowed = client.options(route, headers=preflight)
            assert allowed.status_code == 200
            assert allowed.headers["access-control-allow-origin"] == "https://council.example"
        answer = client.post("/api/feedback", headers={"origin": "https://council.example"},
                             json={"sender": SENDER, "topic": "run", "helpful": True})
        assert answer.status_code == 204
        assert answer.headers["access-control-allow-origin"] == "https://council.example"
        assert "retry-after" in answer.headers["access-control-expose-headers"].lower()
        stranger = client.options("/api/feedback", headers={**preflight, "origin": "https://evil.example"})
        assert "access-control-allow-origin" not in stranger.headers
