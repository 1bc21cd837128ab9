"""The server process a bulk add's extraction workers are forked from (multiprocessing's
forkserver, preloaded with factcheck.forkserver_preload), and its start ahead of the command.

The server's preload (the extractor's imports and every lexicon's tables, 0.4 s of CPU on a
quiet machine) used to begin at the pool's first task, after the command's own start (its
imports, 0.7-0.9 s), while the second core waited. A bulk add's command starts the server
first (factcheck.cli.run, before its imports), so that the two run side by side; the pool
then finds it running and forks its workers from it. This module imports nothing of
factcheck's and only multiprocessing's server of Python's own library: a command that starts
no server never imports it.
"""

from __future__ import annotations

import os
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from multiprocessing.context import ForkServerContext

# What the server imports before it forks a worker (its module docstring says what and why).
PRELOAD = ["factcheck.forkserver_preload"]


def context() -> ForkServerContext:
    """The multiprocessing context of the workers, its server preloading PRELOAD."""
    import multiprocessing

    server: ForkServerContext = multiprocessing.get_context("forkserver")  # type: ignore[assignment]
    server.set_forkserver_preload(PRELOAD)
    return server


def start() -> None:
    """Start the server now, in the background: it preloads while this process goes on, and a
    pool made later in this process (service._extractor_pool) uses it. Nothing on one core,
    where a bulk add makes no pool (service.add_sources)."""
    if (os.cpu_count() or 1) < 2:
        return
    from multiprocessing import forkserver

    try:
        context()  # a system without a forkserver (Windows) refuses its context
        forkserver.ensure_running()
    except Exception:  # no server here (no Unix sockets, no process to spare): the pool tries again
        return  # and its failure is the command's, reported as any other
