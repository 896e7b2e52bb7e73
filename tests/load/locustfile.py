"""Locust's simulated people for `make load` (tools/load.py runs it headless in .venv-tools).

`Visitor`: each conversation is a fresh sender holding a short conversation with the gateway's
/api/chat — a greeting now and then, mostly threat-level / Run, Hide, Tell / reporting
questions, a tap on one of the buttons the previous answer offered, a few long oddly-worded
questions that the model is unsure of (so the action server embeds them and searches the
content: the retrieval path), and a few emergencies. Every question here was written for this
file, not taken from an evaluation set.

`RasaBaseline`: Rasa's own REST channel answering "hello" directly, the baseline measured in the
same run (as tools/bench.py does).

Each user sends its next message as soon as the answer arrives (no think time): a closed loop
that measures what the stack can do, not how people type. An answer counts as an error unless
it is HTTP 200 with at least one non-empty message, and an emergency's answer mentions 999.

The soak (LOAD_SOAK_CONVERSATIONS > 0) samples the resident memory of the stack's processes
every LOAD_SAMPLE_EVERY finished conversations into LOAD_SAMPLES_OUT (JSON lines) and stops
Locust after that many conversations (of at most LOAD_MAX_TURNS messages).
"""

from __future__ import annotations

import json
import os
import random
import time
import uuid
from typing import Any

import gevent
from locust import HttpUser, constant, task
from locust.env import Environment

# tools/load.py runs Locust with the repository on PYTHONPATH.
from tools.processes import rss_mib

GREETINGS = ["hi", "hello", "good evening", "hiya, can you help me", "hey there", "morning"]
FAREWELLS = ["thanks", "thank you, that helps", "ok bye", "cheers", "great, goodbye"]
# The bulk of what people ask after a national incident.
GUIDANCE = [
    "what's the UK threat level right now",
    "has the threat level gone up after today",
    "what does substantial actually mean",
    "who decides the national threat level",
    "is it safe to go into town this weekend given the threat level",
    "what should I do differently now the level is severe",
    "explain run hide tell to me",
    "what do I do if someone attacks people near me",
    "should I run or hide if I hear shots",
    "where is the best place to hide in an office",
    "should I silence my phone when I hide",
    "how do I call the police if I can't talk",
    "what information do police need when I ring 999",
    "how do I report something suspicious",
    "can I report suspicious behaviour online",
    "there's a rucksack left under a seat on my train, what now",
    "someone keeps filming the entrance of the stadium, should I report it",
    "what do armed police do when they arrive",
    "how can I help someone who is bleeding badly",
    "how do I talk to my kids about the attack",
    "where can I get support after witnessing an attack",
    "I'm worried my nephew is being radicalised",
    "I saw a post online spreading rumours about the attack, what should I do",
    "is it safe to travel abroad at the moment",
    "I'm deaf, how do I contact the police",
    "what should my small business do to prepare",
]
# Long and oddly put: the model is unsure, so the action server searches the content.
RETRIEVAL = [
    "my elderly neighbour uses a wheelchair and keeps asking me what she would be expected to do "
    "if something happened at the shopping centre and she cannot get down the stairs quickly",
    "we run a small community hall with a couple of volunteers on the door and wondered what the "
    "sensible things are for us to think about for our summer events",
    "the thing on the news with all the armed officers shouting and pointing, what am I meant to "
    "do with my hands and should I try to explain who I am to them",
    "I keep replaying everything I saw at the station last week and I cannot sleep properly, who "
    "can I talk to about it",
    "a lad at my son's college has been sharing some really hateful videos in their group chat "
    "and I am not sure whether that is something to tell someone about",
    "what's the difference between a bag that's just been forgotten and one that I should worry "
    "about, there always seem to be loads of them at the airport",
]
EMERGENCIES = [
    "there's a man with a knife attacking people outside the station right now",
    "shots being fired in the shopping centre, we're hiding in a shop",
    "a van has just driven into people on the bridge",
    "explosion at the concert hall, people screaming",
]
# The soak caps conversations at two messages, to reach 10,000 of them in bounded time.
MAX_TURNS = int(os.environ.get("LOAD_MAX_TURNS", "4"))
BUTTON_FALLBACK = ["/ask_run_hide_tell", "/ask_threat_level", "/ask_report_suspicious", "/help"]


def conversation(rng: random.Random) -> list[tuple[str, str]]:
    """(kind, message) for one person's short conversation: two to four messages."""
    turns: list[tuple[str, str]] = []
    if rng.random() < 0.25:
        turns.append(("greeting", rng.choice(GREETINGS)))
    for _ in range(rng.randint(1, 3 - len(turns) + 1)):
        draw = rng.random()
        if draw < 0.06:
            turns.append(("emergency", rng.choice(EMERGENCIES)))
        elif draw < 0.18:
            turns.append(("retrieval", rng.choice(RETRIEVAL)))
        elif draw < 0.33 and turns:
            turns.append(("button", ""))  # filled in from the previous answer's buttons
        else:
            turns.append(("guidance", rng.choice(GUIDANCE)))
    if len(turns) < 2 or rng.random() < 0.3:
        turns.append(("farewell", rng.choice(FAREWELLS)))
    return turns[:MAX_TURNS]


class Soak:
    """Counts finished conversations; samples memory; stops Locust at the target."""

    def __init__(self) -> None:
        self.target = int(os.environ.get("LOAD_SOAK_CONVERSATIONS", "0"))
        self.every = int(os.environ.get("LOAD_SAMPLE_EVERY", "500"))
        self.pids: dict[str, int] = json.loads(os.environ.get("LOAD_PIDS", "{}"))
        self.out = os.environ.get("LOAD_SAMPLES_OUT", "")
        self.finished = 0
        self.stopping = False

    def sample(self) -> None:
        if not self.out:
            return
        row: dict[str, Any] = {"conversations": self.finished, "t": time.time(),
                               "rss_mib": {name: rss_mib(pid) for name, pid in self.pids.items()}}
        with open(self.out, "a") as out:
            out.write(json.dumps(row) + "\n")

    def finished_one(self, environment: Environment) -> None:
        self.finished += 1
        if self.target and self.every and self.finished % self.every == 0:
            self.sample()
        if self.target and self.finished >= self.target and not self.stopping:
            self.stopping = True
            runner = environment.runner
            if runner is not None:
                gevent.spawn(runner.quit)


SOAK = Soak()


class Visitor(HttpUser):
    wait_time = constant(0)

    def _ask(self, kind: str, sender: str, message: str) -> list[dict[str, Any]]:
        with self.client.post("/api/chat", json={"sender": sender, "message": message},
                              name=f"/api/chat {kind}", catch_response=True) as response:
            if response.status_code != 200:
                response.failure(f"HTTP {response.status_code}")
                return []
            try:
                messages: list[dict[str, Any]] = response.json()["messages"]
            except (ValueError, KeyError, TypeError):
                response.failure("not the chat API's JSON")
                return []
            if not messages or not all(isinstance(m.get("text"), str) and m["text"].strip()
                                        for m in messages):
                response.failure("empty answer")
            elif kind == "emergency" and not any("999" in m["text"] for m in messages):
                response.failure("emergency answered without 999")
            return messages

    @task
    def converse(self) -> None:
        rng = random.Random()  # noqa: S311 (a simulated person's choices, not a secret)
        sender = f"load-{uuid.uuid4().hex[:24]}"
        previous: list[dict[str, Any]] = []
        for kind, message in conversation(rng):
            if kind == "button":
                offered = [b["payload"] for m in previous for b in m.get("buttons", [])]
                message = rng.choice(offered or BUTTON_FALLBACK)
            previous = self._ask(kind, sender, message)
        SOAK.finished_one(self.environment)


class RasaBaseline(HttpUser):
    wait_time = constant(0)

    @task
    def hello(self) -> None:
        with self.client.post("/webhooks/rest/webhook", name="rasa rest hello", catch_response=True,
                              json={"sender": f"base-{uuid.uuid4().hex[:24]}", "message": "hello"},
                              ) as response:
            if response.status_code != 200 or not response.json():
                response.failure(f"HTTP {response.status_code} or no answer")
