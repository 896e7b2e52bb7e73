"""The chat widget in Debian's Chromium, driven by playwright-core (tests/browser/widget.mjs),
against the real stack: the demo page, feedback found in the editors' gaps report, a hostile host
site on another origin, and a gateway that is stopped or answers 503. And, without a Rasa (so
without the stack), the widget's Markdown subset and what must never become markup
(tests/browser/markdown.mjs)."""

from __future__ import annotations

import json
import os
import subprocess
from pathlib import Path

import httpx
import pytest

from bot.settings import BotSettings
from bot.web.app import create_app
from tests.fakes.rasa import FakeRasa
from tests.fakes.server import serving
from tools.paths import APP_PYTHON, ROOT
from tools.stack import Stack, free_port

pytestmark = pytest.mark.integration
SCRIPT = ROOT / "tests" / "browser" / "widget.mjs"
MARKDOWN_SCRIPT = ROOT / "tests" / "browser" / "markdown.mjs"
# The screenshots are kept for people to look at (docs/widget.png is one of them, committed).
SHOTS = ROOT / "reports"


def run_browser(group: str, config: dict[str, object]) -> str:
    SHOTS.mkdir(exist_ok=True)
    run = subprocess.run(["node", str(SCRIPT), group, json.dumps({"shots": str(SHOTS), **config})],
                         capture_output=True, text=True, timeout=300, check=False)
    assert run.returncode == 0, run.stdout + run.stderr
    assert " passed, 0 failed" in run.stdout
    return run.stdout


def test_the_widget_on_the_demo_page(stack: Stack, database_url: str) -> None:
    comment = "the widget test wanted more about car parks"
    out = run_browser("demo", {"url": f"{stack.gateway_url}/", "comment": comment})
    assert "0 serious or critical" in out
    for name in ("widget-desktop.png", "widget-320.png"):
        assert (SHOTS / name).stat().st_size > 10_000
    # The feedback given in the browser is in the editors' gaps report.
    report = subprocess.run([str(APP_PYTHON), "-m", "tools.content", "gaps"], cwd=ROOT,
                            env={**os.environ, "DATABASE_URL": database_url},
                            capture_output=True, text=True, timeout=300, check=True).stdout
    assert "threat-level: 0 no / 1 yes" in report
    assert f'"{comment}"' in report


def test_the_widget_on_a_hostile_site_and_with_the_gateway_down(stack: Stack, database_url: str,
                                                                 tmp_path: Path) -> None:
    """A gateway of the test's own (the widget's script starts, stops and restarts it) talking to
    the stack's Rasa, and admitting the hostile site's origin through CORS."""
    port, host_port = free_port(), free_port()
    env = {"PORT": str(port), "RASA_URL": stack.rasa_url, "RASA_AUTH_TOKEN": stack.rasa_token,
           "DATABASE_URL": database_url, "ALLOWED_ORIGINS": f"http://127.0.0.1:{host_port}",
           "RATE_LIMIT_PER_SENDER": "4/5 seconds", "RATE_LIMIT_PER_CLIENT": "600/minute"}
    gateway = {"argv": [str(APP_PYTHON), "-m", "uvicorn", "bot.web.app:create_app", "--factory",
                        "--host", "127.0.0.1", "--port", str(port), "--no-access-log",
                        "--timeout-graceful-shutdown", "3"],
               "cwd": str(ROOT), "env": env}
    run_browser("hostile", {"gateway": gateway, "widgetOrigin": f"http://127.0.0.1:{port}",
                            "hostPort": host_port, "deadRasaUrl": f"http://127.0.0.1:{free_port()}"})
    assert (SHOTS / "widget-hostile.png").stat().st_size > 10_000


# Answers the real content never gives: the widget's whole Markdown subset, and what must never
# become markup. tests/browser/markdown.mjs checks, by name, how each is shown.
MARKDOWN_CASES = {
    "bold": "Call **999** now, then **Run, Hide, Tell**.",
    "links": "Read [the Stay Safe guidance](https://www.gov.uk/stay-safe) or see "
             "https://www.protectuk.police.uk/act. **Always call [999 first](https://www.gov.uk/999)**.",
    "lists": "Do this:\n- Run\n- Hide\n1. Tell\n2. Call **999**\n\nAfter that, stay safe.",
    "unsafe links": "[a](javascript:alert(1)) [b](http://insecure.example) "
                    "[c](data:text/html,<script>alert(2)</script>) <a href=javascript:alert(3)>d</a> "
                    "[e](JavaScript:alert(4)) [f](//evil.example) [g](https:javascript:alert(5))",
    "html": "<img src=x onerror=\"window.pwned=1;alert(6)\"> <script>window.pwned=1;alert(7)</script> "
            "<b>not bold</b> <iframe src=javascript:alert(8)></iframe> <svg onload=alert(9)> &lt;i&gt;",
    "unbalanced bold": "**open, and a **pair** here\n**a **b** c**\n** spaced ** and **** and 2 * 3",
}


def markdown_rasa_answer() -> list[dict[str, object]]:
    """Rasa's REST output: each case a message of its own (the unsafe one with a bad source)."""
    answer: list[dict[str, object]] = []
    for name, text in MARKDOWN_CASES.items():
        answer.append({"recipient_id": "any", "text": text})
        if name == "unsafe links":
            answer.append({"recipient_id": "any", "custom": {
                "topic": "run", "sources": [{"title": "A bad source", "url": "javascript:alert(10)"}],
                "reviewed": "2026-01-05"}})
    return answer


def test_the_widget_renders_only_its_safe_markdown_subset(tmp_path: Path) -> None:
    """No Rasa: the real gateway, in this process, with Rasa faked at its HTTP boundary, serves the
    real widget.js to a host page (without a CSP) on another origin in Debian's Chromium."""
    host_port = free_port()
    settings = BotSettings(database_url=f"sqlite:///{tmp_path / 'app.db'}",  # type: ignore[call-arg]
                           allowed_origins=[f"http://127.0.0.1:{host_port}"])
    app = create_app(settings, transport=httpx.MockTransport(FakeRasa(markdown_rasa_answer())))
    with serving(app) as gateway:
        SHOTS.mkdir(exist_ok=True)
        config = {"gateway": gateway, "hostPort": host_port, "shots": str(SHOTS), "cases": MARKDOWN_CASES}
        run = subprocess.run(["node", str(MARKDOWN_SCRIPT), json.dumps(config)],
                             capture_output=True, text=True, timeout=120, check=False)
    assert run.returncode == 0, run.stdout + run.stderr
    assert "markdown: 8 passed, 0 failed" in run.stdout
