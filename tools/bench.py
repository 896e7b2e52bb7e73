"""`make bench`: latency of /api/chat for guidance questions against a Rasa baseline, and memory.

The baseline is Rasa's own REST channel answering a trivial greeting, measured in the same
run on the same machine, so the ratio means something on a noisy machine. Also measures
throughput at a fixed concurrency and the resident memory of every process of the stack.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import statistics
import sys
import time
from pathlib import Path
from typing import Any

import httpx

from tools.paths import ROOT
from tools.rasa_protocol import action_call
from tools.stack import Ports, Stack, running_stack

REPORT = ROOT / "reports" / "bench.json"
NO_LIMITS = {"RATE_LIMIT_PER_SENDER": "100000/minute", "RATE_LIMIT_PER_CLIENT": "100000/minute"}
# Our own phrasings (not the eval set): a mix of intents answered directly and by retrieval.
GUIDANCE_QUESTIONS = [
    "what is the threat level today",
    "what should I do if there is an attack",
    "what counts as good cover if I have to hide",
    "what do I say when I phone 999",
    "I found a bag nobody is watching on the platform",
    "how do I tell the police about something odd I saw",
    "what happens when armed officers turn up",
    "can I text the police if I am deaf",
    "my friend is getting into extreme stuff online",
    "what first aid can I give people after an attack",
]


def percentile(samples: list[float], fraction: float) -> float:
    ordered = sorted(samples)
    return ordered[min(len(ordered) - 1, round(fraction * (len(ordered) - 1)))]


async def timed_json(url: str, bodies: list[dict[str, Any]]) -> list[float]:
    """Sequential requests, one at a time: latency without queueing."""
    samples = []
    async with httpx.AsyncClient(timeout=30) as client:
        for body in bodies:
            started = time.perf_counter()
            response = await client.post(url, json=body)
            response.raise_for_status()
            samples.append((time.perf_counter() - started) * 1000)
    return samples


async def throughput(url: str, concurrency: int, seconds: float) -> float:
    """Requests per second with `concurrency` clients sending back to back."""
    done = 0
    deadline = time.monotonic() + seconds

    async def worker(number: int) -> None:
        nonlocal done
        async with httpx.AsyncClient(timeout=30) as client:
            turn = 0
            while time.monotonic() < deadline:
                question = GUIDANCE_QUESTIONS[(number + turn) % len(GUIDANCE_QUESTIONS)]
                response = await client.post(url, json={"sender": f"bench-load-{number:03d}",
                                                        "message": question})
                response.raise_for_status()
                done += 1
                turn += 1

    started = time.monotonic()
    await asyncio.gather(*(worker(n) for n in range(concurrency)))
    return done / (time.monotonic() - started)


def rss_mib(pid: int) -> float:
    """Resident memory of a process and all its descendants, from /proc."""
    total = 0.0
    pending = [pid]
    while pending:
        current = pending.pop()
        try:
            status = Path(f"/proc/{current}/status").read_text()
            children = Path(f"/proc/{current}/task/{current}/children").read_text().split()
        except OSError:
            continue
        total += next(int(line.split()[1]) for line in status.splitlines() if line.startswith("VmRSS"))
        pending += [int(c) for c in children]
    return total / 1024


def summary(samples: list[float]) -> dict[str, float]:
    return {"p50_ms": round(percentile(samples, 0.5), 1), "p95_ms": round(percentile(samples, 0.95), 1),
            "mean_ms": round(statistics.fmean(samples), 1), "n": len(samples)}


async def measure(stack: Stack, rounds: int, concurrency: int, seconds: float) -> dict[str, object]:
    chat = f"{stack.gateway_url}/api/chat"
    rest = f"{stack.rasa_url}/webhooks/rest/webhook"
    questions = [GUIDANCE_QUESTIONS[i % len(GUIDANCE_QUESTIONS)] for i in range(rounds)]
    # Warm up both paths (first requests load lazily built parts of TensorFlow and torch).
    await timed_json(chat, [{"sender": "bench-warm-up", "message": q} for q in GUIDANCE_QUESTIONS])
    await timed_json(rest, [{"sender": "bench-warm-up-rasa", "message": "hello"}] * 10)
    # Interleave baseline and gateway in blocks so machine noise hits both alike.
    baseline: list[float] = []
    gateway: list[float] = []
    block = 25
    for start in range(0, rounds, block):
        baseline += await timed_json(rest, [{"sender": f"bench-rasa-{i:04d}", "message": "hello"}
                                             for i in range(start, min(rounds, start + block))])
        gateway += await timed_json(chat, [{"sender": f"bench-chat-{i:04d}", "message": q}
                                            for i, q in enumerate(questions[start:start + block], start)])
    # The retrieval path (the model unsure, so the question is embedded and searched), measured
    # at the action server, since which questions the model is unsure of changes with training.
    unsure = await timed_json(f"{stack.actions_url}/webhook",
                              [action_call(q, "nlu_fallback", confidence=0.5) for q in questions])
    rps = await throughput(chat, concurrency, seconds)
    base, ours = summary(baseline), summary(gateway)
    return {
        "baseline_rasa_rest_greeting": base,
        "gateway_guidance": ours,
        "ratio_p50": round(ours["p50_ms"] / base["p50_ms"], 2),
        "ratio_p95": round(ours["p95_ms"] / base["p95_ms"], 2),
        "action_server_retrieval_path": summary(unsure),
        "throughput": {"concurrency": concurrency, "seconds": seconds, "requests_per_s": round(rps, 1)},
        "rss_mib": {name: round(rss_mib(pid), 1) for name, pid in stack.pids().items()},
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--rounds", type=int, default=200)
    parser.add_argument("--concurrency", type=int, default=8)
    parser.add_argument("--seconds", type=float, default=10.0)
    parser.add_argument("--report", type=Path, default=REPORT)
    args = parser.parse_args()
    print("bench: starting the stack on free ports…", file=sys.stderr)
    with running_stack(Ports.free(), ROOT / ".cache" / "logs-bench", NO_LIMITS) as stack:
        result = asyncio.run(measure(stack, args.rounds, args.concurrency, args.seconds))
    base, ours = result["baseline_rasa_rest_greeting"], result["gateway_guidance"]
    print(f"baseline (Rasa REST, 'hello'):  p50 {base['p50_ms']} ms  p95 {base['p95_ms']} ms")  # type: ignore[index]
    print(f"gateway (/api/chat, guidance):  p50 {ours['p50_ms']} ms  p95 {ours['p95_ms']} ms")  # type: ignore[index]
    print(f"action server, retrieval path: {result['action_server_retrieval_path']}")
    print(f"ratio p50 {result['ratio_p50']}x  p95 {result['ratio_p95']}x")
    print(f"throughput {result['throughput']}")
    print(f"resident memory (MiB) {result['rss_mib']}")
    args.report.parent.mkdir(parents=True, exist_ok=True)
    args.report.write_text(json.dumps(result, indent=2))
    print(f"report: {args.report}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
