"""The web gateway: POST /api/chat, POST /api/feedback and GET /health (the public chat API), the
embeddable chat widget at /widget.js, and a demo page at / that embeds it as any site would."""

from __future__ import annotations

import ipaddress
import json
import re
import time
from collections.abc import AsyncIterator, Awaitable, Callable
from contextlib import asynccontextmanager
from datetime import timedelta
from pathlib import Path
from typing import Any, TypeVar

import httpx
import structlog
from fastapi import FastAPI, Request, Response
from fastapi.middleware.cors import CORSMiddleware
from fastapi.responses import FileResponse, JSONResponse
from fastapi.staticfiles import StaticFiles
from prometheus_client import make_asgi_app
from pydantic import BaseModel, Field

from bot import reply
from bot.conversation import (
    MAX_MESSAGE_CHARS,
    MessageRejected,
    clean_message,
    finish_background_work,
    take_turn,
)
from bot.feedback import Feedback, FeedbackRejected, give_feedback, parse_feedback
from bot.rasa_client import RasaClient
from bot.settings import BotSettings, get_settings
from bot.telegram.webhook import MAX_UPDATE_BYTES, MalformedUpdate, parse_update, secret_matches, webhook_bot
from bot.web import metrics
from bot.web.ratelimit import RateLimiter
from common.logs import configure_logging
from common.openapi import json_body
from store.migrate import migrate
from store.models import utc_now
from store.repository import Store

log = structlog.get_logger(__name__)
Parsed = TypeVar("Parsed")  # what a public POST's body parses into (a message, feedback)
STATIC = Path(__file__).parent / "static"
WIDGET = Path(__file__).parent / "widget"
# Room for 500 characters even when every one is JSON-escaped (an emoji is 12 bytes as \uXXXX\uXXXX).
MAX_BODY_BYTES = 16_384
# No ':' — Telegram's senders (tg:…, bot/telegram/identity.py) can never be given as a web one.
SENDER = re.compile(r"^[A-Za-z0-9_-]{8,64}$")
SECURITY_HEADERS = {
    "Content-Security-Policy": (
        "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
        "connect-src 'self'; frame-ancestors 'none'; base-uri 'none'; form-action 'self'"
    ),
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "no-referrer",
    "Permissions-Policy": "camera=(), microphone=(), geolocation=()",
}


class ChatRequest(BaseModel):
    """/api/chat's body, for the OpenAPI schema only (development mode): the handler reads the
    body itself, so that its size limit holds while it is read (read_body, parse_chat_request)."""

    sender: str = Field(pattern=SENDER.pattern, description="The conversation's id, chosen by the client")
    message: str = Field(min_length=1, max_length=MAX_MESSAGE_CHARS, description="What the person typed")


class ChatResponse(BaseModel):
    messages: list[reply.Reply]


class ErrorResponse(BaseModel):
    error: str = Field(description="Why, in plain words, ending with the 999 advice")


CHAT_RESPONSES: dict[int | str, dict[str, Any]] = {
    200: {"model": ChatResponse, "description": "The assistant's answer"},
    400: {"model": ErrorResponse, "description": "Not JSON with a sender and a message, or too long"},
    429: {"model": ErrorResponse, "description": "Too many messages; Retry-After says how long to wait"},
    503: {"model": ChatResponse, "description": "The assistant can't be reached: the 999 reply"},
}


class BadRequest(Exception):
    """The request can't be answered; `message` says why in plain words."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


def _json_with_sender(body: bytes, shape: str) -> tuple[dict[str, Any], str]:
    try:
        data = json.loads(body)
    except (ValueError, UnicodeDecodeError):
        raise BadRequest(f"The request must be JSON with {shape}.") from None
    if not isinstance(data, dict):
        raise BadRequest(f"The request must be JSON with {shape}.")
    sender = data.get("sender")
    if not isinstance(sender, str) or not SENDER.fullmatch(sender):
        raise BadRequest("The sender must be 8 to 64 letters, digits, '-' or '_'.")
    return data, sender


def parse_chat_request(body: bytes) -> tuple[str, str]:
    """Validate a /api/chat body into (sender, message) or raise BadRequest."""
    data, sender = _json_with_sender(body, "a sender and a message")
    message = data.get("message")
    if not isinstance(message, str):
        raise BadRequest("The message must be text.")
    try:
        return sender, clean_message(message)
    except MessageRejected as error:
        raise BadRequest(error.words) from None


def parse_feedback_request(body: bytes) -> tuple[str, Feedback]:
    """Validate a /api/feedback body into (sender, feedback) or raise BadRequest."""
    data, sender = _json_with_sender(body, "a sender, a topic and helpful: true or false")
    try:
        return sender, parse_feedback(data)
    except FeedbackRejected as error:
        raise BadRequest(error.words) from None


def build_widget() -> bytes:
    """widget.js with widget.css inside it: the widget puts its styles in its own shadow root, so
    one file is all a site loads. Built once at start-up (no build tool: a JSON string literal)."""
    script = (WIDGET / "widget.js").read_text(encoding="utf-8")
    css = (WIDGET / "widget.css").read_text(encoding="utf-8")
    # Comments and indentation are for editors; the browser needs neither.
    css = re.sub(r"/\*.*?\*/", "", css, flags=re.S)
    css = re.sub(r"\s*\n\s*", "\n", css).strip()
    placeholder = '"__WIDGET_CSS__"'
    if script.count(placeholder) != 1:
        raise RuntimeError(f"widget.js must hold {placeholder} exactly once")
    return script.replace(placeholder, json.dumps(css)).encode()


def _messages(replies: list[reply.Reply]) -> dict[str, Any]:
    return {"messages": [r.model_dump(mode="json") for r in replies]}


def client_address(request: Request, settings: BotSettings) -> str:
    """Who is asking, for the per-client limit: the right-most address in X-Forwarded-For that is
    not one of our own proxies — when the request came through one. Anything to its left could
    have been written by the client itself, so it never counts."""
    peer = request.client.host if request.client else "unknown"
    if not settings.trust_proxy_headers:
        return peer
    hops = [h.strip() for h in request.headers.get("x-forwarded-for", "").split(",") if h.strip()]
    if not settings.trusted_proxies:
        # Only the peer that connected is our proxy: the hop it added is the client.
        return hops[-1] if hops else peer
    if not _is_ours(peer, settings):
        return peer
    for hop in reversed(hops):
        if not _is_ours(hop, settings):
            return hop
    return hops[0] if hops else peer


def _is_ours(address: str, settings: BotSettings) -> bool:
    try:
        ip = ipaddress.ip_address(address)
    except ValueError:
        return False
    return any(ip in network for network in settings.trusted_proxies)


async def read_body(request: Request, limit: int = MAX_BODY_BYTES) -> bytes:
    """The request body, refused as soon as it is over the limit: never held whole in memory."""
    declared = request.headers.get("content-length", "")
    if declared.isdigit() and int(declared) > limit:
        raise BadRequest(MessageRejected.TOO_LONG)
    chunks: list[bytes] = []
    size = 0
    async for chunk in request.stream():
        size += len(chunk)
        if size > limit:
            raise BadRequest(MessageRejected.TOO_LONG)
        chunks.append(chunk)
    return b"".join(chunks)


def _too_many(wait: int, scope: str) -> JSONResponse:
    metrics.RATE_LIMITED.labels(scope=scope).inc()
    return JSONResponse(
        {"error": f"You're sending messages very quickly. Please wait {wait} seconds and "
                  f"try again. {reply.EMERGENCY_ADVICE}"},
        status_code=429, headers={"Retry-After": str(wait)},
    )


def create_app(settings: BotSettings | None = None,
               transport: httpx.AsyncBaseTransport | None = None) -> FastAPI:
    settings = settings or get_settings()

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        configure_logging(settings.log_level)
        timeout = httpx.Timeout(settings.rasa_timeout_seconds, connect=2.0)
        await migrate(settings.database_url)
        async with httpx.AsyncClient(timeout=timeout, transport=transport) as http, \
                Store(settings.database_url) as store:
            # Kept no longer than promised, even if nobody runs the editors' tool.
            pruned = await store.prune(utc_now() - timedelta(days=settings.gaps_retention_days))
            log.info("gateway_ready", pruned_gaps=pruned.gaps, pruned_feedback=pruned.feedback)
            token = settings.rasa_auth_token.get_secret_value() if settings.rasa_auth_token else None
            app.state.rasa = RasaClient(http, settings.rasa_url, token)
            app.state.store = store
            app.state.limiter = RateLimiter(settings.rate_limit_per_sender,
                                            settings.rate_limit_per_client, settings.redis_url)
            # Webhook mode: the Telegram bot runs here, fed by POST /telegram/webhook.
            async with webhook_bot(settings, transport) as app.state.telegram:
                yield
            await finish_background_work()

    # The schema (for Schemathesis and developers) in development only; production serves none.
    openapi_url = "/openapi.json" if settings.app_env == "development" else None
    app = FastAPI(title="Safety assistant gateway", lifespan=lifespan,
                  docs_url=None, redoc_url=None, openapi_url=openapi_url)
    widget = build_widget()
    app.mount("/static", StaticFiles(directory=STATIC), name="static")
    app.mount("/metrics", make_asgi_app())
    if settings.allowed_origins:
        # Only the sites that embed the widget may call the API from their pages.
        app.add_middleware(CORSMiddleware, allow_origins=settings.allowed_origins,
                           allow_methods=["POST"], allow_headers=["content-type"],
                           expose_headers=["retry-after"])

    @app.middleware("http")
    async def security_headers_and_metrics(
        request: Request, call_next: Callable[[Request], Awaitable[Response]]
    ) -> Response:
        started = time.perf_counter()
        response = await call_next(request)
        response.headers.update(SECURITY_HEADERS)
        # The route's template, never the raw path: a stranger's URLs must not grow the metrics.
        route = getattr(request.scope.get("route"), "path", "unmatched")
        metrics.REQUESTS.labels(route=route, status=str(response.status_code)).inc()
        metrics.LATENCY.labels(route=route).observe(time.perf_counter() - started)
        return response

    @app.exception_handler(Exception)
    async def unexpected(request: Request, error: Exception) -> JSONResponse:
        # A bug must still leave the person with the 999 advice, never a bare error page.
        log.error("unexpected_error", error=type(error).__name__, path=request.url.path)
        metrics.ERRORS.inc()
        return JSONResponse(_messages([reply.unavailable()]), status_code=500)

    @app.get("/", include_in_schema=False)
    async def page() -> FileResponse:
        return FileResponse(STATIC / "index.html", media_type="text/html; charset=utf-8")

    @app.get("/widget.js", include_in_schema=False)
    async def widget_script() -> Response:
        # Any site may load the script (the API itself stays behind ALLOWED_ORIGINS).
        return Response(widget, media_type="text/javascript; charset=utf-8", headers={
            "Cache-Control": "public, max-age=300", "Cross-Origin-Resource-Policy": "cross-origin"})

    @app.get("/livez", include_in_schema=False)
    async def livez() -> dict[str, str]:
        """Liveness: this process answers (readiness, /health, also needs Rasa)."""
        return {"status": "alive"}

    @app.get("/health")
    async def health(request: Request) -> JSONResponse:
        ready = await request.app.state.rasa.is_ready()
        return JSONResponse({"status": "ok" if ready else "unavailable", "rasa": ready},
                            status_code=200 if ready else 503)

    async def admit(request: Request, parse: Callable[[bytes], tuple[str, Parsed]],
                    ) -> tuple[str, Parsed] | JSONResponse:
        """The gate of every public POST, in this order: the client's limit (a request refused
        below for its size or shape counts too), the body read under its size limit and parsed,
        then the sender's limit. A refusal is the response to give."""
        limiter: RateLimiter = request.app.state.limiter
        if wait := await limiter.hit_client(client_address(request, settings)):
            return _too_many(wait, "client")
        try:
            sender, parsed = parse(await read_body(request))
        except BadRequest as error:
            # Every failure a person can see ends with the 999 advice.
            return JSONResponse({"error": f"{error.message} {reply.EMERGENCY_ADVICE}"}, status_code=400)
        if wait := await limiter.hit_sender(sender):
            return _too_many(wait, "sender")
        return sender, parsed

    @app.post("/api/chat", response_model=None, openapi_extra=json_body(ChatRequest),
              responses=CHAT_RESPONSES)
    async def chat(request: Request) -> JSONResponse:
        started = time.perf_counter()
        admitted = await admit(request, parse_chat_request)
        if isinstance(admitted, JSONResponse):
            return admitted
        sender, message = admitted
        turn = await take_turn(request.app.state.rasa, sender, message, channel="web",
                               store=request.app.state.store)
        metrics.answered(turn.replies, turn.available)
        log.info("chat", topic=turn.replies[0].topic, messages=len(turn.replies),
                 redacted=turn.redacted, ms=round((time.perf_counter() - started) * 1000, 1))
        return JSONResponse(_messages(turn.replies), status_code=200 if turn.available else 503)

    @app.post("/api/feedback")
    async def feedback(request: Request) -> Response:
        admitted = await admit(request, parse_feedback_request)
        if isinstance(admitted, JSONResponse):
            return admitted
        _, given = admitted
        await give_feedback(request.app.state.store, given, channel="web")
        metrics.FEEDBACK.labels(helpful="yes" if given.helpful else "no").inc()
        return Response(status_code=204)

    @app.post("/telegram/webhook", include_in_schema=False)
    async def telegram_webhook(request: Request) -> Response:
        """Telegram's updates in webhook mode: only with the secret given to setWebhook."""
        application = request.app.state.telegram
        if application is None:
            return Response(status_code=404)
        if not secret_matches(settings, request.headers.get("x-telegram-bot-api-secret-token")):
            return Response(status_code=403)
        try:
            update = parse_update(application, await read_body(request, MAX_UPDATE_BYTES))
        except (BadRequest, MalformedUpdate):
            return Response(status_code=400)
        await application.update_queue.put(update)
        return Response(status_code=200)

    return app
