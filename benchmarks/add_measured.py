"""Run `factcheck ARGS...` in this process and write where its CPU time went, as JSON, to the
file named by FACTCHECK_CPU_OUT: the main process (all its threads), the extraction workers
(read from /proc just before the pool shuts down), the part of the workers' CPU spent in
`extract` (the extraction engine, timed in each worker, with its worth scoring) and the forkserver
they are forked from.

bench_scale.py runs it with PYTHONPATH pointing at either this tree or an older one, to put the
CPU time per article of two versions of `add` side by side on a loaded machine (where wall time
says little). Linux only (/proc).
"""

from __future__ import annotations

import json
import os
import resource
import sys
import time
from pathlib import Path
from typing import Any

_TICKS = os.sysconf("SC_CLK_TCK")


def _process_cpu(pid: int) -> float:
    """User and system CPU seconds of a live process, from /proc/PID/stat (0 if it is gone)."""
    try:
        stat = Path(f"/proc/{pid}/stat").read_text()
    except OSError:
        return 0.0
    fields = stat[stat.rindex(")") + 2 :].split()
    # After the name: state is field 3 of stat(5), utime 14 and stime 15.
    return (int(fields[11]) + int(fields[12])) / _TICKS


def time_extraction() -> None:
    """In the forkserver (this module is preloaded there): wrap the extraction engine so that
    each worker forked from it adds up the CPU time of its calls, and writes the sum, when it
    exits, to FACTCHECK_CPU_OUT.extract.PID."""
    import time
    from multiprocessing import util

    import factcheck.extract.pipeline as pipeline

    engine = pipeline.extract
    spent = [0.0]
    registered: list[int] = []

    def timed_extract(*args: Any, **kwargs: Any) -> Any:
        if not registered or registered[0] != os.getpid():
            registered[:] = [os.getpid()]
            spent[0] = 0.0
            out = Path(f"{os.environ['FACTCHECK_CPU_OUT']}.extract.{os.getpid()}")
            util.Finalize(None, lambda: out.write_text(str(spent[0])), exitpriority=10)
        started = time.process_time()
        try:
            return engine(*args, **kwargs)
        finally:
            spent[0] += time.process_time() - started

    pipeline.extract = timed_extract


def main() -> None:
    # Nothing of factcheck is imported before the command (factcheck.cli.run), so that the
    # command starts as it does alone: a bulk add starts its workers' server before its own
    # imports (factcheck.extractor_server). The pool and the server are measured through
    # Python's own classes, whenever the command makes them.
    from concurrent.futures import ProcessPoolExecutor
    from multiprocessing import forkserver

    measured: dict[str, Any] = {"workers": 0.0, "extract": 0.0, "forkserver": 0.0, "worker_count": 0}
    out = Path(os.environ["FACTCHECK_CPU_OUT"])
    for stale in out.parent.glob(f"{out.name}.extract.*"):
        stale.unlink()

    # The server preloads this module too, found through PYTHONPATH (Python 3.11's forkserver
    # does not take this one's path), whenever the command sets its preload.
    here = str(Path(__file__).resolve().parent)
    os.environ["PYTHONPATH"] = os.pathsep.join(filter(None, [os.environ.get("PYTHONPATH"), here]))
    set_preload = forkserver.set_forkserver_preload

    def measured_preload(module_names: list[str]) -> None:
        set_preload([*module_names, "add_measured"])

    forkserver.set_forkserver_preload = measured_preload  # type: ignore[assignment]
    shutdown = ProcessPoolExecutor.shutdown

    def measured_shutdown(executor: ProcessPoolExecutor, *args: Any, **kwargs: Any) -> None:
        pids = list(getattr(executor, "_processes", None) or {})
        measured["workers"] += sum(_process_cpu(pid) for pid in pids)
        measured["worker_count"] += len(pids)
        server = getattr(forkserver._forkserver, "_forkserver_pid", None)
        if server is not None:
            measured["forkserver"] = _process_cpu(server)
        shutdown(executor, *args, **kwargs)

    ProcessPoolExecutor.shutdown = measured_shutdown  # type: ignore[method-assign]
    submit = ProcessPoolExecutor.submit

    def measured_submit(executor: ProcessPoolExecutor, *args: Any, **kwargs: Any) -> Any:
        # The pool's first task forks its first worker, and waits for the server to have
        # preloaded: the main process's wait for it, in wall seconds.
        if "first_submit" in measured:
            return submit(executor, *args, **kwargs)
        started = time.perf_counter()
        usage = resource.getrusage(resource.RUSAGE_SELF)
        measured["main_to_pool"] = usage.ru_utime + usage.ru_stime
        try:
            return submit(executor, *args, **kwargs)
        finally:
            measured["first_submit"] = time.perf_counter() - started
            measured["first_task_at"] = time.time()

    ProcessPoolExecutor.submit = measured_submit  # type: ignore[method-assign]
    from factcheck.cli import run

    code = run(sys.argv[1:])
    for timed in out.parent.glob(f"{out.name}.extract.*"):
        measured["extract"] += float(timed.read_text())
        timed.unlink()
    usage = resource.getrusage(resource.RUSAGE_SELF)
    measured["main"] = usage.ru_utime + usage.ru_stime
    measured["code"] = code
    out.write_text(json.dumps(measured))
    sys.exit(code)


if __name__ == "add_measured":
    time_extraction()

if __name__ == "__main__":
    main()
