"""Worker processes that run embedded-store queries and can be killed: the only way to stop a runaway query.

pyoxigraph cannot interrupt a query that has started. Each worker process opens the store
read-only and serves one query at a time over a pipe; a query that runs past its time limit
has its worker killed and a fresh one started, while the others keep serving. A query that
finds no idle worker within ``queue_seconds`` is turned away (``StoreBusy``) rather than
waiting past its own time limit.
"""

from __future__ import annotations

import multiprocessing as mp
import queue
import threading
import time
from multiprocessing.connection import Connection

from gazette_kg.store.base import QueryTimeout, Refused, StoreBusy, StoreError
from gazette_kg.store.results import QueryResult

# Seconds a new worker may take to import and open the store.
START_SECONDS = 60


def _serve(location: str, conn: Connection) -> None:
    import pyoxigraph as ox

    from gazette_kg.store.evaluate import evaluate

    store = ox.Store.read_only(location)
    conn.send(("ready",))
    while True:
        try:
            args = conn.recv()
        except EOFError:
            return
        try:
            conn.send(("ok", evaluate(store, *args)))
        except Refused as err:
            conn.send(("refused", str(err), err.status))
        except Exception as err:  # reported to the caller; the worker lives on
            conn.send(("error", f"{type(err).__name__}: {err}"))


class _Worker:
    def __init__(self, context, location: str) -> None:
        self.conn, child = context.Pipe()
        self.process = context.Process(target=_serve, args=(location, child), daemon=True)
        self.process.start()
        child.close()
        if not self.conn.poll(START_SECONDS) or self.conn.recv()[0] != "ready":
            self.kill()
            raise StoreError(f"a query worker for {location} did not start")

    def kill(self) -> None:
        self.process.kill()
        self.process.join(5)
        self.conn.close()


class WorkerPool:
    def __init__(self, location: str, size: int, queue_seconds: float) -> None:
        self.location = location
        self.queue_seconds = queue_seconds
        self._context = mp.get_context("spawn")
        self._idle: queue.Queue[_Worker] = queue.Queue()
        for _ in range(max(1, size)):
            self._idle.put(_Worker(self._context, location))
        self._closed = False

    def run(self, args: tuple, timeout: float) -> QueryResult:
        """``evaluate(store, *args)`` in a worker, stopped after ``timeout`` seconds."""
        started = time.monotonic()
        try:
            worker = self._idle.get(timeout=min(self.queue_seconds, timeout))
        except queue.Empty:
            raise StoreBusy(f"every query worker stayed busy for {min(self.queue_seconds, timeout):g} s") from None
        remaining = max(0.1, timeout - (time.monotonic() - started))
        try:
            worker.conn.send(args)
            if not worker.conn.poll(remaining):
                # the successor starts before the caller hears back, so that whoever holds a
                # slot for this query (web/executor.py) frees it only once the pool is whole again
                self._replace(worker, wait=True)
                worker = None
                raise QueryTimeout(f"the query ran longer than {timeout:g} s and was stopped")
            reply = worker.conn.recv()
        except (EOFError, OSError):
            self._replace(worker)
            worker = None
            raise StoreError("the query worker died; try again") from None
        finally:
            if worker is not None:
                self._idle.put(worker)
        if reply[0] == "refused":
            raise Refused(reply[1], reply[2])
        if reply[0] == "error":
            raise StoreError(reply[1])
        return reply[1]

    def _replace(self, worker: _Worker, *, wait: bool = False) -> None:
        """Kill a worker and start its successor (in the background unless ``wait``)."""
        worker.kill()

        def start() -> None:
            if not self._closed:
                self._idle.put(_Worker(self._context, self.location))

        if wait:
            start()
        else:
            threading.Thread(target=start, daemon=True).start()

    def close(self) -> None:
        self._closed = True
        while True:
            try:
                self._idle.get_nowait().kill()
            except queue.Empty:
                return
