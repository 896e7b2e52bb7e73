"""The production shape survives its faults: real processes, a real PostgreSQL and Redis of the
test's own (so they can be killed and restarted), two Rasa and two action servers, supervised.

Every failure a person can see is the 503 with the 999 reply, never silence; the stack heals
by itself. The tests run in file order; each leaves the cluster whole for the next.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import os
import signal
import subprocess
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import asyncpg
import httpx
import pytest

from tests.services import PrivatePostgres, PrivateRedis, private_postgres, private_redis
from tools.model import ensure_model
from tools.paths import ROOT
from tools.stack import Cluster, Ports, Stack

pytestmark = pytest.mark.integration
NO_LIMITS = {"RATE_LIMIT_PER_SENDER": "100000/minute", "RATE_LIMIT_PER_CLIENT": "100000/minute"}


@dataclass
class Supervised:
    """The cluster, with the supervisor's loop running in a thread (as `make cluster` runs it)."""

    stack: Stack
    postgres: PrivatePostgres
    redis: PrivateRedis
    paused: threading.Event
    stopped: threading.Event

    def supervise(self) -> None:
        while not self.stopped.wait(0.3):
            if not self.paused.is_set():
                self.stack.supervise_once()


@pytest.fixture(scope="module")
def cluster(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Supervised]:
    with private_postgres() as postgres, private_redis() as redis:
        log_dir = tmp_path_factory.mktemp("cluster-logs")
        stack = Stack(Ports.free(replicas=2), log_dir, dict(NO_LIMITS),
                      cluster=Cluster(postgres.url, redis.url))
        running = Supervised(stack, postgres, redis, threading.Event(), threading.Event())
        supervisor = threading.Thread(target=running.supervise, daemon=True)
        try:
            stack.start(ensure_model())
            stack.wait_ready()
            supervisor.start()
            yield running
        finally:
            running.stopped.set()
            stack.stop()


def ask(stack: Stack, sender: str, message: str, timeout: float = 30) -> httpx.Response:
    return httpx.post(f"{stack.gateway_url}/api/chat", json={"sender": sender, "message": message},
                      timeout=timeout)


def assert_safe_failure(response: httpx.Response) -> None:
    assert response.status_code == 503, response.text
    assert "999" in response.json()["messages"][0]["text"]


def wait_until_answering(stack: Stack, seconds: float = 180) -> float:
    """Until the gateway answers again (every failure meanwhile the safe one), and every replica
    is back, so that the next test starts from a whole cluster."""
    started = time.monotonic()
    answering = False
    while time.monotonic() - started < seconds:
        if not answering:
            response = ask(stack, f"probe-{int(time.monotonic() * 1000)}", "hello")
            if response.status_code != 200:
                assert_safe_failure(response)
            answering = response.status_code == 200
            took = time.monotonic() - started
        if answering and _all_replicas_ready(stack):
            return took
        time.sleep(1)
    raise AssertionError(f"the cluster did not recover within {seconds} s")


def _all_replicas_ready(stack: Stack) -> bool:
    urls = [f"{u}/status?token={stack.rasa_token}" for u in stack.rasa_urls]
    urls += [f"{u}/health" for u in stack.actions_urls]
    try:
        return all(httpx.get(url, timeout=5).status_code == 200 for url in urls)
    except httpx.HTTPError:
        return False


def kill(stack: Stack, name: str) -> None:
    """SIGKILL to the process and everything it started (a crash, not a shutdown)."""
    process = stack.processes[name]
    with contextlib.suppress(ProcessLookupError):
        os.killpg(process.pid, signal.SIGKILL)
    process.wait()


async def events(postgres: PrivatePostgres, sender: str) -> list[asyncpg.Record]:
    """The sender's rows in Rasa's SQL tracker store, in the order Rasa recorded them."""
    connection = await asyncpg.connect(postgres.url)
    try:
        return list(await connection.fetch("SELECT type_name, action_name, data FROM events "
                                           "WHERE sender_id = $1 ORDER BY id", sender))
    finally:
        await connection.close()


async def user_texts(postgres: PrivatePostgres, sender: str) -> list[str]:
    """The person's messages, in order."""
    return [json.loads(r["data"]).get("text") for r in await events(postgres, sender)
            if r["type_name"] == "user"]


async def tracker_types(postgres: PrivatePostgres, sender: str) -> list[str]:
    """What happened, in order: each action's name, or the event's type."""
    return [r["action_name"] or r["type_name"] for r in await events(postgres, sender)]


def test_conversations_live_in_postgresql_and_one_senders_messages_go_one_at_a_time(
    cluster: Supervised,
) -> None:
    stack = cluster.stack
    sender = "faults-order-1"

    async def five_at_once() -> list[httpx.Response]:
        async with httpx.AsyncClient(timeout=60) as client:
            return await asyncio.gather(*(
                client.post(f"{stack.gateway_url}/api/chat",
                            json={"sender": sender, "message": f"what is the threat level {n}"})
                for n in range(5)))

    responses = asyncio.run(five_at_once())
    assert [r.status_code for r in responses] == [200] * 5
    kinds = asyncio.run(tracker_types(cluster.postgres, sender))
    # Rasa's Redis lock: each message is read, answered and closed before the next one starts,
    # whichever replica took it (both did: messages are spread over them).
    turns = [k for k in kinds if k in ("user", "action_answer", "action_listen")]
    assert turns[-15:] == ["user", "action_answer", "action_listen"] * 5


def test_an_action_server_down_gets_rasas_safe_reply_and_it_is_restarted(cluster: Supervised) -> None:
    stack = cluster.stack
    cluster.paused.set()
    try:
        for name in ("actions", "actions-2"):
            kill(stack, name)
        response = ask(stack, "faults-actions-1", "what is the threat level")
        assert_safe_failure(response)
        assert "0800 789 321" in response.json()["messages"][0]["text"]
    finally:
        cluster.paused.clear()
    wait_until_answering(stack)
    assert stack.restart_count("actions") >= 1 and stack.restart_count("actions-2") >= 1


def test_one_rasa_replica_killed_under_load_the_other_serves_and_nobody_is_locked_out(
    cluster: Supervised,
) -> None:
    stack = cluster.stack
    results: list[tuple[str, int, str]] = []
    failed_senders: list[str] = []
    killed_at = 0.0

    async def load() -> None:
        nonlocal killed_at
        async with httpx.AsyncClient(timeout=30) as client:
            async def user(number: int) -> None:
                for turn in range(12):
                    sender = f"faults-load-{number}"
                    response = await client.post(f"{stack.gateway_url}/api/chat", json={
                        "sender": sender, "message": f"where should I hide {turn}"})
                    text = response.json()["messages"][0]["text"]
                    results.append((sender, response.status_code, text))
                    if response.status_code != 200:
                        failed_senders.append(sender)

            async def killer() -> None:
                nonlocal killed_at
                await asyncio.sleep(2.0)
                cluster.paused.set()  # keep it down: the other replica must carry the load
                kill(stack, "rasa")
                killed_at = time.monotonic()

            await asyncio.gather(killer(), *(user(n) for n in range(6)))

    try:
        asyncio.run(load())
        failures = [r for r in results if r[1] != 200]
        # At most the messages in flight at that moment (one per user) fail, and only safely.
        assert len(failures) <= 6, failures
        for _, status, text in failures:
            assert status == 503 and "999" in text
        assert len(results) - len(failures) >= 60
        # A conversation whose replica died mid-message is not locked out: its next message is
        # answered (Rasa's lock outlives the dead replica for 5 s, not 60).
        for sender in set(failed_senders):
            assert ask(stack, sender, "what should I do now").status_code == 200
    finally:
        cluster.paused.clear()
    wait_until_answering(stack)


def test_rasa_down_gives_503_with_999_and_the_supervisor_brings_it_back(cluster: Supervised) -> None:
    stack = cluster.stack
    cluster.paused.set()
    for name in ("rasa", "rasa-2"):
        kill(stack, name)
    try:
        assert_safe_failure(ask(stack, "faults-rasa-down-1", "threat level"))
        assert httpx.get(f"{stack.gateway_url}/health", timeout=10).status_code == 503
    finally:
        cluster.paused.clear()
    took = wait_until_answering(stack)
    print(f"\nRasa back after {took:.0f} s")
    assert httpx.get(f"{stack.gateway_url}/health", timeout=10).status_code == 200


def test_postgresql_restarted_mid_conversation_loses_nothing_acknowledged(cluster: Supervised) -> None:
    stack = cluster.stack
    sender = "faults-postgres-1"
    acknowledged = []
    for n in range(3):
        message = f"before the restart {n}"
        assert ask(stack, sender, message).status_code == 200
        acknowledged.append(message)
    cluster.postgres.restart()
    for n in range(10):
        message = f"after the restart {n}"
        response = ask(stack, sender, message)
        if response.status_code == 200:
            acknowledged.append(message)
        else:
            assert_safe_failure(response)
    assert len(acknowledged) >= 10, "the conversation did not go on after PostgreSQL came back"
    stored = asyncio.run(user_texts(cluster.postgres, sender))
    assert [t for t in stored if t in acknowledged] == acknowledged


def test_redis_down_fails_closed_with_999_and_recovers(cluster: Supervised) -> None:
    """Documented behaviour: without Redis, Rasa can't take a conversation lock, so every
    message gets the 503 with the 999 reply; the gateway's own limits fall back to memory."""
    stack = cluster.stack
    cluster.redis.stop()
    try:
        assert_safe_failure(ask(stack, "faults-redis-1", "what is the threat level"))
    finally:
        cluster.redis.start()
    took = wait_until_answering(stack, seconds=60)
    print(f"\nanswering again {took:.1f} s after Redis came back")


def test_the_supervisor_stops_everything_on_sigterm_within_ten_seconds(tmp_path: Path) -> None:
    # The `make run` shape, started as people start it, stopped as make passes SIGTERM on: twice,
    # the second while the first stop is under way.
    env = {**os.environ, "THREAT_LEVEL_SYNC_MINUTES": "0", "DATABASE_URL": f"sqlite:///{tmp_path}/app.db"}
    process = subprocess.Popen([str(ROOT / ".venv" / "bin" / "python"), "-m", "tools.stack", "--free-ports"],
                               cwd=ROOT, env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
    try:
        assert process.stdout is not None
        said: list[bytes] = []
        for line in iter(process.stdout.readline, b""):
            said.append(line)
            if b"is ready" in line:
                break
        children = _descendants(process.pid)
        assert len(children) >= 3, (children, process.poll(), b"".join(said[-40:]).decode(errors="replace"))
        started = time.monotonic()
        process.send_signal(signal.SIGTERM)
        time.sleep(0.2)
        process.send_signal(signal.SIGTERM)
        process.wait(timeout=15)
        took = time.monotonic() - started
        assert took < 10, f"stopping took {took:.1f} s"
        assert not [pid for pid in children if _alive(pid)], "processes were left running"
    finally:
        if process.poll() is None:
            process.kill()


def _descendants(pid: int) -> list[int]:
    found: list[int] = []
    pending = [pid]
    while pending:
        current = pending.pop()
        try:
            children = Path(f"/proc/{current}/task/{current}/children").read_text().split()
        except OSError:
            continue
        found += [int(c) for c in children]
        pending += [int(c) for c in children]
    return found


def _alive(pid: int) -> bool:
    try:
        state = Path(f"/proc/{pid}/stat").read_text().split()[2]
    except OSError:
        return False
    return state != "Z"

