"""Start the whole assistant, keep it running, and stop it cleanly.

`make run` starts the embedded shape: one Rasa server and one action server, conversations in
Rasa's memory, data in SQLite. `make cluster` starts the production shape on this machine: two
Rasa servers and two action servers, Rasa's SQL tracker store on PostgreSQL and its Redis lock
store, rate limits shared in Redis. Either way the gateway is in front, a crashed process is
restarted (the gateway answers 503 with the 999 reply meanwhile), and Ctrl-C or SIGTERM — once
or twice — stops everything within 10 seconds.

The integration tests, `make eval` and the benchmarks start their stacks through this module too.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import os
import secrets
import signal
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from types import FrameType

import httpx
from sqlalchemy.engine import make_url

from tools.model import ensure_model
from tools.paths import APP_PYTHON, RASA_BIN, ROOT, quiet_env

# Everything stops within this long after the first Ctrl-C or SIGTERM: polite first, then killed.
STOP_SECONDS = 8.0
# A process that stops is started again after a pause that doubles each time, up to this.
MAX_BACKOFF_SECONDS = 30.0
# Rasa's conversation lock (its "ticket") outlives a replica that dies holding it. Rasa keeps it
# 60 s by default, so that sender's next messages would wait past the gateway's 10 s timeout.
LOCK_LIFETIME_SECONDS = 5
CLUSTER_DATABASE = "postgresql://postgres@127.0.0.1:5432/safety_assistant"
CLUSTER_REDIS = "redis://127.0.0.1:6379/0"


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
        return port


@dataclass
class Ports:
    gateway: int = 8000
    rasa: list[int] = field(default_factory=lambda: [5005])
    actions: list[int] = field(default_factory=lambda: [5055])

    @classmethod
    def free(cls, replicas: int = 1) -> Ports:
        return cls(free_port(), [free_port() for _ in range(replicas)],
                   [free_port() for _ in range(replicas)])

    @classmethod
    def default(cls, replicas: int = 1) -> Ports:
        return cls(int(os.environ.get("PORT", "8000")), [5005 + 10 * i for i in range(replicas)],
                   [5055 + 10 * i for i in range(replicas)])


@dataclass
class Cluster:
    """The production shape's shared services (None: the embedded shape of `make run`)."""

    database_url: str = CLUSTER_DATABASE
    redis_url: str = CLUSTER_REDIS

    def rasa_env(self) -> dict[str, str]:
        """Where Rasa's SQL tracker store and Redis lock store are (endpoints.production.yml)."""
        db, redis = make_url(self.database_url), make_url(self.redis_url)
        return {
            "TRACKER_DB_HOST": db.host or "127.0.0.1", "TRACKER_DB_PORT": str(db.port or 5432),
            "TRACKER_DB_NAME": db.database or "safety_assistant",
            "TRACKER_DB_USER": db.username or "postgres", "TRACKER_DB_PASSWORD": db.password or "",
            "REDIS_HOST": redis.host or "127.0.0.1", "REDIS_PORT": str(redis.port or 6379),
            "REDIS_PASSWORD": redis.password or "",
            "REDIS_LOCK_DB": str(int(redis.database or 0) + 1),
            "TICKET_LOCK_LIFETIME": str(LOCK_LIFETIME_SECONDS),
        }


@dataclass
class Process:
    """One supervised server: how to start it, and what became of it."""

    name: str
    argv: list[str]
    env: dict[str, str]
    popen: subprocess.Popen[bytes] | None = None
    restarts: int = 0
    restart_at: float | None = None

    @property
    def running(self) -> bool:
        return self.popen is not None and self.popen.poll() is None


@dataclass
class Stack:
    ports: Ports
    log_dir: Path
    # Extra environment for every process (a test's own database or content folder, limits).
    env: dict[str, str] = field(default_factory=dict)
    # Check the threat level against MI5's feed this often while running (0: never).
    sync_minutes: float = 0
    cluster: Cluster | None = None
    # Rasa's HTTP API answers only with this token (the REST channel needs none).
    rasa_token: str = field(default_factory=lambda: secrets.token_urlsafe(24))
    supervised: dict[str, Process] = field(default_factory=dict)

    # --- addresses ---------------------------------------------------------------------------
    @property
    def gateway_url(self) -> str:
        return f"http://127.0.0.1:{self.ports.gateway}"

    @property
    def rasa_urls(self) -> list[str]:
        return [f"http://127.0.0.1:{port}" for port in self.ports.rasa]

    @property
    def rasa_url(self) -> str:
        return self.rasa_urls[0]

    @property
    def actions_urls(self) -> list[str]:
        return [f"http://127.0.0.1:{port}" for port in self.ports.actions]

    @property
    def actions_url(self) -> str:
        return self.actions_urls[0]

    @property
    def processes(self) -> dict[str, subprocess.Popen[bytes]]:
        """The running processes by name ("rasa", "actions", "gateway", "rasa-2", …)."""
        return {name: p.popen for name, p in self.supervised.items() if p.popen is not None}

    def pids(self) -> dict[str, int]:
        return {name: popen.pid for name, popen in self.processes.items()}

    # --- starting ------------------------------------------------------------------------------
    def _add(self, name: str, argv: list[str], **env: str) -> None:
        self.supervised[name] = Process(name, argv, quiet_env(**self.env, **env))

    def _launch(self, process: Process) -> None:
        log = (self.log_dir / f"{process.name}.log").open("ab")
        # Each process leads its own group, so stopping it also stops anything it spawned, and a
        # Ctrl-C at the terminal reaches this supervisor only, which then stops them in order.
        process.popen = subprocess.Popen(process.argv, cwd=ROOT, env=process.env, stdout=log,
                                         stderr=subprocess.STDOUT, start_new_session=True)
        process.restart_at = None

    def plan(self, model: Path) -> None:
        """Which processes make up this stack, and how each is started."""
        shared = {"RASA_AUTH_TOKEN": self.rasa_token}
        if self.cluster:
            shared |= {"DATABASE_URL": self.cluster.database_url, "REDIS_URL": self.cluster.redis_url}
        self.env = {**shared, **self.env}
        endpoints = "endpoints.production.yml" if self.cluster else "endpoints.yml"
        rasa_env = self.cluster.rasa_env() if self.cluster else {}
        for number, (rasa, actions) in enumerate(zip(self.ports.rasa, self.ports.actions, strict=True)):
            suffix = "" if number == 0 else f"-{number + 1}"
            self._add(f"actions{suffix}", [
                str(APP_PYTHON), "-m", "uvicorn", "actions.server:create_app", "--factory",
                "--host", "127.0.0.1", "--port", str(actions), "--no-access-log",
                "--timeout-graceful-shutdown", "3",
            ])
            self._add(f"rasa{suffix}", [
                str(RASA_BIN), "run", "--model", str(model), "--enable-api",
                # One argument: a token may start with "-" (token_urlsafe), which argparse
                # would take for an option ("--auth-token: expected one argument").
                f"--auth-token={self.rasa_token}",
                "--interface", "127.0.0.1", "--port", str(rasa),
                "--credentials", "credentials.yml", "--endpoints", endpoints,
            ], ACTION_ENDPOINT_URL=f"http://127.0.0.1:{actions}/webhook", **rasa_env)
        self._add("gateway", [
            str(APP_PYTHON), "-m", "uvicorn", "bot.web.app:create_app", "--factory",
            "--host", os.environ.get("HOST", "127.0.0.1"), "--port", str(self.ports.gateway),
            "--no-access-log", "--timeout-graceful-shutdown", "3",
        ], RASA_URL=",".join(self.rasa_urls), PORT=str(self.ports.gateway))
        # Long polling by default; in webhook mode the gateway runs the bot (bot/telegram/webhook.py).
        if os.environ.get("TELEGRAM_BOT_TOKEN") and not os.environ.get("TELEGRAM_WEBHOOK_URL"):
            self._add("telegram", [str(APP_PYTHON), "-m", "bot.telegram"], RASA_URL=",".join(self.rasa_urls))
        if self.sync_minutes > 0:
            content = self.env.get("ACTIONS_CONTENT_DIR", str(ROOT / "content"))
            self._add("threat-level-sync", [
                str(APP_PYTHON), "-m", "tools.content", "threat-level", "sync",
                "--every", str(self.sync_minutes), "--content", content,
            ])

    def start(self, model: Path) -> None:
        self.log_dir.mkdir(parents=True, exist_ok=True)
        if self.cluster:
            asyncio.run(create_database(self.cluster.database_url))
        self.plan(model)
        for process in self.supervised.values():
            self._launch(process)

    def wait_ready(self, timeout: float = 240.0) -> None:
        """Block until every action server and Rasa server answers, and the gateway is ready."""
        deadline = time.monotonic() + timeout
        pending = {f"actions{'' if n == 0 else f'-{n + 1}'}": f"{url}/health"
                   for n, url in enumerate(self.actions_urls)}
        pending |= {f"rasa{'' if n == 0 else f'-{n + 1}'}": f"{url}/status?token={self.rasa_token}"
                    for n, url in enumerate(self.rasa_urls)}
        pending["gateway"] = f"{self.gateway_url}/health"
        while pending:
            for name in pending:
                process = self.supervised[name]
                if process.popen is not None and process.popen.poll() is not None:
                    raise RuntimeError(f"{name} exited with {process.popen.returncode}; see "
                                       f"{self.log_dir / (name + '.log')}")
            for name, url in list(pending.items()):
                with contextlib.suppress(httpx.HTTPError):
                    if httpx.get(url, timeout=2).status_code == 200:
                        del pending[name]
            if time.monotonic() > deadline:
                raise TimeoutError(f"not ready after {timeout:.0f} s: {', '.join(pending)}")
            time.sleep(0.5)

    # --- keeping it running ----------------------------------------------------------------------
    def supervise_once(self) -> list[str]:
        """Restart what stopped (after a growing pause); the names restarted just now."""
        restarted = []
        now = time.monotonic()
        for process in self.supervised.values():
            if process.popen is None or process.popen.poll() is None:
                continue
            if process.restart_at is None:
                pause = min(MAX_BACKOFF_SECONDS, 2.0 ** min(process.restarts, 5))
                process.restart_at = now + pause
                print(f"{process.name} stopped (exit {process.popen.returncode}); starting it again "
                      f"in {pause:.0f} s. Its log: {self.log_dir / (process.name + '.log')}",
                      file=sys.stderr)
            elif now >= process.restart_at:
                process.restarts += 1
                self._launch(process)
                restarted.append(process.name)
        return restarted

    def restart_count(self, name: str) -> int:
        return self.supervised[name].restarts

    # --- stopping --------------------------------------------------------------------------------
    def stop(self, seconds: float = STOP_SECONDS) -> None:
        """SIGTERM to every process group, then SIGKILL to whatever is left when time is up."""
        deadline = time.monotonic() + seconds
        popens = [p.popen for p in self.supervised.values() if p.popen is not None]
        for popen in popens:
            if popen.poll() is None:
                with contextlib.suppress(ProcessLookupError):
                    os.killpg(popen.pid, signal.SIGTERM)
        for popen in popens:
            with contextlib.suppress(subprocess.TimeoutExpired):
                popen.wait(timeout=max(0.0, deadline - time.monotonic()))
        for popen in popens:
            if popen.poll() is None:
                with contextlib.suppress(ProcessLookupError):
                    os.killpg(popen.pid, signal.SIGKILL)
                popen.wait()


async def create_database(url: str) -> None:
    """The cluster's PostgreSQL database, created if it does not exist yet."""
    import asyncpg

    target = make_url(url)
    admin = target.set(drivername="postgresql", database="postgres")
    connection = await asyncpg.connect(admin.render_as_string(hide_password=False), timeout=10)
    try:
        exists = await connection.fetchval("SELECT 1 FROM pg_database WHERE datname = $1",
                                           target.database)
        if not exists:
            # A database name can't be a query parameter; it comes from our own settings.
            await connection.execute(f'CREATE DATABASE "{target.database}"')
    finally:
        await connection.close()


@contextlib.contextmanager
def running_stack(ports: Ports, log_dir: Path, env: dict[str, str] | None = None,
                  sync_minutes: float = 0, cluster: Cluster | None = None) -> Iterator[Stack]:
    stack = Stack(ports, log_dir, env or {}, sync_minutes=sync_minutes, cluster=cluster)
    try:
        stack.start(ensure_model())
        stack.wait_ready()
        yield stack
    finally:
        stack.stop()


class _Stopping:
    """The first Ctrl-C or SIGTERM starts an orderly stop; later ones can't interrupt it."""

    def __init__(self) -> None:
        self.requested = False

    def __call__(self, signum: int, frame: FrameType | None) -> None:
        if not self.requested:
            self.requested = True
            raise KeyboardInterrupt
        print("Already stopping; everything will be stopped within seconds.", file=sys.stderr)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--cluster", action="store_true",
                        help="the production shape: PostgreSQL, Redis, two replicas")
    parser.add_argument("--replicas", type=int, default=None)
    parser.add_argument("--free-ports", action="store_true", help="any free ports (for tests)")
    args = parser.parse_args()
    replicas = args.replicas or (2 if args.cluster else 1)
    cluster = Cluster(os.environ.get("DATABASE_URL", CLUSTER_DATABASE),
                      os.environ.get("REDIS_URL", CLUSTER_REDIS)) if args.cluster else None
    log_dir = ROOT / ".cache" / ("logs-cluster" if cluster else "logs")
    shape = f"{replicas} Rasa and {replicas} action servers" if cluster else "Rasa, action server"
    print(f"Starting the assistant ({shape}, web gateway)…", file=sys.stderr)
    stopping = _Stopping()
    signal.signal(signal.SIGTERM, stopping)
    signal.signal(signal.SIGINT, stopping)
    sync = float(os.environ.get("THREAT_LEVEL_SYNC_MINUTES", "60"))
    try:
        ports = Ports.free(replicas) if args.free_ports else Ports.default(replicas)
        if args.free_ports:
            log_dir = log_dir.with_name(f"{log_dir.name}-{ports.gateway}")
        with running_stack(ports, log_dir, sync_minutes=sync, cluster=cluster) as stack:
            telegram = ("on (long polling)" if "telegram" in stack.supervised
                        else "on (webhook: the gateway's /telegram/webhook)"
                        if os.environ.get("TELEGRAM_BOT_TOKEN") else "off (set TELEGRAM_BOT_TOKEN)")
            checks = f"every {sync:g} minutes" if sync > 0 else "off (THREAT_LEVEL_SYNC_MINUTES=0)"
            print(f"\nThe assistant is ready: open {stack.gateway_url}/ in a browser (a fictional "
                  f"council's page with the chat widget; sites embed {stack.gateway_url}/widget.js).\n"
                  f"Telegram bot: {telegram}. Threat level checked against MI5's feed: {checks}.\n"
                  f"Logs are in {log_dir}. Press Ctrl-C to stop.", file=sys.stderr)
            while True:
                stack.supervise_once()
                time.sleep(0.5)
    except KeyboardInterrupt:
        print("\nStopped.", file=sys.stderr)
        return 0


if __name__ == "__main__":
    sys.exit(main())
