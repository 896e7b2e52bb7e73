"""The action server: Rasa's action protocol on POST /webhook (rasa_sdk's executor), health, list."""

from __future__ import annotations

import asyncio
import json
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from typing import Any

import structlog
from fastapi import FastAPI, Request
from fastapi.responses import JSONResponse
from prometheus_client import make_asgi_app
from pydantic import BaseModel, ConfigDict, Field, ValidationError
from rasa_sdk.executor import ActionExecutor
from rasa_sdk.interfaces import (
    ActionExecutionRejection,
    ActionMissingDomainException,
    ActionNotFoundException,
)

from actions import metrics
from actions.content import Library, load_library
from actions.guidance import ActionAnswer, Answerer
from actions.live import LiveContent
from actions.retrieval import EmbeddingCache, Encoder, Retriever, load_encoder
from actions.settings import ActionSettings, get_settings
from actions.threat_events import record_changes
from common.logs import configure_logging
from common.openapi import json_body
from store.migrate import migrate
from store.repository import Store

log = structlog.get_logger(__name__)


class _Wire(BaseModel):
    # Rasa sends more than we read; what we don't read passes through untouched.
    model_config = ConfigDict(extra="allow")


class Intent(_Wire):
    name: str | None = None
    confidence: float | None = None


class Entity(_Wire):
    entity: str
    value: Any = None


class ParseData(_Wire):
    """`tracker.latest_message`: Rasa's parse of the person's message (actions/nlu.py reads it)."""

    text: str | None = None
    intent: Intent | None = None
    intent_ranking: list[Intent] | None = None
    entities: list[Entity] | None = None


class TrackerState(_Wire):
    sender_id: str
    slots: dict[str, Any] = Field(default_factory=dict)
    latest_message: ParseData | None = None
    events: list[dict[str, Any]] = Field(default_factory=list)
    paused: bool = False
    followup_action: str | None = None
    active_loop: dict[str, Any] | None = None
    latest_action_name: str | None = None


class ActionCall(_Wire):
    """The body Rasa posts to /webhook. Checked here, at the boundary, so that a malformed call
    is a 400 (as rasa_sdk's own server answers it) and never an error deep inside rasa_sdk or
    our answerer (Schemathesis found those: e.g. a call without a tracker was a 500)."""

    next_action: str
    sender_id: str | None = None
    tracker: TrackerState
    domain: dict[str, Any] | None = None
    version: str | None = None


def build_answerer(settings: ActionSettings, encoder: Encoder | None = None) -> Answerer:
    """Load and validate content, then embed it (from the cache when the content is unchanged)."""
    library = load_library(settings.content_dir)
    cache = EmbeddingCache(encoder or load_encoder(settings.torch_threads), settings.cache_dir)
    return Answerer(library, Retriever(library, cache, settings.first_section_bias), settings)


def create_app(settings: ActionSettings | None = None, encoder: Encoder | None = None) -> FastAPI:
    settings = settings or get_settings()

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        configure_logging(settings.log_level)
        cache = EmbeddingCache(encoder or load_encoder(settings.torch_threads), settings.cache_dir)
        await migrate(settings.database_url)
        store = Store(settings.database_url)

        async def went_live(library: Library, previous: Library | None) -> None:
            try:
                await record_changes(store, library)
            except Exception as error:  # answering matters more; the next edit or start retries
                log.error("threat_level_change_not_recorded", error=type(error).__name__)

        live = LiveContent(settings, cache, went_live)
        await live.started()
        executor = ActionExecutor()
        executor.register_action(ActionAnswer(live))
        app.state.executor = executor
        app.state.live = live
        stop = asyncio.Event()
        watcher = asyncio.create_task(live.watch(stop)) if settings.watch_content else None
        log.info("action_server_ready", content=live.answerer.library.digest,
                 topics=len(live.answerer.library.topics), watching=watcher is not None)
        try:
            yield
        finally:
            stop.set()
            if watcher:
                await watcher
            await store.close()

    app = FastAPI(title="Safety assistant actions", lifespan=lifespan, docs_url=None, redoc_url=None)
    app.mount("/metrics", make_asgi_app())

    @app.get("/health")
    async def health(request: Request) -> dict[str, Any]:
        library = request.app.state.live.answerer.library
        return {"status": "ok", "content": library.digest, "topics": len(library.topics)}

    @app.get("/actions")
    async def actions(request: Request) -> list[dict[str, str]]:
        return [a.model_dump() for a in request.app.state.executor.list_actions()]

    @app.post("/webhook", openapi_extra=json_body(ActionCall))
    async def webhook(request: Request) -> JSONResponse:
        # The status codes mirror rasa_sdk's own Sanic server, which Rasa knows how to read.
        try:
            action_call = ActionCall.model_validate(json.loads(await request.body())).model_dump(
                exclude_unset=True)
        except (ValueError, ValidationError):  # not JSON, or not an action call
            return JSONResponse({"error": "Invalid body request"}, status_code=400)
        executor: ActionExecutor = request.app.state.executor
        try:
            result = await executor.run(action_call)
        except ActionExecutionRejection as error:
            metrics.ERRORS.labels(kind="rejected").inc()
            return JSONResponse({"error": error.message, "action_name": error.action_name}, 400)
        except ActionNotFoundException as error:
            return JSONResponse({"error": error.message, "action_name": error.action_name}, 404)
        except ActionMissingDomainException as error:
            return JSONResponse({"error": error.message, "action_name": error.action_name}, 449)
        return JSONResponse(result.model_dump() if result else None)

    return app
