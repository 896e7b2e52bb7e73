"""Per-sender and per-client rate limits (moving window, in memory, from the `limits` library)."""

from __future__ import annotations

import math
import time

from limits import parse_many
from limits.storage import MemoryStorage
from limits.strategies import MovingWindowRateLimiter


class RateLimiter:
    """hit() returns 0 when allowed, else the seconds to wait (for Retry-After)."""

    def __init__(self, per_sender: str, per_client: str) -> None:
        self._limiter = MovingWindowRateLimiter(MemoryStorage())
        self._rules = {"sender": parse_many(per_sender), "client": parse_many(per_client)}

    def hit(self, *, sender: str, client: str) -> int:
        for scope, key in (("client", client), ("sender", sender)):
            for rule in self._rules[scope]:
                if not self._limiter.hit(rule, scope, key):
                    reset_at = self._limiter.get_window_stats(rule, scope, key).reset_time
                    return max(1, math.ceil(reset_at - time.time()))
        return 0
