"""The content loader: the real content is valid, and bad files are refused with clear errors."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
import yaml

from actions.content import (
    MAX_SECTION_WORDS,
    ContentError,
    Library,
    load_library,
    load_threat_level,
    load_topic,
)
from actions.topics import GUIDANCE_TOPICS
from tests.conftest import CONTENT

GOOD = """---
id: {id}
title: Hide
sources:
  - title: Stay Safe
    url: https://www.protectuk.police.uk
last_reviewed: 2026-11-01
review_by: 2027-05-01
next: [tell]
---

## Hide if you cannot run
Find cover. Silence your phone.

## Lock the door
Lock or block the door, then move away from it.
"""


def write(tmp_path: Path, text: str, name: str = "hide.md") -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def test_real_content_covers_every_guidance_topic(library: Library) -> None:
    assert set(library.topics) == GUIDANCE_TOPICS


def test_every_section_is_short_and_every_topic_cites_https_sources(library: Library) -> None:
    for topic in library.topics.values():
        assert topic.sources, topic.id
        assert all(s.url.startswith("https://") for s in topic.sources)
        assert topic.review_by >= topic.last_reviewed
        for section in topic.sections:
            assert len(section.text.split()) <= MAX_SECTION_WORDS, (topic.id, section.heading)


def test_emergency_answer_starts_with_999(library: Library) -> None:
    first = library.topics["emergency-now"].sections[0].text
    assert "999" in first.split(".")[0]


def test_threat_level_answer_is_built_from_the_file(library: Library) -> None:
    level = library.threat_level
    text = level.topic.sections[0].text
    assert level.level in text and level.meaning in text and level.ni_level in text
    assert "MI5" in text and level.check_url in text
    assert "{" not in text


def test_fallback_and_help_mention_999(library: Library) -> None:
    for key in ("fallback", "help", "greeting", "bot-identity"):
        assert "999" in library.conversation[key].text


def test_a_good_file_loads_into_sections(tmp_path: Path) -> None:
    topic = load_topic(write(tmp_path, GOOD.format(id="hide")))
    assert [s.slug for s in topic.sections] == ["hide-if-you-cannot-run", "lock-the-door"]
    assert topic.section("lock-the-door").heading == "Lock the door"
    assert topic.section("no-such-section") == topic.sections[0]


@pytest.mark.parametrize(
    ("change", "expected"),
    [
        (lambda t: t.replace("id: hide", "id: hiding"), "'id' is 'hiding' but the file is named 'hide.md'"),
        (lambda t: t.replace("    url: https://www.protectuk.police.uk\n", ""), "sources → item 1 → url"),
        (lambda t: t.replace("https://www", "http://www"), "sources → item 1 → url"),
        (lambda t: t.replace("last_reviewed: 2026-11-01", "last_reviewed: soon"), "last_reviewed"),
        (lambda t: t.replace("review_by: 2027-05-01", "review_by: 2026-01-01"), "review_by"),
        (lambda t: t.replace("next: [tell]", "next: [sideways]"), "'next' names 'sideways'"),
        (lambda t: t.replace("title: Hide\n", ""), "'title'"),
        (lambda t: t.replace("title: Hide", "title: Hide\nauthor: me"), "author"),
        (lambda t: t.replace("Silence your phone.", "word " * 130), "132 words; the limit is 120"),
        (lambda t: t.replace("## Lock the door", "## Hide if you cannot run"), "repeats the heading"),
        (lambda t: t.replace("---\n\n## Hide", "---\nIntro text.\n## Hide"), "before the first"),
        (lambda t: t.replace("sources:", "sources: [\n"), "cannot be read"),
    ],
)
def test_bad_files_are_refused_naming_file_and_field(tmp_path: Path, change, expected: str) -> None:  # type: ignore[no-untyped-def]
    path = write(tmp_path, change(GOOD.format(id="hide")))
    with pytest.raises(ContentError) as error:
        load_topic(path)
    assert str(path) in str(error.value)
    assert expected in str(error.value)


def test_library_refuses_a_missing_topic(tmp_path: Path) -> None:
    folder = tmp_path / "content"
    shutil.copytree(CONTENT, folder)
    (folder / "hide.md").unlink()
    with pytest.raises(ContentError, match="no content file for the topic 'hide'"):
        load_library(folder)


def test_library_refuses_an_unknown_threat_level(tmp_path: Path) -> None:
    folder = tmp_path / "content"
    shutil.copytree(CONTENT, folder)
    path = folder / "threat-level.yml"
    path.write_text(path.read_text().replace("level: SEVERE", "level: PURPLE", 1))
    with pytest.raises(ContentError, match=r"threat-level.yml:\d+: 'national → level' is 'PURPLE'"):
        load_library(folder)


def test_a_threat_level_answer_too_long_once_rendered_is_refused(tmp_path: Path) -> None:
    raw = yaml.safe_load((CONTENT / "threat-level.yml").read_text(encoding="utf-8"))
    # The template itself is short; the placeholder it fills in makes it too long to read.
    raw["answer"] = "The level is {level}. {set_by}"
    raw["set_by"] = "word " * 125
    path = tmp_path / "threat-level.yml"
    path.write_text(yaml.safe_dump(raw), encoding="utf-8")
    with pytest.raises(ContentError) as error:
        load_threat_level(path)
    assert str(path) in str(error.value)
    assert f"has 129 words once its placeholders are filled in; the limit is {MAX_SECTION_WORDS}" \
        in str(error.value)


def test_digest_changes_with_content(tmp_path: Path, library: Library) -> None:
    folder = tmp_path / "content"
    shutil.copytree(CONTENT, folder)
    path = folder / "run.md"
    path.write_text(path.read_text() + "\nOne more line.\n")
    assert load_library(folder).digest != library.digest
