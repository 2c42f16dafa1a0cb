"""Start-up cost of the ``warta`` command: ``--help`` and reading commands, old vs new.

    python bench/bench_startup.py [--runs 9] [--baseline HEAD] [--db STORE]

Each command runs as a whole new process (what a user waits for), the two code versions
in turn (A B A B ...) so a drift of the machine's speed hits both. The baseline is the
``src/`` of a git revision, exported with ``git archive`` into a temporary folder (the
working tree is not touched). Without ``--db`` a store is built from ``examples/``.

Issue 15 asks for ``warta --help`` under 0.3 s; ``warta COMMAND --help`` is timed too
(Typer loaded pydantic for it, see :mod:`warta.cli.startup`).

Prints, per command and version: median wall time, median CPU time (user + sys, the
figure a loaded machine disturbs least) and peak RSS; the interpreter's own floor
(``python -c pass``); and the heaviest imports of ``--help`` and of a reading command
(``-X importtime``, self time summed per top-level package).

Bytecode is cached (in a temporary ``PYTHONPYCACHEPREFIX``, even when the environment
sets ``PYTHONDONTWRITEBYTECODE``), as in an installed package: compiling warta's modules
from source on every start would add more than the imports cost.
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]

#: Runs ``warta ARGS`` the way the console script does (``warta.cli.main:main``).
LAUNCH = "import sys; sys.argv[0] = 'warta'; from warta.cli.main import main; main()"


def run_once(argv: list[str], env: dict[str, str]) -> tuple[float, float, int]:
    """(wall s, cpu s, peak RSS MiB) of one process, from the kernel's accounting."""
    started = time.perf_counter()
    proc = subprocess.Popen(argv, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    _, status, usage = os.wait4(proc.pid, 0)
    wall = time.perf_counter() - started
    proc.returncode = os.waitstatus_to_exitcode(status)  # reaped here, not by Popen
    if proc.returncode:
        raise SystemExit(f"{' '.join(argv)} exited with {proc.returncode}")
    return wall, usage.ru_utime + usage.ru_stime, usage.ru_maxrss // 1024


def export_baseline(rev: str, into: Path) -> Path:
    """``src/`` of git revision ``rev`` under ``into`` (read-only use of the repository)."""
    archive = subprocess.run(
        ["git", "-C", str(ROOT), "archive", rev, "src"], capture_output=True, check=True
    ).stdout
    subprocess.run(["tar", "-x", "-C", str(into)], input=archive, check=True)
    return into / "src"


def environ(src: Path | None, pycache: Path) -> dict[str, str]:
    """The environment that imports warta from ``src`` (ahead of the installed one), with
    bytecode cached under ``pycache``."""
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    env.update(PYTHONPYCACHEPREFIX=str(pycache), COLUMNS="100")
    if src is not None:
        env["PYTHONPATH"] = str(src)
    return env


def build_store(into: Path) -> Path:
    db = into / "examples.db"
    argv = [sys.executable, "-c", LAUNCH, "build", str(ROOT / "examples"), "--db", str(db)]
    env = environ(ROOT / "src", into / "pycache")
    done = subprocess.run([*argv, "--no-embeddings"], env=env, capture_output=True, text=True)
    if done.returncode:
        raise SystemExit(f"building {db} from examples/ failed (give --db STORE):\n{done.stderr}")
    return db


def compare(
    label: str, args: list[str], versions: dict[str, Path], runs: int, pycache: Path
) -> None:
    """Time ``warta ARGS`` under each version in turn; print the medians."""
    figures: dict[str, list[tuple[float, float, int]]] = defaultdict(list)
    argv = [sys.executable, "-c", LAUNCH, *args]
    for src in versions.values():  # one warm-up each: file cache, .pyc files
        run_once(argv, environ(src, pycache))
    for _ in range(runs):
        for name, src in versions.items():
            figures[name].append(run_once(argv, environ(src, pycache)))
    for name, rows in figures.items():
        wall = statistics.median(r[0] for r in rows)
        cpu = statistics.median(r[1] for r in rows)
        rss = max(r[2] for r in rows)
        print(f"  {label:28s} {name:8s} wall {wall:6.3f} s   cpu {cpu:6.3f} s   peak {rss:4d} MiB")


def heaviest_imports(
    args: list[str], src: Path, top: int, pycache: Path
) -> list[tuple[str, float]]:
    """Top-level packages by the import time (self, summed) of ``warta ARGS``, in ms."""
    done = subprocess.run(
        [sys.executable, "-X", "importtime", "-c", LAUNCH, *args],
        env=environ(src, pycache),
        capture_output=True,
        text=True,
        check=False,
    )
    by_package: dict[str, float] = defaultdict(float)
    for line in done.stderr.splitlines():
        if not line.startswith("import time:") or "self [us]" in line:
            continue
        self_us, _, name = line.removeprefix("import time:").split("|")
        by_package[name.strip().split(".")[0]] += int(self_us) / 1000
    return sorted(by_package.items(), key=lambda kv: -kv[1])[:top]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=9)
    parser.add_argument("--baseline", default="HEAD", help="git revision to compare with")
    parser.add_argument("--db", type=Path, help="store for the reading commands")
    parser.add_argument("--top", type=int, default=12, help="heaviest imports to print")
    args = parser.parse_args()
    tmp = Path(tempfile.mkdtemp(prefix="bench-startup-"))
    try:
        rev = subprocess.run(
            ["git", "-C", str(ROOT), "rev-parse", "--short", args.baseline],
            capture_output=True,
            text=True,
            check=True,
        ).stdout.strip()
        versions = {f"old@{rev}": export_baseline(args.baseline, tmp), "new": ROOT / "src"}
        db = args.db or build_store(tmp)
        pycache = tmp / "pycache"
        print(f"{args.runs} runs each, medians; baseline {args.baseline} ({rev}); store {db}")
        floor_env = environ(None, pycache)
        floor = [run_once([sys.executable, "-c", "pass"], floor_env) for _ in range(6)][1:]
        print(
            f"  {'python -c pass (floor)':28s} {'':8s} "
            f"wall {statistics.median(f[0] for f in floor):6.3f} s   "
            f"cpu {statistics.median(f[1] for f in floor):6.3f} s"
        )
        commands = {
            "warta --help": ["--help"],
            "warta search --help": ["search", "--help"],
            "warta search banjir": ["search", "banjir", "--db", str(db)],
            "warta entities": ["entities", "--db", str(db)],
        }
        for label, argv in commands.items():
            compare(label, argv, versions, args.runs, pycache)
        script = shutil.which("warta")
        if script:
            env = environ(None, pycache)
            rows = [run_once([script, "--help"], env) for _ in range(args.runs + 1)][1:]
            print(
                f"  {'warta --help (console script)':28s} {'installed':8s} "
                f"wall {statistics.median(r[0] for r in rows):6.3f} s   "
                f"cpu {statistics.median(r[1] for r in rows):6.3f} s"
            )
        for label in ("warta --help", "warta search banjir"):
            heavy = heaviest_imports(commands[label], ROOT / "src", args.top, pycache)
            print(f"heaviest imports of {label} (new; self ms per package):")
            print("  " + ", ".join(f"{name} {ms:.0f}" for name, ms in heavy))
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


if __name__ == "__main__":
    main()
