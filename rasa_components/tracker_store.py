"""Rasa's SQL tracker store, made durable: what a person was answered is never silently lost.

Rasa wraps every tracker store in its FailSafeTrackerStore, which on any error reads an empty
conversation and saves to memory instead, while the person still gets an answer: after a
PostgreSQL restart, answered messages vanished from the conversation. This store instead
  - checks a pooled connection before use (a restart leaves every pooled connection dead);
  - retries a read or a save for a few seconds while the database comes back;
  - and if it is still gone, raises TrackerStoreUnavailable, which Rasa's wrapper does not catch,
    so the person gets the safe reply with 999 (rasa_components/rest_channel.py) rather than an
    answer that is then forgotten.
"""

from __future__ import annotations

import asyncio
import logging
import time
from typing import Any

import sqlalchemy as sa
from rasa.core.tracker_store import SQLTrackerStore, create_engine_kwargs
from rasa.shared.core.trackers import DialogueStateTracker

logger = logging.getLogger(__name__)
# A PostgreSQL restart or failover takes a second or two; the gateway waits 10 s in all.
RETRY_SECONDS = 6.0


class TrackerStoreUnavailable(BaseException):
    """The conversation could not be read or saved.

    A BaseException on purpose: Rasa's FailSafeTrackerStore catches every Exception and carries
    on without the conversation; this must reach the REST channel, which answers with 999.
    """


class DurableSQLTrackerStore(SQLTrackerStore):  # type: ignore[misc]  # Rasa has no type hints
    engine: sa.engine.Engine

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        url = self.engine.url
        self.engine.dispose()
        self.engine = sa.create_engine(url, pool_pre_ping=True, **create_engine_kwargs(url))
        self.sessionmaker = sa.orm.session.sessionmaker(bind=self.engine)

    async def _durably(self, what: str, attempt: Any) -> Any:
        deadline = time.monotonic() + RETRY_SECONDS
        pause = 0.2
        while True:
            try:
                return await attempt()
            except sa.exc.DBAPIError as error:
                if time.monotonic() + pause > deadline:
                    logger.error("tracker store: could not %s the conversation (%s)", what,
                                 type(error).__name__)
                    raise TrackerStoreUnavailable(what) from error
                await asyncio.sleep(pause)
                pause = min(pause * 2, 1.0)

    async def retrieve(self, sender_id: str) -> DialogueStateTracker | None:
        return await self._durably("read", lambda: super(DurableSQLTrackerStore, self).retrieve(sender_id))

    async def retrieve_full_tracker(self, conversation_id: str) -> DialogueStateTracker | None:
        return await self._durably(
            "read", lambda: super(DurableSQLTrackerStore, self).retrieve_full_tracker(conversation_id))

    async def save(self, tracker: DialogueStateTracker) -> None:
        await self._durably("save", lambda: super(DurableSQLTrackerStore, self).save(tracker))
