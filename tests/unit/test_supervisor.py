"""The supervisor behind `make run` and `make cluster`: restarts what crashes, stops everything."""

from __future__ import annotations

import sys
import time
from pathlib import Path

from tools.stack import Ports, Process, Stack

SLEEPER = [sys.executable, "-c", "import time; time.sleep(120)"]
STUBBORN = [sys.executable, "-c",
            "import signal, time; signal.signal(signal.SIGTERM, signal.SIG_IGN); time.sleep(120)"]


def stack_of(tmp_path: Path, **argv: list[str]) -> Stack:
    stack = Stack(Ports.free(), tmp_path)
    for name, command in argv.items():
        stack.supervised[name] = Process(name, command, {})
        stack._launch(stack.supervised[name])  # what start() does for each process
    return stack


def test_a_crashed_process_is_started_again_after_a_pause(tmp_path: Path) -> None:
    stack = stack_of(tmp_path, actions=SLEEPER)
    try:
        first = stack.processes["actions"].pid
        stack.processes["actions"].kill()
        stack.processes["actions"].wait()
        deadline = time.monotonic() + 10
        while stack.restart_count("actions") == 0 and time.monotonic() < deadline:
            stack.supervise_once()
            time.sleep(0.1)
        assert stack.restart_count("actions") == 1
        assert stack.processes["actions"].pid != first and stack.supervised["actions"].running
    finally:
        stack.stop(seconds=2)


def test_stop_kills_what_ignores_sigterm_when_time_is_up(tmp_path: Path) -> None:
    stack = stack_of(tmp_path, polite=SLEEPER, stubborn=STUBBORN)
    time.sleep(0.5)  # let the stubborn one install its handler
    started = time.monotonic()
    stack.stop(seconds=1.5)
    assert time.monotonic() - started < 3
    assert not any(p.running for p in stack.supervised.values())


def test_rasa_gets_its_token_in_one_argument_even_when_it_starts_with_a_dash(tmp_path: Path) -> None:
    # token_urlsafe may start with "-": as two arguments, Rasa's argparse takes it for an option
    # ("--auth-token: expected one argument") and Rasa never starts.
    stack = Stack(Ports.free(), tmp_path, rasa_token="-starts-with-a-dash")
    stack.plan(tmp_path / "model.tar.gz")
    argv = stack.supervised["rasa"].argv
    assert "--auth-token=-starts-with-a-dash" in argv and "--auth-token" not in argv
