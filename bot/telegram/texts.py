"""The bot's own words (/privacy, /subscribe…, alerts) read from content/, as editors left them."""

from __future__ import annotations

import asyncio
import string
import time
from pathlib import Path
from typing import Any

import structlog

from actions.content import ContentError, Library, load_library
from actions.replies import topic_button
from bot.reply import Button, Reply, Source

log = structlog.get_logger(__name__)
# An editor's saved change reaches the bot's replies within this long.
RELOAD_SECONDS = 5.0
WHAT_TO_DO = "threat-level-what-to-do"


def fill(template: str, values: dict[str, Any]) -> str:
    """The template with the placeholders we know filled in; any other brace is left as written
    (an editor's typo must not stop an alert)."""
    parts = []
    try:
        parsed = list(string.Formatter().parse(template))
    except ValueError:
        return template
    for literal, name, spec, _ in parsed:
        parts.append(literal)
        if name is not None:
            parts.append(str(values[name]) if name in values else "{" + name + (
                ":" + spec if spec else "") + "}")
    return "".join(parts)


class Texts:
    """The current content library: loaded at start (invalid content is fatal then), reloaded
    when older than a few seconds; an edit that does not validate leaves the last good one."""

    def __init__(self, folder: Path) -> None:
        self._folder = folder
        self._library = load_library(folder)
        self._loaded = time.monotonic()
        self._lock = asyncio.Lock()

    async def library(self) -> Library:
        async with self._lock:
            if time.monotonic() - self._loaded > RELOAD_SECONDS:
                self._loaded = time.monotonic()
                try:
                    self._library = await asyncio.to_thread(load_library, self._folder)
                except ContentError:
                    log.warning("content_invalid_kept_last_good", serving=self._library.digest)
        return self._library

    async def reply(self, key: str, **values: Any) -> Reply:
        """The conversation.yml reply `key`, its placeholders filled in and its buttons built."""
        library = await self.library()
        content = library.conversation[key]
        buttons = [Button.model_validate(topic_button(library, t)) for t in content.buttons]
        return Reply(text=fill(content.text, values), topic=key, buttons=buttons)

    async def threat_level_alert(self, level: str, since: str) -> Reply:
        """The alert for a new national level: the level, what it means and what to do, all
        from content (threat-level.yml, threat-level-what-to-do.md, conversation.yml)."""
        library = await self.library()
        threat = library.threat_level
        meanings = {threat.level: threat.meaning, threat.ni_level: threat.ni_meaning}
        what_to_do = library.topics[WHAT_TO_DO]
        alert = await self.reply("threat_level_alert", level=level, since=since,
                                 meaning=meanings.get(level, ""),
                                 what_to_do=what_to_do.sections[0].text)
        sources = [Source(title=s.title, url=s.url) for s in threat.topic.sources]
        return alert.model_copy(update={"sources": sources})
