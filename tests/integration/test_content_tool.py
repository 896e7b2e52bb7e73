"""`./content-tool preview` with the trained NLU model, run in Rasa's environment as the assistant does."""

from __future__ import annotations

import re
import subprocess

import pytest

from tests.conftest import ROOT
from tools.model import model_path
from tools.paths import CONTENT_TOOL

pytestmark = pytest.mark.integration


def test_preview_shows_the_models_intent_and_the_reply_it_leads_to() -> None:
    assert model_path().exists(), "make integration trains the model first"
    done = subprocess.run([CONTENT_TOOL, "preview", "what is the uk terror threat level right now"],
                          cwd=ROOT, capture_output=True, text=True, timeout=300, check=False)
    assert done.returncode == 0, done.stdout + done.stderr
    said = done.stdout
    assert re.search(r"^NLU model: +intent ask_threat_level, confidence [01]\.\d\d; runner-up \w+ 0\.\d\d$",
                     said, flags=re.MULTILINE), said
    assert re.search(r"^Answer: +threat-level ", said, flags=re.MULTILINE)
    assert re.search(r"^Score: +[01]\.\d\d \(the model's confidence\)$", said, flags=re.MULTILINE)
    assert "The UK national threat level is " in said
