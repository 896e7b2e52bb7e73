"""Schemathesis against the gateway's and the action server's own OpenAPI schemas: no request,
however odd, gets a server error (500).

Both apps are served over real HTTP on the loopback (uvicorn in a thread). The gateway's Rasa is
faked at the network (tests/fakes/rasa.py); the action server is the real one, on the real
content and embedding model. Schemathesis generates bodies that fit the schema and bodies that
don't (its positive and negative modes); examples are bounded so this runs in seconds.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest
import schemathesis
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from schemathesis.checks import not_a_server_error
from schemathesis.generation import GenerationMode

from actions.retrieval import Encoder
from actions.server import create_app as create_actions_app
from actions.settings import ActionSettings
from bot.settings import BotSettings
from bot.web.app import create_app as create_gateway_app
from tests.fakes.rasa import FakeRasa
from tests.fakes.server import serving

FUZZ = settings(max_examples=100, deadline=None, derandomize=True,
                suppress_health_check=list(HealthCheck))


@pytest.fixture(scope="module")
def gateway_schema(tmp_path_factory: pytest.TempPathFactory) -> Iterator[schemathesis.BaseSchema]:
    folder = tmp_path_factory.mktemp("gateway")
    # Limits high enough that the fuzzing reaches the handler instead of a 429 after 20 examples.
    app = create_gateway_app(BotSettings(database_url=f"sqlite:///{folder / 'app.db'}",
                                         rate_limit_per_sender="1000000/minute",
                                         rate_limit_per_client="1000000/minute"),
                             transport=httpx.MockTransport(FakeRasa()))
    with serving(app) as url:
        yield schemathesis.openapi.from_url(f"{url}/openapi.json")


@pytest.fixture(scope="module")
def actions_url(encoder: Encoder, tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    folder: Path = tmp_path_factory.mktemp("actions")
    # The machine's embedding cache (fingerprinted by content and model): no re-embedding here.
    app = create_actions_app(ActionSettings(database_url=f"sqlite:///{folder / 'app.db'}",
                                            watch_content=False), encoder)
    with serving(app) as url:
        yield url


@pytest.fixture(scope="module")
def actions_schema(actions_url: str) -> schemathesis.BaseSchema:
    return schemathesis.openapi.from_url(f"{actions_url}/openapi.json")


def aimed(case: schemathesis.Case, at_our_action: bool) -> schemathesis.Case:
    """Half the generated action calls name the action we serve, so that they reach the answerer
    (a random name only reaches rasa_sdk's "no such action")."""
    if at_our_action and isinstance(case.body, dict) and "next_action" in case.body:
        case.body["next_action"] = "action_answer"
    return case


def fuzz(schema: schemathesis.BaseSchema, mode: GenerationMode) -> None:
    """Every operation of the schema, with bodies that fit it (positive) or don't (negative)."""

    @FUZZ
    @given(case=st.builds(aimed, schema.as_strategy(generation_mode=mode), st.booleans()))
    def no_server_error(case: schemathesis.Case) -> None:
        case.call_and_validate(checks=[not_a_server_error])

    no_server_error()


MODES = pytest.mark.parametrize("mode", [GenerationMode.POSITIVE, GenerationMode.NEGATIVE], ids=str)


@MODES
def test_the_gateway_never_answers_with_a_server_error(gateway_schema: schemathesis.BaseSchema,
                                                       mode: GenerationMode) -> None:
    fuzz(gateway_schema, mode)


@MODES
def test_the_action_server_never_answers_with_a_server_error(actions_schema: schemathesis.BaseSchema,
                                                             mode: GenerationMode) -> None:
    fuzz(actions_schema, mode)


def test_the_gateway_schema_describes_the_chat_body_and_production_serves_none() -> None:
    development = create_gateway_app(BotSettings())
    body = development.openapi()["paths"]["/api/chat"]["post"]["requestBody"]
    assert body["content"]["application/json"]["schema"]["required"] == ["sender", "message"]
    production = create_gateway_app(BotSettings(
        app_env="production", rasa_auth_token="a-long-random-token-for-tests-0123456789",
        database_url="postgresql://db.internal/app", redis_url="redis://redis.internal:6379/0"))
    assert production.openapi_url is None


@pytest.mark.parametrize("body", [
    {"next_action": "action_answer"},  # no tracker: was a KeyError inside rasa_sdk, a 500
    {"next_action": ["action_answer"]},  # was "unhashable type", a 500
    {"next_action": "action_answer", "domain": {}, "tracker": {"sender_id": "x", "latest_message": "hi"}},
    {"next_action": "action_answer", "domain": {},
     "tracker": {"sender_id": "x", "latest_message": {"text": "hi", "intent": "greet"}}},
    {"next_action": "action_answer", "domain": {},
     "tracker": {"sender_id": "x", "latest_message": {"intent": {"name": "greet", "confidence": "high"}}}},
])
def test_malformed_action_calls_found_by_fuzzing_are_400s(actions_url: str, body: object) -> None:
    assert httpx.post(f"{actions_url}/webhook", json=body).status_code == 400
