"""Load and validate the guidance in content/ into typed topics and sections."""

from __future__ import annotations

import hashlib
import re
import string
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path
from typing import Annotated, Any, Literal, TypeVar

import yaml
from pydantic import (
    AfterValidator,
    BaseModel,
    BeforeValidator,
    ConfigDict,
    Field,
    ValidationError,
    field_validator,
)
from pydantic_core import ErrorDetails, PydanticCustomError

from actions.problems import (
    ANSWER_PLACEHOLDERS,
    LEVELS,
    MAX_HEADING_CHARS,
    MAX_SECTION_WORDS,
    ContentError,
    Problem,
    format_problems,
    problem,
)
from actions.topics import CONVERSATION_TOPICS, EMERGENCY, GUIDANCE_TOPICS, THREAT_LEVEL

# ContentError, Problem and the limits belong to the loader's interface, though defined with the rules.
__all__ = [
    "ANSWER_PLACEHOLDERS", "CONVERSATION_FILE", "FRONT_END_REPLIES", "LEVELS", "MAX_HEADING_CHARS",
    "MAX_SECTION_WORDS", "THREAT_LEVEL_FILE", "ContentError", "ContentReport", "ConversationReply",
    "HistoryEntry",
    "Library", "Problem", "Section", "Source", "ThreatLevel", "Topic", "check_content",
    "load_library", "load_threat_level", "load_topic", "long_date", "read_content", "slugify",
]

THREAT_LEVEL_FILE = "threat-level.yml"
CONVERSATION_FILE = "conversation.yml"
# Replies conversation.yml must hold: one per conversation topic, the "did you mean" line and
# the caveats added under guidance that is past its review date.
CONVERSATION_REPLIES = CONVERSATION_TOPICS | {
    "did_you_mean", "review_overdue", "threat_level_review_overdue"}
# The Telegram bot's words for what is not a question: /privacy, /subscribe…, and the alerts.
FRONT_END_REPLIES = frozenset({
    "privacy", "subscribed", "already_subscribed", "unsubscribed", "not_subscribed", "forgotten",
    "threat_level_alert", "too_many_messages", "button_expired", "try_again"})
CONVERSATION_REPLIES |= FRONT_END_REPLIES


# --- typed content --------------------------------------------------------------------------------

def _iso_date(value: Any) -> Any:
    # Dates reach us as text (see _Loader) so that a date that does not exist is a problem to
    # report, not a crash inside the YAML reader.
    if isinstance(value, date) and not isinstance(value, datetime):
        return value
    if isinstance(value, str) and re.fullmatch(r"\d{4}-\d{2}-\d{2}", value.strip()):
        try:
            return date.fromisoformat(value.strip())
        except ValueError:
            pass
    raise PydanticCustomError("bad_date", "not a real date")


def _https(value: str) -> str:
    if not re.fullmatch(r"https://[^\s/]+\S*", value):
        raise PydanticCustomError("not_https", "not an https link")
    return value


def _level(value: str) -> str:
    if value not in LEVELS:
        raise PydanticCustomError("unknown_level", "not one of the five levels")
    return value


IsoDate = Annotated[date, BeforeValidator(_iso_date)]
HttpsUrl = Annotated[str, AfterValidator(_https)]
Level = Annotated[str, AfterValidator(_level)]
Scope = Literal["national", "northern_ireland"]


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class Source(_Strict):
    title: str = Field(min_length=3)
    url: HttpsUrl


class _TopicMeta(_Strict):
    id: str
    title: str = Field(min_length=2, max_length=60)
    sources: list[Source] = Field(min_length=1)
    last_reviewed: IsoDate
    review_by: IsoDate
    questions: list[str] = Field(default_factory=list)
    next: list[str] = Field(default_factory=list)


class _LevelSince(_Strict):
    level: Level
    since: IsoDate


class HistoryEntry(_Strict):
    """One recorded level: what it was, from when, and where the value came from."""

    date: IsoDate
    level: Level
    scope: Scope
    source: str
    announced: IsoDate | None = None
    by: str | None = None
    recorded_at: datetime | None = None


class _ThreatLevelFile(_TopicMeta):
    national: _LevelSince
    northern_ireland: _LevelSince
    set_by: str
    levels: dict[str, str]
    check_url: HttpsUrl
    note: str = ""
    answer: str
    history: list[HistoryEntry] = Field(default_factory=list)

    @field_validator("levels")
    @classmethod
    def _all_levels(cls, value: dict[str, str]) -> dict[str, str]:
        if set(value) != set(LEVELS):
            raise PydanticCustomError("levels_incomplete", "not the five levels", {
                "missing": ", ".join(lv for lv in LEVELS if lv not in value) or "none",
                "extra": ", ".join(str(k) for k in value if k not in LEVELS) or "none",
            })
        return value

    @field_validator("answer")
    @classmethod
    def _known_placeholders(cls, value: str) -> str:
        try:
            names = [name for _, name, _, _ in string.Formatter().parse(value) if name is not None]
        except ValueError:
            raise PydanticCustomError("answer_braces", "stray brace") from None
        for name in names:
            if name not in ANSWER_PLACEHOLDERS:
                raise PydanticCustomError("unknown_placeholder", "unknown placeholder",
                                          {"placeholder": "{" + name + "}"})
        return value


class ConversationReply(_Strict):
    text: str
    buttons: list[str] = Field(default_factory=list)


@dataclass(frozen=True)
class Section:
    """One headed part of a topic: what the assistant sends as one answer."""

    topic_id: str
    slug: str
    heading: str
    text: str


@dataclass(frozen=True)
class Topic:
    id: str
    title: str
    sources: tuple[Source, ...]
    last_reviewed: date
    review_by: date
    questions: tuple[str, ...]
    next: tuple[str, ...]
    sections: tuple[Section, ...]

    def section(self, slug: str | None) -> Section:
        """The section with this slug, or the first (the short answer) when none matches."""
        return next((s for s in self.sections if s.slug == slug), self.sections[0])


@dataclass(frozen=True)
class ThreatLevel:
    """The current levels, as the editors last confirmed them in content/threat-level.yml."""

    topic: Topic
    level: str
    meaning: str
    since: date
    ni_level: str
    ni_meaning: str
    ni_since: date
    set_by: str
    check_url: str
    note: str
    history: tuple[HistoryEntry, ...] = ()


@dataclass(frozen=True)
class Library:
    """Everything under content/, validated; `digest` changes whenever any file changes."""

    topics: dict[str, Topic]
    threat_level: ThreatLevel
    conversation: dict[str, ConversationReply]
    digest: str


def slugify(heading: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", heading.lower()).strip("-")


def long_date(day: date) -> str:
    return f"{day.day} {day:%B %Y}"


# --- reading YAML with line numbers ---------------------------------------------------------------

class _Loader(yaml.SafeLoader):
    """PyYAML's safe loader, except that dates stay text for pydantic to check."""


_Loader.yaml_implicit_resolvers = {
    first: [(tag, rx) for tag, rx in resolvers if tag != "tag:yaml.org,2002:timestamp"]
    for first, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
}

Loc = tuple[str | int, ...]


@dataclass
class _Yaml:
    """A parsed YAML document and the file line of each key and list item in it."""

    data: Any
    start: int
    lines: dict[Loc, int] = field(default_factory=dict)

    def line(self, loc: tuple[str | int, ...]) -> int:
        """The line of this key, or of the nearest enclosing one that is in the file."""
        while loc:
            if loc in self.lines:
                return self.lines[loc]
            loc = loc[:-1]
        return self.start


def _index(node: yaml.Node, path: Loc, doc: _Yaml, offset: int, file: str,
           problems: list[Problem]) -> None:
    """Record where every key is, and report keys written twice (PyYAML keeps the last silently)."""
    if isinstance(node, yaml.MappingNode):
        seen: dict[str, int] = {}
        for key_node, value_node in node.value:
            key = str(key_node.value) if isinstance(key_node, yaml.ScalarNode) else "?"
            line = offset + key_node.start_mark.line
            if key in seen:
                problems.append(problem("duplicate-key", file, line, key=key, first=seen[key]))
            else:
                seen[key] = line
            doc.lines[(*path, key)] = line
            _index(value_node, (*path, key), doc, offset, file, problems)
    elif isinstance(node, yaml.SequenceNode):
        for position, item in enumerate(node.value):
            doc.lines[(*path, position)] = offset + item.start_mark.line
            _index(item, (*path, position), doc, offset, file, problems)


# PyYAML's words for the usual slips, and what they mean to someone editing text.
_YAML_SLIPS = (
    ("'\\t'", "there is a tab; indent with spaces"),
    ("mapping values are not allowed", "there is a colon (:) where none can go; text with a colon needs "
     "double quotes"),
    ("quoted scalar", "a quote mark is never closed"),
    ("flow", "a bracket [ or { is not closed, or holds something it cannot"),
    ("could not find expected ':'", "a line is not 'name: value' (is a colon missing?)"),
    ("expected <block end>", "a line is indented differently from the lines around it"),
    ("did not find expected key", "a line is indented differently from the lines around it"),
    ("did not find expected '-'", "a list item does not line up with the others"),
    ("unacceptable character", "there is an invisible control character (often pasted in from "
     "another program); delete the line and type it again"),
)


def _yaml_detail(error: yaml.YAMLError) -> str:
    if isinstance(error, yaml.MarkedYAMLError):
        said = " ".join(str(part) for part in (error.context, error.problem) if part)
    else:
        said = str(error)
    return next((plain for words, plain in _YAML_SLIPS if words in said), f"the YAML reader says: {said}")


def _parse_yaml(text: str, file: str, offset: int, part: str, problems: list[Problem]) -> _Yaml | None:
    """Parse one YAML document; `offset` is the file line of the text's first line."""
    loader: _Loader | None = None
    try:
        # Reading starts at once: a control character fails here (Hypothesis found it escaping).
        loader = _Loader(text)
        node = loader.get_single_node()
        if node is None:
            return _Yaml(None, offset)
        doc = _Yaml(None, offset + node.start_mark.line)
        _index(node, (), doc, offset, file, problems)
        doc.data = loader.construct_document(node)
        return doc
    except yaml.YAMLError as error:
        mark = getattr(error, "problem_mark", None) or getattr(error, "context_mark", None)
        line = offset + mark.line if mark is not None else offset
        if isinstance(error, yaml.reader.ReaderError):  # no mark: where is a character position
            line = offset + text.count("\n", 0, max(0, error.position))
        problems.append(problem("yaml-syntax", file, line, part=part, detail=_yaml_detail(error)))
        return None
    finally:
        if loader is not None:
            loader.dispose()


_EXPECTED = {
    "string_type": "text",
    "list_type": "a list (one '- ' line per entry)",
    "dict_type": "a block of 'name: value' lines",
    "model_type": "a block of 'name: value' lines",
    "model_attributes_type": "a block of 'name: value' lines",
    "int_type": "a whole number",
    "bool_type": "true or false",
}


def _field_name(loc: tuple[str | int, ...]) -> str:
    return " → ".join(f"item {p + 1}" if isinstance(p, int) else str(p) for p in loc)


def _from_pydantic(error: ErrorDetails, doc: _Yaml, file: str, within: Loc = ()) -> Problem:
    """A pydantic error in the editors' words, at the line of the key it is about."""
    kind, loc = error["type"], (*within, *error["loc"])
    ctx: dict[str, Any] = dict(error.get("ctx") or {})
    name, value = _field_name(loc), error.get("input")
    line = doc.line(loc)
    if kind == "missing":
        return problem("missing-field", file, doc.line(loc[:-1]), field=name)
    if kind == "extra_forbidden":
        return problem("unknown-field", file, line, field=name)
    if kind == "bad_date" or kind.startswith(("date_", "datetime_")):
        return problem("bad-date", file, line, field=name, value=value)
    if kind == "not_https":
        return problem("not-https", file, line, field=name, value=value)
    if kind == "unknown_level":
        return problem("unknown-level", file, line, field=name, value=value)
    if kind == "levels_incomplete":
        return problem("levels-incomplete", file, line, **ctx)
    if kind == "unknown_placeholder":
        return problem("unknown-placeholder", file, line, **ctx)
    if kind == "answer_braces":
        return problem("answer-braces", file, line)
    if kind == "string_too_short":
        return problem("text-too-short", file, line, field=name, limit=ctx.get("min_length"))
    if kind == "string_too_long":
        return problem("text-too-long", file, line, field=name, length=len(str(value)),
                        limit=ctx.get("max_length"))
    if kind == "too_short":
        return problem("empty-list", file, line, field=name)
    if kind == "literal_error":
        return problem("not-one-of", file, line, field=name, value=value,
                        allowed=str(ctx.get("expected", "")))
    return problem("wrong-type", file, line, field=name,
                    expected=_EXPECTED.get(kind, str(error["msg"]).lower()))


M = TypeVar("M", bound=BaseModel)


def _validate(model: type[M], doc: _Yaml, file: str, problems: list[Problem]) -> M | None:
    try:
        return model.model_validate(doc.data)
    except ValidationError as error:
        problems.extend(_from_pydantic(e, doc, file) for e in error.errors())
        return None


def _describe_kind(data: Any) -> str:
    if data is None:
        return "nothing"
    if isinstance(data, list):
        return "a list"
    return "a single value"


def _read_text(path: Path, file: str, problems: list[Problem]) -> str | None:
    try:
        # utf-8-sig: an editor that adds a byte-order mark has still saved UTF-8.
        return path.read_text(encoding="utf-8-sig")
    except UnicodeDecodeError:
        problems.append(problem("not-utf8", file, None))
        return None


# --- one file at a time ---------------------------------------------------------------------------

@dataclass(frozen=True)
class _Read:
    """A topic file that could be read, with what later checks need (its lines, its file)."""

    topic: Topic
    file: str
    doc: _Yaml


def _split_front_matter(text: str, file: str, problems: list[Problem]) -> tuple[str, str, int] | None:
    """The front matter, the body and the body's first line; front matter starts on line 2."""
    lines = text.splitlines()
    fence = re.compile(r"-{3,}\s*$")
    if not lines or not fence.match(lines[0]):
        problems.append(problem("no-front-matter", file, 1))
        return None
    end = next((i for i in range(1, len(lines)) if fence.match(lines[i])), None)
    if end is None:
        problems.append(problem("no-front-matter", file, 1))
        return None
    return "\n".join(lines[1:end]), "\n".join(lines[end + 1:]), end + 2


def _sections(topic_id: str, body: str, first_line: int, file: str,
              problems: list[Problem]) -> tuple[Section, ...]:
    """The `## ` sections of a body, each checked; `first_line` is the body's line in the file."""
    heading_re = re.compile(r"## +")
    found: list[tuple[int, str, list[str]]] = []
    before: int | None = None
    for number, text_line in enumerate(body.splitlines(), start=first_line):
        if heading_re.match(text_line):
            found.append((number, text_line[2:].strip(), []))
        elif found:
            found[-1][2].append(text_line)
        elif text_line.strip() and before is None:
            before = number
    if before is not None:
        problems.append(problem("text-before-sections", file, before))
    if not found:
        problems.append(problem("no-sections", file, before or first_line))
        return ()
    sections: list[Section] = []
    slugs: dict[str, int] = {}
    for line, heading, text_lines in found:
        text = "\n".join(text_lines).strip()
        words = len(text.split())
        if not heading:
            problems.append(problem("empty-heading", file, line))
        elif len(heading) > MAX_HEADING_CHARS:
            problems.append(problem("heading-too-long", file, line, heading=heading, length=len(heading)))
        if not words:
            problems.append(problem("empty-section", file, line, heading=heading))
        elif words > MAX_SECTION_WORDS:
            problems.append(problem("section-too-long", file, line, heading=heading, words=words))
        slug = slugify(heading)
        if heading and slug in slugs:
            problems.append(problem("duplicate-heading", file, line, heading=heading, first=slugs[slug]))
        slugs.setdefault(slug, line)
        sections.append(Section(topic_id, slug, heading, text))
    return tuple(sections)


def _check_meta(meta: _TopicMeta, doc: _Yaml, path: Path, file: str, problems: list[Problem]) -> None:
    """What one file's fields must satisfy beyond their types."""
    if meta.id not in GUIDANCE_TOPICS:
        problems.append(problem("unknown-id", file, doc.line(("id",)), id=meta.id))
    if meta.id != path.stem:
        problems.append(problem("id-not-file-name", file, doc.line(("id",)), id=meta.id,
                                name=path.name, id_from_file_name=path.stem,
                                file_name_from_id=meta.id + path.suffix))
    if meta.review_by < meta.last_reviewed:
        problems.append(problem("review-before-reviewed", file, doc.line(("review_by",)),
                                 review_by=meta.review_by, last_reviewed=meta.last_reviewed))


def _topic(meta: _TopicMeta, sections: tuple[Section, ...]) -> Topic:
    return Topic(
        id=meta.id, title=meta.title, sources=tuple(meta.sources),
        last_reviewed=meta.last_reviewed, review_by=meta.review_by,
        questions=tuple(meta.questions), next=tuple(meta.next), sections=sections,
    )


def _read_topic(path: Path, problems: list[Problem]) -> _Read | None:
    file = path.name
    text = _read_text(path, file, problems)
    parts = _split_front_matter(text, file, problems) if text is not None else None
    if parts is None:
        return None
    front, body, body_line = parts
    doc = _parse_yaml(front, file, 2, "the front matter (the fields between the '---' lines)", problems)
    meta: _TopicMeta | None = None
    if doc is not None and not isinstance(doc.data, dict):
        problems.append(problem("not-a-mapping", file, doc.start, part="the front matter",
                                found=_describe_kind(doc.data)))
    elif doc is not None:
        meta = _validate(_TopicMeta, doc, file, problems)
    # The sections are checked even when the fields are not, so one run shows every problem.
    topic_id = meta.id if meta else path.stem
    sections = _sections(topic_id, body, body_line, file, problems)
    if topic_id == EMERGENCY and sections and not re.search(r"\b999\b", sections[0].text):
        problems.append(problem("emergency-999", file, _heading_line(body, body_line)))
    if meta is None or doc is None:
        return None
    _check_meta(meta, doc, path, file, problems)
    return _Read(_topic(meta, sections), file, doc)


def _heading_line(body: str, first_line: int) -> int:
    return next((n for n, line in enumerate(body.splitlines(), start=first_line)
                 if line.startswith("## ")), first_line)


def _read_yaml_file(path: Path, problems: list[Problem]) -> _Yaml | None:
    file = path.name
    text = _read_text(path, file, problems)
    if text is None:
        return None
    doc = _parse_yaml(text, file, 1, "the file", problems)
    if doc is not None and not isinstance(doc.data, dict):
        problems.append(problem("not-a-mapping", file, doc.start, part="the file",
                                 found=_describe_kind(doc.data)))
        return None
    return doc


def _read_threat_level(path: Path, problems: list[Problem]) -> tuple[ThreatLevel, _Yaml] | None:
    """Read threat-level.yml and render its answer, which must be as short as any section."""
    file = path.name
    doc = _read_yaml_file(path, problems)
    if doc is None:
        return None
    raw = _validate(_ThreatLevelFile, doc, file, problems)
    if raw is None:
        return None
    meta = _TopicMeta.model_validate(raw.model_dump(include=set(_TopicMeta.model_fields)))
    _check_meta(meta, doc, path, file, problems)
    meaning = raw.levels[raw.national.level]
    values = {
        "level": raw.national.level, "meaning": meaning, "since": long_date(raw.national.since),
        "checked": long_date(raw.last_reviewed), "ni_level": raw.northern_ireland.level,
        "ni_meaning": raw.levels[raw.northern_ireland.level],
        "ni_since": long_date(raw.northern_ireland.since), "set_by": raw.set_by,
        "check_url": raw.check_url, "note": raw.note,
    }
    text = " ".join(raw.answer.format(**values).split())
    words = len(text.split())
    if words > MAX_SECTION_WORDS:
        # The rendered answer is a section like any other: it must stay short enough to read
        # while hiding, whatever the placeholders filled in.
        problems.append(problem("answer-too-long", file, doc.line(("answer",)), words=words))
    section = Section(raw.id, "current-level", raw.title, text)
    level = ThreatLevel(
        topic=_topic(meta, (section,)), level=raw.national.level, meaning=meaning,
        since=raw.national.since, ni_level=raw.northern_ireland.level,
        ni_meaning=values["ni_meaning"], ni_since=raw.northern_ireland.since,
        set_by=raw.set_by, check_url=raw.check_url, note=raw.note, history=tuple(raw.history),
    )
    return level, doc


def _read_conversation(path: Path, topic_ids: frozenset[str],
                       problems: list[Problem]) -> dict[str, ConversationReply]:
    file = path.name
    doc = _read_yaml_file(path, problems)
    if doc is None:
        return {}
    replies: dict[str, ConversationReply] = {}
    for key, value in doc.data.items():
        try:
            replies[str(key)] = ConversationReply.model_validate(value)
        except ValidationError as error:
            problems.extend(_from_pydantic(e, doc, file, (str(key),)) for e in error.errors())
    for key in sorted(CONVERSATION_REPLIES - set(doc.data)):
        problems.append(problem("missing-reply", file, doc.start, key=key))
    fallback = replies.get("fallback")
    if fallback is not None and not re.search(r"\b999\b", fallback.text):
        problems.append(problem("fallback-999", file, doc.line(("fallback", "text"))))
    for key, reply in replies.items():
        for position, target in enumerate(reply.buttons):
            if target not in topic_ids and target not in CONVERSATION_TOPICS:
                problems.append(problem("button-nowhere", file, doc.line((key, "buttons", position)),
                                         reply=key, target=target))
    return replies


def _check_next(read: _Read, topic_ids: frozenset[str], problems: list[Problem]) -> None:
    for position, target in enumerate(read.topic.next):
        if target not in topic_ids and target not in CONVERSATION_TOPICS:
            problems.append(problem("next-nowhere", read.file, read.doc.line(("next", position)),
                                     target=target))


def _raise_if(problems: list[Problem], folder: Path) -> None:
    if problems:
        ordered = tuple(sorted(problems, key=_order))
        raise ContentError(format_problems(ordered, folder), ordered)


def load_topic(path: Path) -> Topic:
    """One topic file on its own, checked as far as a single file can be."""
    problems: list[Problem] = []
    read = _read_topic(path, problems)
    if read is not None:
        _check_next(read, GUIDANCE_TOPICS, problems)
    _raise_if(problems, path.parent)
    assert read is not None
    return read.topic


def load_threat_level(path: Path) -> ThreatLevel:
    """threat-level.yml on its own, with its answer rendered and checked."""
    problems: list[Problem] = []
    read = _read_threat_level(path, problems)
    _raise_if(problems, path.parent)
    assert read is not None
    return read[0]


# --- the whole folder -----------------------------------------------------------------------------

def _order(found: Problem) -> tuple[str, int]:
    return found.file, found.line or 0


@dataclass(frozen=True)
class ContentReport:
    """Everything a content folder holds that could be read, and every problem found in it."""

    folder: Path
    problems: tuple[Problem, ...]
    topics: dict[str, Topic]
    files: dict[str, str]  # topic id → its file's name
    threat_level: ThreatLevel | None
    conversation: dict[str, ConversationReply]
    checked: int  # how many files were read

    @property
    def text(self) -> str:
        return format_problems(self.problems, self.folder)

    def library(self) -> Library:
        """The content ready to serve, or ContentError listing every problem."""
        if self.problems or self.threat_level is None:
            raise ContentError(self.text, self.problems)
        return Library(dict(self.topics), self.threat_level, dict(self.conversation),
                       _digest(self.folder))


def read_content(folder: Path) -> ContentReport:
    """Read and check every file in a content folder, collecting every problem, never stopping early."""
    problems: list[Problem] = []
    if not folder.is_dir():
        problems.append(problem("no-folder", "", None))
        return ContentReport(folder, tuple(problems), {}, {}, None, {}, 0)
    reads: list[_Read] = []
    for path in sorted(folder.glob("*.md")):
        read = _read_topic(path, problems)
        if read is not None:
            reads.append(read)
    threat_level: ThreatLevel | None = None
    threat_path = folder / THREAT_LEVEL_FILE
    if threat_path.exists():
        found = _read_threat_level(threat_path, problems)
        if found is not None:
            threat_level = found[0]
            reads.append(_Read(threat_level.topic, THREAT_LEVEL_FILE, found[1]))
    else:
        problems.append(problem("missing-file", THREAT_LEVEL_FILE, None, name=THREAT_LEVEL_FILE))

    topics: dict[str, Topic] = {}
    files: dict[str, str] = {}
    # When two files claim one topic, the one named after it keeps it and the other is reported.
    reads.sort(key=lambda r: r.file != _file_for(r.topic.id))
    for read in reads:
        if read.topic.id in files:
            problems.append(problem("duplicate-id", read.file, read.doc.line(("id",)),
                                     id=read.topic.id, other=files[read.topic.id]))
            continue
        topics[read.topic.id] = read.topic
        files[read.topic.id] = read.file
    # A file named after a topic counts as that topic's even when it could not be read: its
    # problems are reported already, and "no file for the topic" would only confuse.
    present = set(topics) | {p.stem for p in folder.glob("*.md")} | (
        {THREAT_LEVEL} if threat_path.exists() else set())
    for topic_id in sorted(GUIDANCE_TOPICS - present - {THREAT_LEVEL}):
        problems.append(problem("missing-topic", f"{topic_id}.md", None, id=topic_id))
    for read in reads:
        # A topic whose file is missing is reported as such; its id is still a real topic.
        _check_next(read, GUIDANCE_TOPICS, problems)

    conversation: dict[str, ConversationReply] = {}
    conversation_path = folder / CONVERSATION_FILE
    if conversation_path.exists():
        conversation = _read_conversation(conversation_path, GUIDANCE_TOPICS, problems)
    else:
        problems.append(problem("missing-file", CONVERSATION_FILE, None, name=CONVERSATION_FILE))
    checked = len(list(folder.glob("*.md"))) + threat_path.exists() + conversation_path.exists()
    return ContentReport(folder, tuple(sorted(problems, key=_order)), topics, files, threat_level,
                         conversation, checked)


def _file_for(topic_id: str) -> str:
    return THREAT_LEVEL_FILE if topic_id == THREAT_LEVEL else f"{topic_id}.md"


def check_content(folder: Path) -> list[Problem]:
    """Every problem in a content folder (all of them, not just the first), in file and line order."""
    return list(read_content(folder).problems)


def _digest(folder: Path) -> str:
    sha = hashlib.sha256()
    for path in sorted(folder.glob("*")):
        if path.is_file():
            sha.update(path.name.encode())
            sha.update(path.read_bytes())
    return sha.hexdigest()[:16]


def load_library(folder: Path) -> Library:
    """Load every content file, or raise ContentError listing every problem as `check` prints it."""
    return read_content(folder).library()

