"""The lock store Rasa runs with in `make cluster` and Kubernetes, against the real Redis.

Rasa is only installed in .venv-rasa, so each scenario runs there, in a child process that prints
its findings as JSON. Tickets live 2 s (TICKET_LOCK_LIFETIME) to keep the scenarios short.
"""

from __future__ import annotations

import json
import subprocess
import uuid
from typing import Any

import pytest

from tools.paths import RASA_PYTHON, ROOT, quiet_env

pytestmark = pytest.mark.integration

COMMON = """
import asyncio, json, sys, threading, time
from rasa.core.lock_store import RedisLockStore
from rasa.utils.endpoints import EndpointConfig
from rasa_components.lock_store import PatientRedisLockStore

prefix = sys.argv[1]
def patient():
    return PatientRedisLockStore(EndpointConfig(url="127.0.0.1", port=6379, db=3, key_prefix=prefix))
def rasas():
    return RedisLockStore(host="127.0.0.1", port=6379, db=3, key_prefix=prefix)
def report(findings):
    store = patient()
    for key in store.red.keys(prefix + "*"):
        store.red.delete(key)
    print(json.dumps(findings))
"""

# A replica takes a ticket for a conversation and dies (its ticket is never released); a moment
# later the next message of that conversation arrives at another replica and waits its turn.
DEAD_REPLICA = COMMON + """
async def next_message_waits(store, conversation):
    store.issue_ticket(conversation)  # the dead replica's message
    await asyncio.sleep(0.3)
    started = time.monotonic()
    try:
        async with asyncio.timeout(6):
            async with store.lock(conversation, wait_time_in_seconds=1):
                return round(time.monotonic() - started, 2)
    except TimeoutError:
        return None

report({"patient": asyncio.run(next_message_waits(patient(), "a")),
        "rasa": asyncio.run(next_message_waits(rasas(), "b"))})
"""

# Four replicas (each its own connection) take 50 tickets each for one conversation at once.
TICKETS_AT_ONCE = COMMON + """
def issued(make_store, conversation):
    numbers = []
    def replica(store):
        for _ in range(50):
            numbers.append(store.issue_ticket(conversation))
    threads = [threading.Thread(target=replica, args=(make_store(),)) for _ in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return {"issued": len(numbers), "distinct": len(set(numbers))}

report({"patient": issued(patient, "a"), "rasa": issued(rasas, "b")})
"""

# One message takes 4.5 s to serve (twice the tickets' lifetime) while the next one waits.
SLOW_MESSAGE = COMMON + """
async def overlap(store, conversation):
    times = {}
    async def message(name, hold):
        async with store.lock(conversation, wait_time_in_seconds=0.25):
            times[name + " started"] = time.monotonic()
            await asyncio.sleep(hold)
            times[name + " ended"] = time.monotonic()
    first = asyncio.create_task(message("first", 4.5))
    await asyncio.sleep(0.2)
    await message("second", 0)
    await first
    return round(times["second started"] - times["first ended"], 2)

report({"patient": asyncio.run(overlap(patient(), "a"))})
"""


def run(scenario: str) -> dict[str, Any]:
    done = subprocess.run([str(RASA_PYTHON), "-c", scenario, f"test{uuid.uuid4().hex}"],
                          cwd=ROOT, env=quiet_env(TICKET_LOCK_LIFETIME="2", PYTHONPATH=str(ROOT)),
                          capture_output=True, text=True, timeout=120, check=True)
    findings: dict[str, Any] = json.loads(done.stdout.strip().splitlines()[-1])
    return findings


def test_a_message_waiting_behind_a_dead_replica_is_served_once_its_ticket_expires() -> None:
    waited = run(DEAD_REPLICA)
    # Ours: served when the dead replica's ticket expires (2 s), at the next poll.
    assert waited["patient"] is not None and waited["patient"] <= 3.5, waited
    # Rasa's own store drops the waiting ticket with the dead one and waits until it gives up:
    # what this store is for (if Rasa ever fixes it, this line says so).
    assert waited["rasa"] is None, waited


def test_replicas_taking_tickets_at_the_same_moment_never_get_the_same_number() -> None:
    tickets = run(TICKETS_AT_ONCE)
    # Two messages with one number would be served at once and overwrite each other's events.
    # (Rasa's own store, for comparison, is in the findings: it gave 81 numbers for 200 tickets.)
    assert tickets["patient"] == {"issued": 200, "distinct": 200}, tickets


def test_a_message_served_longer_than_the_ticket_lifetime_keeps_the_next_one_waiting() -> None:
    gap = run(SLOW_MESSAGE)["patient"]
    # The second message starts only once the first has ended (a poll later at most).
    assert 0 <= gap <= 1.0, gap
