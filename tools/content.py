"""The content editors' tool: check, preview, review dates, the threat level (`./content-tool --help`).

Every message is for communications staff, not developers: plain words, and what to do next.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import re
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Sequence
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any, NoReturn

from actions.content import THREAT_LEVEL_FILE, ContentReport, Topic, long_date, read_content
from actions.guidance import Answerer, Decision
from actions.nlu import Understanding
from actions.problems import RULES, folder_label
from actions.retrieval import Encoder
from actions.topics import CONVERSATION_TOPICS, topic_for_intent
from common.logs import configure_logging
from tools import threat_level as tl
from tools.paths import CONTENT_TOOL, RASA_PYTHON, ROOT, quiet_env

CONTENT = ROOT / "content"
GUIDE = ROOT / "CONTENT.md"
GUIDE_START = f"<!-- messages: generated from actions/problems.py by `{CONTENT_TOOL} messages --update` -->"
GUIDE_END = "<!-- end of messages -->"


def out(text: str = "") -> None:
    print(text, flush=True)


# --- check ------------------------------------------------------------------------------------------

def _files_with_problems(report: ContentReport) -> int:
    return len({p.file for p in report.problems})


def check(folder: Path) -> int:
    report = read_content(folder)
    if not report.problems:
        out(f"All content is valid ({report.checked} files in {folder_label(folder)}/ checked).")
        return 0
    out(report.text)
    count, files = len(report.problems), _files_with_problems(report)
    out()
    out(f"{count} problem{'s' if count != 1 else ''} in {files} file{'s' if files != 1 else ''}. "
        "Until they are fixed the assistant keeps answering from the last content that was valid. "
        f"Fix them, then run {CONTENT_TOOL} check again.")
    return 1


# --- preview ----------------------------------------------------------------------------------------

class ModelParse:
    """Rasa's parse of a question by the trained model, run in Rasa's own environment.

    Started first and collected last: loading Rasa takes as long as loading the content's
    embeddings, so the two happen side by side.
    """

    def __init__(self, model: Path, question: str) -> None:
        self._work = tempfile.TemporaryDirectory()
        self._result = Path(self._work.name) / "parse.json"
        self._process = subprocess.Popen(
            [str(RASA_PYTHON), "-m", "tools.rasa_parse", str(model), str(self._result)],
            stdin=subprocess.PIPE, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True,
            cwd=ROOT, env=quiet_env())
        assert self._process.stdin is not None
        self._process.stdin.write(json.dumps([question]))
        self._process.stdin.close()

    def result(self) -> dict[str, Any]:
        try:
            assert self._process.stderr is not None
            errors = self._process.stderr.read()
            if self._process.wait() != 0 or not self._result.exists():
                raise RuntimeError(f"the NLU model could not parse the question: {errors[-2000:]}")
            parsed: list[dict[str, Any]] = json.loads(self._result.read_text(encoding="utf-8"))
            return parsed[0]
        finally:
            self._work.cleanup()


def _why(decision: Decision) -> str:
    reason = decision.reason
    if reason.startswith("emergency rule"):
        return "the emergency rules matched the words (an emergency always wins)"
    if reason.startswith("emergency model"):
        return f"the NLU model gave the emergency intent probability {reason.split()[-1]}"
    if reason.startswith("harmful rule"):
        return "it reads as a request for how to make or use weapons, which is never answered"
    if reason.endswith("below minimum"):
        return "retrieval's best match scored below the minimum, so the assistant says it can't help"
    if reason.startswith("retrieval"):
        return "the NLU model was unsure, so retrieval matched the question against the content"
    if reason.startswith("intent"):
        return "the NLU model recognised the question"
    return reason


def _topic_label(answerer: Answerer, topic_id: str) -> str:
    topic = answerer.library.topics.get(topic_id)
    return f"{topic_id} ({topic.title})" if topic else topic_id


def preview(question: str, folder: Path, model: Path | None, encoder: Encoder | None = None) -> int:
    """What the assistant would answer, by the real decision code, without starting any server."""
    # Loading the sentence model draws progress bars: noise to an editor.
    os.environ.setdefault("HF_HUB_DISABLE_PROGRESS_BARS", "1")
    os.environ.setdefault("TRANSFORMERS_VERBOSITY", "error")
    from actions.server import build_answerer  # loads torch: only for this subcommand
    from actions.settings import ActionSettings

    report = read_content(folder)
    if report.problems:
        out(report.text)
        out()
        out("The assistant would not use this content. Fix the problems above first.")
        return 1
    parse = None
    if model is not None:
        print("Asking the trained NLU model (this takes about half a minute)...", file=sys.stderr)
        parse = ModelParse(model, question)
    answerer = build_answerer(ActionSettings(content_dir=folder), encoder)
    understood = Understanding.from_parse(parse.result()) if parse else Understanding(question, None)
    decision = answerer.decide(understood)
    hits = answerer.retriever.search(question)

    out(f"Question:   {question}")
    if model is not None:
        ranking = [(name, score) for name, score in understood.ranking if name != understood.intent]
        runner = f"; runner-up {ranking[0][0]} {ranking[0][1]:.2f}" if ranking else ""
        out(f"NLU model:  intent {understood.intent}, confidence {understood.confidence:.2f}{runner}")
    else:
        out("NLU model:  no trained model for the current training data, so this shows what the "
            "assistant answers when the model is unsure (retrieval). `make run` trains it.")
    out(f"Retrieval:  best {hits[0].topic_id} {hits[0].score:.2f} (section '{hits[0].section.heading}'), "
        f"runner-up {hits[1].topic_id} {hits[1].score:.2f} (used when the model is unsure)")
    out()
    out(f"Answer:     {_topic_label(answerer, decision.topic)}")
    if decision.topic not in CONVERSATION_TOPICS:
        topic = answerer.library.topics[decision.topic]
        section = topic.section(decision.section)
        which = "the short answer" if section == topic.sections[0] else "a later section"
        out(f"Section:    {section.heading} ({which})")
    score, runner_up = _score_and_runner_up(decision, understood, hits)
    out(f"Score:      {score}")
    out(f"Runner-up:  {runner_up}")
    out(f"Why:        {_why(decision)} [{decision.reason}]")
    out()
    out("Reply, exactly as it would be sent:")
    for message in answerer.render(decision, date.today()):
        out("-" * 72)
        out(message.text)
        if message.buttons:
            out("Buttons: " + " | ".join(b["title"] for b in message.buttons))
        if message.sources:
            out("Sources: " + "; ".join(f"{s['title']} <{s['url']}>" for s in message.sources))
        if message.reviewed:
            out(f"Reviewed: {message.reviewed}")
    out("-" * 72)
    return 0


def _score_and_runner_up(decision: Decision, understood: Understanding,
                         hits: Sequence[Any]) -> tuple[str, str]:
    """The score behind the decision and the topic that came second by the same measure."""
    if decision.reason.startswith("intent"):
        others = [(topic_for_intent(name) or name, score) for name, score in understood.ranking
                  if name != understood.intent]
        runner = f"{others[0][0]} {others[0][1]:.2f} (the model's next intent)" if others else "none"
        return f"{understood.confidence:.2f} (the model's confidence)", runner
    if decision.reason.startswith("retrieval"):
        best = hits[0]
        second = next((h for h in hits if h.topic_id != best.topic_id), None)
        runner = f"{second.topic_id} {second.score:.2f}" if second else "none"
        return f"{best.score:.2f} (retrieval's similarity to {best.topic_id})", runner
    if decision.reason.startswith("emergency model"):
        return f"{understood.probability('emergency'):.2f} (the model's emergency probability)", "n/a"
    return "n/a (decided by a rule, not a score)", "n/a"


# --- stale --------------------------------------------------------------------------------------------

def _in_days(days: int) -> str:
    if days == 0:
        return "today"
    return f"in {days} day{'s' if days != 1 else ''}" if days > 0 else \
        f"{-days} day{'s' if days != -1 else ''} ago"


def stale(folder: Path, days: int, today: date | None = None) -> int:
    today = today or tl.today_in_uk()
    report = read_content(folder)
    label = folder_label(folder)
    rows: list[tuple[date, str, Topic]] = sorted(
        ((t.review_by, report.files[t.id], t) for t in report.topics.values()), key=lambda r: (r[0], r[1]))
    overdue = [r for r in rows if r[0] < today]
    due = [r for r in rows if today <= r[0] <= today + timedelta(days=days)]
    out(f"Review dates, as of {long_date(today)}:")
    out()

    def show(title: str, found: list[tuple[date, str, Topic]], verb: str) -> None:
        out(f"{title} ({len(found)}):" if found else f"{title}: none.")
        for review_by, file, topic in found:
            out(f"  {label}/{file} — {topic.title}: {verb} {long_date(review_by)} "
                f"({_in_days((review_by - today).days)}); last reviewed {long_date(topic.last_reviewed)}")
        out()

    show("Past their review date", overdue, "review was due")
    show(f"Due in the next {days} day{'s' if days != 1 else ''}", due, "review by")
    if report.problems:
        out(f"Some files have problems and could not all be read: run {CONTENT_TOOL} check. "
            f"({len(report.problems)} problem{'s' if len(report.problems) != 1 else ''}.)")
    out("To mark a topic reviewed, check its facts and sources, then set 'last_reviewed' to today "
        "and 'review_by' to the next review date.")
    return 0


# --- threat level -------------------------------------------------------------------------------------

def threat_show(folder: Path, entries: int = 5, today: date | None = None) -> int:
    today = today or tl.today_in_uk()
    try:
        level = tl.current(folder)
    except tl.Refused as refused:
        out(str(refused))
        return 1
    topic = level.topic
    out(f"National level:                  {level.level} ({level.meaning}), since {long_date(level.since)}")
    out(f"Northern Ireland-related level:  {level.ni_level} ({level.ni_meaning}), "
        f"since {long_date(level.ni_since)}")
    out(f"Last checked:                    {long_date(topic.last_reviewed)}")
    out(f"Review by:                       {long_date(topic.review_by)} "
        f"({_in_days((topic.review_by - today).days)})")
    history = sorted(level.history, key=lambda e: e.date)[-entries:]
    out()
    out(f"Latest history (the last {len(history)}, oldest first):")
    for entry in history:
        out("  " + tl.history_line(entry))
    return 0


def _report_saved(saved: tl.Saved, folder: Path) -> int:
    for change in saved.changes:
        out(f"Saved: {change.describe()}.")
    out(f"Last checked is now {long_date(saved.last_reviewed)}; review by {long_date(saved.review_by)}.")
    if saved.others:
        out()
        out("But other content files have problems, and until they are fixed the assistant keeps "
            "answering from the last content that was valid, so this change is NOT live yet:")
        out(saved.others)
        return 1
    out(f"{folder_label(folder)}/{THREAT_LEVEL_FILE} is valid; the running assistant picks it up "
        "within seconds.")
    return 0


def threat_set(folder: Path, level: str, since: str, ni: str | None, ni_since: str | None,
               by: str | None, force: bool) -> int:
    try:
        if (ni is None) != (ni_since is None):
            raise tl.Refused("To change the Northern Ireland-related level, give both --ni LEVEL and "
                             "--ni-since DATE.")
        today = tl.today_in_uk()
        wanted = [tl.Change("national", tl.parse_level(level), tl.parse_day(since, "--since"))]
        if ni is not None and ni_since is not None:
            wanted.append(tl.Change("northern_ireland", tl.parse_level(ni),
                                    tl.parse_day(ni_since, "--ni-since")))
        changes = tl.plan(tl.current(folder), wanted, today, force)
        saved = tl.apply(folder, changes, source="set", by=by or tl.editor_name(), today=today,
                         now=tl.utc_now())
    except tl.Refused as refused:
        out(str(refused))
        return 1
    return _report_saved(saved, folder)


def _stamp() -> str:
    return datetime.now().astimezone().strftime("%Y-%m-%d %H:%M:%S")


def sync_once(folder: Path, url: str, timeout: float) -> int:
    try:
        synced = tl.sync(folder, url, timeout)
    except tl.Refused as refused:
        out(f"Sync failed, nothing was changed: {refused}")
        return 1
    reading = synced.reading
    ni = f", Northern Ireland-related {reading.northern_ireland}" if reading.northern_ireland else ""
    dated = f" (dated {long_date(reading.published)})" if reading.published else " (no date given)"
    out(f"MI5's feed says: national {reading.national}{ni}{dated}.")
    if synced.note:
        out(synced.note)
    if not synced.saved.changes:
        out("That agrees with the file. Recorded that the level was checked today.")
    return _report_saved(synced.saved, folder)


def sync_every(folder: Path, url: str, timeout: float, minutes: float,
               rounds: int | None = None, sleep: Callable[[float], None] = time.sleep) -> int:
    """Sync again and again (beside the running stack); a failed round is logged, never fatal."""
    done = 0
    while rounds is None or done < rounds:
        out(f"[{_stamp()}] checking MI5's feed")
        try:
            sync_once(folder, url, timeout)
        except Exception as error:  # one bad round must never stop the next
            out(f"Sync failed unexpectedly ({type(error).__name__}: {error}); nothing was changed.")
        done += 1
        if rounds is None or done < rounds:
            out(f"Next check in {minutes:g} minutes.")
            sleep(minutes * 60)
    return 0


# --- gaps ------------------------------------------------------------------------------------------------

async def _gaps_report(database_url: str, days: int, keep_days: int, encoder: Encoder | None) -> str:
    from actions.retrieval import EmbeddingCache, load_encoder
    from store.migrate import migrate
    from store.models import utc_now
    from store.repository import Store
    from tools import gaps

    await migrate(database_url)
    async with Store(database_url) as store:
        # Nothing is kept longer than promised, even if the assistant has not restarted.
        await store.prune(utc_now() - timedelta(days=keep_days))
        since = utc_now() - timedelta(days=days)
        found, feedback = await store.gaps(since), await store.feedback(since)
    # People's questions are embedded in memory only: no cache folder, nothing written to disk.
    encode = EmbeddingCache(encoder or load_encoder(), None).encode
    return gaps.render(gaps.group_by_meaning(found, encode), feedback, days)


async def gaps_report(days: int | None, database_url: str | None = None, keep_days: int | None = None,
                      encoder: Encoder | None = None) -> int:
    from bot.settings import BotSettings

    settings = BotSettings()
    keep = keep_days or settings.gaps_retention_days
    out(await _gaps_report(database_url or settings.database_url, min(days or keep, keep), keep, encoder))
    return 0


# --- the table of messages in CONTENT.md ---------------------------------------------------------------

def _template(text: str, placeholder: Callable[[str], str]) -> str:
    text = re.sub(r"(?<!\{)\{(\w+)\}(?!\})", lambda m: placeholder(m.group(1)), text)
    return text.replace("{{", "{").replace("}}", "}")


def messages_table() -> str:
    """Every message `check` can print, what it means and how to fix it, as a Markdown table."""
    rows = ["| What `check` prints | What it means | How to fix it |", "|---|---|---|"]
    for rule in RULES.values():
        message = _template(rule.message, lambda name: f"<{name}>")
        fix = _template(rule.fix, lambda name: f"*{name}*")
        rows.append(f"| `{message}` | {rule.meaning} | {fix} |")
    return "\n".join(rows)


def _guide_block() -> str:
    return f"{GUIDE_START}\n{messages_table()}\n{GUIDE_END}"


def messages(update: bool) -> int:
    if not update:
        out(messages_table())
        return 0
    text = GUIDE.read_text(encoding="utf-8")
    start, end = text.find(GUIDE_START), text.find(GUIDE_END)
    if start < 0 or end < 0:
        out(f"{GUIDE.name} has no table of messages to update (its start and end markers are missing).")
        return 1
    GUIDE.write_text(text[:start] + _guide_block() + text[end + len(GUIDE_END):], encoding="utf-8")
    out(f"Updated the table of messages in {GUIDE.name}.")
    return 0


# --- the command line ----------------------------------------------------------------------------------

class _Parser(argparse.ArgumentParser):
    """argparse, with its complaints in plain words and a pointer to help."""

    def error(self, message: str) -> NoReturn:
        self.exit(2, f"{self.prog}: {message}\nRun '{self.prog} --help' to see how to use it.\n")


def _days(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"'{text}' is not a whole number of days") from None
    if value < 0:
        raise argparse.ArgumentTypeError("it cannot be less than 0")
    return value


def _positive(text: str) -> float:
    try:
        value = float(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"'{text}' is not a number") from None
    if value <= 0:
        raise argparse.ArgumentTypeError("it must be more than 0")
    return value


def build_parser() -> argparse.ArgumentParser:
    common = _Parser(add_help=False)
    common.add_argument("--content", type=Path, default=CONTENT, metavar="DIR",
                        help="the content folder (default: the project's content/)")
    parser = _Parser(prog=CONTENT_TOOL, description="Check, preview and update the assistant's content. "
                     "CONTENT.md explains each command.")
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND",
                                     parser_class=_Parser)
    commands.add_parser("check", parents=[common], help="find every problem in the content files")
    ask = commands.add_parser("preview", parents=[common], help="show what the assistant would answer")
    ask.add_argument("question", help="the question, in quotes")
    old = commands.add_parser("stale", parents=[common], help="content past or near its review date")
    old.add_argument("--days", type=_days, default=14, help="how far ahead to look (default 14)")
    missing = commands.add_parser("gaps", help="questions the assistant could not answer well, grouped "
                                  "by meaning, and the answers people said did not help")
    missing.add_argument("--days", type=_days, default=None,
                         help="how far back to look (default: everything kept, 30 days unless "
                              "GAPS_RETENTION_DAYS says otherwise)")
    listing = commands.add_parser("messages", help="every message check can print (for CONTENT.md)")
    listing.add_argument("--update", action="store_true", help="rewrite the table in CONTENT.md")

    level = commands.add_parser("threat-level", help="show, set or sync the threat level")
    actions = level.add_subparsers(dest="action", required=True, metavar="ACTION", parser_class=_Parser)
    actions.add_parser("show", parents=[common], help="the current levels and their latest history")
    change = actions.add_parser("set", parents=[common], help="change the level by hand")
    change.add_argument("level", metavar="LEVEL", help="LOW, MODERATE, SUBSTANTIAL, SEVERE or CRITICAL")
    change.add_argument("--since", required=True, metavar="DATE",
                        help="the date the level changed, year-month-day (e.g. 2026-04-30)")
    change.add_argument("--ni", metavar="LEVEL", help="the Northern Ireland-related level, if it changed")
    change.add_argument("--ni-since", metavar="DATE", help="the date that level changed")
    change.add_argument("--by", help="who made the change (default: your git name, else your login)")
    change.add_argument("--force", action="store_true",
                        help="allow a date before the one in the file (to correct a mistake)")
    feed = actions.add_parser("sync", parents=[common], help="check the level against MI5's feed")
    feed.add_argument("--url", default=None, help="the feed's address (default: MI5's, or "
                      "$THREAT_LEVEL_FEED_URL)")
    feed.add_argument("--timeout", type=_positive, default=10.0, metavar="SECONDS",
                      help="how long to wait for the feed (default 10)")
    feed.add_argument("--every", type=_positive, metavar="MINUTES",
                      help="keep checking, every this many minutes, until stopped with Ctrl-C")
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    # Editors read what this tool prints; the libraries' own notes would only get in the way.
    configure_logging("WARNING")
    if args.command == "messages":
        return messages(args.update)
    if args.command == "gaps":
        return asyncio.run(gaps_report(args.days))
    folder: Path = args.content
    if args.command == "check":
        return check(folder)
    if args.command == "preview":
        from tools.model import model_path

        model = model_path()
        return preview(args.question, folder, model if model.exists() else None)
    if args.command == "stale":
        return stale(folder, args.days)
    if args.action == "show":
        return threat_show(folder)
    if args.action == "set":
        return threat_set(folder, args.level, args.since, args.ni, args.ni_since, args.by, args.force)
    url = args.url or tl.feed_url()
    if args.every:
        try:
            return sync_every(folder, url, args.timeout, args.every)
        except KeyboardInterrupt:
            return 0
    return sync_once(folder, url, args.timeout)


if __name__ == "__main__":
    sys.exit(main())
