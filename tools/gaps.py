"""The editors' gaps report: what people asked that the assistant could not answer well, grouped
by meaning and counted, newest first, beside the answers people said did not help."""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime

import numpy as np
from sklearn.cluster import AgglomerativeClustering

from actions.retrieval import Matrix
from store.models import Feedback, Gap

# Questions at least this similar in meaning, on average (cosine of all-MiniLM-L6-v2 sentence
# embeddings), are grouped: paraphrases score 0.3-0.7 with it, different subjects under 0.25.
SAME_MEANING = 0.35
SHOWN_PER_GROUP = 3


@dataclass
class Group:
    """Questions that mean much the same thing, newest first."""

    questions: list[Gap] = field(default_factory=list)

    @property
    def latest(self) -> datetime:
        return self.questions[0].created_at

    @property
    def answered_with(self) -> Counter[str]:
        return Counter(q.topic for q in self.questions)


def group_by_meaning(gaps: list[Gap], encode: Callable[[list[str]], Matrix]) -> list[Group]:
    """Groups of questions with the same meaning, the group asked most recently first."""
    if not gaps:
        return []
    newest_first = sorted(gaps, key=lambda g: g.created_at, reverse=True)
    if len(newest_first) == 1:
        return [Group(newest_first)]
    vectors = np.asarray(encode([g.text for g in newest_first]), dtype=np.float32)
    # Average linkage on cosine distance: a group holds questions close to all its others, not a
    # chain of neighbours drifting from one subject to another.
    labels = AgglomerativeClustering(n_clusters=None, metric="cosine", linkage="average",
                                     distance_threshold=1 - SAME_MEANING).fit_predict(vectors)
    groups: dict[int, Group] = {}
    for gap, label in zip(newest_first, labels.tolist(), strict=True):
        groups.setdefault(label, Group()).questions.append(gap)
    return sorted(groups.values(), key=lambda g: (g.latest, len(g.questions)), reverse=True)


def _when(moment: datetime) -> str:
    return f"{moment.day} {moment:%b %Y, %H:%M} UTC"


def render(groups: list[Group], feedback: list[Feedback], days: int) -> str:
    """The report as editors read it: plain text, most recent first."""
    lines: list[str] = []
    total = sum(len(g.questions) for g in groups)
    if not total:
        lines.append(f"No unanswered or weakly answered questions in the last {days} days.")
    else:
        lines.append(f"Questions the assistant could not answer well, last {days} days: {total} "
                     f"in {len(groups)} group{'s' if len(groups) != 1 else ''} (most recent first).")
        lines.append("Each group holds questions that mean much the same; write or improve the "
                     "guidance they need, or add them as example questions to the right topic.")
        for number, group in enumerate(groups, 1):
            answered = ", ".join(f"{topic} {count}" for topic, count in group.answered_with.most_common())
            count = len(group.questions)
            lines.append("")
            lines.append(f"{number}. {count} question{'s' if count != 1 else ''}, latest "
                         f"{_when(group.latest)}; answered with: {answered}")
            for question in group.questions[:SHOWN_PER_GROUP]:
                lines.append(f'   "{question.text}" ({_when(question.created_at)}, {question.channel})')
            if count > SHOWN_PER_GROUP:
                lines.append(f"   … and {count - SHOWN_PER_GROUP} more")
    lines.append("")
    lines.extend(_feedback(feedback, days))
    return "\n".join(lines)


def _feedback(feedback: list[Feedback], days: int) -> list[str]:
    if not feedback:
        return [f'No "Was this helpful?" answers in the last {days} days.']
    helpful = Counter(f.topic for f in feedback if f.helpful)
    unhelpful = Counter(f.topic for f in feedback if not f.helpful)
    lines = [f'"Was this helpful?" in the last {days} days, by topic (no / yes), most "no" first:']
    for topic in sorted(set(helpful) | set(unhelpful), key=lambda t: (-unhelpful[t], t)):
        lines.append(f"   {topic}: {unhelpful[topic]} no / {helpful[topic]} yes")
    comments = sorted((f for f in feedback if f.comment), key=lambda f: f.created_at, reverse=True)
    if comments:
        lines.append("Comments, newest first:")
        lines.extend(f'   [{f.topic}, {"yes" if f.helpful else "no"}] "{f.comment}" ({_when(f.created_at)})'
                     for f in comments[:20])
    return lines
