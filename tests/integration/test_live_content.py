"""Editors' changes through the real running stack: live within seconds, never broken."""

from __future__ import annotations

import shutil
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest

from tools.paths import ROOT
from tools.stack import Stack

pytestmark = pytest.mark.integration
LIVE_WITHIN_SECONDS = 5.0


@pytest.fixture
def content(content_dir: Path) -> Iterator[Path]:
    """The stack's content folder; put back as it was after each test."""
    yield content_dir
    for path in content_dir.iterdir():
        shutil.copy2(ROOT / "content" / path.name, path)


def first_message(stack: Stack, message: str, sender: str) -> dict[str, Any]:
    response = httpx.post(f"{stack.gateway_url}/api/chat", json={"sender": sender, "message": message},
                          timeout=30)
    assert response.status_code == 200, response.text
    first: dict[str, Any] = response.json()["messages"][0]
    return first


def edit(path: Path, old: str, new: str) -> None:
    text = path.read_text(encoding="utf-8")
    assert old in text, f"{old!r} not in {path.name}"
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


def answer_within(stack: Stack, message: str, expected: str, seconds: float = LIVE_WITHIN_SECONDS) -> float:
    """Ask until the first answer contains `expected`; how long that took."""
    started = time.monotonic()
    asked = 0
    while True:
        asked += 1
        text = first_message(stack, message, f"live-{asked:04d}-{int(started)}")["text"]
        if expected in text:
            return time.monotonic() - started
        assert time.monotonic() - started < seconds, f"not live after {seconds} s: {text!r}"
        time.sleep(0.1)


def test_a_threat_level_change_is_answered_within_seconds_and_a_broken_file_never(
    stack: Stack, content: Path
) -> None:
    question = "/ask_threat_level"
    assert "SEVERE" in first_message(stack, question, "live-before-1")["text"]
    edit(content / "threat-level.yml", "  level: SEVERE\n  since: 2026-04-30",
         "  level: CRITICAL\n  since: 2026-11-20")
    took = answer_within(stack, question, "CRITICAL")
    print(f"\nthreat level live after {took:.2f} s")

    # A broken edit: the file no longer parses. The last good content keeps answering.
    edit(content / "threat-level.yml", "national:", "national: [")
    time.sleep(1.5)
    assert "CRITICAL" in first_message(stack, question, "live-broken-1")["text"]
    log = (stack.log_dir / "actions.log").read_text(encoding="utf-8")
    assert "content_edit_refused" in log and "threat-level.yml" in log


def test_a_new_first_sentence_and_a_past_review_date_show_up(stack: Stack, content: Path) -> None:
    edit(content / "hide.md", "If you cannot get away safely, hide.",
         "If you cannot get away safely, find a place to hide.")
    answer_within(stack, "/ask_hide", "find a place to hide")
    edit(content / "hide.md", "last_reviewed: 2026-11-23\nreview_by: 2027-05-23",
         "last_reviewed: 2026-05-01\nreview_by: 2026-11-01")
    answer_within(stack, "/ask_hide", "being reviewed")
