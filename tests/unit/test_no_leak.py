"""The sets that measure the assistant never leak into what it learns from, and the blind set
stays exactly as it was first committed."""

from __future__ import annotations

import hashlib

import pytest

from tools.training_text import (
    BLIND_SETS,
    COPY_RATIO,
    Example,
    content_questions,
    copies,
    dev_set_path,
    load_questions,
    nlu_examples,
)

# sha256 of each blind set as first committed: they are never edited (see their headers).
BLIND_SHA256 = {
    "blind": "2c7191e1cc3a066d74f53583b2539aed100066fc758a1f3e10d80b1f62e7e472",
    "blind-2": "565009a61ed00063e96b3b7d4a94a8c529cb8d4ce5d6cc30a0da8f3a7b7f8a03",
}


@pytest.fixture(scope="module")
def training() -> list[Example]:
    return nlu_examples() + content_questions()


def test_training_text_is_found(training: list[Example]) -> None:
    # If the readers broke, every other test here would pass on nothing.
    assert len(training) > 1500
    assert any(e.where.startswith("data/nlu/") for e in training)
    assert any(e.where.startswith("content/") for e in training)


def test_no_training_text_copies_a_dev_question(training: list[Example]) -> None:
    path = dev_set_path()
    if path is None:
        pytest.skip("the shared dev set is not on this machine (set SAFETY_DEV_SET)")
    found = copies([q.text for q in load_questions(path)], training)
    assert not found, "training text copies the dev set (remove it):\n" + "\n".join(map(str, found))


@pytest.mark.parametrize("name", sorted(BLIND_SETS))
def test_no_training_text_copies_a_blind_question(training: list[Example], name: str) -> None:
    found = copies([q.text for q in load_questions(BLIND_SETS[name])], training)
    assert not found, f"training text copies {name} (remove it):\n" + "\n".join(map(str, found))


@pytest.mark.parametrize("name", sorted(BLIND_SETS))
def test_the_blind_sets_are_frozen(name: str) -> None:
    path = BLIND_SETS[name]
    assert hashlib.sha256(path.read_bytes()).hexdigest() == BLIND_SHA256[name], (
        f"{path.name} changed: it is frozen; write a new set instead of editing this one"
    )


def test_every_blind_set_has_a_hash() -> None:
    assert set(BLIND_SHA256) == set(BLIND_SETS)


def test_a_near_copy_is_caught_and_named() -> None:
    example = Example("My son is in Paris, how do I find out if he's OK?", "ask_abroad",
                      "data/nlu/abroad.yml")
    found = copies(["my daughter is in paris how do i find out if she's ok"], [example])
    assert len(found) == 1 and found[0].ratio >= COPY_RATIO
    assert "data/nlu/abroad.yml" in str(found[0]) and "daughter" in str(found[0])


def test_identical_after_normalising_is_a_copy_and_different_questions_are_not() -> None:
    example = Example("What's the threat level?", "ask_threat_level", "content/threat-level.yml")
    assert copies(["whats the THREAT level"], [example])
    assert not copies(["who decides how the level is set"], [example])
