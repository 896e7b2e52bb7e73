"""`make audit`: known vulnerabilities in both lock files (pip-audit), each either fixed or
accepted with a reason in requirements/accepted-advisories.yml.

Skipped, with a message and exit status 0, only when no advisory service answers from this
machine (PyPI's JSON API and OSV; the development machine reaches neither). Results are cached
per lock file, service and day in .cache/audit/, so `make test` asks the service once a day.
"""

from __future__ import annotations

import argparse
import datetime
import hashlib
import json
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import httpx
import yaml

from tools.paths import ROOT

LOCKS = (ROOT / "requirements" / "app.lock", ROOT / "requirements" / "rasa.lock")
ACCEPTED = ROOT / "requirements" / "accepted-advisories.yml"
PIP_AUDIT = ROOT / ".venv-tools" / "bin" / "pip-audit"
CACHE = ROOT / ".cache" / "audit"
# What pip-audit itself asks each service for one package version (a release that exists).
PROBES = {
    "pypi": ("GET", "https://pypi.org/pypi/pip/24.0/json", None),
    "osv": ("POST", "https://api.osv.dev/v1/query",
            {"package": {"name": "pip", "ecosystem": "PyPI"}, "version": "24.0"}),
}


@dataclass(frozen=True)
class Finding:
    lock: str
    package: str
    version: str
    id: str
    aliases: tuple[str, ...]
    fixed_in: tuple[str, ...]

    @property
    def names(self) -> set[str]:
        return {self.id, *self.aliases}


def reachable_service() -> tuple[str | None, list[str]]:
    """The first advisory service that answers, and why the others did not."""
    why = []
    for service, (method, url, body) in PROBES.items():
        try:
            response = httpx.request(method, url, json=body, timeout=10)
        except httpx.HTTPError as error:
            why.append(f"{service} ({url}): {type(error).__name__}")
            continue
        if response.status_code == 200:
            return service, why
        why.append(f"{service} ({url}): HTTP {response.status_code}")
    return None, why


def read_accepted(path: Path = ACCEPTED) -> dict[tuple[str, str], str]:
    """(package, advisory id) → reason; an entry without a reason is refused."""
    accepted = {}
    for number, entry in enumerate(yaml.safe_load(path.read_text()) or [], start=1):
        reason = str(entry.get("reason") or "").strip()
        if not entry.get("id") or not entry.get("package") or len(reason) < 20:
            raise SystemExit(f"{path.name}: entry {number} needs an id, a package and a reason "
                             "(why it does not reach us, why the pin stays)")
        accepted[(str(entry["package"]).lower(), str(entry["id"]))] = reason
    return accepted


def audit(lock: Path, service: str) -> dict[str, Any]:
    """pip-audit's JSON report for one lock file, from the cache when asked today already."""
    version = subprocess.run([str(PIP_AUDIT), "--version"], capture_output=True, text=True,
                             check=True).stdout.strip()
    key = hashlib.sha256(lock.read_bytes() + f"{service} {version} {datetime.date.today()}".encode())
    cached = CACHE / f"{lock.stem}-{key.hexdigest()[:16]}.json"
    if cached.exists():
        report: dict[str, Any] = json.loads(cached.read_text())
        return report
    done = subprocess.run(
        [str(PIP_AUDIT), "--no-deps", "--disable-pip", "--requirement", str(lock),
         "--vulnerability-service", service, "--format", "json", "--progress-spinner", "off"],
        capture_output=True, text=True, check=False)
    # Exit status 1 means "vulnerabilities found", which we judge below; no JSON means it failed.
    try:
        report = json.loads(done.stdout)
    except ValueError:
        raise SystemExit(f"pip-audit failed on {lock.name}:\n{done.stderr[-2000:]}") from None
    # A report that audited nothing (the service knew no package) is not worth keeping.
    if any(not d.get("skip_reason") for d in report.get("dependencies", [])):
        CACHE.mkdir(parents=True, exist_ok=True)
        cached.write_text(json.dumps(report))
    return report


def findings(lock: Path, report: dict[str, Any]) -> tuple[list[Finding], list[str]]:
    found, skipped = [], []
    for dependency in report.get("dependencies", []):
        if dependency.get("skip_reason"):
            skipped.append(f"{dependency['name']}: {dependency['skip_reason']}")
        for vuln in dependency.get("vulns", []):
            found.append(Finding(lock.name, dependency["name"].lower(), dependency["version"],
                                 vuln["id"], tuple(vuln.get("aliases", [])),
                                 tuple(vuln.get("fix_versions", []))))
    return found, skipped


def judge(found: list[Finding], accepted: dict[tuple[str, str], str]) -> tuple[list[Finding], list[str]]:
    """The findings nobody accepted, and the accepted entries nothing matched any more."""
    unaccepted = [f for f in found if not any((f.package, n) in accepted for n in f.names)]
    used = {(f.package, n) for f in found for n in f.names}
    stale = [f"{package} {advisory}" for package, advisory in accepted if (package, advisory) not in used]
    return unaccepted, stale


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--service", choices=sorted(PROBES), help="default: the first that answers")
    args = parser.parse_args()
    accepted = read_accepted()
    service, why = (args.service, []) if args.service else reachable_service()
    if service is None:
        print("make audit: SKIPPED, no advisory service answers from this machine ("
              + "; ".join(why) + "). CI with internet access runs it; nothing was checked here.")
        return 0
    everything: list[Finding] = []
    for lock in LOCKS:
        report = audit(lock, service)
        found, skipped = findings(lock, report)
        if len(skipped) == len(report.get("dependencies", [])):
            print(f"make audit: SKIPPED, {service} answered but knew none of {lock.name}'s "
                  f"{len(skipped)} packages (first: {skipped[0] if skipped else 'none'}); nothing "
                  "was checked here.")
            return 0
        everything += found
        print(f"{lock.name}: {len(found)} known vulnerabilities ({service}); "
              f"not audited: {', '.join(skipped) or 'none'}")
    unaccepted, stale = judge(everything, accepted)
    for advisory in stale:
        print(f"note: accepted advisory {advisory} is no longer reported; remove it from {ACCEPTED.name}")
    print(f"{len(everything) - len(unaccepted)} accepted in {ACCEPTED.name}, {len(unaccepted)} not")
    for f in unaccepted:
        fixed = ", ".join(f.fixed_in) or "no fixed version yet"
        print(f"  {f.lock}: {f.package} {f.version} {f.id} ({', '.join(f.aliases)}); fixed in {fixed}")
    if unaccepted:
        print(f"Upgrade the package (requirements/*.in, make lock) or add the advisory to "
              f"{ACCEPTED.name} with why it does not reach us.")
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
