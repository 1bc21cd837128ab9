"""Run `factcheck ARGS...` in this process and write where its CPU time went, as JSON, to the
file named by FACTCHECK_CPU_OUT: the main process (all its threads), the extraction workers
(read from /proc just before the pool shuts down) and the forkserver they are forked from.

bench_scale.py runs it with PYTHONPATH pointing at either this tree or an older one, to put the
CPU time per article of two versions of `add` side by side on a loaded machine (where wall time
says little). Linux only (/proc).
"""

from __future__ import annotations

import json
import os
import resource
import sys
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


def main() -> None:
    import factcheck.service as service

    measured: dict[str, Any] = {"workers": 0.0, "forkserver": 0.0, "worker_count": 0}
    make_pool = service._extractor_pool

    def measured_pool(*args: Any, **kwargs: Any) -> Any:
        executor = make_pool(*args, **kwargs)
        shutdown = executor.shutdown

        def measured_shutdown(*args: Any, **kwargs: Any) -> None:
            from multiprocessing import forkserver

            pids = list(getattr(executor, "_processes", None) or {})
            measured["workers"] += sum(_process_cpu(pid) for pid in pids)
            measured["worker_count"] += len(pids)
            server = getattr(forkserver._forkserver, "_forkserver_pid", None)
            if server is not None:
                measured["forkserver"] = _process_cpu(server)
            shutdown(*args, **kwargs)

        executor.shutdown = measured_shutdown  # type: ignore[method-assign]
        return executor

    service._extractor_pool = measured_pool  # type: ignore[assignment]
    from factcheck.cli import run

    code = run(sys.argv[1:])
    usage = resource.getrusage(resource.RUSAGE_SELF)
    measured["main"] = usage.ru_utime + usage.ru_stime
    measured["code"] = code
    Path(os.environ["FACTCHECK_CPU_OUT"]).write_text(json.dumps(measured))
    sys.exit(code)


if __name__ == "__main__":
    main()
