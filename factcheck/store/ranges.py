"""An export's claims read by several connections at once, handed out in id order.

On PostgreSQL the database writes each claim's line (its record, CSV cells or review) and
that is most of an export's time: one backend writing a batch while the client waited, then
the client writing it out while the backend waited, took each of them in turn. Here each
connection (Store.read_together: every one of them sees the same snapshot of the data) reads
ranges of claim ids in a thread of its own, the next range as soon as it has handed over its
last, so the backends write lines on every core while the client writes the batches they
made, in id order. psycopg releases the GIL while it waits on the server.

What bounds it: each thread has at most PERMITS batches made and not yet taken, so memory
holds a few batches whatever the export's size; a failure in any thread stops them all and
is raised where the batches are taken; the threads are joined before the generator returns,
however it ends (the caller closing it early included), so no thread outlives its export.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator, Sequence
from typing import Any, Generic, TypeVar

Batch = TypeVar("Batch")

# Batches a thread may have made that the consumer has not taken yet.
PERMITS = 2
# How long a waiting thread sleeps before it looks again whether the export was stopped.
_POLL_SECONDS = 0.1


class _Dispenser:
    """Ranges of ids, [low, high), in order, from `first` through `last`: each the width that
    held about `batch` rows in the ranges read so far (starting at `batch`: ids are dense
    when every claim is exported; a status's claims or the verdicts are sparser)."""

    def __init__(self, first: int, last: int, batch: int) -> None:
        self.low = first
        self.last = last
        self.batch = batch
        self.width = batch
        self.issued = 0

    def take(self) -> tuple[int, int, int] | None:
        """The next range as (sequence number, low, high), or None past the last id."""
        if self.low > self.last:
            return None
        low, high = self.low, min(self.low + self.width, self.last + 1)
        self.low = high
        self.issued += 1
        return self.issued - 1, low, high

    def observed(self, width: int, rows: int) -> None:
        """A range of this width held this many rows: size the next ones to hold `batch`."""
        if rows == 0:
            self.width = min(self.width * 4, max(self.last, 1) * 2)
        else:
            self.width = max(self.batch, min(width * self.batch // rows, max(self.last, 1) * 2))


class _Ordered(Generic[Batch]):
    """What the threads made, by (range, part), until the consumer takes it in order."""

    def __init__(self, readers: int) -> None:
        self.lock = threading.Condition()
        self.made: dict[tuple[int, int], tuple[Batch | None, bool, int]] = {}
        self.failure: BaseException | None = None
        self.stopped = False
        self.permits = [threading.Semaphore(PERMITS) for _ in range(readers)]


def ordered_batches(
    sessions: Sequence[Any],
    first: int,
    last: int,
    batch: int,
    read: Callable[[Any, int, int], Sequence[Any]],
    make: Callable[[Any, Sequence[Any]], Batch],
) -> Iterator[Batch]:
    """The batches `make(session, rows)` makes of the rows `read(session, low, high)` gives
    (at most `batch` rows of ids from low up to high, in id order; the first of their row
    the id), every id from `first` through `last` read once, each session in a thread of its
    own: in id order, as the threads make them."""
    ranges = _Dispenser(first, last, batch)
    state: _Ordered[Batch] = _Ordered(len(sessions))

    def wait_for_permit(reader: int) -> bool:
        while not state.permits[reader].acquire(timeout=_POLL_SECONDS):
            if state.stopped:
                return False
        return not state.stopped

    def work(reader: int, session: Any) -> None:
        try:
            while True:
                with state.lock:
                    if state.stopped:
                        return
                    taken = ranges.take()
                    if taken is None:
                        state.lock.notify_all()
                        return
                sequence, low, high = taken
                part = rows_in_range = 0
                while True:
                    if not wait_for_permit(reader):
                        return
                    rows = read(session, low, high)
                    rows_in_range += len(rows)
                    done = len(rows) < batch
                    made = make(session, rows) if rows else None
                    with state.lock:
                        state.made[sequence, part] = (made, done, reader)
                        if done:
                            ranges.observed(high - taken[1], rows_in_range)
                        state.lock.notify_all()
                    if done:
                        break
                    low, part = rows[-1][0] + 1, part + 1
        except BaseException as exc:  # raised where the batches are taken
            with state.lock:
                if state.failure is None:
                    state.failure = exc
                state.stopped = True
                state.lock.notify_all()

    threads = [
        threading.Thread(target=work, args=(reader, session), name=f"export-reader-{reader}", daemon=True)
        for reader, session in enumerate(sessions)
    ]
    for thread in threads:
        thread.start()
    try:
        sequence = part = 0
        while True:
            with state.lock:
                while (sequence, part) not in state.made and state.failure is None:
                    if ranges.low > ranges.last and sequence >= ranges.issued:
                        return
                    state.lock.wait()
                if state.failure is not None:
                    raise state.failure
                made, done, reader = state.made.pop((sequence, part))
            state.permits[reader].release()
            if made is not None:
                yield made
            sequence, part = (sequence + 1, 0) if done else (sequence, part + 1)
    finally:
        with state.lock:
            state.stopped = True
            state.lock.notify_all()
        for thread in threads:
            thread.join()
