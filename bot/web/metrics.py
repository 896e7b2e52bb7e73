"""The gateway's Prometheus metrics (served at /metrics): requests, latency, answers, refusals."""

from __future__ import annotations

from prometheus_client import Counter, Histogram

from bot.reply import Reply

REQUESTS = Counter("gateway_requests", "HTTP requests, by route and status", ["route", "status"])
LATENCY = Histogram("gateway_request_seconds", "Time to answer an HTTP request, by route", ["route"],
                    buckets=(0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10))
ANSWERS = Counter("gateway_answers", "Answers sent, by the topic of the first message", ["topic"])
FALLBACKS = Counter("gateway_fallbacks", "Answers that were the fallback")
EMERGENCIES = Counter("gateway_emergencies", "Answers that were the emergency answer")
UNAVAILABLE = Counter("gateway_unavailable", "Turns answered with the fixed 999 reply (503)")
ERRORS = Counter("gateway_errors", "Unexpected errors answered with the 999 reply (500)")
RATE_LIMITED = Counter("gateway_rate_limited", "Requests refused for going too fast", ["scope"])
FEEDBACK = Counter("gateway_feedback", "'Was this helpful?' answers kept, by yes or no", ["helpful"])


def answered(replies: list[Reply], available: bool) -> None:
    if not available:
        UNAVAILABLE.inc()
        return
    topic = replies[0].topic
    ANSWERS.labels(topic=topic).inc()
    if topic == "fallback":
        FALLBACKS.inc()
    elif topic == "emergency-now":
        EMERGENCIES.inc()
