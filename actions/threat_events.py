"""Each change of a threat level, recorded once as it goes live (the alerts to subscribers read these)."""

from __future__ import annotations

from datetime import date

import structlog

from actions.content import Library, ThreatLevel
from store.models import ChangeSource, Scope
from store.repository import Store

log = structlog.get_logger(__name__)


def current_levels(threat_level: ThreatLevel) -> list[tuple[Scope, str, date]]:
    return [("national", threat_level.level, threat_level.since),
            ("northern_ireland", threat_level.ni_level, threat_level.ni_since)]


def source_of(threat_level: ThreatLevel, scope: Scope, level: str, since: date) -> ChangeSource:
    """How the level got into the file: the editors' tool says so in the history it writes."""
    for entry in reversed(threat_level.history):
        if (entry.scope, entry.level, entry.date) != (scope, level, since):
            continue
        if entry.source == "set":
            return "set"
        if entry.source == "sync":
            return "sync"
    return "edit"


async def record_changes(store: Store, library: Library) -> list[Scope]:
    """Record each level that differs from the last one recorded; the scopes that changed.

    The first level ever recorded is a baseline ("start"), not a change anyone is alerted to.
    Every replica calls this as content goes live; the store records a level only when it
    differs from the scope's latest, and exactly once.
    """
    changed: list[Scope] = []
    for scope, level, since in current_levels(library.threat_level):
        first = await store.latest_threat_level(scope) is None
        source = "start" if first else source_of(library.threat_level, scope, level, since)
        if await store.record_threat_level_change(scope, level, since, source):
            log.info("threat_level_change_recorded", scope=scope, level=level, since=since.isoformat(),
                     source=source)
            changed.append(scope)
    return changed
