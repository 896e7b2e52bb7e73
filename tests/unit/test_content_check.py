"""Every content check: each finds its problem in the right file, at the right line, with a fix."""

from __future__ import annotations

import re
import shutil
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import pytest

from actions.content import ContentError, check_content, load_library, read_content
from actions.problems import RULES, Problem, format_problems
from tests.conftest import CONTENT

Edit = Callable[[str], str]


def replace(old: str, new: str) -> Edit:
    """Replace the first `old` (which must be there, so that no case passes by editing nothing)."""
    def edit(text: str) -> str:
        assert old in text, f"{old!r} is not in the file any more: update this test"
        return text.replace(old, new, 1)
    return edit


def regex(pattern: str, new: str) -> Edit:
    def edit(text: str) -> str:
        changed, count = re.subn(pattern, new, text, count=1, flags=re.MULTILINE)
        assert count, f"{pattern!r} matches nothing any more: update this test"
        return changed
    return edit


def append(extra: str) -> Edit:
    return lambda text: text.rstrip("\n") + "\n" + extra


def first_section(text: str) -> str:
    found = re.search(r"^## +(.+)$", text, flags=re.MULTILINE)
    assert found
    return found.group(1).strip()


@dataclass(frozen=True)
class Case:
    rule: str
    file: str
    edit: Edit
    at: str | None  # the text of the line the problem must point to; None: the file as a whole
    fix: str  # words the fix must contain: what to do, not just what is wrong

    def __str__(self) -> str:
        return f"{self.rule}-{self.file}"


NATIONAL_AGAIN = "national:\n  level: LOW\n  since: 2020-01-01\n"

CASES = [
    Case("yaml-syntax", "run.md", replace("title: Run\n", "title: Run: fast\n"),
         "title: Run: fast", "double quotes"),
    Case("yaml-syntax", "threat-level.yml", regex(r"^check_url: ", "check_url: see: "),
         "check_url: see:", "Every field is 'name: value'"),
    Case("no-front-matter", "run.md", regex(r"\A---\n", ""), None, "'---' alone on the first line"),
    Case("not-a-mapping", "conversation.yml", lambda _: "- hello\n- goodbye\n", "- hello",
         "'name: value'"),
    Case("duplicate-key", "threat-level.yml",
         regex(r"^northern_ireland:", NATIONAL_AGAIN + "northern_ireland:"),
         "national:\n  level: LOW", "Keep only one 'national:'"),
    Case("duplicate-key", "run.md", replace("title: Run\n", "title: Run\ntitle: Running\n"),
         "title: Running", "Keep only one 'title:'"),
    Case("missing-field", "run.md", replace("title: Run\n", ""), "id: run", "Add 'title:'"),
    Case("missing-field", "threat-level.yml", regex(r"^    source: MI5 threat level history\n", ""),
         "  - date: 2014-08-29", "Add 'history → item 1 → source:'"),
    Case("unknown-field", "run.md", replace("title: Run\n", "title: Run\nauthor: me\n"), "author: me",
         "Check the spelling"),
    Case("wrong-type", "run.md", regex(r"^next: \[hide\]", "next:\n  first: hide"), "next:",
         "like the same field in another content file"),
    Case("not-one-of", "threat-level.yml", replace("scope: northern_ireland", "scope: ulster"),
         "scope: ulster", "spelled exactly"),
    Case("bad-date", "tell.md", regex(r"^last_reviewed: .*$", "last_reviewed: 2026-02-30"),
         "last_reviewed: 2026-02-30", "year-month-day"),
    Case("bad-date", "tell.md", regex(r"^review_by: .*$", "review_by: next spring"),
         "review_by: next spring", "2026-11-23"),
    Case("text-too-short", "run.md", replace("title: Run\n", "title: R\n"), "title: R", "Fill it in"),
    Case("text-too-long", "run.md", replace("title: Run\n", "title: " + "Run " * 20 + "\n"), "title: Run Run",
         "Shorten it"),
    Case("empty-list", "run.md", regex(r"^sources:\n(?:  .*\n)+", "sources: []\n"), "sources: []",
         "Add at least one"),
    Case("not-https", "hide.md", replace("url: https://", "url: http://"), "url: http://",
         "copy the whole address"),
    Case("unknown-id", "run.md", regex(r"^id: run$", "id: sprint"), "id: sprint", "table of topics"),
    Case("id-not-file-name", "run.md", regex(r"^id: run$", "id: sprint"), "id: sprint",
         "change the id to 'run', or rename the file to 'sprint.md'"),
    Case("review-before-reviewed", "businesses.md", regex(r"^review_by: .*$", "review_by: 2020-01-01"),
         "review_by: 2020-01-01", "Set 'review_by' to a date after 'last_reviewed'"),
    Case("next-nowhere", "first-aid.md", regex(r"^next: \[", "next: [nowhere, "), "next: [nowhere",
         "or remove it"),
    Case("button-nowhere", "conversation.yml", replace("buttons: [threat-level,", "buttons: [threat-levle,"),
         "buttons: [threat-levle", "or remove it"),
    Case("text-before-sections", "run.md", regex(r"^## ", "Some words first.\n\n## "), "Some words first.",
         "Put it under a '## ' heading"),
    Case("no-sections", "run.md", regex(r"^## (?:.|\n)*", "Only words, no headings.\n"),
         "Only words, no headings.", "a line starting with '## '"),
    Case("empty-heading", "run.md", append("## \nSome text.\n"), "## ", "Write a short heading"),
    Case("heading-too-long", "run.md", append("## " + "A very long heading " * 3 + "\nText.\n"),
         "## A very long heading", "Shorten the heading"),
    Case("empty-section", "run.md", append("## Nothing here\n"), "## Nothing here", "Write the text"),
    Case("section-too-long", "run.md", append("## Too long\n" + "word " * 121 + "\n"), "## Too long",
         "Cut it to 120 words or fewer"),
    Case("duplicate-heading", "run.md", lambda t: append(f"## {first_section(t).upper()}!\nMore.\n")(t),
         "!", "its own heading"),
    Case("unknown-level", "threat-level.yml", regex(r"^  level: SEVERE", "  level: PURPLE"), "level: PURPLE",
         "one of the five levels in capitals"),
    Case("levels-incomplete", "threat-level.yml", regex(r"^  CRITICAL:", "  EXTREME:"), "levels:",
         "List LOW, MODERATE, SUBSTANTIAL, SEVERE, CRITICAL once each"),
    Case("unknown-placeholder", "threat-level.yml", replace("{meaning}", "{meening}"), "answer:",
         "{level}, {meaning}"),
    Case("answer-braces", "threat-level.yml", replace("{meaning}", "{meaning"), "answer:",
         "close each one, or remove the stray bracket"),
    Case("answer-too-long", "threat-level.yml", regex(r"^set_by: .*$", "set_by: " + "word " * 120),
         "answer:", "Shorten 'answer'"),
    Case("emergency-999", "emergency-now.md",
         regex(r"^## .*\n(?:(?!## ).*\n)*", "## Stay safe\nRun if you can. Hide if you cannot.\n\n"),
         "## Stay safe", "start the first section with 'Call 999'"),
    Case("missing-reply", "conversation.yml", regex(r"^did_you_mean:\n(?:  .*\n)+", ""), "greeting:",
         "Add a 'did_you_mean:' block"),
    Case("fallback-999", "conversation.yml",
         regex(r"^(fallback:\n  text: \"[^\"]*?)\s*In an emergency, call 999\.", r"\1"),
         "  text: \"Sorry", "call 999"),
]


def by_rule(rule: str) -> Case:
    return next(c for c in CASES if c.rule == rule)


def line_of(text: str, at: str) -> int:
    """The 1-based line where `at` starts (the last such line, for text added at the end)."""
    starts = [m.start() for m in re.finditer(re.escape(at), text)]
    assert starts, f"{at!r} is not in the edited file"
    position = starts[-1] if at.startswith("## ") or at == "!" else starts[0]
    return text.count("\n", 0, position) + 1


def copy_content(tmp_path: Path) -> Path:
    folder = tmp_path / "content"
    shutil.copytree(CONTENT, folder)
    return folder


def found(problems: list[Problem], rule: str, file: str) -> list[Problem]:
    return [p for p in problems if p.rule == rule and p.file == file]


def test_the_real_content_has_no_problems() -> None:
    assert check_content(CONTENT) == []


@pytest.mark.parametrize("case", CASES, ids=str)
def test_each_check_names_the_file_the_line_and_the_fix(tmp_path: Path, case: Case) -> None:
    folder = copy_content(tmp_path)
    path = folder / case.file
    edited = case.edit(path.read_text(encoding="utf-8"))
    path.write_text(edited, encoding="utf-8")
    problems = check_content(folder)
    [problem] = found(problems, case.rule, case.file) or [None]
    assert problem is not None, format_problems(problems, folder)
    expected_line = line_of(edited, case.at) if case.at is not None else 1
    assert problem.line == expected_line, problem.render()
    assert case.fix in problem.fix, problem.fix


def test_a_file_that_is_not_utf8_is_named(tmp_path: Path) -> None:
    folder = copy_content(tmp_path)
    (folder / "hide.md").write_bytes("---\ntitle: caf\u00e9\n---\n".encode("latin-1"))
    [problem] = found(check_content(folder), "not-utf8", "hide.md")
    assert problem.line is None and "UTF-8" in problem.fix


def test_a_missing_topic_file_is_named(tmp_path: Path) -> None:
    folder = copy_content(tmp_path)
    (folder / "hide.md").unlink()
    [problem] = check_content(folder)
    assert (problem.rule, problem.file, problem.line) == ("missing-topic", "hide.md", None)
    assert "hide.md" in problem.fix and "git" in problem.fix


def test_a_missing_conversation_file_is_named(tmp_path: Path) -> None:
    folder = copy_content(tmp_path)
    (folder / "conversation.yml").unlink()
    [problem] = check_content(folder)
    assert (problem.rule, problem.file, problem.line) == ("missing-file", "conversation.yml", None)
    assert "bring it back" in problem.fix


def test_a_missing_folder_is_one_problem(tmp_path: Path) -> None:
    [problem] = check_content(tmp_path / "nowhere")
    assert problem.rule == "no-folder" and "--content" in problem.fix


def test_a_copied_topic_is_reported_on_the_copy(tmp_path: Path) -> None:
    folder = copy_content(tmp_path)
    shutil.copy(folder / "run.md", folder / "run-copy.md")
    problems = check_content(folder)
    [duplicate] = found(problems, "duplicate-id", "run-copy.md")
    assert duplicate.line == 2 and "also in run.md" in duplicate.message
    assert "delete the other" in duplicate.fix
    assert not found(problems, "duplicate-id", "run.md")


def test_every_rule_has_a_test() -> None:
    tested = {c.rule for c in CASES} | {"not-utf8", "missing-topic", "missing-file", "no-folder",
                                        "duplicate-id"}
    assert tested == set(RULES)


def test_all_problems_are_reported_at_once_in_file_and_line_order(tmp_path: Path) -> None:
    folder = copy_content(tmp_path)
    for case in (by_rule("yaml-syntax"), by_rule("duplicate-key"), by_rule("not-https"),
                 by_rule("section-too-long")):
        path = folder / case.file
        path.write_text(case.edit(path.read_text(encoding="utf-8")), encoding="utf-8")
    problems = check_content(folder)
    assert {p.rule for p in problems} >= {"yaml-syntax", "duplicate-key", "not-https", "section-too-long"}
    assert problems == sorted(problems, key=lambda p: (p.file, p.line or 0))


def test_the_loader_refuses_with_exactly_what_check_prints(tmp_path: Path) -> None:
    folder = copy_content(tmp_path)
    for case in (by_rule("duplicate-key"), by_rule("not-https")):
        path = folder / case.file
        path.write_text(case.edit(path.read_text(encoding="utf-8")), encoding="utf-8")
    with pytest.raises(ContentError) as refused:
        load_library(folder)
    assert str(refused.value) == format_problems(check_content(folder), folder)
    assert str(refused.value).startswith(f"{folder}/hide.md:")
    assert "\n    How to fix: " in str(refused.value)
    assert refused.value.problems == tuple(check_content(folder))


def test_a_duplicate_national_block_is_refused_not_silently_used(tmp_path: Path) -> None:
    # PyYAML keeps the last of two keys without a word; the check must stop that reaching people.
    folder = copy_content(tmp_path)
    path = folder / "threat-level.yml"
    text = path.read_text(encoding="utf-8")
    path.write_text(re.sub(r"^northern_ireland:", NATIONAL_AGAIN + "northern_ireland:", text, count=1,
                           flags=re.MULTILINE), encoding="utf-8")
    report = read_content(folder)
    [problem] = report.problems
    assert problem.rule == "duplicate-key"
    assert f"first on line {line_of(text, 'national:')}" in problem.message
    with pytest.raises(ContentError):
        report.library()


def test_problems_print_as_file_line_message_then_how_to_fix() -> None:
    problem = Problem("run.md", 12, "the section 'Run' has 130 words; the limit is 120", "Cut it.")
    assert problem.render("content") == (
        "content/run.md:12: the section 'Run' has 130 words; the limit is 120\n    How to fix: Cut it.")
    assert Problem("hide.md", None, "m", "f").render("content").startswith("content/hide.md: m")
