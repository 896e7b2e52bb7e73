"""`make tune`: choose the decision thresholds on cross-validation of our own data only.

Every held-out training example (tools/cross_validate.py) is answered by the real decision
code (actions/guidance.py) under each combination of the FallbackClassifier threshold, the
emergency probability and the retrieval minimum. Prints the best combinations by the targets:
false alarms at most 5% and fallback precision at least 0.9 as constraints, then emergency
recall, then top-1. The dev and
blind sets are never read here.
"""

from __future__ import annotations

import argparse
import functools
import itertools
import sys
from typing import Any

from actions import safety
from actions.guidance import Answerer
from actions.nlu import NLU_FALLBACK, Understanding
from actions.retrieval import Hit, Retriever
from actions.server import build_answerer
from actions.settings import ActionSettings, get_settings
from actions.topics import topic_for_intent
from tools.cross_validate import cross_validate
from tools.eval import FALLBACK, Result, summarise

AMBIGUITY = 0.05  # config.yml's ambiguity_threshold, kept as it is
MAX_FALSE_ALARMS = 0.05
MIN_FALLBACK_PRECISION = 0.9


class _MemoRetriever(Retriever):
    """The real retriever, asked once per text (the sweep asks the same texts many times)."""

    def __init__(self, inner: Retriever) -> None:  # deliberately skips super()
        self._inner = inner
        self._memo: dict[str, list[Hit]] = {}

    def search(self, question: str) -> list[Hit]:
        if question not in self._memo:
            self._memo[question] = self._inner.search(question)
        return self._memo[question]


def with_fallback_threshold(parse: dict[str, Any], threshold: float) -> dict[str, Any]:
    """Rasa's FallbackClassifier, re-applied to the ranking at another threshold."""
    ranking = [r for r in parse["intent_ranking"] if r["name"] != NLU_FALLBACK]
    top, second = ranking[0], (ranking[1]["confidence"] if len(ranking) > 1 else 0.0)
    unsure = top["confidence"] < threshold or top["confidence"] - second < AMBIGUITY
    intent = {"name": NLU_FALLBACK, "confidence": threshold} if unsure else top
    return {**parse, "intent": intent, "intent_ranking": ranking}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--top", type=int, default=15)
    args = parser.parse_args()
    held = cross_validate()
    base = build_answerer(get_settings())
    retriever = _MemoRetriever(base.retriever)
    # The rules depend on the words alone: ask them once per text.
    safety.assess = functools.lru_cache(maxsize=None)(safety.assess)
    rows = []
    grid = itertools.product((0.1, 0.15, 0.2, 0.3, 0.4), (0.03, 0.05, 0.07, 0.1, 0.15),
                             (0.01, 0.02, 0.03, 0.05), (0.3, 0.5, 0.7, 0.9), (0.35, 0.4, 0.45))
    for fallback, emergency, danger_word, calm, minimum in grid:
        if not danger_word <= emergency <= calm:
            continue
        settings = ActionSettings(emergency_min_probability=emergency, min_score=minimum,
                                  emergency_min_probability_danger_word=danger_word,
                                  emergency_min_probability_calm=calm)
        answerer = Answerer(base.library, retriever, settings)
        results = []
        for h in held:
            parse = with_fallback_threshold({**h.parse, "text": h.example.text}, fallback)
            got = answerer.decide(Understanding.from_parse(parse)).topic
            results.append(Result(h.example.text, topic_for_intent(h.example.label) or FALLBACK,
                                  (), got))
        summary = summarise(results)
        rows.append(((fallback, emergency, danger_word, calm, minimum), summary))
    # The targets are constraints (false alarms at most 5%, fallback precision at least
    # 0.9); among the combinations that meet them: emergency recall first, then top-1.
    rows.sort(key=lambda row: (row[1]["false_alarm_rate"] <= MAX_FALSE_ALARMS
                               and row[1]["fallback_precision"] >= MIN_FALLBACK_PRECISION,
                               row[1]["emergency_recall"], row[1]["top1"]), reverse=True)
    print(f"{'fallback':>8} {'emerg.':>6} {'danger':>6} {'calm':>5} {'min':>5} | {'top1':>6} {'macroF1':>7} "
          f"{'fb prec':>7} {'fb rec':>6} {'em rec':>6} {'FA rate':>7}")
    for (fallback, emergency, danger_word, calm, minimum), s in rows[:args.top]:
        print(f"{fallback:8.2f} {emergency:6.2f} {danger_word:6.2f} {calm:5.2f} {minimum:5.2f} | "
              f"{s['top1']:6.3f} {s['macro_f1']:7.3f} {s['fallback_precision']:7.3f} "
              f"{s['fallback_recall']:6.3f} {s['emergency_recall']:6.3f} {s['false_alarm_rate']:7.3f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
