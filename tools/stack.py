"""Start the whole assistant (Rasa, action server, web gateway), wait until it answers, stop it.

Used by `make run`, the integration tests, `make eval` and `make bench`, so that every one of
them runs the stack the same way.
"""

from __future__ import annotations

import argparse
import contextlib
import os
import signal
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

import httpx

from tools.model import ensure_model
from tools.paths import APP_PYTHON, RASA_BIN, ROOT, quiet_env

# The servers the assistant cannot work without; the Telegram bot is optional.
CORE = ("rasa", "actions", "gateway")


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
        return port


@dataclass
class Ports:
    gateway: int = 8000
    rasa: int = 5005
    actions: int = 5055

    @classmethod
    def free(cls) -> Ports:
        return cls(free_port(), free_port(), free_port())


@dataclass
class Stack:
    ports: Ports
    log_dir: Path
    # Extra environment for every process (a test's own database or content folder, limits).
    env: dict[str, str] = field(default_factory=dict)
    # Check the threat level against MI5's feed this often while running (0: never).
    sync_minutes: float = 0
    processes: dict[str, subprocess.Popen[bytes]] = field(default_factory=dict)

    @property
    def gateway_url(self) -> str:
        return f"http://127.0.0.1:{self.ports.gateway}"

    @property
    def rasa_url(self) -> str:
        return f"http://127.0.0.1:{self.ports.rasa}"

    @property
    def actions_url(self) -> str:
        return f"http://127.0.0.1:{self.ports.actions}"

    def _start(self, name: str, argv: list[str], env: dict[str, str]) -> None:
        log = (self.log_dir / f"{name}.log").open("wb")
        # Each process leads its own group, so stopping it also stops anything it spawned.
        self.processes[name] = subprocess.Popen(
            argv, cwd=ROOT, env=env, stdout=log, stderr=subprocess.STDOUT, start_new_session=True
        )

    def start(self, model: Path) -> None:
        self.log_dir.mkdir(parents=True, exist_ok=True)
        self._start("actions", [
            str(APP_PYTHON), "-m", "uvicorn", "actions.server:create_app", "--factory",
            "--host", "127.0.0.1", "--port", str(self.ports.actions), "--no-access-log",
        ], quiet_env(**self.env))
        self._start("rasa", [
            str(RASA_BIN), "run", "--model", str(model), "--enable-api",
            "--interface", "127.0.0.1", "--port", str(self.ports.rasa),
            "--credentials", "credentials.yml", "--endpoints", "endpoints.yml",
        ], quiet_env(ACTION_ENDPOINT_URL=f"{self.actions_url}/webhook", **self.env))
        self._start("gateway", [
            str(APP_PYTHON), "-m", "uvicorn", "bot.web.app:create_app", "--factory",
            "--host", os.environ.get("HOST", "127.0.0.1"), "--port", str(self.ports.gateway),
            "--no-access-log",
        ], quiet_env(RASA_URL=self.rasa_url, PORT=str(self.ports.gateway), **self.env))
        if os.environ.get("TELEGRAM_BOT_TOKEN"):
            self._start("telegram", [str(APP_PYTHON), "-m", "bot.telegram"],
                        quiet_env(RASA_URL=self.rasa_url, **self.env))
        if self.sync_minutes > 0:
            content = self.env.get("ACTIONS_CONTENT_DIR", str(ROOT / "content"))
            self._start("threat-level-sync", [
                str(APP_PYTHON), "-m", "tools.content", "threat-level", "sync",
                "--every", str(self.sync_minutes), "--content", content,
            ], quiet_env(**self.env))

    def wait_ready(self, timeout: float = 240.0) -> None:
        """Block until the action server and the gateway (which checks Rasa) say they are ready."""
        deadline = time.monotonic() + timeout
        pending = {"actions": f"{self.actions_url}/health", "gateway": f"{self.gateway_url}/health"}
        while pending:
            for name in CORE:
                process = self.processes[name]
                if process.poll() is not None:
                    raise RuntimeError(f"{name} exited with {process.returncode}; see "
                                       f"{self.log_dir / (name + '.log')}")
            for name, url in list(pending.items()):
                with contextlib.suppress(httpx.HTTPError):
                    if httpx.get(url, timeout=2).status_code == 200:
                        del pending[name]
            if time.monotonic() > deadline:
                raise TimeoutError(f"not ready after {timeout:.0f} s: {', '.join(pending)}")
            time.sleep(0.5)

    def stop(self) -> None:
        for process in self.processes.values():
            if process.poll() is None:
                with contextlib.suppress(ProcessLookupError):
                    os.killpg(process.pid, signal.SIGTERM)
        for process in self.processes.values():
            try:
                process.wait(timeout=15)
            except subprocess.TimeoutExpired:
                os.killpg(process.pid, signal.SIGKILL)
                process.wait()

    def pids(self) -> dict[str, int]:
        return {name: p.pid for name, p in self.processes.items()}


@contextlib.contextmanager
def running_stack(ports: Ports, log_dir: Path, env: dict[str, str] | None = None,
                  sync_minutes: float = 0) -> Iterator[Stack]:
    stack = Stack(ports, log_dir, env or {}, sync_minutes=sync_minutes)
    try:
        stack.start(ensure_model())
        stack.wait_ready()
        yield stack
    finally:
        stack.stop()


def watch(stack: Stack, log_dir: Path) -> int:
    """Until Ctrl-C: a core process that stops stops everything; the Telegram bot is optional,
    so if it stops (Telegram unreachable, bad token) the web chat carries on."""
    warned = False
    while all(stack.processes[name].poll() is None for name in CORE):
        bot = stack.processes.get("telegram")
        if bot is not None and bot.poll() is not None and not warned:
            print(f"The Telegram bot stopped; see {log_dir / 'telegram.log'}. The web chat goes on.",
                  file=sys.stderr)
            warned = True
        time.sleep(1)
    print("A process stopped unexpectedly; stopping the others.", file=sys.stderr)
    return 1


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--gateway-port", type=int, default=int(os.environ.get("PORT", "8000")))
    parser.add_argument("--rasa-port", type=int, default=int(os.environ.get("RASA_PORT", "5005")))
    parser.add_argument("--actions-port", type=int,
                        default=int(os.environ.get("ACTIONS_PORT", "5055")))
    args = parser.parse_args()
    ports = Ports(args.gateway_port, args.rasa_port, args.actions_port)
    log_dir = ROOT / ".cache" / "logs"
    print("Starting the assistant (Rasa, action server, web gateway)…", file=sys.stderr)
    # Ctrl-C raises KeyboardInterrupt; SIGTERM is turned into the same, so both stop cleanly.
    signal.signal(signal.SIGTERM, signal.default_int_handler)
    signal.signal(signal.SIGINT, signal.default_int_handler)
    try:
        sync = float(os.environ.get("THREAT_LEVEL_SYNC_MINUTES", "60"))
        with running_stack(ports, log_dir, sync_minutes=sync) as stack:
            telegram = "on" if "telegram" in stack.processes else "off (set TELEGRAM_BOT_TOKEN)"
            checks = f"every {sync:g} minutes" if sync > 0 else "off (THREAT_LEVEL_SYNC_MINUTES=0)"
            print(f"\nThe assistant is ready: open {stack.gateway_url}/ in a browser.\n"
                  f"Telegram bot: {telegram}. Threat level checked against MI5's feed: {checks}.\n"
                  f"Logs are in {log_dir}. Press Ctrl-C to stop.", file=sys.stderr)
            return watch(stack, log_dir)
    except KeyboardInterrupt:
        print("\nStopped.", file=sys.stderr)
        return 0


if __name__ == "__main__":
    sys.exit(main())
