"""The content being answered from: loaded at start, replaced whole when a valid edit is saved.

Editors save a file under content/; within about a second every action server that watches
the folder answers from the new content, with no retraining and no restart. Only a library
that loads and validates in full is swapped in; a broken edit is refused as a whole, logged
with the same problems `./content check` prints, and the last good content keeps answering.
"""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable
from pathlib import Path

import structlog
import watchfiles

from actions import metrics
from actions.content import ContentError, Library, load_library
from actions.guidance import Answerer
from actions.retrieval import EmbeddingCache, Retriever
from actions.settings import ActionSettings

log = structlog.get_logger(__name__)
# Called with the library that just went live (and the one it replaced, None at start).
OnLive = Callable[[Library, Library | None], Awaitable[None]]


class LiveContent:
    """Holds the Answerer for the current content and swaps it when a valid edit is saved."""

    def __init__(self, settings: ActionSettings, cache: EmbeddingCache,
                 on_live: OnLive | None = None) -> None:
        self._settings = settings
        self._cache = cache
        self._on_live = on_live
        self._lock = asyncio.Lock()
        # At start-up invalid content is fatal: there is no last good content to fall back on.
        self.answerer = self._build(load_library(settings.content_dir))

    @property
    def folder(self) -> Path:
        return self._settings.content_dir

    def _build(self, library: Library) -> Answerer:
        # Embeds only the sections and questions whose words are new to the cache.
        retriever = Retriever(library, self._cache, self._settings.first_section_bias)
        return Answerer(library, retriever, self._settings)

    async def started(self) -> None:
        if self._on_live:
            await self._on_live(self.answerer.library, None)

    async def reload(self) -> bool:
        """Load the folder again; swap it in if it is valid and changed. True when swapped."""
        async with self._lock:
            try:
                library = await asyncio.to_thread(load_library, self.folder)
            except ContentError as error:
                # Loud on purpose: an editor's change is not live, and this says why.
                log.error("content_edit_refused", problems=str(error),
                          serving=self.answerer.library.digest)
                metrics.CONTENT_RELOADS.labels(outcome="refused").inc()
                return False
            if library.digest == self.answerer.library.digest:
                return False
            previous = self.answerer.library
            self.answerer = await asyncio.to_thread(self._build, library)
            log.info("content_live", content=library.digest, replaced=previous.digest,
                     topics=len(library.topics))
            metrics.CONTENT_RELOADS.labels(outcome="live").inc()
        if self._on_live:
            await self._on_live(library, previous)
        return True

    async def watch(self, stop: asyncio.Event | None = None) -> None:
        """Reload after every change under the folder, until `stop` is set."""
        # A short debounce: an editor's save (often a write and a rename) is one change, and
        # it is live well inside the 5 seconds promised.
        async for _ in watchfiles.awatch(self.folder, debounce=200, step=50, stop_event=stop,
                                         recursive=False):
            try:
                await self.reload()
            except Exception as error:  # a watcher that dies would freeze the content silently
                log.exception("content_reload_failed", error=type(error).__name__)
