"""The data layer on SQLite and on this machine's real PostgreSQL: every behaviour on both."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator, Callable
from datetime import UTC, date, datetime, timedelta, timezone
from pathlib import Path

import pytest
from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from alembic.operations import Operations
from alembic.script import ScriptDirectory
from sqlalchemy import Column, String, delete, text
from sqlalchemy.engine import Connection, make_url
from sqlalchemy.exc import StatementError
from structlog.testing import capture_logs

from store.engine import create_engine
from store.migrate import alembic_config, migrate, migration_engine
from store.models import Base, ThreatLevelChange
from store.repository import MAX_ATTEMPTS, Forgotten, Pruned, Store
from store.settings import StoreSettings, async_url, safe_url

SEVERE_SINCE = date(2026, 4, 30)
CHAT = 5_123_456_789  # Telegram chat ids need more than 32 bits
GROUP_CHAT = -1_001_234_567_890


@pytest.fixture
async def other_store(database_url: str) -> AsyncIterator[Store]:
    """A second process's Store on the same database (its own engine and connections)."""
    async with Store(database_url) as opened:
        yield opened


def moment() -> datetime:
    return datetime.now(UTC)


async def a_change(store: Store, level: str = "SEVERE") -> ThreatLevelChange:
    assert await store.record_threat_level_change("national", level, SEVERE_SINCE, "sync")
    latest = await store.latest_threat_level("national")
    assert latest is not None
    return latest


# --- settings: DATABASE_URL -------------------------------------------------------------------

@pytest.mark.parametrize(("given", "expected"), [
    ("postgres://user:pw@db.example:5432/app", "postgresql+asyncpg://user:pw@db.example:5432/app"),
    ("postgresql://user@db.example/app", "postgresql+asyncpg://user@db.example/app"),
    ("postgresql+asyncpg://user@db.example/app", "postgresql+asyncpg://user@db.example/app"),
    ("postgres://u:p@h/app?sslmode=require", "postgresql+asyncpg://u:p@h/app?ssl=require"),
    ("sqlite:///relative.db", "sqlite+aiosqlite:///relative.db"),
    ("sqlite:////var/lib/app.db", "sqlite+aiosqlite:////var/lib/app.db"),
    ("sqlite+aiosqlite:////var/lib/app.db", "sqlite+aiosqlite:////var/lib/app.db"),
])
def test_plain_urls_become_async_driver_urls(given: str, expected: str) -> None:
    assert async_url(given) == expected


@pytest.mark.parametrize("given", [
    "mysql://u:secret@h/app", "postgresql+psycopg2://u:secret@h/app", "", "nonsense"])
def test_other_databases_and_non_urls_are_refused_without_repeating_the_password(given: str) -> None:
    with pytest.raises(ValueError, match="DATABASE_URL") as refused:
        async_url(given)
    assert "secret" not in str(refused.value)


def test_the_default_database_is_sqlite_in_the_cache_directory(monkeypatch: pytest.MonkeyPatch,
                                                                tmp_path: Path) -> None:
    monkeypatch.delenv("DATABASE_URL", raising=False)
    monkeypatch.setenv("SAFETY_ASSISTANT_CACHE", str(tmp_path))
    assert StoreSettings().database_url == f"sqlite+aiosqlite:///{tmp_path / 'app.db'}"


def test_database_url_is_read_from_the_environment_and_never_shown(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("DATABASE_URL", "postgres://app:secret@db.example/app")
    settings = StoreSettings()
    assert settings.database_url == "postgresql+asyncpg://app:secret@db.example/app"
    assert "secret" not in repr(settings)
    assert safe_url(settings.database_url) == "postgresql+asyncpg://app:***@db.example/app"
    monkeypatch.setenv("DATABASE_URL", "mysql://app:secret@db.example/app")
    with pytest.raises(ValueError, match="postgresql:// or sqlite://") as refused:
        StoreSettings()
    assert "secret" not in str(refused.value)


async def test_opening_and_migrating_log_the_database_without_its_password(postgresql_url: str) -> None:
    url = make_url(postgresql_url)
    # This machine's server trusts local connections, so any password will do when none is set.
    password = url.password or "not-logged-pw"
    with_password = url.set(password=password).render_as_string(hide_password=False)
    with capture_logs() as logs:
        await migrate(with_password)
        async with Store(with_password):
            pass
    assert {entry["event"] for entry in logs} >= {"database_migrated", "store_opened"}
    assert str(password) not in repr(logs)


# --- migrations ---------------------------------------------------------------------------------

async def test_the_migrated_schema_is_exactly_the_models(database_url: str) -> None:
    def differences(connection: Connection) -> list[object]:
        return list(compare_metadata(MigrationContext.configure(connection), Base.metadata))

    engine = create_engine(database_url)
    try:
        async with engine.connect() as connection:
            assert await connection.run_sync(differences) == []
    finally:
        await engine.dispose()


async def test_processes_starting_together_migrate_once_and_again_harmlessly(fresh_database_url: str) -> None:
    await asyncio.gather(*(migrate(fresh_database_url) for _ in range(3)))
    await migrate(fresh_database_url)
    engine = create_engine(fresh_database_url)
    try:
        async with engine.connect() as connection:
            versions = (await connection.execute(text("SELECT version_num FROM alembic_version"))).scalars()
            assert list(versions) == [ScriptDirectory.from_config(alembic_config()).get_current_head()]
    finally:
        await engine.dispose()


async def test_a_later_migration_rebuilding_a_sqlite_table_keeps_the_rows_that_refer_to_it(
        tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'app.db'}"
    await migrate(url)
    async with Store(url) as store:
        change = await a_change(store)
        await store.claim_delivery(change.id, "telegram", CHAT)

    def rebuild_changes_table(connection: Connection) -> None:
        # What Alembic's batch mode does on SQLite for most ALTERs: copy, drop, rename.
        operations = Operations(MigrationContext.configure(connection))
        with operations.batch_alter_table("threat_level_changes", recreate="always") as batch:
            batch.add_column(Column("note", String(20), nullable=True))

    engine = migration_engine(url)
    try:
        async with engine.begin() as connection:
            await connection.run_sync(rebuild_changes_table)
    finally:
        await engine.dispose()
    async with Store(url) as store:
        assert [d.chat_id for d in await store.deliveries(change.id)] == [CHAT]


async def test_changes_recorded_before_they_were_numbered_are_numbered_per_scope(
        fresh_database_url: str) -> None:
    def upgrade(revision: str) -> Callable[[Connection], None]:
        def run(connection: Connection) -> None:
            config = alembic_config()
            config.attributes["connection"] = connection
            command.upgrade(config, revision)
        return run

    engine = migration_engine(fresh_database_url)
    try:
        async with engine.begin() as connection:
            await connection.run_sync(upgrade("0001"))
            for scope, level, since in [("national", "SUBSTANTIAL", "2022-02-09"),
                                        ("northern_ireland", "SUBSTANTIAL", "2024-03-06"),
                                        ("national", "SEVERE", "2026-04-30")]:
                await connection.execute(text(
                    "INSERT INTO threat_level_changes (scope, level, since, went_live_at, source) "
                    "VALUES (:scope, :level, :since, :at, 'edit')"),
                    {"scope": scope, "level": level, "since": date.fromisoformat(since), "at": moment()})
        async with engine.begin() as connection:
            await connection.run_sync(upgrade("head"))
    finally:
        await engine.dispose()
    async with Store(fresh_database_url) as store:
        assert [(c.scope, c.seq, c.level) for c in await store.threat_level_changes()] == [
            ("national", 0, "SUBSTANTIAL"), ("northern_ireland", 0, "SUBSTANTIAL"), ("national", 1, "SEVERE")]
        # …and the next change follows on from them.
        assert await store.record_threat_level_change("national", "SUBSTANTIAL", date(2026, 12, 1), "set")
        latest = await store.latest_threat_level("national")
        assert latest is not None and latest.seq == 2


async def test_the_default_sqlite_file_is_created_with_its_directory(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'not' / 'yet' / 'app.db'}"
    await migrate(url)
    async with Store(url) as store:
        assert await store.subscribe("telegram", CHAT)
    assert (tmp_path / "not" / "yet" / "app.db").is_file()


# --- gaps and feedback --------------------------------------------------------------------------

async def test_gaps_come_back_newest_first_since_a_moment_in_utc(store: Store) -> None:
    start = moment()
    first = await store.record_gap("what is [postcode] like", "fallback", 0.31, "web")
    second = await store.record_gap("tell me a joke", "fallback", None, "telegram")
    gaps = await store.gaps(since=start)
    assert [(g.id, g.text, g.topic, g.confidence, g.channel) for g in gaps] == [
        (second.id, "tell me a joke", "fallback", None, "telegram"),
        (first.id, "what is [postcode] like", "fallback", 0.31, "web")]
    assert all(g.created_at.tzinfo is UTC and start <= g.created_at <= moment() for g in gaps)
    assert await store.gaps(since=moment()) == []


async def test_a_naive_time_is_refused_rather_than_guessed(store: Store) -> None:
    with pytest.raises(StatementError, match="timezone-aware"):
        await store.gaps(since=datetime(2026, 1, 1))


async def test_feedback_is_kept_with_an_optional_short_comment(store: Store) -> None:
    start = moment()
    await store.record_feedback("run", True, None, "web")
    await store.record_feedback("hide", False, "too long to read while [phone] rang", "telegram")
    feedback = await store.feedback(since=start)
    assert [(f.topic, f.helpful, f.comment, f.channel) for f in feedback] == [
        ("hide", False, "too long to read while [phone] rang", "telegram"), ("run", True, None, "web")]
    assert all(f.created_at.tzinfo is UTC for f in feedback)


async def test_a_comment_over_300_characters_is_refused_on_every_database(store: Store) -> None:
    await store.record_feedback("run", True, "x" * 300, "web")
    with pytest.raises(ValueError, match="300"):
        await store.record_feedback("run", True, "x" * 301, "web")
    assert len(await store.feedback(since=moment() - timedelta(minutes=1))) == 1


async def test_prune_deletes_only_gaps_and_feedback_older_than_the_cutoff(store: Store) -> None:
    await store.record_gap("old question", "fallback", 0.1, "web")
    await store.record_feedback("run", True, None, "web")
    await store.record_feedback("hide", True, None, "web")
    await asyncio.sleep(0.01)
    cutoff = moment()
    await asyncio.sleep(0.01)
    await store.record_gap("new question", "fallback", 0.2, "web")
    assert await store.prune(older_than=cutoff) == Pruned(gaps=1, feedback=2)
    assert [g.text for g in await store.gaps(since=cutoff - timedelta(days=1))] == ["new question"]
    assert await store.feedback(since=cutoff - timedelta(days=1)) == []
    assert await store.prune(older_than=cutoff) == Pruned(gaps=0, feedback=0)


# --- the threat level ---------------------------------------------------------------------------

async def test_a_change_two_processes_see_at_once_is_recorded_once(store: Store, other_store: Store) -> None:
    went_live = moment()
    results = await asyncio.gather(
        store.record_threat_level_change("national", "SEVERE", SEVERE_SINCE, "sync", went_live),
        other_store.record_threat_level_change("national", "SEVERE", SEVERE_SINCE, "sync", went_live))
    assert sorted(results) == [False, True]
    assert len(await store.threat_level_changes()) == 1
    assert not await other_store.record_threat_level_change("national", "SEVERE", SEVERE_SINCE, "edit")


async def test_a_level_that_comes_back_is_a_change_of_its_own(store: Store) -> None:
    # An edit undone: SEVERE, a mistaken CRITICAL, SEVERE again. The people told CRITICAL must
    # be told it is SEVERE again, so the third is recorded (and announced) like any change.
    assert await store.record_threat_level_change("national", "SEVERE", SEVERE_SINCE, "start")
    assert await store.record_threat_level_change("national", "CRITICAL", date(2026, 11, 24), "edit")
    assert await store.record_threat_level_change("national", "SEVERE", SEVERE_SINCE, "edit")
    assert not await store.record_threat_level_change("national", "SEVERE", SEVERE_SINCE, "edit")
    changes = await store.threat_level_changes()
    assert [(c.seq, c.level) for c in changes] == [(0, "SEVERE"), (1, "CRITICAL"), (2, "SEVERE")]
    latest = await store.latest_threat_level("national")
    assert latest is not None and latest.id == changes[-1].id


async def test_changes_are_read_in_order_after_a_cursor_and_the_latest_per_scope(store: Store) -> None:
    assert await store.latest_threat_level("national") is None
    london = timezone(timedelta(hours=1))
    await store.record_threat_level_change("national", "SUBSTANTIAL", date(2022, 2, 9), "start",
                                           datetime(2026, 4, 30, 9, 0, tzinfo=london))
    await store.record_threat_level_change("northern_ireland", "SUBSTANTIAL", date(2024, 3, 6), "start",
                                           datetime(2026, 4, 30, 9, 0, tzinfo=UTC))
    await store.record_threat_level_change("national", "SEVERE", SEVERE_SINCE, "set",
                                           datetime(2026, 4, 30, 12, 0, tzinfo=UTC))
    changes = await store.threat_level_changes()
    assert [(c.scope, c.level, c.since, c.source) for c in changes] == [
        ("national", "SUBSTANTIAL", date(2022, 2, 9), "start"),
        ("northern_ireland", "SUBSTANTIAL", date(2024, 3, 6), "start"),
        ("national", "SEVERE", SEVERE_SINCE, "set")]
    # The same moment, told in UTC whatever zone it was given in.
    assert changes[0].went_live_at == datetime(2026, 4, 30, 8, 0, tzinfo=UTC)
    assert changes[0].went_live_at.tzinfo is UTC
    after_first = await store.threat_level_changes(after_id=changes[0].id)
    assert [c.level for c in after_first] == ["SUBSTANTIAL", "SEVERE"]
    assert await store.threat_level_changes(after_id=changes[-1].id) == []
    national = await store.latest_threat_level("national")
    assert national is not None and national.level == "SEVERE"
    northern_ireland = await store.latest_threat_level("northern_ireland")
    assert northern_ireland is not None and northern_ireland.since == date(2024, 3, 6)


# --- subscribers --------------------------------------------------------------------------------

async def test_subscribing_twice_keeps_one_subscription(store: Store) -> None:
    assert await store.subscribe("telegram", CHAT)
    assert not await store.subscribe("telegram", CHAT)
    assert await store.subscribe("telegram", GROUP_CHAT)
    assert await store.is_subscribed("telegram", CHAT)
    assert not await store.is_subscribed("web", CHAT)
    assert await store.subscribers("telegram") == [CHAT, GROUP_CHAT]
    assert await store.subscribers("web") == []


async def test_unsubscribing_says_whether_there_was_a_subscription(store: Store) -> None:
    await store.subscribe("telegram", CHAT)
    assert await store.unsubscribe("telegram", CHAT)
    assert not await store.unsubscribe("telegram", CHAT)
    assert not await store.is_subscribed("telegram", CHAT)
    assert await store.subscribers("telegram") == []


# --- deliveries ---------------------------------------------------------------------------------

async def test_a_delivery_is_claimed_once(store: Store) -> None:
    change = await a_change(store)
    await store.subscribe("telegram", CHAT)
    assert await store.claim_delivery(change.id, "telegram", CHAT)
    assert not await store.claim_delivery(change.id, "telegram", CHAT)
    assert [(d.status, d.attempts) for d in await store.deliveries(change.id)] == [("sending", 1)]


async def test_two_broadcasts_racing_for_a_chat_send_it_once(store: Store, other_store: Store) -> None:
    change = await a_change(store)
    claims = await asyncio.gather(*(s.claim_delivery(change.id, "telegram", chat)
                                    for chat in (CHAT, GROUP_CHAT) for s in (store, other_store)))
    assert sorted(claims) == [False, False, True, True]


async def test_a_broadcast_killed_half_way_resumes_without_sending_anyone_twice(
        store: Store, other_store: Store) -> None:
    change = await a_change(store)
    chats = [101, 102, 103, 104, 105]
    for chat in chats:
        await store.subscribe("telegram", chat)
    assert await store.undelivered(change.id, "telegram") == chats
    for chat in (101, 102):
        assert await store.claim_delivery(change.id, "telegram", chat)
        await store.mark_delivery(change.id, "telegram", chat, "sent")
    # Killed after claiming 103, before or after Telegram got it: nobody knows which.
    assert await store.claim_delivery(change.id, "telegram", 103)

    resumed = other_store
    assert await resumed.undelivered(change.id, "telegram") == [104, 105]
    assert not await resumed.claim_delivery(change.id, "telegram", 103)
    statuses = {d.chat_id: d.status for d in await resumed.deliveries(change.id)}
    assert statuses == {101: "sent", 102: "sent", 103: "sending"}


async def test_a_failed_delivery_is_tried_again_up_to_the_limit_and_a_gone_chat_never(store: Store) -> None:
    change = await a_change(store)
    await store.subscribe("telegram", CHAT)
    await store.subscribe("telegram", GROUP_CHAT)
    assert await store.claim_delivery(change.id, "telegram", GROUP_CHAT)
    await store.mark_delivery(change.id, "telegram", GROUP_CHAT, "gone")
    for attempt in range(1, MAX_ATTEMPTS + 1):
        assert await store.undelivered(change.id, "telegram") == [CHAT]
        assert await store.claim_delivery(change.id, "telegram", CHAT)
        await store.mark_delivery(change.id, "telegram", CHAT, "failed")
        delivery = next(d for d in await store.deliveries(change.id) if d.chat_id == CHAT)
        assert (delivery.status, delivery.attempts) == ("failed", attempt)
        assert delivery.updated_at.tzinfo is UTC
    assert await store.undelivered(change.id, "telegram") == []
    assert not await store.claim_delivery(change.id, "telegram", CHAT)
    assert not await store.claim_delivery(change.id, "telegram", GROUP_CHAT)


async def test_deliveries_are_per_change(store: Store) -> None:
    severe = await a_change(store, "SEVERE")
    critical = await a_change(store, "CRITICAL")
    await store.subscribe("telegram", CHAT)
    assert await store.claim_delivery(severe.id, "telegram", CHAT)
    assert await store.undelivered(critical.id, "telegram") == [CHAT]
    assert await store.claim_delivery(critical.id, "telegram", CHAT)


async def test_deleting_a_change_deletes_its_deliveries(store: Store, database_url: str) -> None:
    change = await a_change(store)
    await store.claim_delivery(change.id, "telegram", CHAT)
    engine = create_engine(database_url)
    try:
        async with engine.begin() as connection:
            await connection.execute(delete(ThreatLevelChange).where(ThreatLevelChange.id == change.id))
    finally:
        await engine.dispose()
    assert await store.deliveries(change.id) == []


# --- forgetting a chat --------------------------------------------------------------------------

async def test_forget_deletes_a_chats_subscription_and_deliveries_and_nothing_else(store: Store) -> None:
    severe = await a_change(store, "SEVERE")
    critical = await a_change(store, "CRITICAL")
    for chat in (CHAT, GROUP_CHAT):
        await store.subscribe("telegram", chat)
        for change in (severe, critical):
            await store.claim_delivery(change.id, "telegram", chat)
            await store.mark_delivery(change.id, "telegram", chat, "sent")
    assert await store.forget("telegram", CHAT) == Forgotten(subscriptions=1, deliveries=2)
    assert await store.subscribers("telegram") == [GROUP_CHAT]
    assert {d.chat_id for d in await store.deliveries(severe.id)} == {GROUP_CHAT}
    assert await store.forget("telegram", CHAT) == Forgotten(subscriptions=0, deliveries=0)
