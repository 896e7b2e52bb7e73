"""Every text the assistant learns from (NLU examples, content `questions:`) and the sets that
measure it (the shared dev set, our frozen blind set), and how to find copies between them."""

from __future__ import annotations

import difflib
import os
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import frontmatter
import yaml

from tools.paths import ROOT

# Our own frozen sets (eval/): each written before a model change (its header says how),
# never edited, never trained on.
BLIND_SETS = {"blind": ROOT / "eval" / "blind.yml", "blind-2": ROOT / "eval" / "blind-2.yml"}
# A question counts as copied when a training text is identical to it after normalising, or
# this similar (difflib's ratio): stricter than the shared hook's 0.85.
COPY_RATIO = 0.8


@dataclass(frozen=True)
class Example:
    """One training text: what it says, what it teaches (an intent or a topic) and where it is."""

    text: str
    label: str
    where: str


@dataclass(frozen=True)
class Question:
    """One evaluation question and the topic(s) that answer it right."""

    text: str
    topic: str
    also: tuple[str, ...] = ()


def dev_set_path() -> Path | None:
    """The shared dev set: $SAFETY_DEV_SET, or ../shared/eval/dev.yml beside the checkout."""
    for candidate in (os.environ.get("SAFETY_DEV_SET"), ROOT.parent / "shared" / "eval" / "dev.yml",
                      Path("/work/shared/eval/dev.yml")):
        if candidate and Path(candidate).is_file():
            return Path(candidate)
    return None


def load_questions(path: Path) -> list[Question]:
    raw = yaml.safe_load(path.read_text(encoding="utf-8"))["questions"]
    return [Question(str(q["text"]), str(q["topic"]), tuple(q.get("also") or ())) for q in raw]


def _where(path: Path) -> str:
    return str(path.relative_to(ROOT)) if path.is_relative_to(ROOT) else str(path)


def _rasa_examples(block: str) -> Iterator[str]:
    for line in block.splitlines():
        line = line.strip()
        if line.startswith("- "):
            # Entity markup "[text](entity)" reads as its text.
            yield re.sub(r"\[([^\]]*)\]\([^)]*\)", r"\1", line[2:])


def nlu_examples(folder: Path = ROOT / "data" / "nlu") -> list[Example]:
    examples: list[Example] = []
    for path in sorted(folder.glob("*.yml")):
        for item in (yaml.safe_load(path.read_text(encoding="utf-8")) or {}).get("nlu") or []:
            if "intent" in item:
                examples += [Example(t, item["intent"], _where(path))
                             for t in _rasa_examples(str(item.get("examples", "")))]
    return examples


def content_questions(folder: Path = ROOT / "content") -> list[Example]:
    questions: list[Example] = []
    for path in sorted(folder.iterdir()):
        meta: dict[str, Any]
        if path.suffix == ".md":
            meta = frontmatter.loads(path.read_text(encoding="utf-8")).metadata
        elif path.suffix in {".yml", ".yaml"}:
            meta = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
        else:
            continue
        topic = str(meta.get("id", path.stem))
        listed = meta.get("questions")
        listed = listed if isinstance(listed, list) else []
        questions += [Example(str(q), topic, _where(path)) for q in listed]
    return questions


def normalise(text: str) -> str:
    """Lower case, straight apostrophes, letters, digits and single spaces only."""
    text = text.lower().replace("\u2019", "'")
    return " ".join(re.sub(r"[^a-z0-9' ]+", " ", text).split())


@dataclass(frozen=True)
class Copy:
    question: str
    example: Example
    ratio: float

    def __str__(self) -> str:
        return (f"{self.example.where}: {self.example.text!r} copies the question {self.question!r} "
                f"(similarity {self.ratio:.2f})")


def copies(questions: Iterable[str], examples: Iterable[Example],
           threshold: float = COPY_RATIO) -> list[Copy]:
    """Every (question, example) pair that is identical after normalising or at least this similar."""
    normalised = [(normalise(e.text), e) for e in examples]
    found: list[Copy] = []
    matcher = difflib.SequenceMatcher()
    for question in questions:
        target = normalise(question)
        matcher.set_seq2(target)  # difflib caches what it learns about seq2
        for text, example in normalised:
            if text == target:
                found.append(Copy(question, example, 1.0))
                continue
            matcher.set_seq1(text)
            if matcher.real_quick_ratio() < threshold or matcher.quick_ratio() < threshold:
                continue
            # difflib's ratio depends a little on the order: either order counts.
            ratio = max(matcher.ratio(), difflib.SequenceMatcher(None, target, text).ratio())
            if ratio >= threshold:
                found.append(Copy(question, example, ratio))
    return found
