"""`make load`: Locust (headless) against the real stack on loopback, one replica then two.

For each shape — one replica (`make run`'s: in-memory conversations, SQLite) and two (`make
cluster`'s: Rasa's SQL tracker store on a fresh PostgreSQL database, its Redis lock store on a
Redis server of our own, rate limits shared there) — on free ports, so it never collides with a
stack someone is running:

- a baseline measured in the same run: Rasa's REST channel answering "hello" directly;
- throughput and p50/p95/p99 of /api/chat at 1, 10 and 50 concurrent users (each conversation a
  fresh sender, tests/load/locustfile.py), errors counted;
- CPU time per answer of every process (psutil: the process and its children, user + system);
- on two replicas, the soak: resident memory of every process sampled across 10,000
  conversations, to show it levels off.

The per-client rate limit is lifted for the run: every simulated person comes from 127.0.0.1, one
client address, where a real crowd comes from thousands. The per-sender limit stays as deployed
(20 a minute): each conversation is a fresh sender with at most four messages, as people's are.

Writes reports/load.json and prints a table. `--quick` is the integration tests' smoke run.
"""

from __future__ import annotations

import argparse
import asyncio
import csv
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import httpx
from sqlalchemy.engine import make_url

from tools.paths import ROOT
from tools.processes import cpu_seconds, rss_mib
from tools.reports import write_report
from tools.stack import CLUSTER_DATABASE, Cluster, Ports, Stack, running_stack

REPORT = ROOT / "reports" / "load.json"
LOCUST = ROOT / ".venv-tools" / "bin" / "locust"
LOCUSTFILE = ROOT / "tests" / "load" / "locustfile.py"
# One client address for every simulated person (see the module's docstring).
LIMITS = {"RATE_LIMIT_PER_CLIENT": "1000000/minute"}
# Warm-up: the first requests load lazily built parts of TensorFlow and torch.
WARM_UP = ["hello", "what is the threat level", "what is run hide tell", "how do I report something",
           "someone is stabbing people outside", "my neighbour in a wheelchair and the stairs at "
           "the shopping centre, what would she be expected to do", "thanks"]


# A soak conversation is a question and one more message (the mix's own conversations run to
# four): on this machine a replica answers about ten messages a second, and 10,000 conversations
# must fit in the run.
SOAK_TURNS = 2


@dataclass(frozen=True)
class Mode:
    users: tuple[int, ...]
    seconds: int
    baseline_seconds: int
    soak_conversations: int
    sample_every: int
    replicas: tuple[int, ...]


FULL = Mode(users=(1, 10, 50), seconds=40, baseline_seconds=15, soak_conversations=10_000,
            sample_every=500, replicas=(1, 2))
QUICK = Mode(users=(5,), seconds=20, baseline_seconds=5, soak_conversations=0, sample_every=0,
             replicas=(1,))


# --- Locust ------------------------------------------------------------------------------------
@dataclass
class Run:
    """One headless Locust run's figures (Locust's percentiles are bucketed to 2 significant digits)."""

    users: int
    seconds: float
    requests: int
    failures: int
    rps: float
    p50_ms: float
    p95_ms: float
    p99_ms: float
    failure_kinds: dict[str, int]
    by_kind: dict[str, dict[str, float]]

    def row(self) -> dict[str, Any]:
        return {"users": self.users, "seconds": round(self.seconds, 1), "requests": self.requests,
                "errors": self.failures, "rps": round(self.rps, 2), "p50_ms": self.p50_ms,
                "p95_ms": self.p95_ms, "p99_ms": self.p99_ms, "error_kinds": self.failure_kinds,
                "by_kind": self.by_kind}


def _number(value: str) -> float:
    try:
        return float(value)
    except ValueError:
        return 0.0


def locust(host: str, user_class: str, users: int, seconds: float | None, work: Path,
           env: dict[str, str] | None = None) -> Run:
    """Run Locust headless; `seconds=None` runs until the locustfile stops it (the soak)."""
    prefix = work / f"{user_class}-{users}-{time.monotonic_ns()}"
    argv = [str(LOCUST), "-f", str(LOCUSTFILE), "--headless", "--host", host, "--users", str(users),
            "--spawn-rate", str(users), "--csv", str(prefix), "--only-summary", "--loglevel", "ERROR",
            "--stop-timeout", "15", "--exit-code-on-error", "0", user_class]
    if seconds is not None:
        argv[-1:-1] = ["--run-time", f"{seconds:g}s"]
    started = time.monotonic()
    # Locust's own summary goes to a log: the table below is what to read.
    with (work / "locust.log").open("ab") as log:
        subprocess.run(argv, cwd=ROOT, env={**os.environ, "PYTHONPATH": str(ROOT), **(env or {})},
                       stdout=log,
                       stderr=subprocess.STDOUT, check=True, timeout=(seconds or 3600) + 120)
    elapsed = time.monotonic() - started
    with Path(f"{prefix}_stats.csv").open() as stats_file:
        rows = list(csv.DictReader(stats_file))
    total = next(r for r in rows if r["Name"] == "Aggregated")
    kinds: dict[str, int] = {}
    failures_csv = Path(f"{prefix}_failures.csv")
    if failures_csv.exists():
        with failures_csv.open() as failures_file:
            for failure in csv.DictReader(failures_file):
                kinds[failure["Error"]] = kinds.get(failure["Error"], 0) + int(failure["Occurrences"])
    return Run(
        users=users, seconds=elapsed, requests=int(total["Request Count"]),
        failures=int(total["Failure Count"]), rps=_number(total["Requests/s"]),
        p50_ms=_number(total["50%"]), p95_ms=_number(total["95%"]), p99_ms=_number(total["99%"]),
        failure_kinds=kinds,
        by_kind={r["Name"].removeprefix("/api/chat "): {"requests": int(r["Request Count"]),
                                                         "p50_ms": _number(r["50%"])}
                 for r in rows if r["Name"] != "Aggregated"},
    )


# --- one shape ---------------------------------------------------------------------------------
def warm_up(stack: Stack) -> None:
    with httpx.Client(timeout=60) as client:
        for number, message in enumerate(WARM_UP * 2):
            client.post(f"{stack.gateway_url}/api/chat",
                        json={"sender": f"load-warm-up-{number:03d}", "message": message})
        for number in range(10):
            client.post(f"{stack.rasa_url}/webhooks/rest/webhook",
                        json={"sender": f"load-warm-up-rasa-{number}", "message": "hello"})


def soak(stack: Stack, mode: Mode, work: Path) -> dict[str, Any]:
    """Resident memory of every process across `mode.soak_conversations` conversations at 50 users."""
    samples_path = work / "soak.jsonl"
    pids = stack.pids()
    first = {"conversations": 0, "rss_mib": {name: rss_mib(pid) for name, pid in pids.items()}}
    run = locust(stack.gateway_url, "Visitor", 50, None, work, {
        "LOAD_SOAK_CONVERSATIONS": str(mode.soak_conversations),
        "LOAD_SAMPLE_EVERY": str(mode.sample_every), "LOAD_PIDS": json.dumps(pids),
        "LOAD_MAX_TURNS": str(SOAK_TURNS),
        "LOAD_SAMPLES_OUT": str(samples_path)})
    # Conversations still under way when the target was reached finish after it: not counted.
    samples = [first, *(row for line in samples_path.read_text().splitlines()
                        if (row := json.loads(line))["conversations"] <= mode.soak_conversations)]
    names = list(pids)
    curve = {name: [(s["conversations"], s["rss_mib"][name]) for s in samples] for name in names}
    half = mode.soak_conversations // 2
    slopes = {}
    for name, points in curve.items():
        second = [(x, y) for x, y in points if x >= half]
        if len(second) >= 2:
            # MiB per 1,000 conversations over the second half (least squares).
            slopes[name] = round(statistics.linear_regression([x for x, _ in second],
                                                              [y for _, y in second]).slope * 1000, 3)
    total = [(s["conversations"], round(sum(s["rss_mib"].values()), 1)) for s in samples]
    checkpoints = {str(c): dict(s["rss_mib"], total=t) for s, (c, t) in zip(samples, total, strict=True)
                   if c % (mode.soak_conversations // 4) == 0}
    second_total = [(x, y) for x, y in total if x >= half]
    return {
        "conversations": mode.soak_conversations, "users": 50, "max_messages": SOAK_TURNS,
        "run": run.row(),
        "rss_mib_at": checkpoints,
        "slope_mib_per_1000_conversations_second_half": slopes | {
            "total": round(statistics.linear_regression([x for x, _ in second_total],
                                                        [y for _, y in second_total]).slope * 1000, 3)},
        "samples": samples,
    }


def measure(stack: Stack, mode: Mode, work: Path, replicas: int) -> dict[str, Any]:
    warm_up(stack)
    result: dict[str, Any] = {"replicas": replicas, "processes": list(stack.pids())}
    if replicas > 1 and mode.soak_conversations:
        print(f"  soak: {mode.soak_conversations} conversations at 50 users…", file=sys.stderr)
        result["soak"] = soak(stack, mode, work)
    print("  baseline: Rasa's REST channel answering 'hello'…", file=sys.stderr)
    result["baseline"] = {str(users): locust(stack.rasa_url, "RasaBaseline", users,
                                             mode.baseline_seconds, work).row()
                          for users in sorted({1, 10} & set(mode.users) or {mode.users[0]})}
    result["levels"] = {}
    for users in mode.users:
        print(f"  {users} users for {mode.seconds} s…", file=sys.stderr)
        pids = stack.pids()
        before = {name: cpu_seconds(pid) for name, pid in pids.items()}
        run = locust(stack.gateway_url, "Visitor", users, mode.seconds, work)
        spent = {name: cpu_seconds(pid) - before[name] for name, pid in pids.items()}
        answers = max(1, run.requests - run.failures)
        level = run.row()
        level["cpu_ms_per_answer"] = {name: round(1000 * s / answers, 1) for name, s in spent.items()}
        level["cpu_ms_per_answer"]["total"] = round(1000 * sum(spent.values()) / answers, 1)
        result["levels"][str(users)] = level
    result["rss_mib_end"] = {name: rss_mib(pid) for name, pid in stack.pids().items()}
    return result


async def drop_database(url: str) -> None:
    import asyncpg

    target = make_url(url)
    admin = target.set(drivername="postgresql", database="postgres")
    connection = await asyncpg.connect(admin.render_as_string(hide_password=False), timeout=10)
    try:
        # Our own name (below), never a person's input.
        await connection.execute(f'DROP DATABASE IF EXISTS "{target.database}" WITH (FORCE)')
    finally:
        await connection.close()


def one_shape(mode: Mode, replicas: int, work: Path) -> dict[str, Any]:
    from tests.services import private_redis

    log_dir = ROOT / ".cache" / f"logs-load-{replicas}"
    if replicas == 1:
        env = {**LIMITS, "DATABASE_URL": f"sqlite:///{work / 'app.db'}"}
        with running_stack(Ports.free(1), log_dir, env) as stack:
            return measure(stack, mode, work, replicas)
    # A fresh database on the machine's PostgreSQL and a Redis server of our own.
    base = make_url(os.environ.get("DATABASE_URL", CLUSTER_DATABASE))
    database = base.set(database=f"safety_assistant_load_{os.getpid()}").render_as_string(
        hide_password=False)
    try:
        with private_redis() as redis, running_stack(
                Ports.free(replicas), log_dir, LIMITS, cluster=Cluster(database, redis.url)) as stack:
            return measure(stack, mode, work, replicas)
    finally:
        asyncio.run(drop_database(database))


# --- the report --------------------------------------------------------------------------------
def summarise(shapes: dict[str, dict[str, Any]]) -> dict[str, Any]:
    summary: dict[str, Any] = {}
    for key, shape in shapes.items():
        base = shape["baseline"]
        ratios = {}
        for users, level in shape["levels"].items():
            reference = base.get(users) or base[max(base, key=int)]
            ratios[users] = {
                "rps_vs_baseline": round(level["rps"] / reference["rps"], 3) if reference["rps"] else None,
                "p50_vs_baseline": round(level["p50_ms"] / reference["p50_ms"], 2)
                if reference["p50_ms"] else None,
                "baseline_users": reference["users"]}
        summary[key] = {"vs_baseline": ratios,
                        "zero_errors_up_to_users": max((int(u) for u, lv in shape["levels"].items()
                                                        if lv["errors"] == 0), default=0)}
    if "1" in shapes and "2" in shapes:
        one, two = shapes["1"], shapes["2"]
        summary["two_vs_one_replica_rps"] = {
            users: round(two["levels"][users]["rps"] / one["levels"][users]["rps"], 3)
            for users in one["levels"] if users in two["levels"] and one["levels"][users]["rps"]}
        summary["two_vs_one_baseline_rps"] = {
            users: round(two["baseline"][users]["rps"] / one["baseline"][users]["rps"], 3)
            for users in one["baseline"] if users in two["baseline"] and one["baseline"][users]["rps"]}
    return summary


def print_table(report: dict[str, Any]) -> None:
    print(f"{'replicas':>8} {'users':>5} {'rps':>7} {'p50':>6} {'p95':>6} {'p99':>6} {'errors':>6}  "
          "(ms; Rasa REST 'hello' baseline in brackets)")
    for key, shape in report["shapes"].items():
        for users, base in shape["baseline"].items():
            print(f"{key:>8} {users:>5} [{base['rps']:>5}] [{base['p50_ms']:>4g}] [{base['p95_ms']:>4g}] "
                  f"[{base['p99_ms']:>4g}] [{base['errors']:>4}]  baseline")
        for users, level in shape["levels"].items():
            print(f"{key:>8} {users:>5} {level['rps']:>7} {level['p50_ms']:>6g} {level['p95_ms']:>6g} "
                  f"{level['p99_ms']:>6g} {level['errors']:>6}  cpu ms/answer {level['cpu_ms_per_answer']}")
        if "soak" in shape:
            soaked = shape["soak"]
            print(f"soak on {key} replicas, RSS MiB by conversations:")
            for count, rss in soaked["rss_mib_at"].items():
                print(f"  {count:>6}: {rss}")
            print(f"  slope over the second half, MiB per 1,000 conversations: "
                  f"{soaked['slope_mib_per_1000_conversations_second_half']}")
    print(f"summary: {json.dumps(report['summary'])}")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--quick", action="store_true", help="20 s at 5 users on one replica (smoke)")
    parser.add_argument("--replicas", type=int, nargs="*", help="only these shapes (1, 2)")
    parser.add_argument("--users", type=int, nargs="*", help="only these levels of concurrent users")
    parser.add_argument("--seconds", type=int, help="seconds at each level")
    parser.add_argument("--soak", type=int, help="conversations in the soak (0: none)")
    parser.add_argument("--report", type=Path, default=REPORT)
    args = parser.parse_args()
    mode = QUICK if args.quick else FULL
    soak_conversations = mode.soak_conversations if args.soak is None else args.soak
    mode = Mode(tuple(args.users or mode.users), args.seconds or mode.seconds, mode.baseline_seconds,
                soak_conversations, max(1, soak_conversations // 20) if soak_conversations else 0,
                tuple(args.replicas or mode.replicas))
    if not LOCUST.exists():
        print("Locust is not installed: run `make load` (it sets up .venv-tools).", file=sys.stderr)
        return 2
    started = time.monotonic()
    with tempfile.TemporaryDirectory(prefix="load-") as folder:
        work = Path(folder)
        shapes = {}
        for replicas in mode.replicas:
            print(f"load: {replicas} replica(s), starting the stack on free ports…", file=sys.stderr)
            shapes[str(replicas)] = one_shape(mode, replicas, work)
    report = {"mode": "quick" if args.quick else "full", "cpu_count": os.cpu_count(),
              "seconds_per_level": mode.seconds, "minutes": round((time.monotonic() - started) / 60, 1),
              "rate_limits": {"per_client": LIMITS["RATE_LIMIT_PER_CLIENT"], "per_sender": "as deployed"},
              "shapes": shapes, "summary": summarise(shapes)}
    print_table(report)
    write_report(args.report, report)
    return 0


if __name__ == "__main__":
    sys.exit(main())
