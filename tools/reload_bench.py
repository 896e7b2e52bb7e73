"""`make reload-bench`: how long a saved content edit takes to be answered, through /api/chat.

Starts the stack on a copy of content/, then 20 times: saves an edit to a topic's first
sentence (as an editor would, by rewriting the file) and asks until the answer shows it.
Prints the median and the worst of the edit-to-live times; writes reports/reload-bench.json.
"""

from __future__ import annotations

import argparse
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path

import httpx

from tools.paths import ROOT
from tools.reports import write_report
from tools.stack import Ports, running_stack

REPORT = ROOT / "reports" / "reload-bench.json"
NO_LIMITS = {"RATE_LIMIT_PER_SENDER": "100000/minute", "RATE_LIMIT_PER_CLIENT": "100000/minute"}
TOPIC, PAYLOAD, SENTENCE = "hide.md", "/ask_hide", "If you cannot get away safely, hide."


def edit_to_live(gateway: str, path: Path, original: str, number: int, timeout: float) -> float:
    marker = f"(Checked {number}.)"
    path.write_text(original.replace(SENTENCE, f"{SENTENCE} {marker}", 1), encoding="utf-8")
    saved = time.monotonic()
    with httpx.Client(timeout=30) as client:
        while time.monotonic() - saved < timeout:
            response = client.post(f"{gateway}/api/chat",
                                   json={"sender": f"reload-bench-{number:03d}", "message": PAYLOAD})
            if marker in response.json()["messages"][0]["text"]:
                return time.monotonic() - saved
            time.sleep(0.02)
    raise TimeoutError(f"edit {number} was not live after {timeout} s")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--edits", type=int, default=20)
    parser.add_argument("--timeout", type=float, default=10.0)
    parser.add_argument("--report", type=Path, default=REPORT)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as scratch:
        content = Path(shutil.copytree(ROOT / "content", Path(scratch) / "content"))
        env = {**NO_LIMITS, "ACTIONS_CONTENT_DIR": str(content),
               "DATABASE_URL": f"sqlite:///{Path(scratch) / 'app.db'}"}
        print("reload-bench: starting the stack on free ports…", file=sys.stderr)
        with running_stack(Ports.free(), ROOT / ".cache" / "logs-reload-bench", env) as stack:
            path = content / TOPIC
            original = path.read_text(encoding="utf-8")
            times = [edit_to_live(stack.gateway_url, path, original, n, args.timeout)
                     for n in range(1, args.edits + 1)]
    result = {"edits": len(times), "median_s": round(statistics.median(times), 3),
              "worst_s": round(max(times), 3), "all_s": [round(t, 3) for t in times]}
    print(f"edit to live over {len(times)} edits: median {result['median_s']} s, "
          f"worst {result['worst_s']} s")
    write_report(args.report, result)
    return 0


if __name__ == "__main__":
    sys.exit(main())
