"""The action server's Prometheus metrics (served at /metrics): what it answered, how, how fast."""

from __future__ import annotations

from prometheus_client import Counter, Histogram

ANSWERS = Counter("actions_answers", "Answers given, by topic and by what decided them",
                  ["topic", "by"])
EMERGENCIES = Counter("actions_emergencies", "Emergency answers, by what recognised them", ["by"])
FALLBACKS = Counter("actions_fallbacks", "Fallback answers (the assistant could not help)")
GAPS = Counter("actions_gaps", "Answers marked for the editors' gaps report")
DECISION_SECONDS = Histogram("actions_decision_seconds", "Time to decide and render an answer",
                             buckets=(0.002, 0.005, 0.01, 0.02, 0.05, 0.1, 0.25, 0.5, 1, 2.5))
CONTENT_RELOADS = Counter("actions_content_reloads", "Saved content edits, by outcome", ["outcome"])
ERRORS = Counter("actions_errors", "Requests the action server could not handle", ["kind"])


def answered(topic: str, by: str, gap: bool, seconds: float) -> None:
    ANSWERS.labels(topic=topic, by=by).inc()
    DECISION_SECONDS.observe(seconds)
    if topic == "emergency-now":
        EMERGENCIES.labels(by=by).inc()
    elif topic == "fallback":
        FALLBACKS.inc()
    if gap:
        GAPS.inc()
