"""Load and validate the guidance in content/ into typed topics and sections."""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

import frontmatter
import yaml
from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator

from actions.topics import CONVERSATION_TOPICS, GUIDANCE_TOPICS

# A section is the unit the assistant answers with; it must stay short enough to read
# on a phone while hiding. Deeper detail goes into further sections behind buttons.
MAX_SECTION_WORDS = 120
MAX_HEADING_CHARS = 40
THREAT_LEVEL_FILE = "threat-level.yml"
CONVERSATION_FILE = "conversation.yml"
# Replies in conversation.yml that are not conversation topics ({placeholders} they may use).
EXTRA_REPLIES = frozenset({"did_you_mean", "review_overdue", "threat_level_review_overdue"})
LEVELS = ("LOW", "MODERATE", "SUBSTANTIAL", "SEVERE", "CRITICAL")
ANSWER_PLACEHOLDERS = frozenset(
    {"level", "meaning", "since", "checked", "ni_level", "ni_meaning", "ni_since", "set_by",
     "check_url", "note"}
)


class ContentError(ValueError):
    """A content file is missing, malformed or breaks a rule; the message names file and field."""


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class Source(_Strict):
    title: str = Field(min_length=3)
    url: str = Field(pattern=r"^https://[^\s]+$")


class _TopicMeta(_Strict):
    id: str
    title: str = Field(min_length=2, max_length=60)
    sources: list[Source] = Field(min_length=1)
    last_reviewed: date
    review_by: date
    questions: list[str] = Field(default_factory=list)
    next: list[str] = Field(default_factory=list)

    @field_validator("next")
    @classmethod
    def _known_topics(cls, value: list[str]) -> list[str]:
        unknown = [t for t in value if t not in GUIDANCE_TOPICS and t not in CONVERSATION_TOPICS]
        if unknown:
            raise ValueError(f"unknown topic id(s): {', '.join(unknown)}")
        return value


class _NationalLevel(_Strict):
    level: str
    since: date

    @field_validator("level")
    @classmethod
    def _known_level(cls, value: str) -> str:
        if value not in LEVELS:
            raise ValueError(f"must be one of {', '.join(LEVELS)}")
        return value


class _ThreatLevelFile(_TopicMeta):
    national: _NationalLevel
    northern_ireland: _NationalLevel
    set_by: str
    levels: dict[str, str]
    check_url: str = Field(pattern=r"^https://[^\s]+$")
    note: str = ""
    answer: str
    history: list[dict[str, Any]] = Field(default_factory=list)

    @field_validator("levels")
    @classmethod
    def _all_levels(cls, value: dict[str, str]) -> dict[str, str]:
        if set(value) != set(LEVELS):
            raise ValueError(f"must define exactly the five levels {', '.join(LEVELS)}")
        return value

    @field_validator("answer")
    @classmethod
    def _known_placeholders(cls, value: str) -> str:
        used = set(re.findall(r"{(\w+)}", value))
        if used - ANSWER_PLACEHOLDERS:
            raise ValueError(f"unknown placeholder(s): {', '.join(sorted(used - ANSWER_PLACEHOLDERS))}")
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


@dataclass(frozen=True)
class Library:
    """Everything under content/, validated; `digest` changes whenever any file changes."""

    topics: dict[str, Topic]
    threat_level: ThreatLevel
    conversation: dict[str, ConversationReply]
    digest: str


def slugify(heading: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", heading.lower()).strip("-")


def _describe(error: ValidationError) -> str:
    first = error.errors()[0]
    field = ".".join(str(p) for p in first["loc"]) or "(top level)"
    return f"field '{field}': {first['msg']}"


def _split_sections(topic_id: str, body: str, where: str) -> tuple[Section, ...]:
    parts = re.split(r"^## +", body, flags=re.MULTILINE)
    if parts[0].strip():
        raise ContentError(f"{where}: text before the first '## ' heading; put it in a section")
    sections: list[Section] = []
    for part in parts[1:]:
        heading, _, text = part.partition("\n")
        heading, text = heading.strip(), text.strip()
        if not heading or len(heading) > MAX_HEADING_CHARS:
            raise ContentError(f"{where}: heading '{heading}' must be 1-{MAX_HEADING_CHARS} characters")
        words = len(text.split())
        if not words:
            raise ContentError(f"{where}: section '{heading}' is empty")
        if words > MAX_SECTION_WORDS:
            raise ContentError(
                f"{where}: section '{heading}' has {words} words; the limit is {MAX_SECTION_WORDS}"
            )
        sections.append(Section(topic_id, slugify(heading), heading, text))
    if not sections:
        raise ContentError(f"{where}: no sections; each starts with a '## ' heading")
    if len({s.slug for s in sections}) != len(sections):
        raise ContentError(f"{where}: two sections have the same heading")
    return tuple(sections)


def _topic(meta: _TopicMeta, sections: tuple[Section, ...], where: str) -> Topic:
    if meta.review_by < meta.last_reviewed:
        raise ContentError(f"{where}: field 'review_by' is before 'last_reviewed'")
    return Topic(
        id=meta.id, title=meta.title, sources=tuple(meta.sources),
        last_reviewed=meta.last_reviewed, review_by=meta.review_by,
        questions=tuple(meta.questions), next=tuple(meta.next), sections=sections,
    )


def load_topic(path: Path) -> Topic:
    try:
        post = frontmatter.loads(path.read_text(encoding="utf-8"))
        meta = _TopicMeta.model_validate(post.metadata)
    except ValidationError as error:
        raise ContentError(f"{path}: {_describe(error)}") from error
    except (yaml.YAMLError, ValueError) as error:
        raise ContentError(f"{path}: front matter is not valid YAML: {error}") from error
    if meta.id != path.stem:
        raise ContentError(f"{path}: field 'id' is '{meta.id}' but the file is named '{path.name}'")
    return _topic(meta, _split_sections(meta.id, post.content, str(path)), str(path))


def _read_yaml(path: Path) -> Any:
    try:
        return yaml.safe_load(path.read_text(encoding="utf-8"))
    except yaml.YAMLError as error:
        raise ContentError(f"{path}: not valid YAML: {error}") from error


def long_date(day: date) -> str:
    return f"{day.day} {day:%B %Y}"


def load_threat_level(path: Path) -> ThreatLevel:
    """Read threat-level.yml and render its answer, refusing one longer than a section may be."""
    try:
        raw = _ThreatLevelFile.model_validate(_read_yaml(path))
    except ValidationError as error:
        raise ContentError(f"{path}: {_describe(error)}") from error
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
        raise ContentError(
            f"{path}: field 'answer' renders to {words} words; the limit is {MAX_SECTION_WORDS}"
        )
    section = Section(raw.id, "current-level", raw.title, text)
    meta = _TopicMeta.model_validate(raw.model_dump(include=set(_TopicMeta.model_fields)))
    return ThreatLevel(
        topic=_topic(meta, (section,), str(path)), level=raw.national.level, meaning=meaning,
        since=raw.national.since, ni_level=raw.northern_ireland.level,
        ni_meaning=values["ni_meaning"], ni_since=raw.northern_ireland.since,
        set_by=raw.set_by, check_url=raw.check_url, note=raw.note,
    )


def load_conversation(path: Path) -> dict[str, ConversationReply]:
    raw = _read_yaml(path)
    if not isinstance(raw, dict):
        raise ContentError(f"{path}: expected a mapping of topic id to reply")
    replies: dict[str, ConversationReply] = {}
    for key, value in raw.items():
        try:
            replies[key] = ConversationReply.model_validate(value)
        except ValidationError as error:
            raise ContentError(f"{path}: '{key}': {_describe(error)}") from error
    missing = (CONVERSATION_TOPICS | EXTRA_REPLIES) - set(replies)
    if missing:
        raise ContentError(f"{path}: missing replies for {', '.join(sorted(missing))}")
    return replies


def _digest(folder: Path) -> str:
    sha = hashlib.sha256()
    for path in sorted(folder.glob("*")):
        if path.is_file():
            sha.update(path.name.encode())
            sha.update(path.read_bytes())
    return sha.hexdigest()[:16]


def load_library(folder: Path) -> Library:
    """Load every content file, or raise ContentError naming the first bad file and field."""
    topics = {t.id: t for t in (load_topic(p) for p in sorted(folder.glob("*.md")))}
    threat_level = load_threat_level(folder / THREAT_LEVEL_FILE)
    topics[threat_level.topic.id] = threat_level.topic
    missing = GUIDANCE_TOPICS - set(topics)
    if missing:
        raise ContentError(f"{folder}: no content file for topic(s) {', '.join(sorted(missing))}")
    extra = set(topics) - GUIDANCE_TOPICS
    if extra:
        raise ContentError(f"{folder}: content for unknown topic(s) {', '.join(sorted(extra))}")
    conversation = load_conversation(folder / CONVERSATION_FILE)
    for reply_key, reply in conversation.items():
        for button in reply.buttons:
            if button not in topics and button not in CONVERSATION_TOPICS:
                raise ContentError(f"{folder / CONVERSATION_FILE}: '{reply_key}': unknown button {button}")
    return Library(topics, threat_level, conversation, _digest(folder))
