"""Rate limits per client and per sender (moving window, the `limits` library), shared in Redis
when REDIS_URL is set so that replicas can't be played off against each other."""

from __future__ import annotations

import math
import time

import structlog
from limits import RateLimitItem, parse_many
from limits.aio.storage import MemoryStorage, Storage
from limits.aio.strategies import MovingWindowRateLimiter
from limits.storage import storage_from_string

log = structlog.get_logger(__name__)


class RateLimiter:
    """hit_*() return 0 when allowed, else the seconds to wait (for Retry-After).

    If Redis can't be reached, the limits fall back to this process's memory: each replica then
    limits on its own, which is looser but never turns everyone away (Redis being down already
    stops Rasa taking conversation locks; see the README's faults table).
    """

    def __init__(self, per_sender: str, per_client: str, redis_url: str | None = None) -> None:
        self._rules: dict[str, list[RateLimitItem]] = {
            "sender": parse_many(per_sender), "client": parse_many(per_client)}
        self._memory = MovingWindowRateLimiter(MemoryStorage())
        self._shared: MovingWindowRateLimiter | None = None
        if redis_url:
            storage = storage_from_string("async+" + redis_url, implementation="redispy")
            assert isinstance(storage, Storage)
            self._shared = MovingWindowRateLimiter(storage)

    async def hit_client(self, client: str) -> int:
        return await self._hit("client", client)

    async def hit_sender(self, sender: str) -> int:
        return await self._hit("sender", sender)

    async def _hit(self, scope: str, key: str) -> int:
        for rule in self._rules[scope]:
            try:
                limiter = self._shared or self._memory
                allowed = await limiter.hit(rule, scope, key)
            except Exception as error:  # Redis unreachable: limit here rather than not at all
                log.warning("rate_limit_store_unavailable", error=type(error).__name__)
                limiter = self._memory
                allowed = await limiter.hit(rule, scope, key)
            if not allowed:
                reset_at = (await limiter.get_window_stats(rule, scope, key)).reset_time
                return max(1, math.ceil(reset_at - time.time()))
        return 0
