"""The CPU time of one factcheck command in a fresh process, up to the command's return and
for the whole process (its exit included: Python's last garbage collection and the freeing of
every module), for this tree and another alternately.

    python benchmarks/command_cpu.py --baseline DIR [--rounds 8] [--db FILE] -- ARGS...

DIR is another source tree (e.g. `git archive main | tar -x -C DIR`). Without ARGS, a command
that fails at once (`factcheck no-such-command`: the start and the exit alone). With `--db`,
each run gets a new SQLite database FILE (for `add`). Prints each tree's medians and every
run's figures. bench_scale.py's `add` benchmark reads the main process's CPU before it exits;
this one says what the exit adds.
"""

from __future__ import annotations

import argparse
import os
import resource
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

_CODE = (
    "import sys, time\n"
    "from factcheck.cli import run\n"
    "code = run(sys.argv[1:])\n"
    "sys.stderr.write('cpu-before-exit %.4f\\n' % time.process_time())\n"
    "sys.exit(code)\n"
)


def run_once(tree: Path, args: list[str], db: Path | None) -> tuple[float, float]:
    """CPU seconds of `factcheck ARGS` with the code of `tree`: up to its return, and whole."""
    env = {**os.environ, "PYTHONPATH": str(tree), "PYTHONHASHSEED": "0"}
    # Compiled modules kept, as an installed factcheck keeps them (bench_scale.py does the same).
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    env["PYTHONPYCACHEPREFIX"] = str(Path(tempfile.gettempdir()) / "factcheck-bench-pycache")
    if db is not None:
        for stale in (db, Path(f"{db}-wal"), Path(f"{db}-shm")):
            stale.unlink(missing_ok=True)
        env["FACTCHECK_DATABASE_URL"] = f"sqlite:///{db}"
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    # Outside any source tree, so that PYTHONPATH's tree is the one imported.
    done = subprocess.run(
        [sys.executable, "-c", _CODE, *args],
        env=env,
        cwd=db.parent if db is not None else "/",
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        text=True,
    )
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    inside = float(done.stderr.rsplit("cpu-before-exit ", 1)[1].split()[0])
    return inside, after.ru_utime + after.ru_stime - before.ru_utime - before.ru_stime


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--baseline", type=Path, required=True, help="another source tree")
    parser.add_argument("--rounds", type=int, default=8)
    parser.add_argument("--db", type=Path, help="a new SQLite database at this path for each run")
    parser.add_argument("args", nargs="*", help="the command (default: one that fails at once)")
    options = parser.parse_args()
    args = options.args or ["no-such-command"]
    trees = {"this tree": Path(__file__).resolve().parent.parent, "baseline": options.baseline.resolve()}
    measured: dict[str, list[tuple[float, float]]] = {name: [] for name in trees}
    for _ in range(options.rounds):
        for name, tree in trees.items():
            measured[name].append(run_once(tree, args, options.db))
    for name, runs in measured.items():
        inside = [r[0] for r in runs]
        whole = [r[1] for r in runs]
        print(
            f"{name:10} CPU-s to the command's return: median {statistics.median(inside):.3f}"
            f" ({' '.join(f'{x:.2f}' for x in inside)}); whole process: median"
            f" {statistics.median(whole):.3f} ({' '.join(f'{x:.2f}' for x in whole)})"
        )


if __name__ == "__main__":
    main()
