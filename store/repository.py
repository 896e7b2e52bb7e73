"""Every read and write of the data layer, one short transaction each, behind one `Store` per process."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime
from types import TracebackType
from typing import Any, Self

import structlog
from sqlalchemy import ColumnElement, and_, delete, exists, not_, select, update
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.ext.asyncio import async_sessionmaker

from store.engine import create_engine
from store.models import (
    COMMENT_MAX_CHARS,
    ChangeSource,
    Channel,
    Delivery,
    DeliveryStatus,
    Feedback,
    Gap,
    Scope,
    Subscriber,
    ThreatLevelChange,
    utc_now,
)
from store.settings import safe_url

log = structlog.get_logger(__name__)

# A delivery that failed is tried again, by whichever broadcast claims it, up to this many times.
MAX_ATTEMPTS = 3


@dataclass(frozen=True)
class Pruned:
    gaps: int
    feedback: int


@dataclass(frozen=True)
class Forgotten:
    subscriptions: int
    deliveries: int


class Store:
    """The data layer for one process: build it once from the URL at start-up, `close()` at shut-down.

    Rows come back as detached ORM objects with every column loaded; changing one changes
    nothing in the database. Timestamps go in and come out timezone-aware, in UTC.
    """

    def __init__(self, url: str) -> None:
        self._engine = create_engine(url)
        # Rows are read after their transaction commits, so they must not expire with it.
        self._sessions = async_sessionmaker(self._engine, expire_on_commit=False)
        # INSERT … ON CONFLICT has the same meaning on both databases but each dialect spells it.
        self._insert: Callable[[Any], postgresql.Insert | sqlite.Insert] = (
            postgresql.insert if self._engine.dialect.name == "postgresql" else sqlite.insert)
        log.info("store_opened", database=safe_url(self._engine.url))

    async def close(self) -> None:
        await self._engine.dispose()

    async def __aenter__(self) -> Self:
        return self

    async def __aexit__(self, kind: type[BaseException] | None, error: BaseException | None,
                        traceback: TracebackType | None) -> None:
        await self.close()

    # --- what the assistant could not answer, and what people thought of its answers ----------

    async def record_gap(self, text: str, topic: str, confidence: float | None, channel: Channel) -> Gap:
        """`text` must already be redacted: the store keeps what it is given."""
        gap = Gap(text=text, topic=topic, confidence=confidence, channel=channel)
        async with self._sessions.begin() as session:
            session.add(gap)
        return gap

    async def gaps(self, since: datetime) -> list[Gap]:
        """Gaps recorded at or after `since`, newest first."""
        async with self._sessions() as session:
            rows = await session.scalars(
                select(Gap).where(Gap.created_at >= since).order_by(Gap.created_at.desc(), Gap.id.desc()))
            return list(rows)

    async def record_feedback(self, topic: str, helpful: bool, comment: str | None,
                              channel: Channel) -> Feedback:
        """`comment` must already be redacted, and at most 300 characters once it is."""
        if comment is not None and len(comment) > COMMENT_MAX_CHARS:
            # PostgreSQL would refuse it and SQLite would keep it: refuse it the same way on both.
            raise ValueError(f"a feedback comment is at most {COMMENT_MAX_CHARS} characters")
        feedback = Feedback(topic=topic, helpful=helpful, comment=comment, channel=channel)
        async with self._sessions.begin() as session:
            session.add(feedback)
        return feedback

    async def feedback(self, since: datetime) -> list[Feedback]:
        """Feedback given at or after `since`, newest first."""
        async with self._sessions() as session:
            rows = await session.scalars(select(Feedback).where(Feedback.created_at >= since)
                                         .order_by(Feedback.created_at.desc(), Feedback.id.desc()))
            return list(rows)

    async def prune(self, older_than: datetime) -> Pruned:
        """Delete gaps and feedback recorded before `older_than`; how many of each went."""
        async with self._sessions.begin() as session:
            gaps = await session.execute(delete(Gap).where(Gap.created_at < older_than).returning(Gap.id))
            feedback = await session.execute(
                delete(Feedback).where(Feedback.created_at < older_than).returning(Feedback.id))
            return Pruned(gaps=len(gaps.all()), feedback=len(feedback.all()))

    # --- the threat level ------------------------------------------------------------------------

    async def record_threat_level_change(self, scope: Scope, level: str, since: date, source: ChangeSource,
                                         went_live_at: datetime | None = None) -> bool:
        """Record that this level went live, unless it is already the scope's latest; True only
        for the one caller that recorded it.

        Several processes may see the same change at the same moment: each tries to record it as
        the change after the latest one (the unique (scope, seq)), so exactly one of them inserts
        it, and so exactly one of them announces it.
        """
        latest = await self.latest_threat_level(scope)
        if latest is not None and (latest.level, latest.since) == (level, since):
            return False
        statement = (self._insert(ThreatLevelChange)
                     .values(scope=scope, seq=0 if latest is None else latest.seq + 1, level=level,
                             since=since, source=source, went_live_at=went_live_at or utc_now())
                     .on_conflict_do_nothing(index_elements=["scope", "seq"])
                     .returning(ThreatLevelChange.id))
        async with self._sessions.begin() as session:
            inserted = (await session.execute(statement)).scalar_one_or_none()
        return inserted is not None

    async def threat_level_changes(self, after_id: int = 0) -> list[ThreatLevelChange]:
        """Changes recorded after the one numbered `after_id`, oldest first (a poller's cursor)."""
        async with self._sessions() as session:
            rows = await session.scalars(select(ThreatLevelChange).where(ThreatLevelChange.id > after_id)
                                         .order_by(ThreatLevelChange.id))
            return list(rows)

    async def latest_threat_level(self, scope: Scope) -> ThreatLevelChange | None:
        """The change in `scope` recorded last, or None if none was ever recorded."""
        async with self._sessions() as session:
            return await session.scalar(
                select(ThreatLevelChange).where(ThreatLevelChange.scope == scope)
                .order_by(ThreatLevelChange.seq.desc()).limit(1))

    # --- subscribers -----------------------------------------------------------------------------

    async def subscribe(self, channel: Channel, chat_id: int) -> bool:
        """Start alerts for this chat; False if it was already subscribed."""
        statement = (self._insert(Subscriber)
                     .values(channel=channel, chat_id=chat_id, created_at=utc_now())
                     .on_conflict_do_nothing(index_elements=["channel", "chat_id"])
                     .returning(Subscriber.id))
        async with self._sessions.begin() as session:
            inserted = (await session.execute(statement)).scalar_one_or_none()
        return inserted is not None

    async def unsubscribe(self, channel: Channel, chat_id: int) -> bool:
        """Stop alerts for this chat; False if it was not subscribed."""
        async with self._sessions.begin() as session:
            removed = await session.execute(delete(Subscriber).where(
                Subscriber.channel == channel, Subscriber.chat_id == chat_id).returning(Subscriber.id))
            return removed.first() is not None

    async def is_subscribed(self, channel: Channel, chat_id: int) -> bool:
        async with self._sessions() as session:
            found = await session.scalar(select(exists().where(
                Subscriber.channel == channel, Subscriber.chat_id == chat_id)))
            return bool(found)

    async def subscribers(self, channel: Channel) -> list[int]:
        """The chat ids subscribed on `channel`, in the order they subscribed."""
        async with self._sessions() as session:
            rows = await session.scalars(
                select(Subscriber.chat_id).where(Subscriber.channel == channel).order_by(Subscriber.id))
            return list(rows)

    # --- deliveries: one alert to one chat, at most once -----------------------------------------

    async def claim_delivery(self, change_id: int, channel: Channel, chat_id: int) -> bool:
        """Claim the right to send this change to this chat now; False if it is not ours to send.

        A broadcast claims each chat before sending, then marks the outcome:

        - no row: nobody has tried. `undelivered` lists the chat.
        - "sending": claimed, and the send may have happened. Left so by a crash (or a timeout,
          whose outcome is unknown), it is never sent again: a resumed or concurrent broadcast
          skips it, so nobody gets the same alert twice. The price is that a chat whose send
          was cut short may get none; the "sending" rows that outlive a broadcast say which.
        - "failed": Telegram answered with an error, so the person did not get it. It may be
          claimed again (attempts + 1) until MAX_ATTEMPTS; `undelivered` lists it until then.
        - "sent", "gone" (the chat blocked the bot or no longer exists): final.

        The claim is one INSERT … ON CONFLICT statement, so of several broadcasts racing for
        the same chat exactly one gets True.
        """
        now = utc_now()
        statement = (self._insert(Delivery)
                     .values(change_id=change_id, channel=channel, chat_id=chat_id, status="sending",
                             attempts=1, updated_at=now)
                     .on_conflict_do_update(
                         index_elements=["change_id", "channel", "chat_id"],
                         set_={"status": "sending", "attempts": Delivery.attempts + 1, "updated_at": now},
                         where=_retryable())
                     .returning(Delivery.id))
        async with self._sessions.begin() as session:
            claimed = (await session.execute(statement)).scalar_one_or_none()
        return claimed is not None

    async def mark_delivery(self, change_id: int, channel: Channel, chat_id: int,
                            status: DeliveryStatus) -> None:
        """Record how a claimed send ended: "sent", "failed" (Telegram said no) or "gone"."""
        async with self._sessions.begin() as session:
            await session.execute(
                update(Delivery)
                .where(Delivery.change_id == change_id, Delivery.channel == channel,
                       Delivery.chat_id == chat_id)
                .values(status=status, updated_at=utc_now()))

    async def undelivered(self, change_id: int, channel: Channel,
                          subscribed_by: datetime | None = None) -> list[int]:
        """Subscribers on `channel` still to be sent this change: no delivery row yet, or a
        failed one with attempts left; only those subscribed by `subscribed_by` when given (a
        chat that subscribed after a change is not sent it). In the order they subscribed."""
        settled = exists().where(
            Delivery.change_id == change_id, Delivery.channel == Subscriber.channel,
            Delivery.chat_id == Subscriber.chat_id, not_(_retryable()))
        query = select(Subscriber.chat_id).where(Subscriber.channel == channel, not_(settled))
        if subscribed_by is not None:
            query = query.where(Subscriber.created_at <= subscribed_by)
        async with self._sessions() as session:
            rows = await session.scalars(query.order_by(Subscriber.id))
            return list(rows)

    async def deliveries(self, change_id: int) -> list[Delivery]:
        """Every delivery row of one change (what a broadcast did, for its report)."""
        async with self._sessions() as session:
            rows = await session.scalars(
                select(Delivery).where(Delivery.change_id == change_id).order_by(Delivery.id))
            return list(rows)

    async def forget(self, channel: Channel, chat_id: int) -> Forgotten:
        """Delete everything held about one chat: its subscription and its deliveries."""
        async with self._sessions.begin() as session:
            subscriptions = await session.execute(delete(Subscriber).where(
                Subscriber.channel == channel, Subscriber.chat_id == chat_id).returning(Subscriber.id))
            deliveries = await session.execute(delete(Delivery).where(
                Delivery.channel == channel, Delivery.chat_id == chat_id).returning(Delivery.id))
            return Forgotten(subscriptions=len(subscriptions.all()), deliveries=len(deliveries.all()))


def _retryable() -> ColumnElement[bool]:
    return and_(Delivery.status == "failed", Delivery.attempts < MAX_ATTEMPTS)
