"""The answer to one message: safety first, then the intent, then retrieval; and the protocol."""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from datetime import date, timedelta

import pytest
from fastapi.testclient import TestClient

from actions.content import Library
from actions.guidance import Answerer
from actions.nlu import Understanding
from actions.retrieval import Encoder, Retriever
from actions.safety import Reading, assess
from actions.server import create_app
from actions.settings import ActionSettings
from actions.topics import GUIDANCE_TOPICS, intent_for_topic, topic_for_intent
from tools.rasa_protocol import action_call

# Every content file was reviewed on 2026-11-23: a day later nothing is overdue.
TODAY = date(2026, 11, 24)
PAYLOAD = re.compile(r'^/(\w+)(\{"section":"[a-z0-9-]+"\})?$')


@pytest.fixture(scope="module")
def answerer(library: Library, retriever: Retriever) -> Answerer:
    return Answerer(library, retriever, ActionSettings())


def said(text: str, intent: str, confidence: float = 0.9,
         ranking: tuple[tuple[str, float], ...] = ()) -> Understanding:
    """What Rasa's NLU would send for this message."""
    return Understanding(text, intent, confidence, ranking or ((intent, confidence),))


def test_every_topic_has_an_intent_and_back() -> None:
    for topic in GUIDANCE_TOPICS:
        assert topic_for_intent(intent_for_topic(topic)) == topic


@pytest.mark.parametrize("intent", ["greet", "ask_run", "out_of_scope", "nlu_fallback", "thanks"])
def test_an_emergency_rule_wins_whatever_the_model_thought(answerer: Answerer, intent: str) -> None:
    decision = answerer.decide(said("there's a man with a gun in the library right now", intent))
    assert decision.topic == "emergency-now" and decision.reason.startswith("emergency rule")


def test_the_models_emergency_probability_wins_even_when_another_intent_won(
    answerer: Answerer, library: Library
) -> None:
    low = ActionSettings().emergency_min_probability
    ranking = (("ask_hide", 0.6), ("emergency", low + 0.01), ("ask_run", 0.2))
    decision = answerer.decide(said("me n the kids r under the stairs", "ask_hide", 0.6, ranking))
    assert decision.topic == "emergency-now" and decision.reason.startswith("emergency model")
    [message] = answerer.render(decision, TODAY)
    assert message.text == library.topics["emergency-now"].sections[0].text
    below = (("ask_hide", 0.6), ("emergency", low - 0.01))
    assert answerer.decide(said("where's best to hide in a shop", "ask_hide", 0.6, below)).topic == "hide"


def test_an_emergency_intent_under_the_calm_bar_does_not_answer_a_hypothetical(
    answerer: Answerer
) -> None:
    # Asked as a hypothetical, the model must be as sure as the calm bar even when the emergency
    # intent won; below it, retrieval answers, and never with emergency-now.
    text = "where is the nearest safe place if there's an explosion at a festival"
    assert assess(text).reading is Reading.HYPOTHETICAL
    bar = ActionSettings().emergency_min_probability_calm
    ranking = (("emergency", bar - 0.1), ("ask_run", 0.2))
    decision = answerer.decide(said(text, "emergency", bar - 0.1, ranking))
    assert decision.topic != "emergency-now" and decision.by == "retrieval"
    sure = (("emergency", bar + 0.01), ("ask_run", 0.1))
    assert answerer.decide(said(text, "emergency", bar + 0.01, sure)).topic == "emergency-now"


@pytest.mark.parametrize(("text", "reading"), [
    ("this commute is literally killing me, three hours on the m1", Reading.FIGURATIVE),
    ("my inbox exploded with emails after the all-staff meeting", Reading.FIGURATIVE),
    ("man in a mask at our door, turned out to be my nephew trick or treating", Reading.EXPLAINED),
    ("fire alarm went off at the office, false alarm, all back at our desks", Reading.EXPLAINED),
])
def test_a_figure_of_speech_or_a_scene_explained_away_needs_the_calm_bar(
    answerer: Answerer, text: str, reading: Reading
) -> None:
    # "killing me", "exploded with emails": the only danger words are figures of speech; "turned
    # out to be my nephew": no danger word, and the scene is said to be harmless. The model leans
    # to the emergency intent on such words (and on a mask at the door, an alarm); it must be as
    # sure as for a calm question, and below that bar retrieval answers without emergency-now.
    assert assess(text).reading is reading
    bar = ActionSettings().emergency_min_probability_calm
    ranking = (("emergency", 0.4), ("out_of_scope", 0.3))
    decision = answerer.decide(said(text, "emergency", 0.4, ranking))
    assert decision.topic != "emergency-now" and decision.by == "retrieval"
    sure = (("emergency", bar + 0.01), ("out_of_scope", 0.1))
    assert answerer.decide(said(text, "emergency", bar + 0.01, sure)).topic == "emergency-now"


@pytest.mark.parametrize("text", [
    "turned out the man at the door wasn't the postman, he's forcing his way in",
    "all clear they said but we can hear someone moving about downstairs",
    "we're ok now for now but he said he's coming back tonight",
    "everyone's fine now except my brother, they've got him in the back of the van",
    "i thought it was just kids messing about, he's followed me for 20 minutes",
    "i hope it's a false alarm, everyone's been told to stay in the classroom",
])
def test_a_scene_doubted_or_brought_back_is_not_explained_away(text: str) -> None:
    # Said to be harmless, then doubted or brought back to now: the model keeps its usual bar.
    assert assess(text).reading is not Reading.EXPLAINED


def test_an_emergency_intent_on_top_still_answers_a_story_told_in_the_past(
    answerer: Answerer
) -> None:
    # A story in the past tense may end in the present: the top intent is trusted there.
    text = "my dad was on the train when someone attacked passengers with a knife, he's still on it"
    assert assess(text).reading is Reading.CALM
    ranking = (("emergency", 0.5), ("ask_run", 0.2))
    assert answerer.decide(said(text, "emergency", 0.5, ranking)).topic == "emergency-now"


@pytest.mark.parametrize("text", ["😂", "?", "..."])
def test_a_message_without_words_never_gets_the_emergency_answer_from_the_model(
    answerer: Answerer, text: str
) -> None:
    # The model scores "😂" too, and may give the emergency intent more than its bar; with no
    # words to read, that probability means nothing. The intent path still answers it.
    ranking = (("out_of_scope", 0.5), ("emergency", 0.4))
    assert answerer.decide(said(text, "out_of_scope", 0.5, ranking)).topic == "fallback"
    unsure = answerer.decide(said(text, "nlu_fallback", 0.3, ranking))
    assert unsure.topic == "fallback"
    # "🆘" is normalised to "sos", a cry for help: the rules answer it.
    assert answerer.decide(said("🆘🆘", "out_of_scope", 0.5, ranking)).topic == "emergency-now"


def test_an_emergency_found_by_retrieval_opens_with_the_999_short_answer(
    answerer: Answerer, library: Library
) -> None:
    # An unsure model sends the message to retrieval. Asked in the words of a later section of
    # emergency-now (words with no danger in them), retrieval matches that section best; the
    # answer must still open with the short answer that says to call 999.
    later = next(s for s in library.topics["emergency-now"].sections[1:]
                 if assess(s.text).reading is Reading.NONE)
    assert answerer.retriever.search(later.text)[0].section == later
    decision = answerer.decide(said(later.text, "nlu_fallback", 0.3, (("ask_tell", 0.3),)))
    assert decision.topic == "emergency-now" and decision.reason.startswith("retrieval")
    [first, *_] = answerer.render(decision, TODAY)
    assert first.text == library.topics["emergency-now"].sections[0].text and "999" in first.text


def test_retrieval_never_answers_a_calmly_framed_question_with_the_emergency_reply(
    answerer: Answerer, library: Library
) -> None:
    # The words of the emergency short answer are advice ("call 999 ... run ... hide"): framed
    # calmly, with a model that saw no emergency, the best match outside emergency-now answers.
    text = library.topics["emergency-now"].sections[0].text
    assert assess(text).reading in (Reading.CALM, Reading.HYPOTHETICAL)
    assert answerer.retriever.search(text)[0].topic_id == "emergency-now"
    decision = answerer.decide(said(text, "nlu_fallback", 0.3, (("ask_tell", 0.3),)))
    assert decision.topic != "emergency-now"


def test_harmful_requests_get_the_fallback_even_with_a_guidance_intent(answerer: Answerer) -> None:
    assert answerer.decide(said("how do i make a pipe bomb", "ask_suspicious_item")).topic == "fallback"


def test_a_confident_intent_answers_with_its_topics_short_answer(answerer: Answerer) -> None:
    decision = answerer.decide(said("should I put my phone on silent while hiding", "ask_hide"))
    assert (decision.topic, decision.section) == ("hide", None)


def test_a_confident_out_of_scope_gets_the_fallback(answerer: Answerer) -> None:
    assert answerer.decide(said("who won the darts", "out_of_scope")).topic == "fallback"


def test_a_button_with_a_section_opens_that_section(answerer: Answerer, library: Library) -> None:
    section = library.topics["run"].sections[-1]
    payload = f'/ask_run{{"section":"{section.slug}"}}'
    decision = answerer.decide(Understanding(payload, "ask_run", 1.0, section=section.slug))
    assert (decision.topic, decision.section) == ("run", section.slug)
    message = answerer.render(decision, TODAY)[0]
    assert message.text.startswith(section.heading)


def test_an_emergency_button_opens_the_section_asked_for(answerer: Answerer, library: Library) -> None:
    # "If you cannot talk" is a button under the emergency answer: pressing it must show it,
    # not the short answer again (its payload holds words the emergency rules would catch).
    section = next(s for s in library.topics["emergency-now"].sections[1:] if "talk" in s.slug)
    payload = f'/emergency{{"section":"{section.slug}"}}'
    decision = answerer.decide(Understanding(payload, "emergency", 1.0, section=section.slug))
    assert answerer.render(decision, TODAY)[0].text.startswith(section.heading)


def test_nonsense_the_model_is_unsure_of_gets_the_fallback(answerer: Answerer) -> None:
    assert answerer.decide(said("zxcvbnm qwerty", "nlu_fallback", 0.2)).topic == "fallback"


def test_unsure_model_falls_back_to_retrieval(answerer: Answerer) -> None:
    decision = answerer.decide(said("how do I register to text nine nine nine", "nlu_fallback", 0.3))
    assert decision.topic == "contact-accessible"
    assert decision.reason.startswith("retrieval")


def test_close_runner_up_is_offered_as_did_you_mean(library: Library, retriever: Retriever) -> None:
    generous = Answerer(library, retriever, ActionSettings(did_you_mean_margin=1.0))
    decision = generous.decide(said("what do I do about an attack", "nlu_fallback", 0.3))
    assert len(decision.alternatives) == 2
    messages = generous.render(decision, TODAY)
    assert messages[1].topic == decision.topic
    assert [b["payload"] for b in messages[1].buttons] == [
        "/" + intent_for_topic(t) for t in decision.alternatives]


def test_every_guidance_answer_cites_sources_and_review_date_and_has_valid_buttons(
    answerer: Answerer, library: Library
) -> None:
    for topic in library.topics.values():
        intent = intent_for_topic(topic.id)
        for section in topic.sections:
            payload = f'/{intent}{{"section":"{section.slug}"}}'
            for message in answerer.render(answerer.decide(
                    Understanding(payload, intent, 1.0, section=section.slug)), TODAY):
                assert message.topic == topic.id
                assert message.sources and message.reviewed == topic.last_reviewed.isoformat()
                assert len(message.text.split()) <= 125
                for button in message.buttons:
                    match = PAYLOAD.match(button["payload"])
                    assert match, button
                    assert topic_for_intent(match.group(1)), button


def test_conversation_replies_and_fallback_offer_topics(answerer: Answerer) -> None:
    [fallback] = answerer.render(answerer.decide(said("blah", "out_of_scope")), TODAY)
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


def test_guidance_past_its_review_date_still_answers_with_a_caveat_and_the_source(
    answerer: Answerer, library: Library
) -> None:
    topic = library.topics["hide"]
    decision = answerer.decide(said("where should i hide", "ask_hide"))
    [on_time] = answerer.render(decision, topic.review_by)
    [late] = answerer.render(decision, topic.review_by + timedelta(days=1))
    assert on_time.text == topic.sections[0].text
    assert late.text.startswith(topic.sections[0].text)
    assert "being reviewed" in late.text and topic.sources[0].url in late.text and "999" in late.text


def test_the_threat_level_past_its_review_date_points_to_mi5(answerer: Answerer, library: Library) -> None:
    topic = library.topics["threat-level"]
    [late] = answerer.render(answerer.decide(said("threat level", "ask_threat_level")),
                             topic.review_by + timedelta(days=1))
    assert library.threat_level.level in late.text
    assert "mi5.gov.uk" in late.text.split(library.threat_level.level)[-1]


def test_the_action_server_counts_answers_by_topic_and_by_what_decided(server: TestClient) -> None:
    def count(text: str) -> float:
        line = next((x for x in text.splitlines()
                     if x.startswith('actions_answers_total{by="model",topic="threat-level"}')), "x 0")
        return float(line.rsplit(" ", 1)[1])

    before = count(server.get("/metrics").text)
    server.post("/webhook", json=action_call("what is the threat level", "ask_threat_level"))
    after = server.get("/metrics").text
    assert count(after) == before + 1
    assert "actions_decision_seconds_bucket" in after
