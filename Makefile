# The front door: `make run` and `make test` set up everything they need first.
SHELL := /bin/bash
.DEFAULT_GOAL := help
PYTHON ?= python3
UV := $(PYTHON) -m uv
# Torch's CPU wheel lies in the folder pip's find-links names; uv must be told about it.
WHEELS := $(or $(shell $(PYTHON) -m pip config get global.find-links 2>/dev/null),/opt/wheels)
UV_FLAGS := --find-links $(WHEELS) --python-version 3.11
APP := .venv/bin/python
RASA := .venv-rasa/bin/rasa
export RASA_TELEMETRY_ENABLED := false
export TF_CPP_MIN_LOG_LEVEL := 3
export HF_HUB_OFFLINE := 1
export PYTHONWARNINGS := ignore

.PHONY: help install model run cluster prune test lint validate content-check unit stories integration eval tune bench load \
	reload-bench broadcast-bench lock clean deploy-check audit

help:
	@echo "make run    install what is missing, train if the data changed, start the assistant"
	@echo "make test   install what is missing and run every check and test"
	@echo "make cluster  the production shape: PostgreSQL, Redis, two Rasa and two action servers"
	@echo "make eval   accuracy on the dev set, the blind set and cross-validation, side by side"
	@echo "make tune   sweep the decision thresholds on cross-validation of our own data"
	@echo "make bench  latency and memory of the full stack against a Rasa baseline"
	@echo "make load   Locust load test: throughput, percentiles, memory, CPU per answer (~15 min)"
	@echo "make content-check   check every content file (editors: see CONTENT.md and ./content-tool)"

# --- set-up: two environments, each from its lock file -----------------------------------
.venv/.installed: requirements/app.lock
	@$(PYTHON) -m uv --version >/dev/null 2>&1 || $(PYTHON) -m pip install --quiet uv
	$(UV) venv --allow-existing --quiet --python $(PYTHON) .venv
	$(UV) pip sync --quiet --python .venv/bin/python --find-links $(WHEELS) requirements/app.lock
	@touch $@

# Rasa 3.6 on Python 3.11 only resolves in one uv resolution with overrides (see
# requirements/rasa-overrides.txt); the lock file holds that resolution.
.venv-rasa/.installed: requirements/rasa.lock
	@$(PYTHON) -m uv --version >/dev/null 2>&1 || $(PYTHON) -m pip install --quiet uv
	$(UV) venv --allow-existing --quiet --python $(PYTHON) .venv-rasa
	$(UV) pip sync --quiet --python .venv-rasa/bin/python --find-links $(WHEELS) requirements/rasa.lock
	@touch $@

install: .venv/.installed .venv-rasa/.installed

# Tools our code never imports and whose pins clash with ours: the deployment checks (checkov,
# kubernetes-validate, pip-audit) and Locust for `make load`.
.venv-tools/.installed: requirements/tools.lock
	@$(PYTHON) -m uv --version >/dev/null 2>&1 || $(PYTHON) -m pip install --quiet uv
	$(UV) venv --allow-existing --quiet --python $(PYTHON) .venv-tools
	$(UV) pip sync --quiet --python .venv-tools/bin/python --find-links $(WHEELS) requirements/tools.lock
	@touch $@

# The browser test drives Debian's Chromium with playwright-core (which never downloads one).
tests/browser/node_modules/.installed: tests/browser/package-lock.json
	@command -v chromium >/dev/null || (apt-get update -qq && apt-get install -y -qq chromium >/dev/null)
	cd tests/browser && npm ci --silent --no-audit --no-fund
	@touch $@

# Re-resolve the lock files (only when changing requirements/*.in).
lock:
	$(UV) pip compile --quiet $(UV_FLAGS) requirements/app.in -o requirements/app.lock
	$(UV) pip compile --quiet $(UV_FLAGS) --override requirements/rasa-overrides.txt \
		requirements/rasa.in -o requirements/rasa.lock
	$(UV) pip compile --quiet $(UV_FLAGS) requirements/tools.in -o requirements/tools.lock

model: install
	@$(APP) -m tools.model >/dev/null

# --- run ---------------------------------------------------------------------------------
run: model
	@$(APP) -m tools.stack

# The production shape on this machine: PostgreSQL, Redis, two Rasa and two action servers.
cluster: model
	@$(APP) -m tools.stack --cluster

# Delete conversation events, gaps and feedback past their keeping time (nightly in production).
prune: install
	@$(APP) -m tools.prune

# --- test --------------------------------------------------------------------------------
# pytest exits 5 when it collected no tests: for us that means tests went missing, a failure.
define pytest
	@$(APP) -m pytest $(1); rc=$$?; \
	if [ $$rc -eq 5 ]; then echo "pytest collected no tests in $(1): failing on purpose"; exit 1; fi; \
	exit $$rc
endef

test: lint validate content-check deploy-check audit unit stories integration
	@echo "make test: all checks passed"

lint: install
	.venv/bin/ruff check .
	.venv/bin/mypy

validate: install
	$(RASA) data validate --domain domain.yml --data data --config config.yml --quiet

# The editors' check of content/ (./content-tool check), the same validation the server uses.
content-check: install
	@$(APP) -m tools.content check

unit: install
	$(call pytest,tests/unit -q)

# The Kubernetes manifests against the API schemas of one Kubernetes version (bundled in
# kubernetes-validate, strict: unknown fields fail), as written and as kustomize renders them;
# checkov's security policy on the manifests and Dockerfiles (deploy/checkov.yaml: offline, each
# skipped check with its reason); then what is particular to this service (tests/unit/test_deploy.py).
K8S_VERSION := 1.34.0
K8S_MANIFESTS := $(filter-out %/kustomization.yaml,$(wildcard deploy/k8s/*.yaml))
deploy-check: install .venv-tools/.installed
	@# Validated once per version of deploy/, .dockerignore and the tools (checkov alone takes ~30 s).
	@stamp=.cache/deploy-check/$$(cat $$(find deploy -type f | sort) .dockerignore requirements/tools.lock \
		| sha256sum | cut -c1-16); \
	if [ -e $$stamp ]; then echo "deploy-check: deploy/ unchanged since it last passed ($$stamp)"; else \
	set -e; \
	.venv-tools/bin/kubernetes-validate --kubernetes-version $(K8S_VERSION) --strict --quiet $(K8S_MANIFESTS); \
	if command -v kubectl >/dev/null; then \
		mkdir -p .cache && kubectl kustomize deploy/k8s > .cache/k8s-rendered.yaml && \
		.venv-tools/bin/kubernetes-validate --kubernetes-version $(K8S_VERSION) --strict --quiet \
			.cache/k8s-rendered.yaml && echo "kustomize build: valid"; \
	else echo "kubectl not found: the kustomize rendering is not checked (each file is)"; fi; \
	.venv-tools/bin/checkov --config-file deploy/checkov.yaml; \
	mkdir -p .cache/deploy-check && touch $$stamp; fi
	$(call pytest,tests/unit/test_deploy.py -q)

# Known vulnerabilities in both lock files (pip-audit); each fixed or accepted with a reason in
# requirements/accepted-advisories.yml. Skipped with a message when no advisory service answers.
audit: install .venv-tools/.installed
	@$(APP) -m tools.audit

stories: model
	$(RASA) test core --model $$($(APP) -m tools.model) --stories tests/stories \
		--e2e --fail-on-prediction-errors --out .cache/rasa-test-results --quiet

integration: model tests/browser/node_modules/.installed
	$(call pytest,tests/integration -q)

eval: model
	@$(APP) -m tools.eval

tune: model
	@$(APP) -m tools.tune

bench: model
	@$(APP) -m tools.bench

# Locust against the real stack on free ports: one replica, then two (PostgreSQL, Redis).
load: model .venv-tools/.installed
	@$(APP) -m tools.load

reload-bench: model
	@$(APP) -m tools.reload_bench

# Threat level alerts: broadcast rate against Telegram's 30 msg/s cap, duplicates (also after a kill).
broadcast-bench: install
	@$(APP) -m tools.broadcast_bench

clean:
	rm -rf .cache .venv .venv-rasa .venv-tools
