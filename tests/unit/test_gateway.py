"""The web gateway: the public chat API's validation, limits, failures and privacy."""

from __future__ import annotations

import asyncio
import json
from collections.abc import Callable, Iterator
from datetime import UTC, datetime

import httpx
import pytest
from fastapi import Request
from fastapi.testclient import TestClient

from bot.rasa_client import merge_rest_output
from bot.settings import BotSettings
from bot.web.app import MAX_BODY_BYTES, BadRequest, client_address, create_app, read_body
from store.repository import Store
from tests.fakes.rasa import ANSWER, SENDER, FakeRasa, rasa_down
from tests.fakes.server import serving

Handler = Callable[[httpx.Request], httpx.Response]


def client_for(handler: Handler, **settings: object) -> TestClient:
    app = create_app(BotSettings(**settings), transport=httpx.MockTransport(handler))  # type: ignore[arg-type]
    return TestClient(app)


@pytest.fixture
def rasa() -> FakeRasa:
    return FakeRasa()


@pytest.fixture
def client(rasa: FakeRasa) -> Iterator[TestClient]:
    with client_for(rasa) as test_client:
        yield test_client


def chat(client: TestClient, message: object, sender: object = SENDER) -> httpx.Response:
    return client.post("/api/chat", json={"sender": sender, "message": message})


def test_a_message_comes_back_whole_with_topic_sources_and_review_date(client: TestClient) -> None:
    response = chat(client, "how do I run")
    assert response.status_code == 200
    assert response.json() == {"messages": [{
        "text": "Run to a safe place.", "topic": "run",
        "buttons": [{"title": "Hide", "payload": "/ask_hide"}],
        "sources": [{"title": "Stay Safe", "url": "https://www.protectuk.police.uk"}],
        "reviewed": "2026-11-23"}]}


def test_rest_items_are_merged_in_order() -> None:
    items = [*ANSWER, {"text": "Did you mean:", "buttons": []}, {"custom": {"topic": "run"}}]
    replies = merge_rest_output(items)
    assert [(r.text, r.topic) for r in replies] == [("Run to a safe place.", "run"),
                                                    ("Did you mean:", "run")]


@pytest.mark.parametrize(
    ("body", "words"),
    [
        (b"not json", "JSON"),
        (b"[1, 2]", "JSON"),
        (json.dumps({"sender": SENDER}).encode(), "message must be text"),
        (json.dumps({"sender": SENDER, "message": 42}).encode(), "message must be text"),
        (json.dumps({"sender": SENDER, "message": ["a"]}).encode(), "message must be text"),
        (json.dumps({"sender": SENDER, "message": None}).encode(), "message must be text"),
        (json.dumps({"sender": SENDER, "message": ""}).encode(), "type a message"),
        (json.dumps({"sender": SENDER, "message": "  \n\t "}).encode(), "type a message"),
        (json.dumps({"sender": SENDER, "message": "\x00\x01\x07"}).encode(), "type a message"),
        (json.dumps({"sender": SENDER, "message": "a" * 501}).encode(), "too long"),
        (json.dumps({"sender": SENDER, "message": "a" * 10_240}).encode(), "too long"),
        (json.dumps({"sender": "short", "message": "hi"}).encode(), "sender"),
        (json.dumps({"sender": "bad sender!", "message": "hi"}).encode(), "sender"),
        (json.dumps({"sender": 12345678, "message": "hi"}).encode(), "sender"),
        (json.dumps({"sender": "<script>alert(1)</script>", "message": "hi"}).encode(), "sender"),
    ],
)
def test_bad_requests_get_a_plain_400(client: TestClient, rasa: FakeRasa, body: bytes, words: str) -> None:
    response = client.post("/api/chat", content=body, headers={"content-type": "application/json"})
    assert response.status_code == 400
    assert words in response.json()["error"]
    assert response.json()["error"].endswith("In an emergency, call 999.")
    assert "<" not in response.text
    assert rasa.received == []


@pytest.mark.parametrize(
    "message",
    ["😭😭 help", "مرحبا، ما هو مستوى التهديد؟", "<script>alert('x')</script> threat level",
     "line one\nline two", "hello\x00world", "a" * 500, "\u202eevil override"],
)
def test_odd_but_valid_messages_get_a_normal_reply(client: TestClient, rasa: FakeRasa, message: str) -> None:
    response = chat(client, message)
    assert response.status_code == 200
    sent = rasa.received[-1]["message"]
    assert "\x00" not in sent and "\u202e" not in sent and "\n" not in sent


def test_500_escaped_emoji_are_within_the_limit(client: TestClient) -> None:
    body = json.dumps({"sender": SENDER, "message": "😭" * 500})  # ensure_ascii: 12 bytes each
    response = client.post("/api/chat", content=body, headers={"content-type": "application/json"})
    assert response.status_code == 200
    too_big = json.dumps({"sender": SENDER, "message": "😭" * 501})
    assert client.post("/api/chat", content=too_big).status_code == 400


def test_control_characters_are_removed_before_rasa(client: TestClient, rasa: FakeRasa) -> None:
    chat(client, "hello\x00 world\x1b[31m")
    assert rasa.received[-1]["message"] == "hello world[31m"


def test_personal_data_is_redacted_before_rasa_and_the_person_is_told(
    client: TestClient, rasa: FakeRasa
) -> None:
    response = chat(client, "my email is jo@example.com and I live at SW1A 1AA, call 07700 900123")
    sent = rasa.received[-1]["message"]
    assert "jo@example.com" not in sent and "SW1A" not in sent and "07700" not in sent
    note = response.json()["messages"][-1]
    assert "personal details" in note["text"] and "999" in note["text"]
    assert note["topic"] == "run"


def test_rasa_down_gives_503_with_999(rasa: FakeRasa) -> None:
    with client_for(rasa_down) as client:
        response = chat(client, "someone is shooting")
        assert response.status_code == 503
        message = response.json()["messages"][0]
        assert "999" in message["text"] and message["topic"] == "fallback"
        assert client.get("/health").status_code == 503


@pytest.mark.parametrize("answer", [[], [{"custom": {"topic": "run"}}], {"not": "a list"}])
def test_an_empty_or_strange_answer_is_a_failure_not_silence(answer: object) -> None:
    with client_for(FakeRasa(answer)) as client:  # type: ignore[arg-type]
        response = chat(client, "hello there")
        assert response.status_code == 503
        assert "999" in response.json()["messages"][0]["text"]


def test_an_unexpected_error_still_answers_with_999() -> None:
    def broken(request: httpx.Request) -> httpx.Response:
        raise RuntimeError("a bug")

    app = create_app(BotSettings(), transport=httpx.MockTransport(broken))
    with TestClient(app, raise_server_exceptions=False) as client:
        response = chat(client, "hello there")
        assert response.status_code == 500
        assert "999" in response.json()["messages"][0]["text"]


def test_rasa_server_error_gives_503() -> None:
    with client_for(FakeRasa(status=500)) as client:
        assert chat(client, "hello there").status_code == 503


def test_per_sender_limit_then_per_client_limit() -> None:
    with client_for(FakeRasa(), rate_limit_per_sender="3/minute",
                    rate_limit_per_client="5/minute") as client:
        assert [chat(client, "hi").status_code for _ in range(3)] == [200, 200, 200]
        limited = chat(client, "hi")
        assert limited.status_code == 429
        assert int(limited.headers["Retry-After"]) >= 1
        assert "999" in limited.json()["error"]
        other = "another-sender"
        assert [chat(client, "hi", other).status_code for _ in range(3)] == [200, 429, 429]


def test_health_and_page(client: TestClient) -> None:
    assert client.get("/health").json()["status"] == "ok"
    page = client.get("/")
    assert page.status_code == 200
    assert "999" in page.text
    assert "script-src 'self'" in page.headers["content-security-policy"]
    assert "<script>" not in page.text and " on" + "click=" not in page.text
    # The demo embeds the widget exactly as a site would: one tag.
    assert page.text.count("<script") == 1 and 'src="/widget.js"' in page.text
    assert client.get("/static/demo.css").status_code == 200


def test_only_allowed_origins_may_call_from_other_sites() -> None:
    preflight = {"origin": "https://council.example", "access-control-request-method": "POST"}
    with client_for(FakeRasa(), allowed_origins=["https://council.example"]) as client:
        allowed = client.options("/api/chat", headers=preflight)
        assert allowed.headers["access-control-allow-origin"] == "https://council.example"
    with client_for(FakeRasa()) as client:
        assert "access-control-allow-origin" not in client.options("/api/chat", headers=preflight).headers


PRODUCTION: dict[str, object] = {
    "app_env": "production", "allowed_origins": ["https://council.example.org"],
    "rasa_auth_token": "k3VZ9pQw7Lm2Xr8Tn4Bs", "database_url": "postgresql://app@db.internal/safety",
    "redis_url": "redis://cache.internal:6379/0",
}


@pytest.mark.parametrize(("change", "words"), [
    ({"allowed_origins": ["http://example.org"]}, "https"),
    ({"log_level": "debug"}, "DEBUG"),
    ({"telegram_api_url": "http://127.0.0.1:9/bot"}, "TELEGRAM_API_URL"),
    ({"rasa_auth_token": None}, "RASA_AUTH_TOKEN"),
    ({"rasa_auth_token": "changeme-please-now"}, "RASA_AUTH_TOKEN"),
    ({"rasa_auth_token": "short"}, "RASA_AUTH_TOKEN"),
    ({"database_url": "sqlite:///app.db"}, "PostgreSQL"),
    ({"redis_url": None}, "REDIS_URL"),
])
def test_production_refuses_unsafe_settings(change: dict[str, object], words: str) -> None:
    with pytest.raises(ValueError, match=words):
        BotSettings(**{**PRODUCTION, **change})  # type: ignore[arg-type]


def test_production_starts_with_safe_settings_and_anywhere_refuses_a_placeholder_bot_token() -> None:
    assert BotSettings(**PRODUCTION).port == 8000  # type: ignore[arg-type]
    with pytest.raises(ValueError, match="placeholder"):
        BotSettings(telegram_bot_token="changeme")  # type: ignore[arg-type]


def test_a_question_the_assistant_could_not_answer_is_kept_redacted_for_the_gaps_report(
    app_database_url: str,
) -> None:
    fallback = [{"recipient_id": SENDER, "text": "Sorry, I can't help with that. In an emergency, call 999."},
                {"recipient_id": SENDER, "custom": {"topic": "fallback", "gap": True, "confidence": 0.21}}]
    with client_for(FakeRasa(fallback)) as client:
        response = chat(client, "what about my cousin on 07700 900123")
        assert response.status_code == 200
        assert "gap" not in json.dumps(response.json()) and "confidence" not in json.dumps(response.json())
        chat(client, "/ask_run")  # a button is never a gap, whatever the answer

    async def stored() -> list[tuple[str, str, float | None, str]]:
        async with Store(app_database_url) as store:
            gaps = await store.gaps(datetime.min.replace(tzinfo=UTC))
            return [(g.text, g.topic, g.confidence, g.channel) for g in gaps]

    [(text, topic, confidence, channel)] = asyncio.run(stored())
    assert "07700" not in text and text.startswith("what about my cousin")
    assert (topic, confidence, channel) == ("fallback", 0.21, "web")


async def test_a_huge_body_is_refused_without_being_read_into_memory() -> None:
    pulled = 0

    async def receive() -> dict[str, object]:
        nonlocal pulled
        pulled += 64 * 1024
        return {"type": "http.request", "body": b"x" * 64 * 1024, "more_body": pulled < 30 * 2**20}

    request = Request({"type": "http", "method": "POST", "headers": []}, receive)
    with pytest.raises(BadRequest, match="too long"):
        await read_body(request)
    assert pulled <= MAX_BODY_BYTES + 64 * 1024, f"read {pulled} bytes of a body it had to refuse"
    declared = Request({"type": "http", "method": "POST",
                        "headers": [(b"content-length", str(30 * 2**20).encode())]}, receive)
    pulled = 0
    with pytest.raises(BadRequest):
        await read_body(declared)
    assert pulled == 0


def test_a_huge_body_over_real_http_gets_a_plain_400(app_database_url: str) -> None:
    with serving(create_app(BotSettings(), transport=httpx.MockTransport(FakeRasa()))) as url:
        declared = httpx.post(f"{url}/api/chat", content=b"x" * (30 * 2**20), timeout=60,
                              headers={"content-type": "application/json"})
        assert declared.status_code == 400 and "999" in declared.json()["error"]


@pytest.mark.parametrize(("trusted", "forwarded", "client"), [
    ("", "203.0.113.7", "203.0.113.7"),  # one proxy (ours): the last hop is the client
    ("", "198.51.100.1, 203.0.113.7", "203.0.113.7"),  # anything left of it is the client's say-so
    ("10.0.0.0/8", "198.51.100.1, 203.0.113.7, 10.1.2.3", "203.0.113.7"),  # skip our own hops
    ("10.0.0.0/8", "10.9.9.9, 10.1.2.3", "10.9.9.9"),  # all ours: the left-most
])
def test_the_client_is_the_right_most_address_that_is_not_our_proxy(
    trusted: str, forwarded: str, client: str
) -> None:
    settings = BotSettings(trust_proxy_headers=True, trusted_proxies=trusted)  # type: ignore[arg-type]
    request = Request({"type": "http", "headers": [(b"x-forwarded-for", forwarded.encode())],
                       "client": ("10.0.0.2" if trusted else "192.0.2.10", 1234)})
    assert client_address(request, settings) == client
    untrusting = BotSettings(trust_proxy_headers=False)
    assert client_address(request, untrusting) == request.client.host  # type: ignore[union-attr]


def test_a_forged_forwarded_for_from_outside_our_proxies_is_ignored() -> None:
    settings = BotSettings(trust_proxy_headers=True, trusted_proxies="10.0.0.0/8")  # type: ignore[arg-type]
    request = Request({"type": "http", "headers": [(b"x-forwarded-for", b"1.2.3.4")],
                       "client": ("198.51.100.9", 1234)})
    assert client_address(request, settings) == "198.51.100.9"


def test_rejected_requests_count_against_the_client_and_a_new_sender_buys_nothing() -> None:
    rasa = FakeRasa()
    with client_for(rasa, rate_limit_per_sender="100/minute", rate_limit_per_client="3/minute") as c:
        assert chat(c, "hi", sender="x").status_code == 400  # bad sender: still counted
        assert c.post("/api/chat", content=b"{nope").status_code == 400
        assert chat(c, "hi", sender="fresh-sender-1").status_code == 200
        refused = chat(c, "hi", sender="fresh-sender-2")
        assert refused.status_code == 429 and int(refused.headers["Retry-After"]) >= 1


def _sample(text: str, name: str, **labels: str) -> float:
    """A value from Prometheus' text format (0 when the series is not there yet)."""
    wanted = ",".join(f'{k}="{v}"' for k, v in sorted(labels.items()))
    for line in text.splitlines():
        if line.startswith(f"{name}{{{wanted}}} ") or (not labels and line.startswith(f"{name} ")):
            return float(line.rsplit(" ", 1)[1])
    return 0.0


def test_metrics_count_requests_answers_and_refusals_by_route_never_by_raw_path() -> None:
    with client_for(FakeRasa(), rate_limit_per_client="2/minute") as c:
        before = c.get("/metrics").text
        chat(c, "how do I run")
        chat(c, "again")
        chat(c, "and again")  # over the client limit
        c.get("/no/such/page/07700900123")
        after = c.get("/metrics").text
    def grew(name: str, **labels: str) -> float:
        return _sample(after, name, **labels) - _sample(before, name, **labels)

    assert grew("gateway_requests_total", route="/api/chat", status="200") == 2
    assert grew("gateway_answers_total", topic="run") == 2
    assert grew("gateway_rate_limited_total", scope="client") == 1
    assert "07700900123" not in after and 'route="unmatched"' in after
    assert "gateway_request_seconds_bucket" in after


def test_liveness_does_not_depend_on_rasa() -> None:
    with client_for(FakeRasa(status=503)) as c:
        assert c.get("/livez").status_code == 200
        assert c.get("/health").status_code == 503
