"""`make eval`: send every question of shared/eval/dev.yml through /api/chat and score the topics.

Starts its own stack on free ports unless --url points at a running gateway. Prints top-1
topic accuracy (a question's `also` topics count as right), a per-topic table, fallback
precision and recall, emergency recall, and writes a JSON report.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import sys
import time
from collections import Counter, defaultdict
from collections.abc import Iterator
from dataclasses import asdict, dataclass
from pathlib import Path

import httpx
import yaml

from tools.paths import ROOT
from tools.stack import Ports, running_stack

DEV_SET = ROOT.parent / "shared" / "eval" / "dev.yml"
REPORT = ROOT / "reports" / "eval.json"
# The eval is one client sending quickly: lift the gateway's limits for this run only.
NO_LIMITS = {"RATE_LIMIT_PER_SENDER": "1000/minute", "RATE_LIMIT_PER_CLIENT": "100000/minute"}


@dataclass(frozen=True)
class Result:
    text: str
    expected: str
    also: list[str]
    got: str
    ms: float

    @property
    def correct(self) -> bool:
        return self.got == self.expected or self.got in self.also


def ask_all(gateway: str, questions: list[dict[str, object]]) -> list[Result]:
    results = []
    with httpx.Client(timeout=30) as client:
        for number, question in enumerate(questions):
            started = time.perf_counter()
            # A new sender per question: each is scored as the first message of a conversation.
            response = client.post(f"{gateway}/api/chat", json={
                "sender": f"eval-{number:04d}-{int(time.time())}", "message": question["text"]})
            ms = (time.perf_counter() - started) * 1000
            response.raise_for_status()
            got = response.json()["messages"][0]["topic"]
            results.append(Result(str(question["text"]), str(question["topic"]),
                                  list(question.get("also") or []), got, ms))  # type: ignore[call-overload]
    return results


def ratio(part: int, whole: int) -> float:
    return part / whole if whole else 0.0


def macro_f1(results: list[Result]) -> float:
    """Mean F1 over the expected topics (a prediction in `also` counts as the expected topic)."""
    scores = []
    for topic in {r.expected for r in results}:
        predicted = [r for r in results if (r.expected if r.correct else r.got) == topic]
        actual = [r for r in results if r.expected == topic]
        hits = sum(r.correct for r in actual)
        precision, recall = ratio(hits, len(predicted)), ratio(hits, len(actual))
        scores.append(2 * precision * recall / (precision + recall) if precision + recall else 0.0)
    return sum(scores) / len(scores)


def summarise(results: list[Result]) -> dict[str, object]:
    per_topic: dict[str, Counter[str]] = defaultdict(Counter)
    for r in results:
        per_topic[r.expected]["n"] += 1
        per_topic[r.expected]["correct"] += r.correct
    said_fallback = [r for r in results if r.got == "fallback"]
    gold_fallback = [r for r in results if r.expected == "fallback"]
    emergencies = [r for r in results if r.expected == "emergency-now"]
    calm_flagged = [r for r in results if r.got == "emergency-now" and r.expected != "emergency-now"]
    latencies = sorted(r.ms for r in results)
    return {
        "questions": len(results),
        "top1": ratio(sum(r.correct for r in results), len(results)),
        "macro_f1": macro_f1(results),
        "fallback_precision": ratio(sum(r.expected == "fallback" or "fallback" in r.also
                                        for r in said_fallback), len(said_fallback)),
        "fallback_recall": ratio(sum(r.got == "fallback" for r in gold_fallback), len(gold_fallback)),
        "emergency_recall": ratio(sum(r.got == "emergency-now" for r in emergencies), len(emergencies)),
        "emergency_false_alarms": len(calm_flagged),
        "latency_ms_p50": latencies[len(latencies) // 2],
        "per_topic": {t: {"n": c["n"], "top1": ratio(c["correct"], c["n"])}
                      for t, c in sorted(per_topic.items())},
    }


def print_report(summary: dict[str, object], results: list[Result]) -> None:
    print(f"\n{'topic':28} {'n':>3} {'top-1':>6}")
    for topic, row in summary["per_topic"].items():  # type: ignore[attr-defined]
        print(f"{topic:28} {row['n']:>3} {row['top1']:>6.2f}")
    print("\nwrong answers:")
    for r in results:
        if not r.correct:
            print(f"  [{r.expected} → {r.got}] {r.text}")
    print(f"\nquestions           {summary['questions']}")
    for key in ("top1", "macro_f1", "fallback_precision", "fallback_recall", "emergency_recall"):
        print(f"{key:19} {summary[key]:.3f}")
    print(f"emergency false alarms {summary['emergency_false_alarms']}")


@contextlib.contextmanager
def gateway(url: str | None) -> Iterator[str]:
    if url:
        yield url.rstrip("/")
        return
    print("eval: starting the stack on free ports…", file=sys.stderr)
    with running_stack(Ports.free(), ROOT / ".cache" / "logs-eval", NO_LIMITS) as stack:
        yield stack.gateway_url


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--url", help="a running gateway, e.g. http://127.0.0.1:8000")
    parser.add_argument("--dev-set", type=Path, default=DEV_SET)
    parser.add_argument("--report", type=Path, default=REPORT)
    args = parser.parse_args()
    questions = yaml.safe_load(args.dev_set.read_text())["questions"]
    with gateway(args.url) as url:
        results = ask_all(url, questions)
    summary = summarise(results)
    print_report(summary, results)
    args.report.parent.mkdir(parents=True, exist_ok=True)
    args.report.write_text(json.dumps(
        {"summary": summary, "results": [asdict(r) | {"correct": r.correct} for r in results]},
        indent=2))
    print(f"report: {args.report}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
