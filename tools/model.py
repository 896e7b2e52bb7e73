"""Train the Rasa model only when its training data changed (cached by a fingerprint)."""

from __future__ import annotations

import hashlib
import subprocess
import sys
import time
from pathlib import Path

from tools.paths import CACHE, RASA_BIN, ROOT, TRAINING_FILES, quiet_env


def fingerprint() -> str:
    """A hash of every training file's path and bytes, and of the Rasa lock file."""
    sha = hashlib.sha256()
    paths: list[Path] = [ROOT / "requirements" / "rasa.lock"]
    for name in TRAINING_FILES:
        target = ROOT / name
        paths += sorted(p for p in target.rglob("*") if p.suffix in {".yml", ".py"}) \
            if target.is_dir() else [target]
    for path in paths:
        sha.update(str(path.relative_to(ROOT)).encode())
        sha.update(path.read_bytes())
    return sha.hexdigest()[:16]


def model_path() -> Path:
    return CACHE / "models" / f"{fingerprint()}.tar.gz"


def ensure_model() -> Path:
    """The trained model for the current data, training it first if it isn't cached."""
    path = model_path()
    if path.exists():
        print(f"model: up to date ({path.name})", file=sys.stderr)
        return path
    print("model: training data changed, training (about two minutes)…", file=sys.stderr)
    started = time.monotonic()
    path.parent.mkdir(parents=True, exist_ok=True)
    log = ROOT / ".cache" / "logs" / "train.log"
    log.parent.mkdir(parents=True, exist_ok=True)
    with log.open("wb") as out:
        trained = subprocess.run(
            [str(RASA_BIN), "train", "--config", "config.yml", "--domain", "domain.yml",
             "--data", "data", "--out", str(path.parent), "--fixed-model-name", path.name[:-7],
             "--quiet"],
            cwd=ROOT, env=quiet_env(), stdout=out, stderr=subprocess.STDOUT, check=False,
        )
    if trained.returncode != 0:
        sys.stderr.write(log.read_text(errors="replace")[-4000:])
        raise SystemExit(f"model: training failed (exit {trained.returncode}); full log in {log}")
    print(f"model: trained in {time.monotonic() - started:.0f} s ({path.name})", file=sys.stderr)
    return path


if __name__ == "__main__":
    print(ensure_model())
