# syntax=docker/dockerfile:1.7
# The Rasa server: Rasa Open Source 3.6 alone (requirements/rasa.lock, the `.venv-rasa` of a
# checkout), with the model trained in the build stage from this commit's training data, so an
# image always answers with the model of its own commit. Build from the repository root:
#
#   docker build -f deploy/docker/rasa.Dockerfile --build-context wheels=/opt/wheels \
#       -t safety-assistant/rasa:$(git rev-parse --short HEAD) .
#
# `wheels` is a folder holding torch's CPU wheel (torch-2.13.0+cpu-cp311-…whl, the one
# requirements/rasa.lock pins); PyPI has only the CUDA build, which must never be installed.
# Download it once from https://download.pytorch.org/whl/cpu/torch/ into that folder.
# Nothing secret is built in: Rasa's token, the database and Redis come from the environment.

FROM python:3.11.7-slim-bookworm AS build
ENV PIP_NO_CACHE_DIR=1 PIP_DISABLE_PIP_VERSION_CHECK=1 RASA_TELEMETRY_ENABLED=false \
    TF_CPP_MIN_LOG_LEVEL=3 HF_HUB_OFFLINE=1 TRANSFORMERS_OFFLINE=1 PYTHONWARNINGS=ignore
RUN pip install uv==0.13.9
WORKDIR /build
COPY requirements/rasa.lock requirements/rasa.lock
RUN --mount=type=bind,from=wheels,target=/wheels \
    uv venv --python /usr/local/bin/python3.11 /opt/venv-rasa \
    && uv pip sync --compile-bytecode --python /opt/venv-rasa/bin/python --find-links /wheels \
       requirements/rasa.lock
COPY config.yml domain.yml ./
COPY data data
COPY rasa_components rasa_components
RUN /opt/venv-rasa/bin/rasa train --config config.yml --domain domain.yml --data data \
        --out /opt/models --fixed-model-name model \
    && rm -rf .rasa

FROM python:3.11.7-slim-bookworm
# Read-only root file system: everything that writes (Rasa unpacks the model into a temporary
# folder; matplotlib and the hub keep caches) writes under /tmp, an emptyDir in Kubernetes.
ENV PATH=/opt/venv-rasa/bin:$PATH PYTHONPATH=/app PYTHONDONTWRITEBYTECODE=1 PYTHONUNBUFFERED=1 \
    HOME=/tmp XDG_CACHE_HOME=/tmp/cache MPLCONFIGDIR=/tmp/matplotlib HF_HOME=/tmp/cache/huggingface \
    HF_HUB_OFFLINE=1 TRANSFORMERS_OFFLINE=1 TOKENIZERS_PARALLELISM=false \
    RASA_TELEMETRY_ENABLED=false TF_CPP_MIN_LOG_LEVEL=3 PYTHONWARNINGS=ignore
RUN groupadd --system --gid 10001 assistant \
    && useradd --system --uid 10001 --gid 10001 --no-create-home --home-dir /tmp \
       --shell /usr/sbin/nologin assistant
COPY --from=build /opt/venv-rasa /opt/venv-rasa
WORKDIR /app
COPY --from=build /opt/models/model.tar.gz models/model.tar.gz
COPY rasa_components rasa_components
COPY credentials.yml endpoints.production.yml ./
USER 10001:10001
EXPOSE 5005
# Rasa's root answers without the token ("Hello from Rasa"); /status would need it.
HEALTHCHECK --interval=30s --timeout=5s --start-period=120s --retries=3 \
    CMD ["python", "-c", "import urllib.request; urllib.request.urlopen('http://127.0.0.1:5005/', timeout=4)"]
# The HTTP API is enabled only behind the token (RASA_AUTH_TOKEN, from a Secret); the shell is
# here only to refuse to start without it, since Rasa would otherwise serve its API unprotected.
# The tracker store (PostgreSQL), lock store (Redis) and action server come from the
# environment variables endpoints.production.yml names.
CMD ["sh", "-c", ": \"${RASA_AUTH_TOKEN:?RASA_AUTH_TOKEN must be set}\"; exec rasa run --model models/model.tar.gz --enable-api --auth-token=\"$RASA_AUTH_TOKEN\" --interface 0.0.0.0 --port 5005 --credentials credentials.yml --endpoints endpoints.production.yml"]
