"""Live content: a saved, valid edit is answered from within seconds; a broken one never is."""

from __future__ import annotations

import asyncio
import shutil
import time
from datetime import date
from pathlib import Path

import pytest

from actions.content import Library
from actions.live import LiveContent
from actions.nlu import Understanding
from actions.retrieval import EmbeddingCache, Encoder
from actions.settings import ActionSettings
from tests.conftest import CONTENT

TODAY = date(2026, 11, 24)


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    return Path(shutil.copytree(CONTENT, tmp_path / "content"))


@pytest.fixture
def live(folder: Path, encoder: Encoder, tmp_path: Path) -> LiveContent:
    settings = ActionSettings(content_dir=folder, cache_dir=tmp_path / "cache")
    return LiveContent(settings, EmbeddingCache(encoder, tmp_path / "cache"))


def threat_level_answer(live: LiveContent) -> str:
    answerer = live.answerer
    decision = answerer.decide(Understanding("threat level", "ask_threat_level", 0.99))
    return answerer.render(decision, TODAY)[0].text


def edit(path: Path, old: str, new: str) -> None:
    text = path.read_text(encoding="utf-8")
    assert old in text
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


async def test_a_valid_edit_is_swapped_in_and_a_broken_one_is_refused(
    live: LiveContent, folder: Path, caplog: pytest.LogCaptureFixture
) -> None:
    assert "SEVERE" in threat_level_answer(live)
    edit(folder / "threat-level.yml", "  level: SEVERE\n  since: 2026-04-30",
         "  level: CRITICAL\n  since: 2026-11-20")
    assert await live.reload()
    assert "CRITICAL" in threat_level_answer(live)

    good = live.answerer.library.digest
    edit(folder / "threat-level.yml", "  level: CRITICAL", "  level: VERY HIGH")
    assert not await live.reload()
    assert live.answerer.library.digest == good
    assert "CRITICAL" in threat_level_answer(live)


async def test_an_unchanged_save_is_not_a_new_version(live: LiveContent, folder: Path) -> None:
    path = folder / "hide.md"
    path.write_text(path.read_text(encoding="utf-8"), encoding="utf-8")
    assert not await live.reload()


async def test_the_watcher_makes_a_saved_edit_live_within_seconds(live: LiveContent, folder: Path) -> None:
    seen: list[tuple[str, str | None]] = []
    went_live = asyncio.Event()

    async def on_live(library: Library, previous: Library | None) -> None:
        seen.append((library.digest, previous.digest if previous else None))
        went_live.set()

    live._on_live = on_live  # the hook the server passes at start-up
    stop = asyncio.Event()
    watcher = asyncio.create_task(live.watch(stop))
    await asyncio.sleep(0.3)  # let the watcher start
    before = live.answerer.library.digest
    started = time.monotonic()
    edit(folder / "hide.md", "Be very quiet.", "Be silent.")
    try:
        await asyncio.wait_for(went_live.wait(), timeout=5)
    finally:
        stop.set()
        await watcher
    print(f"\nedit live after {time.monotonic() - started:.2f} s")
    assert "Be silent." in live.answerer.library.topics["hide"].sections[0].text
    assert seen == [(live.answerer.library.digest, before)]
