"""The Kubernetes manifests and Dockerfiles (deploy/) have the properties production needs.

kubernetes-validate checks the manifests' shape and checkov general security policy (`make
deploy-check`); these tests check what is particular to this service: who may reach Rasa, where
secrets come from, that the probes name routes our servers really have, that requests are at
least the memory measured, and that the images' files exist.
"""

from __future__ import annotations

import fnmatch
import re
from collections.abc import Iterator
from functools import cache
from pathlib import Path
from typing import Any

import pytest
import yaml

from bot.settings import BotSettings, is_placeholder
from tools.paths import ROOT

K8S = ROOT / "deploy" / "k8s"
DOCKER = ROOT / "deploy" / "docker"
WORKLOADS = ("Deployment", "Job", "CronJob")
SERVERS = ("rasa", "actions", "gateway", "telegram")
# Resident memory of each process after 10,000 conversations of `make load` (MiB, where it
# levelled off); the requests are sized from these (deploy/k8s/*.yaml say how).
MEASURED_RSS_MIB = {"rasa": 935, "actions": 577, "gateway": 123, "telegram": 123}
# Names of settings that hold secrets: never a literal value, never in a ConfigMap.
SECRET_NAME = re.compile(r"TOKEN|PASSWORD|SECRET|KEY|DATABASE_URL|REDIS_URL")


def documents(path: Path) -> list[dict[str, Any]]:
    return [d for d in yaml.safe_load_all(path.read_text()) if d]


@cache
def manifests() -> list[dict[str, Any]]:
    """Every manifest, parsed once (tests only read them)."""
    return [d for path in sorted(K8S.glob("*.yaml")) if path.name != "kustomization.yaml"
            for d in documents(path)]


def of_kind(kind: str) -> dict[str, dict[str, Any]]:
    return {d["metadata"]["name"]: d for d in manifests() if d["kind"] == kind}


def pod_spec(workload: dict[str, Any]) -> dict[str, Any]:
    spec = workload["spec"]
    if workload["kind"] == "CronJob":
        spec = spec["jobTemplate"]["spec"]
    pod: dict[str, Any] = spec["template"]["spec"]
    return pod


def workloads() -> Iterator[tuple[str, dict[str, Any]]]:
    for document in manifests():
        if document["kind"] in WORKLOADS:
            yield f"{document['kind']}/{document['metadata']['name']}", document


def containers() -> Iterator[tuple[str, dict[str, Any]]]:
    for name, workload in workloads():
        spec = pod_spec(workload)
        for container in spec["containers"] + spec.get("initContainers", []):
            yield f"{name}/{container['name']}", container


def mebibytes(quantity: str) -> float:
    units = {"Mi": 1, "Gi": 1024, "M": 1e6 / 2**20, "G": 1e9 / 2**20}
    number, unit = re.fullmatch(r"([\d.]+)([A-Za-z]*)", quantity).groups()  # type: ignore[union-attr]
    return float(number) * units[unit]


def millicores(quantity: str) -> float:
    return float(quantity[:-1]) if quantity.endswith("m") else float(quantity) * 1000


def test_every_server_and_job_is_there() -> None:
    assert set(of_kind("Deployment")) == set(SERVERS)
    assert "migrate" in of_kind("Job")
    prune = of_kind("CronJob")["prune"]
    assert pod_spec(prune)["containers"][0]["command"] == ["python", "-m", "tools.prune"]
    assert pod_spec(of_kind("Job")["migrate"])["containers"][0]["command"] == [
        "python", "-m", "store.migrate"]


def test_kustomization_applies_every_manifest_but_the_example_secrets() -> None:
    listed = set(yaml.safe_load((K8S / "kustomization.yaml").read_text())["resources"])
    on_disk = {p.name for p in K8S.glob("*.yaml")} - {"kustomization.yaml", "secret.example.yaml"}
    assert listed == on_disk


@pytest.mark.parametrize(("name", "workload"), list(workloads()))
def test_pods_run_as_nobody_in_particular_with_no_service_account_token(
    name: str, workload: dict[str, Any]
) -> None:
    spec = pod_spec(workload)
    assert spec["automountServiceAccountToken"] is False, name
    assert spec["securityContext"]["runAsNonRoot"] is True, name
    assert spec["securityContext"]["seccompProfile"] == {"type": "RuntimeDefault"}, name
    assert workload["metadata"]["namespace"] == "safety-assistant"


@pytest.mark.parametrize(("name", "container"), list(containers()))
def test_containers_are_non_root_read_only_and_without_capabilities(
    name: str, container: dict[str, Any]
) -> None:
    security = container["securityContext"]
    assert security["runAsNonRoot"] is True, name
    assert security["runAsUser"] >= 10000, name
    assert security["readOnlyRootFilesystem"] is True, name
    assert security["allowPrivilegeEscalation"] is False, name
    assert security.get("privileged", False) is False, name
    assert security["capabilities"]["drop"] == ["ALL"], name
    assert not security["capabilities"].get("add"), name
    assert security["seccompProfile"] == {"type": "RuntimeDefault"}, name
    image = container["image"]
    assert ":" in image and not image.endswith(":latest"), name


@pytest.mark.parametrize(("name", "container"), list(containers()))
def test_what_writes_writes_to_a_mounted_tmp(name: str, container: dict[str, Any]) -> None:
    mounts = {m["mountPath"] for m in container.get("volumeMounts", [])}
    # HOME, caches and Rasa's unpacked model live there (the images' ENV), an emptyDir.
    assert "/tmp" in mounts, name  # noqa: S108


@pytest.mark.parametrize(("name", "container"), list(containers()))
def test_secrets_come_only_from_secret_objects(name: str, container: dict[str, Any]) -> None:
    secrets = {s["metadata"]["name"]: set(s["stringData"]) for s in of_kind("Secret").values()}
    for variable in container.get("env", []):
        source = variable.get("valueFrom", {})
        if SECRET_NAME.search(variable["name"]):
            assert "value" not in variable, f"{name}: {variable['name']} is a literal"
            assert "secretKeyRef" in source, f"{name}: {variable['name']} not from a Secret"
        if ref := source.get("secretKeyRef"):
            assert ref["key"] in secrets[ref["name"]], f"{name}: {ref} is not in secret.example.yaml"
    for source in container.get("envFrom", []):
        assert "secretRef" not in source, f"{name}: a whole Secret, not the keys it needs"


def test_config_maps_hold_no_secrets() -> None:
    config = of_kind("ConfigMap")["safety-assistant-config"]["data"]
    assert not [k for k in config if SECRET_NAME.search(k)]


def test_only_the_telegram_pods_get_the_bot_token() -> None:
    holders = {name.split("/")[1] for name, c in containers()
               for v in c.get("env", []) if v["name"] == "TELEGRAM_BOT_TOKEN"}
    assert holders == {"telegram"}


def test_the_example_secrets_are_placeholders_production_refuses() -> None:
    for secret in of_kind("Secret").values():
        for key, value in secret["stringData"].items():
            assert "change-me" in value, f"{key} looks like a real value"
    values = of_kind("Secret")["safety-assistant-secrets"]["stringData"]
    assert is_placeholder(values["RASA_AUTH_TOKEN"])
    with pytest.raises(ValueError, match="RASA_AUTH_TOKEN"):
        BotSettings(app_env="production", rasa_auth_token=values["RASA_AUTH_TOKEN"],
                    database_url=values["DATABASE_URL"], redis_url=values["REDIS_URL"])


@pytest.mark.parametrize("server", SERVERS)
def test_servers_have_probes_resources_from_measurements_an_autoscaler_and_a_budget(server: str) -> None:
    deployment = of_kind("Deployment")[server]
    container = pod_spec(deployment)["containers"][0]
    for probe in ("startupProbe", "readinessProbe", "livenessProbe"):
        assert container[probe]["httpGet"]["port"] == "http", (server, probe)
    resources = container["resources"]
    assert {"cpu", "memory"} <= set(resources["requests"]) and {"cpu", "memory"} <= set(resources["limits"])
    request, limit = (mebibytes(resources[k]["memory"]) for k in ("requests", "limits"))
    assert request >= MEASURED_RSS_MIB[server], f"{server}: memory request below what it uses"
    assert limit >= 1.3 * MEASURED_RSS_MIB[server], f"{server}: no headroom under the limit"
    assert millicores(resources["requests"]["cpu"]) <= millicores(resources["limits"]["cpu"])

    autoscaler = of_kind("HorizontalPodAutoscaler")[server]
    assert autoscaler["spec"]["scaleTargetRef"] == {"apiVersion": "apps/v1", "kind": "Deployment",
                                                    "name": server}
    [metric] = autoscaler["spec"]["metrics"]
    assert metric["resource"]["name"] == "cpu"
    assert 50 <= metric["resource"]["target"]["averageUtilization"] <= 80
    assert autoscaler["spec"]["minReplicas"] >= 2 and deployment["spec"]["replicas"] >= 2

    budget = of_kind("PodDisruptionBudget")[server]
    labels = deployment["spec"]["template"]["metadata"]["labels"]
    assert budget["spec"]["selector"]["matchLabels"].items() <= labels.items()
    assert budget["spec"]["minAvailable"] < autoscaler["spec"]["minReplicas"]


def _route_paths(app: Any) -> set[str]:
    return {route.path for route in app.routes}


def test_the_probes_name_routes_the_servers_have() -> None:
    from actions.server import create_app as actions_app
    from bot.web.app import create_app as gateway_app

    routes = {"gateway": _route_paths(gateway_app(BotSettings())),
              "telegram": _route_paths(gateway_app(BotSettings())),
              "actions": _route_paths(actions_app())}
    for server, paths in routes.items():
        container = pod_spec(of_kind("Deployment")[server])["containers"][0]
        for probe in ("startupProbe", "readinessProbe", "livenessProbe"):
            assert container[probe]["httpGet"]["path"] in paths, (server, probe)
    # Rasa's root answers without the token (every other route of its API needs it).
    rasa = pod_spec(of_kind("Deployment")["rasa"])["containers"][0]
    assert {rasa[p]["httpGet"]["path"] for p in ("readinessProbe", "livenessProbe")} == {"/"}


def test_gateway_stays_in_rotation_while_rasa_is_down_to_give_the_999_reply() -> None:
    container = pod_spec(of_kind("Deployment")["gateway"])["containers"][0]
    assert container["readinessProbe"]["httpGet"]["path"] == "/livez"
    assert container["startupProbe"]["httpGet"]["path"] == "/health"


def test_rasa_is_never_public_and_always_behind_its_token() -> None:
    services = of_kind("Service")
    assert all(s["spec"].get("type", "ClusterIP") == "ClusterIP" for s in services.values())
    backends = {path["backend"]["service"]["name"]: path["path"]
                for ingress in of_kind("Ingress").values() for rule in ingress["spec"]["rules"]
                for path in rule["http"]["paths"]}
    assert set(backends) == {"gateway", "telegram"}
    assert backends["telegram"] == "/telegram/webhook"
    public = [p for ingress in of_kind("Ingress").values() for rule in ingress["spec"]["rules"]
              for p in rule["http"]["paths"]]
    assert not [p for p in public if p["path"] == "/" and p["pathType"] != "Exact"], \
        "a / prefix would publish /metrics"
    # What a site embedding the widget needs: the script and the chat and feedback API.
    assert {"/widget.js", "/api/", "/"} <= {p["path"] for p in public}
    rasa = pod_spec(of_kind("Deployment")["rasa"])["containers"][0]
    argv = rasa["command"] + rasa["args"]
    # One argument, so that a token starting with "-" is not read as an option.
    assert "--auth-token=$(RASA_AUTH_TOKEN)" in argv
    assert "--enable-api" in argv


def _allowed_from(policy: dict[str, Any]) -> set[str]:
    allowed = set()
    for rule in policy["spec"].get("ingress", []):
        for peer in rule["from"]:
            if "podSelector" in peer and "namespaceSelector" not in peer:
                allowed.add(peer["podSelector"]["matchLabels"]["app.kubernetes.io/name"])
            else:
                allowed.add("namespace:" + peer["namespaceSelector"]["matchLabels"]
                            ["kubernetes.io/metadata.name"])
    return allowed


def test_network_policies_let_only_the_gateway_reach_rasa_and_only_rasa_the_actions() -> None:
    policies = of_kind("NetworkPolicy")
    deny = policies["default-deny"]["spec"]
    assert deny["podSelector"] == {} and set(deny["policyTypes"]) == {"Ingress", "Egress"}
    assert "ingress" not in deny and "egress" not in deny
    assert _allowed_from(policies["rasa"]) == {"gateway", "telegram"}
    assert _allowed_from(policies["actions"]) == {"rasa", "namespace:monitoring"}
    assert _allowed_from(policies["gateway"]) == {"namespace:ingress-nginx", "namespace:monitoring"}
    assert not policies["jobs"]["spec"].get("ingress")
    selected = {p["spec"]["podSelector"].get("matchLabels", {}).get("app.kubernetes.io/name")
                for p in policies.values()}
    assert set(SERVERS) <= selected


def test_rasas_kubernetes_endpoints_are_make_clusters_plus_tls() -> None:
    production = yaml.safe_load((ROOT / "endpoints.production.yml").read_text())
    kubernetes = yaml.safe_load(of_kind("ConfigMap")["rasa-endpoints"]["data"]["endpoints.yml"])
    tls = {"tracker_store": {"query"}, "lock_store": {"use_ssl", "ssl_ca_certs"}}
    for section, keys in tls.items():
        assert keys <= set(kubernetes[section])
        kubernetes[section] = {k: v for k, v in kubernetes[section].items() if k not in keys}
    assert kubernetes == production
    assert kubernetes["lock_store"]["type"] == "rasa_components.lock_store.PatientRedisLockStore"
    config = of_kind("ConfigMap")["safety-assistant-config"]["data"]
    assert config["TICKET_LOCK_LIFETIME"] == "5"


# --- Dockerfiles ---------------------------------------------------------------------------------
def dockerfiles() -> list[Path]:
    return sorted(DOCKER.glob("*.Dockerfile"))


def instructions(path: Path) -> list[tuple[str, str]]:
    text = re.sub(r"\\\n\s*", " ", path.read_text())
    lines = [line.strip() for line in text.splitlines() if line.strip() and not line.startswith("#")]
    return [(line.split(None, 1)[0].upper(), line.split(None, 1)[1]) for line in lines]


def stages(path: Path) -> list[list[tuple[str, str]]]:
    found: list[list[tuple[str, str]]] = []
    for instruction in instructions(path):
        if instruction[0] == "FROM":
            found.append([])
        found[-1].append(instruction)
    return found


def test_there_is_an_image_for_rasa_and_for_our_code() -> None:
    assert [p.name for p in dockerfiles()] == ["app.Dockerfile", "rasa.Dockerfile"]
    targets = [args.split()[-1] for op, args in instructions(DOCKER / "app.Dockerfile") if op == "FROM"]
    assert {"actions", "gateway"} <= set(targets)


def effective(path: Path) -> dict[str, dict[str, str]]:
    """Each stage's name → its base, and the USER, HEALTHCHECK and CMD it ends with (a stage
    built FROM another inherits them)."""
    found: dict[str, dict[str, str]] = {}
    for number, stage in enumerate(stages(path)):
        words = stage[0][1].split()
        name = words[-1] if len(words) == 3 and words[1].upper() == "AS" else f"stage-{number}"
        state = dict(found.get(words[0], {}), base=words[0])
        state |= {op: args for op, args in stage if op in {"USER", "HEALTHCHECK", "CMD"}}
        found[name] = state
    return found


@pytest.mark.parametrize("path", dockerfiles(), ids=lambda p: p.name)
def test_images_run_as_non_root_with_a_healthcheck_from_a_pinned_base(path: Path) -> None:
    built = effective(path)
    for state in built.values():
        base = state["base"]
        assert base in built or (":" in base and not base.endswith(":latest")), base
    # Every image a build can end in: a stage no other stage is built on or copies from.
    copied = {args.split()[0].removeprefix("--from=") for op, args in instructions(path)
              if op == "COPY" and args.startswith("--from=")}
    final = [name for name in built if name not in {s["base"] for s in built.values()} | copied]
    assert final
    for name in final:
        state = built[name]
        assert "USER" in state and state["USER"].split(":")[0] not in {"root", "0"}, (path.name, name)
        assert "HEALTHCHECK" in state and "CMD" in state, (path.name, name)


@pytest.mark.parametrize("path", dockerfiles(), ids=lambda p: p.name)
def test_images_copy_only_files_that_exist_and_the_build_context_sends(path: Path) -> None:
    patterns = [line.strip() for line in (ROOT / ".dockerignore").read_text().splitlines()
                if line.strip() and not line.startswith("#")]

    def sent(relative: str) -> bool:
        included = True
        for pattern in patterns:
            negated = pattern.startswith("!")
            pattern = pattern.lstrip("!").rstrip("/")
            if fnmatch.fnmatch(relative, pattern) or relative.startswith(pattern + "/") \
                    or pattern == "**":
                included = negated
        return included

    copied = 0
    for op, args in instructions(path):
        if op != "COPY" or args.startswith("--from"):
            continue
        for source in args.split()[:-1]:
            assert (ROOT / source).exists(), f"{path.name}: {source} does not exist"
            assert sent(source), f"{path.name}: {source} is left out by .dockerignore"
            copied += 1
    assert copied >= 3


@pytest.mark.parametrize("path", dockerfiles(), ids=lambda p: p.name)
def test_images_bake_in_no_secrets(path: Path) -> None:
    for op, args in instructions(path):
        if op in {"ENV", "ARG"}:
            assert not SECRET_NAME.search(args.replace("TOKENIZERS", "")), f"{path.name}: {args}"


@pytest.mark.parametrize("server", ["gateway", "telegram"])
def test_the_front_ends_are_given_only_settings_they_read(server: str) -> None:
    """A misspelt name would be ignored in silence (BotSettings ignores unknown variables), and a
    production safeguard such as the Telegram sender key would then refuse to start, or worse."""
    known = {name.upper() for name in BotSettings.model_fields} | {
        str(field.validation_alias) for field in BotSettings.model_fields.values()
        if field.validation_alias}
    [container] = pod_spec(of_kind("Deployment")[server])["containers"]
    given = {variable["name"] for variable in container.get("env", [])}
    assert given <= known, f"{server}: {sorted(given - known)} are not settings of bot/settings.py"


def test_telegram_replicas_together_stay_under_telegrams_30_messages_a_second() -> None:
    [container] = pod_spec(of_kind("Deployment")["telegram"])["containers"]
    pace = {v["name"]: v.get("value") for v in container["env"]}["TELEGRAM_BROADCAST_PER_SECOND"]
    [autoscaler] = [h for h in of_kind("HorizontalPodAutoscaler").values()
                    if h["spec"]["scaleTargetRef"]["name"] == "telegram"]
    assert float(pace) * autoscaler["spec"]["maxReplicas"] <= 30
