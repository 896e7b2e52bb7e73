"""The tables: what people asked that we could not answer, their feedback, alerts and who gets them."""

from __future__ import annotations

from datetime import UTC, date, datetime
from typing import Literal

from sqlalchemy import (
    BigInteger,
    Date,
    DateTime,
    Dialect,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, MappedAsDataclass, mapped_column
from sqlalchemy.types import TypeDecorator

# The values of the string columns below. The database holds plain strings (adding a channel
# must not need a table rebuild on SQLite); these types hold every caller to them.
Channel = Literal["web", "telegram"]
Scope = Literal["national", "northern_ireland"]
ChangeSource = Literal["edit", "set", "sync", "start"]
DeliveryStatus = Literal["sending", "sent", "failed", "gone"]

COMMENT_MAX_CHARS = 300

# Constraint names that are the same on every database, so that a later migration can name them.
NAMING_CONVENTION = {
    "ix": "ix_%(table_name)s_%(column_0_N_name)s",
    "uq": "uq_%(table_name)s_%(column_0_N_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


def utc_now() -> datetime:
    return datetime.now(UTC)


class UTCDateTime(TypeDecorator[datetime]):
    """A moment in UTC. SQLite keeps no time zone, so it is stored as UTC and read back as UTC."""

    impl = DateTime(timezone=True)
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            # A naive time is ambiguous: refuse it rather than guess the zone it was meant in.
            raise ValueError("timestamps must be timezone-aware")
        return value.astimezone(UTC)

    def process_result_value(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        return value.replace(tzinfo=UTC) if value.tzinfo is None else value.astimezone(UTC)


class Base(MappedAsDataclass, DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)


class Gap(Base):
    """A message the assistant could not answer well: the content editors' to-do list."""

    __tablename__ = "gaps"

    id: Mapped[int] = mapped_column(primary_key=True, init=False)
    # Redacted by the caller before it gets here: no personal data is ever stored. Kept out of
    # repr all the same, so that logging a row never logs what a person wrote.
    text: Mapped[str] = mapped_column(Text, repr=False)
    topic: Mapped[str] = mapped_column(String(64))  # the topic given, e.g. "fallback"
    confidence: Mapped[float | None]
    channel: Mapped[Channel] = mapped_column(String(16))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, index=True, default_factory=utc_now)


class Feedback(Base):
    """Whether an answer helped, with an optional short comment (redacted by the caller)."""

    __tablename__ = "feedback"

    id: Mapped[int] = mapped_column(primary_key=True, init=False)
    topic: Mapped[str] = mapped_column(String(64))
    helpful: Mapped[bool]
    comment: Mapped[str | None] = mapped_column(String(COMMENT_MAX_CHARS), repr=False)
    channel: Mapped[Channel] = mapped_column(String(16))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, index=True, default_factory=utc_now)


class ThreatLevelChange(Base):
    """A threat level that went live. Each scope's changes are numbered 0, 1, 2… (`seq`), unique:
    processes that see the same change at once all try to record it under the next number, and
    one does. A level may come back (an edit undone: SEVERE, CRITICAL, SEVERE again), and is
    then a change of its own, so the people told CRITICAL are told it is SEVERE again."""

    __tablename__ = "threat_level_changes"
    __table_args__ = (UniqueConstraint("scope", "seq"),)

    id: Mapped[int] = mapped_column(primary_key=True, init=False)
    scope: Mapped[Scope] = mapped_column(String(32))
    seq: Mapped[int] = mapped_column(Integer)  # 0 for the scope's first (the baseline), then +1
    level: Mapped[str] = mapped_column(String(16))  # as content/threat-level.yml spells it
    since: Mapped[date] = mapped_column(Date)  # the date the level was set, as published
    went_live_at: Mapped[datetime] = mapped_column(UTCDateTime)  # when we first served it
    source: Mapped[ChangeSource] = mapped_column(String(8))


class Subscriber(Base):
    """A chat that asked to be told when the threat level changes."""

    __tablename__ = "subscribers"
    __table_args__ = (UniqueConstraint("channel", "chat_id"),)

    id: Mapped[int] = mapped_column(primary_key=True, init=False)
    channel: Mapped[Channel] = mapped_column(String(16))
    chat_id: Mapped[int] = mapped_column(BigInteger)  # Telegram's ids do not fit in 32 bits
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default_factory=utc_now)


class Delivery(Base):
    """One alert to one chat. Unique, so a broadcast resumed after a crash never sends twice."""

    __tablename__ = "deliveries"
    __table_args__ = (
        UniqueConstraint("change_id", "channel", "chat_id"),
        # Forgetting a chat deletes its deliveries across every change.
        Index(None, "channel", "chat_id"),
    )

    id: Mapped[int] = mapped_column(primary_key=True, init=False)
    change_id: Mapped[int] = mapped_column(ForeignKey("threat_level_changes.id", ondelete="CASCADE"))
    channel: Mapped[Channel] = mapped_column(String(16))
    chat_id: Mapped[int] = mapped_column(BigInteger)
    status: Mapped[DeliveryStatus] = mapped_column(String(8))
    attempts: Mapped[int]
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime, default_factory=utc_now)
