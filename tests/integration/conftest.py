"""One real stack (Rasa, action server, gateway on free ports) shared by the integration tests.

It answers from a copy of content/ (the live-reload tests edit it) and keeps its data in a
SQLite database of its own.
"""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest

from tools.paths import ROOT
from tools.stack import Ports, Stack, running_stack


@pytest.fixture(scope="session")
def content_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return Path(shutil.copytree(ROOT / "content", tmp_path_factory.mktemp("stack") / "content"))


@pytest.fixture(scope="session")
def database_url(tmp_path_factory: pytest.TempPathFactory) -> str:
    return f"sqlite:///{tmp_path_factory.mktemp('data') / 'app.db'}"


@pytest.fixture(scope="session")
def stack(tmp_path_factory: pytest.TempPathFactory, content_dir: Path, database_url: str) -> Iterator[Stack]:
    env = {"ACTIONS_CONTENT_DIR": str(content_dir), "DATABASE_URL": database_url}
    with running_stack(Ports.free(), tmp_path_factory.mktemp("logs"), env) as running:
        yield running
