# syntax=docker/dockerfile:1.7
# Our own code (requirements/app.lock, the `.venv` of a checkout), as two images:
#   actions  the action server (FastAPI /webhook, /health, /metrics), which embeds questions with
#            sentence-transformers on torch's CPU build; content/ is built in
#   gateway  the web gateway (/api/chat, /health, /livez, /metrics); the same image serves the
#            Telegram bot's webhook and runs the jobs (python -m store.migrate, python -m tools.prune)
# Build from the repository root:
#
#   docker build -f deploy/docker/app.Dockerfile --target actions --build-context wheels=/opt/wheels \
#       -t safety-assistant/actions:$(git rev-parse --short HEAD) .
#   docker build -f deploy/docker/app.Dockerfile --target gateway --build-context wheels=/opt/wheels \
#       -t safety-assistant/gateway:$(git rev-parse --short HEAD) .
#
# `wheels` is a folder holding torch's CPU wheel (torch-2.13.0+cpu-cp311-…whl, the one
# requirements/app.lock pins); PyPI has only the CUDA build, which must never be installed.
# Download it once from https://download.pytorch.org/whl/cpu/torch/ into that folder.
# Nothing secret is built in: every secret comes from the environment (Kubernetes Secrets).

FROM python:3.11.7-slim-bookworm AS build
ENV PIP_NO_CACHE_DIR=1 PIP_DISABLE_PIP_VERSION_CHECK=1
RUN pip install uv==0.13.9
WORKDIR /build
COPY requirements/app.lock requirements/app.lock
RUN --mount=type=bind,from=wheels,target=/wheels \
    uv venv --python /usr/local/bin/python3.11 /opt/venv \
    && uv pip sync --compile-bytecode --python /opt/venv/bin/python --find-links /wheels \
       requirements/app.lock

FROM python:3.11.7-slim-bookworm AS app
# Read-only root file system: the content embeddings, the hub and torch keep their caches under
# /tmp, an emptyDir in Kubernetes. The embedding model ships inside its package (no download).
ENV PATH=/opt/venv/bin:$PATH PYTHONPATH=/app PYTHONDONTWRITEBYTECODE=1 PYTHONUNBUFFERED=1 \
    HOME=/tmp XDG_CACHE_HOME=/tmp/cache SAFETY_ASSISTANT_CACHE=/tmp/cache/safety-assistant \
    HF_HOME=/tmp/cache/huggingface TORCH_HOME=/tmp/cache/torch HF_HUB_OFFLINE=1 \
    TRANSFORMERS_OFFLINE=1 TOKENIZERS_PARALLELISM=false PYTHONWARNINGS=ignore
RUN groupadd --system --gid 10001 assistant \
    && useradd --system --uid 10001 --gid 10001 --no-create-home --home-dir /tmp \
       --shell /usr/sbin/nologin assistant
COPY --from=build /opt/venv /opt/venv
WORKDIR /app
COPY common common
COPY store store
COPY bot bot
COPY actions actions
COPY tools tools
COPY content content
USER 10001:10001

FROM app AS actions
# Content is part of the image: an edit ships as a new image (no live reload in a pod).
ENV ACTIONS_WATCH_CONTENT=false
EXPOSE 5055
HEALTHCHECK --interval=30s --timeout=5s --start-period=60s --retries=3 \
    CMD ["python", "-c", "import urllib.request; urllib.request.urlopen('http://127.0.0.1:5055/health', timeout=4)"]
CMD ["python", "-m", "uvicorn", "actions.server:create_app", "--factory", "--host", "0.0.0.0", \
     "--port", "5055", "--no-access-log", "--timeout-graceful-shutdown", "3"]

FROM app AS gateway
ENV HOST=0.0.0.0 PORT=8000
EXPOSE 8000
HEALTHCHECK --interval=30s --timeout=5s --start-period=30s --retries=3 \
    CMD ["python", "-c", "import urllib.request; urllib.request.urlopen('http://127.0.0.1:8000/livez', timeout=4)"]
CMD ["python", "-m", "uvicorn", "bot.web.app:create_app", "--factory", "--host", "0.0.0.0", \
     "--port", "8000", "--no-access-log", "--timeout-graceful-shutdown", "3"]
