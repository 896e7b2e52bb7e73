"""Threat level changes become events exactly once, however many replicas see them (SQLite and
PostgreSQL)."""

from __future__ import annotations

import asyncio
import dataclasses
from datetime import date

from actions.content import HistoryEntry, Library
from actions.threat_events import record_changes
from store.repository import Store


def with_level(library: Library, level: str, since: date, source: str | None = None) -> Library:
    history = library.threat_level.history
    if source:
        history = (*history, HistoryEntry(date=since, level=level, scope="national", source=source))
    threat_level = dataclasses.replace(library.threat_level, level=level, since=since, history=history)
    return dataclasses.replace(library, threat_level=threat_level)


async def test_the_first_level_is_a_baseline_and_each_change_is_recorded_once(
    store: Store, library: Library, database_url: str
) -> None:
    assert await record_changes(store, library) == ["national", "northern_ireland"]
    assert [c.source for c in await store.threat_level_changes()] == ["start", "start"]
    assert await record_changes(store, library) == []  # a restart: nothing changed

    raised = with_level(library, "CRITICAL", date(2026, 11, 20), source="set")
    # Two replicas see the same edit go live at the same moment.
    async with Store(database_url) as other:
        results = await asyncio.gather(record_changes(store, raised), record_changes(other, raised))
    assert sorted(results) == [[], ["national"]]
    [*_, change] = await store.threat_level_changes()
    assert (change.scope, change.level, change.since, change.source) == (
        "national", "CRITICAL", date(2026, 11, 20), "set")


async def test_a_hand_edit_is_an_edit_and_the_tool_says_sync(store: Store, library: Library) -> None:
    await record_changes(store, library)
    await record_changes(store, with_level(library, "SUBSTANTIAL", date(2026, 11, 21)))
    await record_changes(store, with_level(library, "CRITICAL", date(2026, 11, 22), source="sync"))
    sources = [(c.level, c.source) for c in await store.threat_level_changes() if c.scope == "national"]
    assert sources == [("SEVERE", "start"), ("SUBSTANTIAL", "edit"), ("CRITICAL", "sync")]

