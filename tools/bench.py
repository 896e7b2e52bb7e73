"""`make bench`: latency of /api/chat for guidance questions against a Rasa baseline, and memory.

The baseline is Rasa's own REST channel answering a trivial greeting, measured in the same
run on the same machine, so the ratio means something on a noisy machine. Also measures
throughput at a fixed concurrency and the resident memory of every process of the stack.
"""

from __future__ import annotations

import argparse
import asyncio
import statistics
import sys
import time
from pathlib import Path
from typing import Any

import httpx

from tools.paths import ROOT
from tools.reports import write_report
from tools.stack import Ports, Stack, running_stack

REPORT = ROOT / "reports" / "bench.json"
NO_LIMITS = {"RATE_LIMIT_PER_SENDER": "100000/minute", "RATE_LIMIT_PER_CLIENT": "100000/minute"}
# Our own phrasings (not from the evaluation sets). Some the model knows well; others are
# worded oddly on purpose, so that the model is unsure and the action server embeds the
# question and searches the content (the retrieval path). Each is sorted by asking Rasa.
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
    "bricks or plasterboard, which one helps",
    "levels explained like a traffic light?",
    "the film with the three words, where is it",
    "relay thing for phones",
    "what goes in the description",
    "arena law for a village fete",
    "someone shouted at my mum on the bus about her scarf",
    "my phone buzzes, does that matter",
    "getting out of a crowded market quickly",
    "the recorded voice and the numbers",
    "what do the coppers need from me",
    "how are the numbers decided, who sits on it",
    "kids asking questions about the news tonight",
    "nightmares since the concert",
    "officers shouting at everyone to get down",
    "is the country calm at the moment",
    "stuff left on a bench near the doors",
    "grown son acting different since his new friends",
    "photos of security cameras at the gate",
    "on holiday in the sun next month, any worries",
    # Fragments, as people type them when they don't know what to ask: the model is often unsure.
    "if you cannot talk",
    "you don't need to be certain before asking",
    "trust your instincts",
    "the quieter the better",
    "the recorded voice",
    "things left behind",
    "two minutes for a reply",
    "a safe distance from it",
    "the lessons for secondary schools",
    "after it's all over",
    "behind something solid",
    "hands where they can see them",
    "the quiet number thing",
    "a bag on its own",
    "walls thick enough",
    "phone on silent and then what",
    "the posters at the station",
    "talking to someone afterwards",
    "big crowds next summer",
    "what the levels mean for me",
]


# The share of retrieval-path questions in the realistic mix (see measure()).
RETRIEVAL_SHARE = 0.10


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


async def sort_by_path(stack: Stack, questions: list[str]) -> dict[str, list[str]]:
    """Which questions the model answers by intent and which go to retrieval (Rasa's parse)."""
    paths: dict[str, list[str]] = {"intent": [], "retrieval": []}
    async with httpx.AsyncClient(timeout=30) as client:
        for question in questions:
            response = await client.post(f"{stack.rasa_url}/model/parse", json={"text": question},
                                         params={"token": stack.rasa_token})
            response.raise_for_status()
            unsure = response.json()["intent"]["name"] == "nlu_fallback"
            paths["retrieval" if unsure else "intent"].append(question)
    return paths


async def interleaved(stack: Stack, questions: list[str], rounds: int,
                      label: str) -> tuple[list[float], list[float]]:
    """The Rasa baseline and /api/chat in alternating blocks, so machine noise hits both alike."""
    chat = f"{stack.gateway_url}/api/chat"
    rest = f"{stack.rasa_url}/webhooks/rest/webhook"
    asked = [questions[i % len(questions)] for i in range(rounds)]
    baseline: list[float] = []
    gateway: list[float] = []
    block = 25
    for start in range(0, rounds, block):
        baseline += await timed_json(rest, [{"sender": f"bench-{label}-rasa-{i:04d}", "message": "hello"}
                                             for i in range(start, min(rounds, start + block))])
        gateway += await timed_json(chat, [{"sender": f"bench-{label}-{i:04d}", "message": q}
                                            for i, q in enumerate(asked[start:start + block], start)])
    return baseline, gateway


def compare(baseline: list[float], gateway: list[float]) -> dict[str, object]:
    base, ours = summary(baseline), summary(gateway)
    return {"baseline_rasa_rest_hello": base, "gateway": ours,
            "ratio_p50": round(ours["p50_ms"] / base["p50_ms"], 2),
            "ratio_p95": round(ours["p95_ms"] / base["p95_ms"], 2)}


async def measure(stack: Stack, rounds: int, concurrency: int, seconds: float) -> dict[str, object]:
    chat = f"{stack.gateway_url}/api/chat"
    # Warm up both paths (first requests load lazily built parts of TensorFlow and torch).
    await timed_json(chat, [{"sender": "bench-warm-up", "message": q} for q in GUIDANCE_QUESTIONS])
    await timed_json(f"{stack.rasa_url}/webhooks/rest/webhook",
                     [{"sender": "bench-warm-up-rasa", "message": "hello"}] * 10)
    paths = await sort_by_path(stack, GUIDANCE_QUESTIONS)
    result: dict[str, object] = {"questions_by_path": {k: len(v) for k, v in paths.items()}}
    samples: dict[str, tuple[list[float], list[float]]] = {}
    for path, questions in paths.items():
        if questions:
            samples[path] = await interleaved(stack, questions, rounds, path)
            result[f"{path}_path"] = compare(*samples[path])
    if len(samples) == 2:
        # People's questions in proportion: the model is unsure of about 2% of held-out
        # questions in cross-validation (1.7%, 81 of 4,674); the mix counts five times that, to
        # be on the safe side.
        (base_i, ours_i), (base_r, ours_r) = samples["intent"], samples["retrieval"]
        extra = round(len(ours_i) * RETRIEVAL_SHARE / (1 - RETRIEVAL_SHARE))
        result["mix"] = {"retrieval_share": RETRIEVAL_SHARE,
                         **compare(base_i + base_r[:extra], ours_i + ours_r[:extra])}
    rps = await throughput(chat, concurrency, seconds)
    result["throughput"] = {"concurrency": concurrency, "seconds": seconds, "requests_per_s": round(rps, 1)}
    result["rss_mib"] = {name: round(rss_mib(pid), 1) for name, pid in stack.pids().items()}
    result["rss_mib_total"] = round(sum(result["rss_mib"].values()), 1)  # type: ignore[attr-defined]
    return result


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
    print(f"questions by path: {result['questions_by_path']}")
    for key in ("intent_path", "retrieval_path", "mix"):
        if key in result:
            row = result[key]
            base, ours = row["baseline_rasa_rest_hello"], row["gateway"]  # type: ignore[index]
            print(f"{key:15} Rasa REST 'hello' p50 {base['p50_ms']} p95 {base['p95_ms']} ms | "
                  f"/api/chat p50 {ours['p50_ms']} p95 {ours['p95_ms']} ms | "
                  f"ratio p50 {row['ratio_p50']}x p95 {row['ratio_p95']}x")  # type: ignore[index]
    print(f"throughput {result['throughput']}")
    print(f"resident memory (MiB) {result['rss_mib']} total {result['rss_mib_total']}")
    write_report(args.report, result)
    return 0


if __name__ == "__main__":
    sys.exit(main())
