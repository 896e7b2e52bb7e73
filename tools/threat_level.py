"""Change content/threat-level.yml safely: by hand (`set`) or from MI5's threat-level feed (`sync`).

Every change is made in place with round-trip YAML (comments and layout kept), recorded in the
file's history, written atomically, and checked with the same validation as `./content-tool check`;
a change that would leave the file invalid is undone. Nothing here trusts the feed blindly.
"""

from __future__ import annotations

import email.utils
import os
import re
import subprocess
import tempfile
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Literal
from xml.etree.ElementTree import Element, ParseError
from zoneinfo import ZoneInfo

import httpx
from defusedxml import DefusedXmlException
from defusedxml.ElementTree import fromstring
from ruamel.yaml import YAML
from ruamel.yaml.comments import CommentedMap

from actions.content import LEVELS, THREAT_LEVEL_FILE, HistoryEntry, ThreatLevel, long_date, read_content
from actions.problems import Problem, format_problems
from tools.paths import CONTENT_TOOL, ROOT

Scope = Literal["national", "northern_ireland"]
SCOPE_NAMES: dict[Scope, str] = {
    "national": "national",
    "northern_ireland": "Northern Ireland-related",
}
DEFAULT_FEED_URL = "https://www.mi5.gov.uk/UKThreatLevel/UKThreatLevel.xml"
FEED_BY = "MI5 feed"
# The feed is one short item; anything much bigger is not the feed.
MAX_FEED_BYTES = 1_000_000
UK = ZoneInfo("Europe/London")


class Refused(Exception):
    """A change that was not made; the message says why in plain words. The file is unchanged."""


@dataclass(frozen=True)
class Change:
    scope: Scope
    level: str
    since: date
    was: tuple[str, date] | None = None  # the level and date it replaces, once planned

    def describe(self) -> str:
        text = f"the {SCOPE_NAMES[self.scope]} level is now {self.level}, since {long_date(self.since)}"
        if self.was:
            text += f" (it was {self.was[0]}, since {long_date(self.was[1])})"
        return text


@dataclass(frozen=True)
class Saved:
    """What a successful edit did, and any problems left in OTHER files (which keep it from going live)."""

    changes: tuple[Change, ...]
    last_reviewed: date
    review_by: date
    others: str  # those problems as `check` prints them; empty when all content is valid


def utc_now() -> datetime:
    return datetime.now(UTC).replace(microsecond=0)


def today_in_uk() -> date:
    return datetime.now(UK).date()


def current(folder: Path) -> ThreatLevel:
    """The levels in the file, refusing to work on a threat-level file that has problems."""
    report = read_content(folder)
    own = [p for p in report.problems if p.file == THREAT_LEVEL_FILE]
    if own or report.threat_level is None:
        raise Refused(
            f"{THREAT_LEVEL_FILE} has problems, so nothing was changed. Fix these first "
            f"({CONTENT_TOOL} check shows them again):\n{format_problems(own or report.problems, folder)}")
    return report.threat_level


def parse_level(text: str) -> str:
    level = text.strip().upper()
    if level not in LEVELS:
        raise Refused(f"'{text}' is not a threat level. Use one of: {', '.join(LEVELS)}.")
    return level


def parse_day(text: str, what: str) -> date:
    try:
        return date.fromisoformat(text.strip())
    except ValueError:
        raise Refused(f"{what} '{text}' is not a real date. Write it as year-month-day, "
                      "for example 2026-04-30.") from None


def plan(level: ThreatLevel, wanted: list[Change], today: date, force: bool = False) -> list[Change]:
    """The changes that really change something, after checking each date is believable."""
    real: list[Change] = []
    for change in wanted:
        now_level, now_since = ((level.level, level.since) if change.scope == "national"
                                else (level.ni_level, level.ni_since))
        name = SCOPE_NAMES[change.scope]
        if change.since > today:
            raise Refused(f"The date given for the {name} level ({long_date(change.since)}) is in the "
                          "future. Give the date the level actually changed (today at the latest).")
        if change.since < now_since and not force:
            raise Refused(
                f"The date given for the {name} level ({long_date(change.since)}) is before the date "
                f"already in the file ({now_level} since {long_date(now_since)}). If you are correcting "
                "a mistake, run the same command again with --force.")
        if (change.level, change.since) != (now_level, now_since):
            real.append(Change(change.scope, change.level, change.since, (now_level, now_since)))
    if not real:
        raise Refused(
            "Nothing to change: the file already says the national level is "
            f"{level.level} since {long_date(level.since)} and the Northern Ireland-related level is "
            f"{level.ni_level} since {long_date(level.ni_since)}. To record that you checked the level, "
            f"run {CONTENT_TOOL} threat-level sync.")
    return real


def _yaml() -> YAML:
    # The settings that reproduce threat-level.yml byte for byte when nothing changes.
    rt = YAML()
    rt.preserve_quotes = True
    rt.width = 4096
    rt.indent(mapping=2, sequence=4, offset=2)
    # The same date in `since` and in the history must be written twice, not as a YAML alias.
    rt.representer.ignore_aliases = lambda *_: True
    return rt


def _write_atomically(path: Path, text: str) -> None:
    # The running assistant may read the file at any moment: it must never see half of it.
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    with os.fdopen(fd, "w", encoding="utf-8") as out:
        out.write(text)
    os.replace(tmp, path)


def _mark_checked(data: CommentedMap, today: date) -> tuple[date, date]:
    """last_reviewed becomes today; review_by keeps its distance from it (the file's own cadence)."""
    interval = data["review_by"] - data["last_reviewed"]
    data["last_reviewed"] = today
    data["review_by"] = today + max(interval, timedelta(days=1))
    return data["last_reviewed"], data["review_by"]


def _edit(folder: Path, change: Callable[[CommentedMap], tuple[date, date]]) -> tuple[date, date, str]:
    """Apply an edit in place, then validate; restore the original if the file became invalid."""
    path = folder / THREAT_LEVEL_FILE
    original = path.read_text(encoding="utf-8")
    rt = _yaml()
    data = rt.load(original)
    reviewed, review_by = change(data)
    with tempfile.SpooledTemporaryFile(mode="w+", encoding="utf-8") as buffer:
        rt.dump(data, buffer)
        buffer.seek(0)
        edited = buffer.read()
    if edited != original:  # a check already recorded today rewrites nothing
        _write_atomically(path, edited)
    report = read_content(folder)
    own = [p for p in report.problems if p.file == THREAT_LEVEL_FILE]
    if own:
        _write_atomically(path, original)
        raise Refused("The change would make threat-level.yml invalid, so the file was put back as it "
                      f"was:\n{format_problems(own, folder)}")
    others: list[Problem] = [p for p in report.problems if p.file != THREAT_LEVEL_FILE]
    return reviewed, review_by, format_problems(others, folder)


def apply(folder: Path, changes: list[Change], *, source: str, by: str, today: date,
          now: datetime) -> Saved:
    """Write the new levels, mark the file checked today, and record each change in its history."""
    def change(data: CommentedMap) -> tuple[date, date]:
        for item in changes:
            data[item.scope]["level"] = item.level
            data[item.scope]["since"] = item.since
            entry = CommentedMap()
            entry["date"] = item.since
            entry["level"] = item.level
            entry["scope"] = item.scope
            entry["source"] = source
            entry["by"] = by
            entry["recorded_at"] = now.strftime("%Y-%m-%dT%H:%M:%SZ")
            data.setdefault("history", []).append(entry)
        return _mark_checked(data, today)

    reviewed, review_by, others = _edit(folder, change)
    return Saved(tuple(changes), reviewed, review_by, others)


def record_check(folder: Path, today: date) -> Saved:
    """The level was confirmed unchanged: only the date it was last checked moves."""
    reviewed, review_by, others = _edit(folder, lambda data: _mark_checked(data, today))
    return Saved((), reviewed, review_by, others)


def editor_name() -> str:
    """Who made a change by hand: git's user name, else the login name."""
    try:
        found = subprocess.run(["git", "config", "user.name"], cwd=ROOT, capture_output=True,
                               text=True, timeout=5, check=False)
        if found.returncode == 0 and found.stdout.strip():
            return found.stdout.strip()
    except (OSError, subprocess.SubprocessError):
        pass
    return os.environ.get("USER") or "unknown"


# --- MI5's feed ---------------------------------------------------------------------------------

@dataclass(frozen=True)
class FeedReading:
    """What the feed's latest item says."""

    title: str
    national: str
    northern_ireland: str | None
    published: date | None


def feed_url() -> str:
    return os.environ.get("THREAT_LEVEL_FEED_URL") or DEFAULT_FEED_URL


def fetch_feed(url: str, timeout: float) -> bytes:
    """The feed's bytes, or Refused saying in plain words why it could not be read."""
    try:
        with httpx.Client(timeout=timeout, follow_redirects=True,
                          headers={"User-Agent": "uk-safety-assistant content tool"}) as client:
            response = client.get(url)
    except httpx.TimeoutException:
        raise Refused(f"MI5's feed did not answer within {timeout:g} seconds ({url}).") from None
    except httpx.ConnectError as error:
        raise Refused(f"Could not connect to MI5's feed at {url} ({error}). Check the internet "
                      "connection, then try again.") from None
    except httpx.HTTPError as error:
        raise Refused(f"Could not read MI5's feed at {url} ({error}).") from None
    if response.status_code != 200:
        raise Refused(f"MI5's feed answered with an error (HTTP {response.status_code}) at {url}.")
    if len(response.content) > MAX_FEED_BYTES:
        raise Refused(f"What {url} sent is far too large to be MI5's feed.")
    return response.content


def _local(tag: str) -> str:
    return tag.rsplit("}", 1)[-1].lower()


def _child_text(item: Element, *names: str) -> str:
    for child in item:
        if _local(child.tag) in names:
            return "".join(child.itertext()).strip()
    return ""


def _plain(html: str) -> str:
    return " ".join(re.sub(r"<[^>]+>", " ", html).replace("&nbsp;", " ").split())


def published_day(text: str) -> date | None:
    """The item's date, read tolerantly: RFC 822 (RSS 2.0), MI5's own style, or ISO 8601."""
    text = " ".join(text.split())
    if not text:
        return None
    try:
        stamp = email.utils.parsedate_to_datetime(text)
        return (stamp if stamp.tzinfo is None else stamp.astimezone(UK)).date()
    except (TypeError, ValueError, IndexError):
        pass
    # MI5's feed has written dates like "Thursday, April 30, 2026 -  06:09" (UK time).
    for pattern in ("%A, %B %d, %Y - %H:%M", "%A, %B %d, %Y", "%d %B %Y", "%B %d, %Y"):
        try:
            return datetime.strptime(text, pattern).date()
        except ValueError:
            continue
    try:
        stamp = datetime.fromisoformat(text.replace("Z", "+00:00"))
        return (stamp if stamp.tzinfo is None else stamp.astimezone(UK)).date()
    except ValueError:
        return None


_LEVEL_WORD = re.compile(r"\b(" + "|".join(LEVELS) + r")\b", re.IGNORECASE)
_STATED = re.compile(r"level\s*(?:is|:|-)\s*([A-Za-z]+)", re.IGNORECASE)
_NI = re.compile(r"Northern\s+Ireland[-\s]+related\s+terrorism\s+is\s+([A-Za-z]+)", re.IGNORECASE)
_NATIONAL = re.compile(r"national\s+threat\s+level\s+is\s+([A-Za-z]+)", re.IGNORECASE)


def _known(word: str, where: str) -> str:
    if word.upper() not in LEVELS:
        raise Refused(f"MI5's feed gives the {where} level as '{word}', which is not one of the five "
                      f"levels ({', '.join(LEVELS)}).")
    return word.upper()


def parse_feed(body: bytes) -> FeedReading:
    """The levels and date in the feed's latest item (RSS 2.0), or Refused saying what is wrong."""
    try:
        root = fromstring(body)
    except (ParseError, DefusedXmlException, ValueError) as error:
        raise Refused(f"MI5's feed could not be read as a feed ({error}).") from None
    item = next((e for e in root.iter() if _local(e.tag) in ("item", "entry")), None)
    if item is None:
        raise Refused("MI5's feed has no item in it.")
    title = " ".join(_child_text(item, "title").split())
    description = _plain(_child_text(item, "description", "summary", "content"))
    # The title states the national level ("Current Threat Level: SEVERE"); the description may
    # repeat it and add the Northern Ireland-related level.
    named = {w.upper() for w in _LEVEL_WORD.findall(title)}
    if len(named) > 1:
        raise Refused(f"MI5's feed names more than one level in its latest item ('{title}').")
    stated = _STATED.search(title)
    if not named and stated:
        _known(stated.group(1), "national")
    in_description = _NATIONAL.search(description)
    national = next(iter(named), None) or (
        _known(in_description.group(1), "national") if in_description else None)
    if national is None:
        raise Refused(f"No threat level found in MI5's feed (its latest item reads '{title}').")
    if in_description and in_description.group(1).upper() != national:
        raise Refused(f"MI5's feed gives two different national levels in its latest item ({national} "
                      f"and {in_description.group(1)}).")
    ni = _NI.search(description) or _NI.search(title)
    return FeedReading(
        title=title, national=national,
        northern_ireland=_known(ni.group(1), "Northern Ireland-related") if ni else None,
        published=published_day(_child_text(item, "pubdate", "published", "updated", "date")),
    )


@dataclass(frozen=True)
class Synced:
    """The outcome of one sync that changed nothing wrongly: the file agreed, or was updated."""

    reading: FeedReading
    saved: Saved
    note: str = ""  # e.g. why the feed's date was not used


def sync(folder: Path, url: str, timeout: float, *, today: date | None = None,
         now: datetime | None = None) -> Synced:
    """Compare MI5's feed with the file: record the check if they agree, apply a believable change."""
    today = today or today_in_uk()
    now = now or utc_now()
    level = current(folder)
    reading = parse_feed(fetch_feed(url, timeout))
    published, note = reading.published, ""
    if published is not None and published > today:
        note = (f"The feed's date ({long_date(published)}) is in the future, so today's date was used.")
        published = None
    if published is not None and published < level.since:
        raise Refused(
            f"MI5's feed is dated {long_date(published)}, before the national level in the file changed "
            f"({level.level} since {long_date(level.since)}). The feed may be out of date.")
    since = published or today
    wanted = [Change("national", reading.national, since)] if reading.national != level.level else []
    if reading.northern_ireland and reading.northern_ireland != level.ni_level:
        if published is not None and published < level.ni_since:
            raise Refused(
                f"MI5's feed is dated {long_date(published)}, before the Northern Ireland-related level "
                f"in the file changed ({level.ni_level} since {long_date(level.ni_since)}).")
        wanted.append(Change("northern_ireland", reading.northern_ireland, since))
    if not wanted:
        return Synced(reading, record_check(folder, today), note)
    changes = plan(level, wanted, today)
    return Synced(reading, apply(folder, changes, source="sync", by=FEED_BY, today=today, now=now), note)


def history_line(entry: HistoryEntry, width: int = 60) -> str:
    """One history entry on one line, for `show`."""
    source = " ".join(entry.source.split())
    if len(source) > width:
        source = source[:width - 1].rstrip() + "…"
    who = f" by {entry.by}" if entry.by else ""
    if entry.recorded_at:
        who += f" at {entry.recorded_at:%Y-%m-%d %H:%M} UTC"
    return f"{entry.date.isoformat()}  {SCOPE_NAMES[entry.scope]:<24}  {entry.level:<11}  {source}{who}"
