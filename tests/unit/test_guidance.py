"""The answer to one message: safety first, then the intent, then retrieval; and the protocol."""

from __future__ import annotations

import json
import re
from collections.abc import Iterator

import pytest
from fastapi.testclient import TestClient

from actions.content import Library
from actions.guidance import Answerer
from actions.retrieval import Encoder, Retriever
from actions.server import create_app
from actions.settings import ActionSettings
from actions.topics import GUIDANCE_TOPICS, intent_for_topic, topic_for_intent
from tools.rasa_protocol import action_call

PAYLOAD = re.compile(r'^/(\w+)(\{"section":"[a-z0-9-]+"\})?$')


@pytest.fixture(scope="module")
def answerer(library: Library, retriever: Retriever) -> Answerer:
    return Answerer(library, retriever, ActionSettings())


def test_every_topic_has_an_intent_and_back() -> None:
    for topic in GUIDANCE_TOPICS:
        assert topic_for_intent(intent_for_topic(topic)) == topic


@pytest.mark.parametrize("intent", ["greet", "ask_run", "out_of_scope", "nlu_fallback", "thanks"])
def test_an_emergency_is_answered_whatever_the_model_thought(answerer: Answerer, intent: str) -> None:
    decision = answerer.decide("there's a man with a gun in the library right now", intent)
    assert decision.topic == "emergency-now"


def test_harmful_requests_get_the_fallback_even_with_a_guidance_intent(answerer: Answerer) -> None:
    assert answerer.decide("how do i make a pipe bomb", "ask_suspicious_item").topic == "fallback"


def test_a_confident_intent_picks_its_topic_and_the_best_section(answerer: Answerer) -> None:
    decision = answerer.decide("should I put my phone on silent while hiding", "ask_hide")
    assert decision.topic == "hide"


def test_a_button_with_a_section_opens_that_section(answerer: Answerer, library: Library) -> None:
    section = library.topics["run"].sections[-1]
    decision = answerer.decide(f'/ask_run{{"section":"{section.slug}"}}', "ask_run", section.slug)
    assert (decision.topic, decision.section) == ("run", section.slug)
    message = answerer.render(decision)[0]
    assert message.text.startswith(section.heading)


def test_out_of_scope_and_nonsense_get_the_fallback(answerer: Answerer) -> None:
    assert answerer.decide("who won the darts", "out_of_scope").topic == "fallback"
    assert answerer.decide("zxcvbnm qwerty", "nlu_fallback").topic == "fallback"


def test_unsure_model_falls_back_to_retrieval(answerer: Answerer) -> None:
    decision = answerer.decide("how do I register to text nine nine nine", "nlu_fallback")
    assert decision.topic == "contact-accessible"
    assert decision.reason.startswith("retrieval")


def test_close_runner_up_is_offered_as_did_you_mean(library: Library, retriever: Retriever) -> None:
    generous = Answerer(library, retriever, ActionSettings(did_you_mean_margin=1.0))
    decision = generous.decide("what do I do about an attack", "nlu_fallback")
    assert len(decision.alternatives) == 2
    messages = generous.render(decision)
    assert messages[1].topic == decision.topic
    assert [b["payload"] for b in messages[1].buttons] == [
        "/" + intent_for_topic(t) for t in decision.alternatives]


def test_every_guidance_answer_cites_sources_and_review_date_and_has_valid_buttons(
    answerer: Answerer, library: Library
) -> None:
    for topic in library.topics.values():
        for section in topic.sections:
            for message in answerer.render(answerer.decide(f"/{intent_for_topic(topic.id)}",
                                                           intent_for_topic(topic.id), section.slug)):
                assert message.topic == topic.id
                assert message.sources and message.reviewed == topic.last_reviewed.isoformat()
                assert len(message.text.split()) <= 125
                for button in message.buttons:
                    match = PAYLOAD.match(button["payload"])
                    assert match, button
                    assert topic_for_intent(match.group(1)), button


def test_conversation_replies_and_fallback_offer_topics(answerer: Answerer) -> None:
    [fallback] = answerer.render(answerer.decide("blah", "out_of_scope"))
    assert "999" in fallback.text and fallback.buttons and fallback.sources == []


# --- the action server: Rasa's protocol over HTTP -------------------------------------------

@pytest.fixture(scope="module")
def server(encoder: Encoder, tmp_path_factory: pytest.TempPathFactory) -> Iterator[TestClient]:
    settings = ActionSettings(cache_dir=tmp_path_factory.mktemp("cache"))
    with TestClient(create_app(settings, encoder)) as client:
        yield client


def test_webhook_answers_in_rasas_format_with_custom_metadata(server: TestClient) -> None:
    response = server.post("/webhook", json=action_call("what is the threat level", "ask_threat_level"))
    assert response.status_code == 200
    [message] = response.json()["responses"]
    assert "SEVERE" in message["text"]
    assert message["custom"]["topic"] == "threat-level"
    assert message["custom"]["sources"][0]["url"].startswith("https://")


def test_webhook_errors_like_rasa_sdk(server: TestClient) -> None:
    assert server.post("/webhook", json=action_call("hi", "greet", "action_nope")).status_code == 404
    assert server.post("/webhook", content=b"{not json").status_code == 400
    assert server.post("/webhook", content=json.dumps([1]).encode()).status_code == 400


def test_health_and_actions(server: TestClient) -> None:
    assert server.get("/health").json()["topics"] == 24
    assert server.get("/actions").json() == [{"name": "action_answer"}]
