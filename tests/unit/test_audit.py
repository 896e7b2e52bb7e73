"""`make audit`: an advisory fails the build unless it is accepted with a reason."""

from __future__ import annotations

from pathlib import Path

import pytest

from tools.audit import ACCEPTED, LOCKS, Finding, findings, judge, read_accepted

# pip-audit's JSON report (--format json), as it reports one vulnerable and one unknown package.
REPORT = {
    "dependencies": [
        {"name": "aiohttp", "version": "3.9.5", "vulns": [
            {"id": "GHSA-8495-4g3g-x7pr", "fix_versions": ["3.10.11"],
             "aliases": ["CVE-2024-52304"], "description": "request smuggling"},
            {"id": "GHSA-0000-new0-0000", "fix_versions": ["3.13.3"], "aliases": [],
             "description": "something new"},
        ]},
        {"name": "torch", "version": "2.13.0+cpu",
         "skip_reason": "Dependency not found on PyPI and could not be audited"},
        {"name": "Jinja2", "version": "3.1.6", "vulns": []},
    ],
    "fixes": [],
}


def test_an_advisory_is_accepted_by_its_id_or_an_alias_and_only_for_its_package() -> None:
    found, skipped = findings(LOCKS[1], REPORT)
    assert [f.id for f in found] == ["GHSA-8495-4g3g-x7pr", "GHSA-0000-new0-0000"]
    assert skipped == ["torch: Dependency not found on PyPI and could not be audited"]
    accepted = {("aiohttp", "CVE-2024-52304"): "not reachable: no aiohttp server runs"}
    unaccepted, stale = judge(found, accepted)
    assert [f.id for f in unaccepted] == ["GHSA-0000-new0-0000"]
    assert stale == []
    other_package = {("sanic", "CVE-2024-52304"): "a reason long enough to count"}
    assert len(judge(found, other_package)[0]) == 2


def test_accepted_entries_nothing_matches_any_more_are_named() -> None:
    finding = Finding("rasa.lock", "aiohttp", "3.9.5", "GHSA-1", ("CVE-1",), ("3.10",))
    _, stale = judge([finding], {("aiohttp", "CVE-1"): "r", ("keras", "CVE-2"): "r"})
    assert stale == ["keras CVE-2"]


def test_an_accepted_advisory_needs_a_reason(tmp_path: Path) -> None:
    path = tmp_path / "accepted.yml"
    path.write_text("- id: CVE-2024-1\n  package: aiohttp\n  reason: fine\n")
    with pytest.raises(SystemExit, match="reason"):
        read_accepted(path)


def test_the_projects_accepted_advisories_each_have_a_reason() -> None:
    accepted = read_accepted(ACCEPTED)
    assert accepted
    assert all(package == package.lower() for package, _ in accepted)
