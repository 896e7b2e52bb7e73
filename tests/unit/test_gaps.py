"""The editors' gaps report, on SQLite and PostgreSQL: grouped by meaning, newest first, pruned."""

from __future__ import annotations

from datetime import timedelta

import pytest

from actions.retrieval import EmbeddingCache, Encoder
from store.models import utc_now
from store.repository import Store
from tools import content as tool
from tools.gaps import group_by_meaning

PETS = ["can i take my dog with me if i have to run", "what do i do with my cat in an attack",
        "should i leave my pet behind when escaping"]
PARKING = "where do i park for the christmas market"


async def test_questions_are_grouped_by_meaning_and_the_latest_group_comes_first(
    store: Store, encoder: Encoder
) -> None:
    for text in PETS:
        await store.record_gap(text, "fallback", 0.2, "web")
    await store.record_gap(PARKING, "fallback", 0.1, "telegram")
    groups = group_by_meaning(await store.gaps(utc_now() - timedelta(days=1)),
                              EmbeddingCache(encoder, None).encode)
    assert [len(g.questions) for g in groups] == [1, 3]
    assert groups[0].questions[0].text == PARKING
    assert {q.text for q in groups[1].questions} == set(PETS)
    assert groups[1].questions[0].text == PETS[-1]  # newest first inside a group too


async def test_the_tool_prunes_what_is_past_its_keeping_time_and_reports_the_rest(
    store: Store, database_url: str, encoder: Encoder, capsys: pytest.CaptureFixture[str]
) -> None:
    for text in PETS:
        await store.record_gap(text, "fallback", 0.2, "web")
    await store.record_feedback("hide", False, "it didn't say what to do with kids", "web")
    await store.record_feedback("hide", True, None, "web")
    await store.record_feedback("run", True, None, "telegram")
    old = await store.record_gap("an old question from last year", "fallback", 0.3, "web")
    await _age(store, old.id, days=45)

    assert await tool.gaps_report(None, database_url, keep_days=30, encoder=encoder) == 0
    report = capsys.readouterr().out
    assert "3 in 1 group" in report and all(f'"{t}"' in report for t in PETS)
    assert "old question" not in report
    assert "hide: 1 no / 1 yes" in report and "run: 0 no / 1 yes" in report
    assert "it didn't say what to do with kids" in report
    assert [g.text for g in await store.gaps(utc_now() - timedelta(days=400))] == list(reversed(PETS))


async def _age(store: Store, gap_id: int, days: int) -> None:
    """Move one gap back in time, as if it had been kept that long."""
    from sqlalchemy import update

    from store.models import Gap

    async with store._sessions.begin() as session:  # only a test rewrites history
        await session.execute(update(Gap).where(Gap.id == gap_id)
                              .values(created_at=utc_now() - timedelta(days=days)))
