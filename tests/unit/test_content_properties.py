"""Properties of content parsing (actions/content.py, actions/problems.py), with Hypothesis.

Any text in a topic file — arbitrary, fenced like front matter, or well-formed YAML with odd
fields and values — either loads or is reported as problems, each in that file at a line that
exists; the parser itself never fails. A valid generated topic loads back exactly as written.
"""

from __future__ import annotations

import string
import tempfile
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import yaml
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from actions.content import MAX_HEADING_CHARS, ContentError, Topic, load_topic, slugify

PROPERTIES = settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
# Characters a file can hold (no lone surrogates: they can't be written as UTF-8).
CHARS = st.characters(exclude_categories=["Cs"])
FIELDS = ["id", "title", "sources", "last_reviewed", "review_by", "questions", "next", "other"]
JSON = st.recursive(st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False)
                    | st.text(CHARS, max_size=20) | st.dates().map(str),
                    lambda inner: st.lists(inner, max_size=3)
                    | st.dictionaries(st.text(CHARS, max_size=8), inner, max_size=3), max_leaves=8)
MARKDOWN_LINE = st.one_of(st.text(CHARS, max_size=40), st.text(CHARS, max_size=30).map(lambda t: "## " + t),
                          st.just(""), st.just("##"), st.just("---"))
BODY = st.lists(MARKDOWN_LINE, max_size=8).map("\n".join)


def load(text: str, name: str = "hide.md") -> Topic | ContentError:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / name
        path.write_text(text, encoding="utf-8")
        try:
            return load_topic(path)
        except ContentError as error:
            return error


def assert_loads_or_reports_where(text: str) -> None:
    result = load(text)
    if isinstance(result, Topic):
        return
    assert result.problems, "a ContentError must list its problems"
    lines = max(1, len(text.splitlines()))
    for found in result.problems:
        assert found.file == "hide.md"
        assert found.line is None or 1 <= found.line <= lines + 1, (found, lines)
        assert found.message and found.fix
        assert found.render().startswith("content/hide.md")


@PROPERTIES
@given(st.text(CHARS, max_size=400))
def test_arbitrary_text_never_crashes_the_parser(text: str) -> None:
    assert_loads_or_reports_where(text)


@PROPERTIES
@given(st.text(CHARS, max_size=200), BODY)
# Regression: a control character in the front matter escaped as yaml's ReaderError.
@example("id: hide\x1b", "## Hide\nKeep quiet.")
def test_arbitrary_front_matter_never_crashes_the_parser(front: str, body: str) -> None:
    assert_loads_or_reports_where(f"---\n{front}\n---\n{body}")


@PROPERTIES
@given(st.dictionaries(st.sampled_from(FIELDS), JSON, max_size=8), BODY)
def test_yaml_fields_of_any_shape_never_crash_the_parser(fields: dict[str, Any], body: str) -> None:
    front = yaml.safe_dump(fields, allow_unicode=True, sort_keys=False)
    assert_loads_or_reports_where(f"---\n{front}---\n{body}")


WORD = st.text(string.ascii_letters, min_size=1, max_size=10)
SENTENCE = st.lists(WORD, min_size=1, max_size=12).map(lambda words: " ".join(words) + ".")


@st.composite
def topics(draw: st.DrawFn) -> dict[str, Any]:
    reviewed = draw(st.dates(date(2020, 1, 1), date(2030, 1, 1)))
    headings = draw(st.lists(st.lists(WORD, min_size=1, max_size=5).map(" ".join).filter(
        lambda h: len(h) <= MAX_HEADING_CHARS), min_size=1, max_size=4, unique_by=slugify))
    return {
        "meta": {
            "id": "hide",
            "title": draw(st.lists(WORD, min_size=1, max_size=4).map(" ".join).filter(
                lambda t: 2 <= len(t) <= 60)),
            "sources": [{"title": draw(WORD.map(lambda w: w + " guidance")),
                         "url": f"https://www.example.gov.uk/{draw(WORD)}"}],
            "last_reviewed": reviewed.isoformat(),
            "review_by": (reviewed + timedelta(days=draw(st.integers(0, 400)))).isoformat(),
            "questions": draw(st.lists(SENTENCE, max_size=3)),
            "next": draw(st.lists(st.sampled_from(["run", "tell"]), max_size=2, unique=True)),
        },
        "sections": [(heading, draw(st.lists(SENTENCE, min_size=1, max_size=4).map(" ".join)))
                     for heading in headings],
    }


@PROPERTIES
@given(topics())
def test_a_valid_generated_topic_loads_back_as_written(generated: dict[str, Any]) -> None:
    meta, sections = generated["meta"], generated["sections"]
    body = "\n\n".join(f"## {heading}\n{text}" for heading, text in sections)
    front = yaml.safe_dump(meta, allow_unicode=True, sort_keys=False)
    topic = load(f"---\n{front}---\n\n{body}\n")
    assert isinstance(topic, Topic), topic
    assert (topic.id, topic.title, topic.questions, topic.next) == (
        meta["id"], meta["title"], tuple(meta["questions"]), tuple(meta["next"]))
    assert topic.last_reviewed.isoformat() == meta["last_reviewed"]
    assert topic.review_by.isoformat() == meta["review_by"]
    assert [(s.title, str(s.url)) for s in topic.sources] == [(s["title"], s["url"]) for s in meta["sources"]]
    assert [(s.heading, s.text, s.slug) for s in topic.sections] == [
        (heading, text, slugify(heading)) for heading, text in sections]
