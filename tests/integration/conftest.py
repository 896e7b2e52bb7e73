"""One real stack (Rasa, action server, gateway on free ports) shared by the integration tests."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from tools.stack import Ports, Stack, running_stack


@pytest.fixture(scope="session")
def stack(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Stack]:
    with running_stack(Ports.free(), tmp_path_factory.mktemp("logs")) as running:
        yield running
