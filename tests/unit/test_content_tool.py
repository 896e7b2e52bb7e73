"""The content editors' tool, subcommand by subcommand, on copies of the real content."""

from __future__ import annotations

import re
import shutil
import socket
import subprocess
from collections.abc import Iterator
from datetime import date, timedelta
from pathlib import Path

import pytest
import yaml

from actions.content import load_library
from actions.guidance import Answerer
from actions.nlu import Understanding
from actions.retrieval import EmbeddingCache, Encoder, Retriever
from actions.settings import ActionSettings
from actions.topics import GUIDANCE_TOPICS
from tests.conftest import CONTENT, ROOT
from tests.fakes.mi5_feed import Answer, FakeFeed, fake_feed, rss
from tools import content as tool
from tools.paths import CONTENT_TOOL
from tools.threat_level import today_in_uk

TODAY = today_in_uk()


@pytest.fixture
def folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A copy of the real content, in a folder named content/ in the current directory."""
    copy = tmp_path / "content"
    shutil.copytree(CONTENT, copy)
    monkeypatch.chdir(tmp_path)
    return copy


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str]:
    code = tool.main(list(argv))
    return code, capsys.readouterr().out


def threat_file(folder: Path) -> Path:
    return folder / "threat-level.yml"


def fields(folder: Path) -> dict[str, object]:
    loaded: dict[str, object] = yaml.safe_load(threat_file(folder).read_text(encoding="utf-8"))
    return loaded


# --- check ------------------------------------------------------------------------------------------

def test_check_says_all_content_is_valid(folder: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, said = run(capsys, "check", "--content", str(folder))
    assert code == 0 and said.startswith("All content is valid")


def test_check_prints_each_problem_with_how_to_fix_and_a_summary(
    folder: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    run_md = folder / "run.md"
    run_md.write_text(run_md.read_text().replace("https://", "http://", 1) + "\n## Long\n" + "word " * 130)
    (folder / "hide.md").unlink()
    code, said = run(capsys, "check", "--content", "content")
    assert code == 1
    lines = said.splitlines()
    assert lines[0] == "content/hide.md: there is no content file for the topic 'hide'"
    assert lines[1].startswith("    How to fix: Every topic needs its file.")
    assert re.fullmatch(r"content/run\.md:\d+: 'sources → item 1 → url' must be a secure link .*", lines[2])
    assert re.fullmatch(r"content/run\.md:\d+: the section 'Long' has 130 words; the limit is 120", lines[4])
    assert all(line.startswith("    How to fix: ") for line in lines[1:7:2])
    assert lines[-1].startswith("3 problems in 2 files.")


def test_the_wrapper_and_make_content_check_run_the_check() -> None:
    done = subprocess.run([CONTENT_TOOL, "check"], cwd=ROOT, capture_output=True, text=True, check=False)
    assert done.returncode == 0, done.stdout + done.stderr
    assert done.stdout.startswith("All content is valid")
    makefile = (ROOT / "Makefile").read_text()
    assert re.search(r"^test: .*\bcontent-check\b", makefile, flags=re.MULTILINE)
    assert re.search(r"^content-check: .*\n\t.*-m tools\.content check", makefile, flags=re.MULTILINE)


# --- preview ----------------------------------------------------------------------------------------

def test_preview_without_a_model_shows_retrievals_answer_exactly_as_rendered(
    folder: Path, encoder: Encoder, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    monkeypatch.setenv("ACTIONS_CACHE_DIR", str(tmp_path / "cache"))
    question = "where is the safest place to hide from gunfire"
    assert tool.preview(question, folder, None, encoder) == 0
    said = capsys.readouterr().out
    library = load_library(folder)
    answerer = Answerer(library, Retriever(library, EmbeddingCache(encoder, tmp_path / "cache")),
                        ActionSettings())
    decision = answerer.decide(Understanding(question, None))
    [reply, *_] = answerer.render(decision, date.today())
    assert "no trained model" in said
    assert re.search(r"^Answer: +hide \(Hide\)$", said, flags=re.MULTILINE)
    section = library.topics["hide"].section(decision.section)
    assert re.search(rf"^Section: +{re.escape(section.heading)} ", said, flags=re.MULTILINE)
    assert re.search(r"^Score: +0\.\d\d \(retrieval's similarity to hide\)$", said, flags=re.MULTILINE)
    assert re.search(r"^Runner-up: +[a-z-]+ 0\.\d\d$", said, flags=re.MULTILINE)
    assert f"\n{reply.text}\n" in said


def test_preview_of_invalid_content_shows_the_problems(
    folder: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (folder / "hide.md").unlink()
    assert tool.preview("where do I hide", folder, None) == 1
    assert "there is no content file for the topic 'hide'" in capsys.readouterr().out


# --- stale --------------------------------------------------------------------------------------------

def set_dates(path: Path, reviewed: date, review_by: date) -> None:
    text = re.sub(r"^last_reviewed: .*$", f"last_reviewed: {reviewed}", path.read_text(), flags=re.M)
    path.write_text(re.sub(r"^review_by: .*$", f"review_by: {review_by}", text, flags=re.M))


def test_stale_lists_overdue_and_soon_due_content_with_dates(
    folder: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    long_ago = TODAY - timedelta(days=200)
    for path in [*folder.glob("*.md"), threat_file(folder)]:
        set_dates(path, long_ago, TODAY + timedelta(days=100))
    set_dates(folder / "run.md", long_ago, TODAY - timedelta(days=3))
    set_dates(folder / "hide.md", long_ago, TODAY + timedelta(days=5))
    code, said = run(capsys, "stale", "--content", "content", "--days", "14")
    assert code == 0
    overdue, due = said.split("Due in the next 14 days")
    assert "Past their review date (1):" in overdue
    assert f"content/run.md — Run: review was due {tool.long_date(TODAY - timedelta(days=3))} (3 days ago)" \
        in overdue
    assert "content/hide.md — Hide: review by" in due and "(in 5 days)" in due
    assert "tell.md" not in said
    code, said = run(capsys, "stale", "--content", "content", "--days", "200")
    assert said.count("content/") == 25 - 1  # every topic file (conversation.yml has no dates)


# --- threat-level show --------------------------------------------------------------------------------

def test_show_gives_both_levels_dates_and_the_latest_history(
    folder: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, said = run(capsys, "threat-level", "show", "--content", "content")
    library = load_library(folder)
    level = library.threat_level
    assert code == 0
    assert re.search(rf"^National level: +{level.level} \(.+\), since {tool.long_date(level.since)}$", said,
                     flags=re.M)
    assert re.search(rf"^Northern Ireland-related level: +{level.ni_level} ", said, flags=re.M)
    assert f"Last checked:                    {tool.long_date(level.topic.last_reviewed)}" in said
    assert "Review by:" in said
    newest = max(level.history, key=lambda e: e.date)
    assert said.rstrip().splitlines()[-1].startswith(f"  {newest.date.isoformat()}  ")


# --- threat-level set ---------------------------------------------------------------------------------

COMMENT = "# Editors: change the level with ./content-tool threat-level set (see CONTENT.md)\n"


def test_set_edits_in_place_keeping_comments_and_layout_and_records_history(
    folder: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = threat_file(folder)
    path.write_text(COMMENT + path.read_text())
    before = path.read_text().splitlines()
    old = fields(folder)
    cadence = old["review_by"] - old["last_reviewed"]  # type: ignore[operator]
    since = TODAY - timedelta(days=1)
    code, said = run(capsys, "threat-level", "set", "substantial", "--since", since.isoformat(),
                     "--by", "Sam Editor", "--content", "content")
    assert code == 0, said
    assert f"the national level is now SUBSTANTIAL, since {tool.long_date(since)}" in said
    after = path.read_text().splitlines()
    assert after[0] == COMMENT.strip()
    changed = [(a, b) for a, b in zip(before, after, strict=False) if a != b]
    assert changed == [
        (next(line for line in before if line.startswith("last_reviewed:")), f"last_reviewed: {TODAY}"),
        (next(line for line in before if line.startswith("review_by:")),
         f"review_by: {TODAY + cadence}"),
        ("  level: SEVERE", "  level: SUBSTANTIAL"),
        ("  since: 2026-04-30", f"  since: {since}"),
    ]
    added = after[len(before):]
    assert added[:5] == [f"  - date: {since}", "    level: SUBSTANTIAL", "    scope: national",
                         "    source: set", "    by: Sam Editor"]
    assert re.fullmatch(r"    recorded_at: '\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ'", added[5])
    assert load_library(folder).threat_level.level == "SUBSTANTIAL"


def test_set_changes_the_northern_ireland_level_too(folder: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, said = run(capsys, "threat-level", "set", "SEVERE", "--since", "2026-04-30", "--ni", "MODERATE",
                     "--ni-since", TODAY.isoformat(), "--content", "content")
    assert code == 0, said
    level = load_library(folder).threat_level
    assert (level.level, level.ni_level, level.ni_since) == ("SEVERE", "MODERATE", TODAY)
    entry = level.history[-1]
    assert (entry.scope, entry.level, entry.source) == ("northern_ireland", "MODERATE", "set")
    assert entry.by  # from git's user name, or the login name


@pytest.mark.parametrize(
    ("argv", "why"),
    [
        (["PURPLE", "--since", "2026-05-01"], "'PURPLE' is not a threat level. Use one of: LOW,"),
        (["LOW", "--since", "2026-02-30"], "is not a real date. Write it as year-month-day"),
        (["LOW", "--since", "1 May 2026"], "is not a real date"),
        (["LOW", "--since", (TODAY + timedelta(days=1)).isoformat()], "is in the future"),
        (["LOW", "--since", "2026-04-01"], "before the date already in the file (SEVERE since 30 April "
                                           "2026). If you are correcting a mistake, run the same command "
                                           "again with --force"),
        (["SEVERE", "--since", "2026-04-30"], "Nothing to change: the file already says"),
        (["LOW", "--since", "2026-05-01", "--ni", "LOW"], "give both --ni LEVEL and --ni-since DATE"),
    ],
)
def test_set_refuses_a_wrong_level_a_wrong_date_or_no_change(
    folder: Path, capsys: pytest.CaptureFixture[str], argv: list[str], why: str
) -> None:
    original = threat_file(folder).read_bytes()
    code, said = run(capsys, "threat-level", "set", *argv, "--content", "content")
    assert code == 1
    assert why in said
    assert threat_file(folder).read_bytes() == original


def test_set_with_force_corrects_an_earlier_date(folder: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, _ = run(capsys, "threat-level", "set", "SEVERE", "--since", "2026-04-29", "--force",
                  "--content", "content")
    assert code == 0
    assert load_library(folder).threat_level.since == date(2026, 4, 29)


def test_set_puts_the_file_back_when_the_result_would_be_invalid(
    folder: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # A meaning long enough that the rendered answer goes over the limit only at CRITICAL.
    path = threat_file(folder)
    path.write_text(path.read_text().replace("CRITICAL: an attack is highly likely in the near future",
                                             "CRITICAL: " + "very " * 100 + "likely"))
    original = path.read_bytes()
    code, said = run(capsys, "threat-level", "set", "CRITICAL", "--since", TODAY.isoformat(),
                     "--content", "content")
    assert code == 1
    assert "would make threat-level.yml invalid, so the file was put back" in said
    assert re.search(r"content/threat-level\.yml:\d+: the threat-level answer has \d+ words", said)
    assert path.read_bytes() == original


def test_set_refuses_to_work_on_a_file_that_already_has_problems(
    folder: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = threat_file(folder)
    path.write_text(path.read_text().replace("northern_ireland:", "national:\n  level: LOW\n  since: "
                                             "2020-01-01\nnorthern_ireland:", 1))
    original = path.read_bytes()
    code, said = run(capsys, "threat-level", "set", "LOW", "--since", TODAY.isoformat(),
                     "--content", "content")
    assert code == 1
    assert "has problems, so nothing was changed" in said and "'national' appears twice" in said
    assert path.read_bytes() == original


def test_set_says_a_change_is_not_live_while_other_files_have_problems(
    folder: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (folder / "hide.md").unlink()
    code, said = run(capsys, "threat-level", "set", "LOW", "--since", TODAY.isoformat(),
                     "--content", "content")
    assert code == 1
    assert "this change is NOT live yet" in said and "content/hide.md:" in said
    assert fields(folder)["national"] == {"level": "LOW", "since": TODAY}


# --- threat-level sync, against a fake MI5 feed over real HTTP ------------------------------------------

@pytest.fixture
def feed() -> Iterator[FakeFeed]:
    with fake_feed() as running:
        yield running


def mi5_date(day: date) -> str:
    return f"{day:%A, %B} {day.day:02d}, {day.year} -  06:09"


def sync(capsys: pytest.CaptureFixture[str], feed: FakeFeed, *extra: str) -> tuple[int, str]:
    return run(capsys, "threat-level", "sync", "--url", feed.url, "--timeout", "2", "--content", "content",
               *extra)


def test_sync_applies_a_plausible_change_with_the_feeds_date(
    folder: Path, feed: FakeFeed, capsys: pytest.CaptureFixture[str]
) -> None:
    changed_on = TODAY - timedelta(days=2)
    feed.answer = Answer(rss("Current Threat Level: SUBSTANTIAL", mi5_date(changed_on)))
    code, said = sync(capsys, feed)
    assert code == 0, said
    assert "MI5's feed says: national SUBSTANTIAL, Northern Ireland-related SUBSTANTIAL" in said
    level = load_library(folder).threat_level
    assert (level.level, level.since, level.topic.last_reviewed) == ("SUBSTANTIAL", changed_on, TODAY)
    entry = level.history[-1]
    assert (entry.level, entry.date, entry.scope, entry.source, entry.by) == \
        ("SUBSTANTIAL", changed_on, "national", "sync", "MI5 feed")


def test_sync_uses_today_when_the_feed_has_no_date(
    folder: Path, feed: FakeFeed, capsys: pytest.CaptureFixture[str]
) -> None:
    feed.answer = Answer(rss("current threat level: critical", None))
    code, said = sync(capsys, feed)
    assert code == 0, said
    assert load_library(folder).threat_level.since == TODAY


def test_sync_that_agrees_only_records_the_check(
    folder: Path, feed: FakeFeed, capsys: pytest.CaptureFixture[str]
) -> None:
    path = threat_file(folder)
    before = path.read_text().splitlines()
    feed.answer = Answer(rss("Current Threat Level: SEVERE", "Thu, 30 Apr 2026 06:09:00 +0100"))
    code, said = sync(capsys, feed)
    assert code == 0, said
    assert "That agrees with the file. Recorded that the level was checked today." in said
    after = path.read_text().splitlines()
    assert {a.split(":")[0] for a, b in zip(before, after, strict=True) if a != b} == \
        {"last_reviewed", "review_by"}
    assert fields(folder)["last_reviewed"] == TODAY


def closed_port_url() -> str:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    return f"http://127.0.0.1:{port}/UKThreatLevel/UKThreatLevel.xml"


@pytest.mark.parametrize(
    ("answer", "why"),
    [
        (Answer(b"", delay=3.0), "did not answer within 0.5 seconds"),
        (Answer(b"<rss><channel><item><title>Current", status=200), "could not be read as a feed"),
        (Answer(b"Service Unavailable", status=503), "answered with an error (HTTP 503)"),
        (Answer(rss("Current Threat Level: PURPLE")), "gives the national level as 'PURPLE', which is not "
                                                      "one of the five levels"),
        (Answer(rss("Current Threat Level: SEVERE or CRITICAL")), "names more than one level"),
        (Answer(rss("Current Threat Level: SUBSTANTIAL", "Mon, 01 Jan 2024 09:00:00 GMT")),
         "is dated 1 January 2024, before the national level in the file changed (SEVERE since 30 April "
         "2026)"),
        (Answer(rss("Threat levels", description="")), "No threat level found"),
        (Answer(b"<!DOCTYPE x [<!ENTITY a 'aaaa'><!ENTITY b '&a;&a;&a;'>]><rss><item><title>&b;</title>"
                b"</item></rss>"), "could not be read as a feed"),
    ],
    ids=["timeout", "garbage-xml", "http-error", "unknown-level", "two-levels", "older-than-since",
         "no-level", "entity-expansion"],
)
def test_sync_that_cannot_trust_the_feed_changes_nothing_and_says_why(
    folder: Path, feed: FakeFeed, capsys: pytest.CaptureFixture[str], answer: Answer, why: str
) -> None:
    original = threat_file(folder).read_bytes()
    feed.answer = answer
    code, said = run(capsys, "threat-level", "sync", "--url", feed.url, "--timeout", "0.5",
                     "--content", "content")
    assert code == 1
    assert said.startswith("Sync failed, nothing was changed: ")
    assert why in said
    assert threat_file(folder).read_bytes() == original


def test_sync_with_the_feed_unreachable_changes_nothing(
    folder: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    original = threat_file(folder).read_bytes()
    url = closed_port_url()
    monkeypatch.setenv("THREAT_LEVEL_FEED_URL", url)  # the default address, overridden as in production
    code, said = run(capsys, "threat-level", "sync", "--content", "content")
    assert code == 1
    assert f"Could not connect to MI5's feed at {url}" in said
    assert threat_file(folder).read_bytes() == original


def test_sync_every_keeps_going_after_a_failed_round(
    folder: Path, feed: FakeFeed, capsys: pytest.CaptureFixture[str]
) -> None:
    feed.answer = Answer(b"not xml")
    waits: list[float] = []

    def next_round(seconds: float) -> None:
        waits.append(seconds)
        feed.answer = Answer(rss("Current Threat Level: SEVERE"))

    assert tool.sync_every(folder, feed.url, 2.0, 0.5, rounds=2, sleep=next_round) == 0
    said = capsys.readouterr().out
    assert said.count("checking MI5's feed") == 2 and waits == [30.0]
    assert "Sync failed, nothing was changed" in said and "That agrees with the file" in said
    assert feed.requests == 2


# --- the guide ----------------------------------------------------------------------------------------

def test_content_md_lists_every_message_check_can_print() -> None:
    guide = (ROOT / "CONTENT.md").read_text(encoding="utf-8")
    assert tool.messages_table() in guide, (
        "CONTENT.md's table of messages is out of date: run ./content-tool messages --update")


def test_content_md_lists_every_topic_with_its_file() -> None:
    guide = (ROOT / "CONTENT.md").read_text(encoding="utf-8")
    table = guide[guide.index("<!-- topics -->"):guide.index("<!-- end of topics -->")]
    listed = dict(re.findall(r"^\| `([a-z-]+)` \| `([a-z.-]+)` \|", table, flags=re.MULTILINE))
    assert listed == {t: ("threat-level.yml" if t == "threat-level" else f"{t}.md") for t in GUIDANCE_TOPICS}
