"""`make eval`: how often the assistant answers right, on every set side by side.

- dev: shared/eval/dev.yml, asked through /api/chat of a fresh stack (it only ever measures);
- blind, blind-2: eval/blind.yml and eval/blind-2.yml, our own frozen sets, asked the same way;
- cross-validation: every NLU training example, parsed by a model trained without it
  (tools/cross_validate.py) and answered by the real decision code (actions/guidance.py).

For each: top-1 topic accuracy (a question's `also` topics count as right), macro F1 over
topics, fallback precision and recall, emergency recall and false alarms. Writes
reports/eval.json.
"""

from __future__ import annotations

import argparse
import contextlib
import sys
import time
from collections import Counter, defaultdict
from collections.abc import Iterator
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

import httpx

from tools.paths import ROOT
from tools.reports import write_report
from tools.stack import Ports, running_stack
from tools.training_text import BLIND_SETS, Question, dev_set_path, load_questions

REPORT = ROOT / "reports" / "eval.json"
# The eval is one client sending quickly: lift the gateway's limits for this run only.
NO_LIMITS = {"RATE_LIMIT_PER_SENDER": "1000/minute", "RATE_LIMIT_PER_CLIENT": "100000/minute"}
EMERGENCY, FALLBACK = "emergency-now", "fallback"
MEASURES = ("questions", "top1", "macro_f1", "fallback_precision", "fallback_recall",
            "emergency_recall", "false_alarm_rate", "false_alarms")


@dataclass(frozen=True)
class Result:
    text: str
    expected: str
    also: tuple[str, ...]
    got: str

    @property
    def correct(self) -> bool:
        return self.got == self.expected or self.got in self.also


def ask_all(gateway: str, questions: list[Question], prefix: str) -> list[Result]:
    results = []
    with httpx.Client(timeout=30) as client:
        for number, question in enumerate(questions):
            # A new sender per question: each is scored as the first message of a conversation.
            response = client.post(f"{gateway}/api/chat", json={
                "sender": f"{prefix}-{number:04d}-{int(time.time())}", "message": question.text})
            response.raise_for_status()
            got = response.json()["messages"][0]["topic"]
            results.append(Result(question.text, question.topic, question.also, got))
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
    return sum(scores) / len(scores) if scores else 0.0


def summarise(results: list[Result]) -> dict[str, Any]:
    per_topic: dict[str, Counter[str]] = defaultdict(Counter)
    for r in results:
        per_topic[r.expected]["n"] += 1
        per_topic[r.expected]["correct"] += r.correct
    said_fallback = [r for r in results if r.got == FALLBACK]
    gold_fallback = [r for r in results if r.expected == FALLBACK]
    emergencies = [r for r in results if r.expected == EMERGENCY]
    calm = [r for r in results if r.expected != EMERGENCY and EMERGENCY not in r.also]
    false_alarms = [r for r in calm if r.got == EMERGENCY]
    return {
        "questions": len(results),
        "top1": ratio(sum(r.correct for r in results), len(results)),
        "macro_f1": macro_f1(results),
        "fallback_precision": ratio(sum(r.expected == FALLBACK or FALLBACK in r.also
                                        for r in said_fallback), len(said_fallback)),
        "fallback_recall": ratio(sum(r.got == FALLBACK for r in gold_fallback), len(gold_fallback)),
        "emergency_recall": ratio(sum(r.got == EMERGENCY for r in emergencies), len(emergencies)),
        "false_alarm_rate": ratio(len(false_alarms), len(calm)),
        "false_alarms": len(false_alarms),
        "per_topic": {t: {"n": c["n"], "top1": ratio(c["correct"], c["n"])}
                      for t, c in sorted(per_topic.items())},
    }


def cross_validation_results() -> tuple[list[Result], float]:
    """Held-out training examples answered by the real decision code; and the NLU's own
    macro F1 over intents (after Rasa's FallbackClassifier)."""
    from actions.nlu import Understanding
    from actions.server import build_answerer
    from actions.settings import get_settings
    from actions.topics import topic_for_intent
    from tools.cross_validate import cross_validate

    held = cross_validate()
    answerer = build_answerer(get_settings())
    results = []
    intents = []
    for h in held:
        understood = Understanding.from_parse({**h.parse, "text": h.example.text})
        expected = topic_for_intent(h.example.label) or FALLBACK
        results.append(Result(h.example.text, expected, (), answerer.decide(understood).topic))
        intents.append(Result(h.example.text, h.example.label, (), str(understood.intent)))
    return results, macro_f1(intents)


def print_side_by_side(summaries: dict[str, dict[str, Any]]) -> None:
    names = list(summaries)
    print(f"\n{'measure':22}" + "".join(f"{n:>18}" for n in names))
    for key in MEASURES:
        cells = []
        for name in names:
            value = summaries[name].get(key)
            cells.append("-" if value is None else f"{value:.3f}" if isinstance(value, float)
                         else str(value))
        print(f"{key:22}" + "".join(f"{c:>18}" for c in cells))
    if "nlu_intent_macro_f1" in summaries.get("cross-validation", {}):
        print(f"{'nlu intent macro F1':22}" + " " * 18 * (len(names) - 1)
              + f"{summaries['cross-validation']['nlu_intent_macro_f1']:>18.3f}")


def print_per_topic(summaries: dict[str, dict[str, Any]]) -> None:
    names = list(summaries)
    topics = sorted({t for s in summaries.values() for t in s["per_topic"]})
    print(f"\n{'top-1 by topic':28}" + "".join(f"{n:>18}" for n in names))
    for topic in topics:
        cells = []
        for name in names:
            row = summaries[name]["per_topic"].get(topic)
            cells.append(f"{row['top1']:.2f} ({row['n']})" if row else "-")
        print(f"{topic:28}" + "".join(f"{c:>18}" for c in cells))


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
    parser.add_argument("--no-cv", action="store_true", help="skip cross-validation")
    parser.add_argument("--show-wrong", action="store_true", help="list every wrong answer")
    parser.add_argument("--report", type=Path, default=REPORT)
    args = parser.parse_args()
    sets = {name: load_questions(path) for name, path in BLIND_SETS.items()}
    if (dev := dev_set_path()) is not None:
        sets = {"dev": load_questions(dev), **sets}
    else:
        print("eval: the shared dev set is not on this machine; set SAFETY_DEV_SET", file=sys.stderr)
    results: dict[str, list[Result]] = {}
    with gateway(args.url) as url:
        for name, questions in sets.items():
            results[name] = ask_all(url, questions, f"eval-{name}")
    summaries = {name: summarise(r) for name, r in results.items()}
    if not args.no_cv:
        cv_results, nlu_f1 = cross_validation_results()
        results["cross-validation"] = cv_results
        summaries["cross-validation"] = {**summarise(cv_results), "nlu_intent_macro_f1": nlu_f1}
    print_per_topic(summaries)
    if args.show_wrong:
        for name, rs in results.items():
            print(f"\nwrong answers ({name}):")
            for r in rs:
                if not r.correct:
                    print(f"  [{r.expected} → {r.got}] {r.text}")
    print_side_by_side(summaries)
    write_report(args.report, {
        "summary": summaries,
        "results": {name: [asdict(r) | {"correct": r.correct} for r in rs]
                    for name, rs in results.items()}})
    return 0


if __name__ == "__main__":
    sys.exit(main())
