"""Rasa's Redis lock store, made safe for several replicas sharing one Redis.

Rasa serves one message of a conversation at a time with numbered tickets that expire
(TICKET_LOCK_LIFETIME, 5 s here so that a dead replica's ticket frees its conversation soon).
Its Redis store has three flaws once more than one replica shares the lock, each seen in
tests/integration/test_faults.py and pinned in tests/integration/test_lock_store.py:

1. Every change is a read, a change in Python and a write. Two replicas that take a ticket for the
   same conversation at the same moment both read "last ticket 3", both issue ticket 4 and both
   serve at once: their tracker writes then overwrite each other and a message is lost. Four
   replicas issuing 200 tickets got 81 distinct numbers. Here every change is one Redis
   transaction (WATCH, then MULTI/EXEC, retried if another replica changed the lock meanwhile).
2. The ticket being served expires after its lifetime even while its replica is alive and still
   working, and the next message is then served beside it. Here a live replica renews its ticket
   while it serves, so only the ticket of a replica that stopped can expire.
3. A message waiting its turn polls once a second and drops expired tickets as it goes. When the
   replica ahead of it dies, the waiting ticket, issued a moment after the dead one with the same
   lifetime, often expires in the same poll; nobody is then "now serving" and the message waits
   until the REST channel gives up (a 503 for a message that could have been answered). Here the
   waiting ticket is renewed on every poll too.

Rasa has no setting for any of this; subclassing its own store keeps everything else (Redis
connection, key prefix, TLS settings, the TicketLock format) exactly Rasa's.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import time
from collections.abc import AsyncIterator, Callable
from typing import Any, TypeVar

from rasa.core.lock import TicketLock
from rasa.core.lock_store import LOCK_LIFETIME, LockError, RedisLockStore
from rasa.utils.endpoints import EndpointConfig

Result = TypeVar("Result")

# A change to the lock: given what is stored (None: no lock), what to store (None: delete it) and
# what to hand back to the caller.
Change = Callable[[TicketLock | None], tuple[TicketLock | None, Result]]


class PatientRedisLockStore(RedisLockStore):  # type: ignore[misc]  # Rasa is in .venv-rasa only
    """endpoints.yml: `lock_store: {type: rasa_components.lock_store.PatientRedisLockStore, ...}`
    with the settings of Rasa's `type: redis`."""

    def __init__(self, endpoint_config: EndpointConfig) -> None:
        kwargs: dict[str, Any] = dict(endpoint_config.kwargs)
        super().__init__(host=endpoint_config.url or "localhost", **kwargs)

    @contextlib.asynccontextmanager
    async def lock(self, conversation_id: str, lock_lifetime: float = LOCK_LIFETIME,
                   wait_time_in_seconds: float = 1) -> AsyncIterator[TicketLock]:
        """Rasa's `lock`: take a ticket, wait for its turn, serve, give the ticket back."""
        ticket = self.issue_ticket(conversation_id, lock_lifetime)
        try:
            lock = await self._wait_for_turn(conversation_id, ticket, lock_lifetime,
                                             wait_time_in_seconds)
            renewing = asyncio.create_task(self._renew_while_serving(conversation_id, ticket,
                                                                     lock_lifetime))
            try:
                yield lock
            finally:
                renewing.cancel()
        finally:
            self.cleanup(conversation_id, ticket)

    def issue_ticket(self, conversation_id: str, lock_lifetime: float = LOCK_LIFETIME) -> int:
        def issue(lock: TicketLock | None) -> tuple[TicketLock | None, int]:
            lock = lock or self.create_lock(conversation_id)
            return lock, lock.issue_ticket(lock_lifetime)

        try:
            return self._change(conversation_id, issue)
        except Exception as error:  # what Rasa's issue_ticket raises, so Rasa answers as it would
            raise LockError(f"Error while acquiring lock. Error:\n{error}") from error

    def cleanup(self, conversation_id: str, ticket_number: int) -> None:
        """Give the ticket back; the lock goes when nobody else holds a ticket."""
        def finish(lock: TicketLock | None) -> tuple[TicketLock | None, None]:
            if lock is None:
                return None, None
            lock.remove_ticket_for(ticket_number)
            return (lock if lock.is_someone_waiting() else None), None

        self._change(conversation_id, finish)

    async def _wait_for_turn(self, conversation_id: str, ticket: int, lifetime: float,
                             wait_time_in_seconds: float) -> TicketLock:
        while True:
            lock = self._renew(conversation_id, ticket, lifetime)
            if lock is None:
                raise LockError(f"Could not acquire lock for conversation_id '{conversation_id}'.")
            if not lock.is_locked(ticket):
                return lock
            await asyncio.sleep(wait_time_in_seconds)

    async def _renew_while_serving(self, conversation_id: str, ticket: int,
                                   lifetime: float) -> None:
        while True:
            await asyncio.sleep(lifetime / 3)
            # A lost Redis connection must not stop the message being served; if the renewal
            # fails for long, the ticket expires, as Rasa's would.
            with contextlib.suppress(Exception):
                self._renew(conversation_id, ticket, lifetime)

    def _renew(self, conversation_id: str, ticket: int, lifetime: float) -> TicketLock | None:
        """Renew this ticket's expiry and drop expired tickets: the lock as it now stands."""
        def renew(lock: TicketLock | None) -> tuple[TicketLock | None, TicketLock | None]:
            if lock is None:
                return None, None
            for held in lock.tickets:
                if held.number == ticket:
                    held.expires = max(held.expires, time.time() + lifetime)
            lock.remove_expired_tickets()
            return lock, lock

        return self._change(conversation_id, renew)

    def _change(self, conversation_id: str, change: Change[Result]) -> Result:
        """Apply `change` to the stored lock as one Redis transaction: if another replica writes
        the lock between our read and our write, nothing is written and the change runs again."""
        key = self.key_prefix + conversation_id
        results: list[Result] = []

        def attempt(pipe: Any) -> None:
            results.clear()
            stored = pipe.get(key)
            lock = TicketLock.from_dict(json.loads(stored)) if stored else None
            new, result = change(lock)
            pipe.multi()
            if new is None:
                pipe.delete(key)
            else:
                pipe.set(key, new.dumps())
            results.append(result)

        self.red.transaction(attempt, key)
        return results[-1]
