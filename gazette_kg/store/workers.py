"""Worker processes that run embedded-store queries and can be killed: the only way to stop a runaway query.

pyoxigraph cannot interrupt a query that has started. Each worker process opens the store
read-only and serves one query at a time over a pipe; a query that runs past its time limit
has its worker killed and a fresh one started, while the others keep serving. A query that
finds no idle worker within ``queue_seconds`` is turned away (``StoreBusy``) rather than
waiting past its own time limit.

Of the pool's workers, queries from outside (``public``) may hold ``public_queries`` at once,
so that pages keep theirs. Such a query still running after ``slow_seconds`` leaves the pool:
a successor takes its place at once, and its own process goes on at the lowest CPU priority,
one of at most ``long_queries`` such (a further one is stopped there and then). So the other
queries find a worker and most of the CPU, whatever runaways sent from outside do. The app's
own queries (pages, saved queries) stay in the pool at full priority: demoting them too
cost more than it saved, as each demotion opens the store in a new process (at 1,000
issues, with 20 clients, the pages answered a tenth as many requests).

Workers are forked from a server process that has pyoxigraph loaded already: a successor
is ready in a fraction of a second, not the seconds a fresh interpreter takes.

Each worker may use ``memory_mib`` of address space: a query that needs more aborts its worker
(Rust's allocator gives up) and is answered "too much memory", instead of growing until the
kernel's OOM killer picks a process on a machine that also serves pages. A worker that cannot
start (the store gone) says why; the pool starts a replacement with the next query.
"""

from __future__ import annotations

import logging
import multiprocessing as mp
import os
import queue
import resource
import signal
import threading
import time
from collections.abc import Callable
from multiprocessing.connection import Connection

from gazette_kg.store.base import QueryOutOfMemory, QueryTimeout, Refused, StoreBusy, StoreError
from gazette_kg.store.results import QueryResult

# Seconds a new worker may take to start and open the store.
START_SECONDS = 60
# Modules the fork server imports once, so that every worker forked from it starts warm.
PRELOAD = ["pyoxigraph", "gazette_kg.store.evaluate", "gazette_kg.store.generation"]

log = logging.getLogger(__name__)


def _serve(location: str, conn: Connection, memory_mib: int) -> None:
    from gazette_kg.store.evaluate import evaluate
    from gazette_kg.store.generation import Snapshot

    if memory_mib:
        limit = memory_mib * 2**20
        resource.setrlimit(resource.RLIMIT_AS, (limit, limit))
    try:
        snapshot = Snapshot(location)  # follows the store's generations: a load committed meanwhile is seen
    except (StoreError, MemoryError) as err:
        conn.send(("failed", str(err)))
        return
    conn.send(("ready",))
    while True:
        try:
            args = conn.recv()
        except EOFError:
            return
        try:
            conn.send(("ok", snapshot.read(lambda store: evaluate(store, *args))))
        except Refused as err:
            conn.send(("refused", str(err), err.status))
        except Exception as err:  # reported to the caller; the worker lives on
            conn.send(("error", f"{type(err).__name__}: {err}"))


class _Worker:
    def __init__(self, context, location: str, memory_mib: int) -> None:
        self.conn, child = context.Pipe()
        self.process = context.Process(target=_serve, args=(location, child, memory_mib), daemon=True)
        self.process.start()
        child.close()
        try:
            reply = self.conn.recv() if self.conn.poll(START_SECONDS) else ("failed", f"no answer in {START_SECONDS} s")
        except EOFError:
            self.process.join(5)
            reply = ("failed", f"it ended with exit code {self.process.exitcode}")
        if reply[0] != "ready":
            self.kill()
            raise StoreError(f"a query worker for {location} did not start: {reply[1]}")

    def ran_out_of_memory(self) -> bool:
        """Whether the worker (ended) was aborted by its allocator: a query past its memory. Rust's
        allocator aborts (SIGABRT); when an allocation fails again while it reports the first, the
        process ends with status 255 instead (1 run in 12 of the test's query)."""
        self.process.join(5)
        return self.process.exitcode in (-signal.SIGABRT, 255)

    def lower_priority(self) -> None:
        try:
            os.setpriority(os.PRIO_PROCESS, self.process.pid, 19)
        except OSError:  # the process has just ended; nothing left to slow down
            pass

    def kill(self) -> None:
        self.process.kill()
        self.process.join(5)
        self.conn.close()


class WorkerPool:
    def __init__(
        self,
        location: str,
        size: int,
        queue_seconds: float,
        *,
        slow_seconds: float = float("inf"),
        long_queries: int = 1,
        public_queries: int | None = None,
        memory_mib: int = 0,
    ) -> None:
        self.location = location
        self.memory_mib = memory_mib
        self.queue_seconds = queue_seconds
        self.slow_seconds = slow_seconds
        self._long = threading.BoundedSemaphore(max(1, long_queries))
        self._public = threading.BoundedSemaphore(max(1, public_queries or size))
        self._context = mp.get_context("forkserver")
        self._context.set_forkserver_preload(PRELOAD)
        self._idle: queue.Queue[_Worker] = queue.Queue()
        self._missing = 0  # workers that failed to start in the background, started again on demand
        self._missing_lock = threading.Lock()
        self._closed = False
        for _ in range(max(1, size)):
            self._idle.put(self._new_worker())

    def run(self, args: tuple, timeout: float, *, public: bool = False) -> QueryResult:
        """``evaluate(store, *args)`` in a worker, stopped after ``timeout`` seconds."""
        deadline = time.monotonic() + timeout
        wait = min(self.queue_seconds, timeout)
        if not public:
            return self._run(args, deadline, timeout, wait, None)
        if not self._public.acquire(timeout=wait):
            raise StoreBusy(f"the workers for queries from outside stayed busy for {wait:g} s")
        held = True

        def release() -> None:  # once: when the query leaves the pool, or when it ends
            nonlocal held
            if held:
                held = False
                self._public.release()

        try:
            return self._run(args, deadline, timeout, wait, release)
        finally:
            release()

    def _run(
        self, args: tuple, deadline: float, timeout: float, wait: float, release_public: Callable[[], None] | None
    ) -> QueryResult:
        """The query in a pool worker; one from outside (``release_public`` given, to free its share
        when it leaves the pool) leaves after ``slow_seconds``."""
        self._restore()
        try:
            worker: _Worker | None = self._idle.get(timeout=wait)
        except queue.Empty:
            raise StoreBusy(f"every query worker stayed busy for {wait:g} s") from None
        slow_at = deadline if release_public is None else min(deadline, time.monotonic() + self.slow_seconds)
        try:
            worker.conn.send(args)
            if worker.conn.poll(max(0.0, slow_at - time.monotonic())):
                reply = worker.conn.recv()
            elif time.monotonic() >= deadline:
                worker.kill()
                worker = None
                # the successor starts before the caller hears back, so that whoever holds a
                # slot for this query (web/executor.py) frees it only once the pool is whole again
                self._add_worker(wait=True)
                raise QueryTimeout(f"the query ran longer than {timeout:g} s and was stopped")
            else:
                slow, worker = worker, None
                self._add_worker()
                release_public()
                reply = self._finish_slow(slow, deadline, timeout)
        except (EOFError, OSError):
            if worker is None:
                raise StoreError("the query worker died; try again") from None
            died, worker = worker, None
            self._add_worker()
            raise self._death(died) from None
        finally:
            if worker is not None:
                self._idle.put(worker)
        if reply[0] == "refused":
            raise Refused(reply[1], reply[2])
        if reply[0] == "error":
            raise StoreError(reply[1])
        return reply[1]

    def _finish_slow(self, worker: _Worker, deadline: float, timeout: float) -> tuple:
        """Wait for a query that has left the pool, at the lowest priority; its process ends with it."""
        if not self._long.acquire(blocking=False):
            worker.kill()
            raise StoreBusy("the server is running its share of long queries already; try again later")
        try:
            worker.lower_priority()
            if not worker.conn.poll(max(0.0, deadline - time.monotonic())):
                raise QueryTimeout(f"the query ran longer than {timeout:g} s and was stopped")
            try:
                return worker.conn.recv()
            except EOFError:
                raise self._death(worker) from None
        finally:
            worker.kill()
            self._long.release()

    def _death(self, worker: _Worker) -> StoreError:
        """What to tell the caller of a query whose worker ended without answering."""
        out_of_memory = worker.ran_out_of_memory()
        worker.kill()
        if out_of_memory:
            return QueryOutOfMemory(f"the query needed more than the {self.memory_mib} MiB a query may use and was stopped")
        return StoreError(f"the query worker died (exit code {worker.process.exitcode}); try again")

    def _add_worker(self, *, wait: bool = False) -> None:
        """Start a worker for the pool (in the background unless ``wait``)."""

        def start() -> None:
            if self._closed:
                return
            try:
                self._idle.put(self._new_worker())
            except StoreError as err:
                if wait:
                    raise
                log.warning("%s; another is started with the next query", err)
                with self._missing_lock:
                    self._missing += 1

        if wait:
            start()
        else:
            threading.Thread(target=start, daemon=True).start()

    def _new_worker(self) -> _Worker:
        return _Worker(self._context, self.location, self.memory_mib)

    def _restore(self) -> None:
        """Start the workers that failed to start in the background (the error, if again, is the caller's)."""
        while self._missing:
            with self._missing_lock:
                if not self._missing:
                    return
                self._missing -= 1
            try:
                self._idle.put(self._new_worker())
            except StoreError:
                with self._missing_lock:
                    self._missing += 1
                raise

    def close(self) -> None:
        self._closed = True
        while True:
            try:
                self._idle.get_nowait().kill()
            except queue.Empty:
                return
