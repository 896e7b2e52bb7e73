"""The chat page in Debian's Chromium, driven by playwright-core (tests/browser/chat.mjs)."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest

from tools.stack import Stack

pytestmark = pytest.mark.integration
SCRIPT = Path(__file__).resolve().parent.parent / "browser" / "chat.mjs"


def test_chat_page_in_a_real_browser(stack: Stack, tmp_path: Path) -> None:
    screenshot = tmp_path / "chat.png"
    run = subprocess.run(["node", str(SCRIPT), f"{stack.gateway_url}/", str(screenshot)],
                         capture_output=True, text=True, timeout=120, check=False)
    assert run.returncode == 0, run.stdout + run.stderr
    assert "1 passed" in run.stdout
    assert screenshot.stat().st_size > 10_000
