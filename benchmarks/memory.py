"""Peak memory of a process tree (a process and all its descendants), sampled from /proc.

Two sums are kept at each sample: summed resident set (RSS, what ``top`` shows per process; forked
workers share the parent's model pages copy-on-write, so the sum counts those pages once per
process: an upper bound) and the tree's own memory: the root's RSS plus each descendant's private
pages (``Private_Clean + Private_Dirty`` of ``/proc/PID/smaps_rollup``), which counts the shared
model pages once. Peaks of each are kept separately. Linux only; elsewhere the sampler reports
nothing. Used by bench_extract.py and bench_scale.py.

    with PeakMemory(os.getpid()) as peak:     # this process and its worker pool
        ...
    print(peak.describe())
"""

from __future__ import annotations

import subprocess
import threading
import time
from pathlib import Path

PROC = Path("/proc")


def _children(pid: int) -> list[int]:
    found = []
    try:
        for task in (PROC / str(pid) / "task").iterdir():
            found += [int(child) for child in (task / "children").read_text().split()]
    except OSError:
        pass
    return found


def tree(pid: int) -> list[int]:
    """The process and its descendants."""
    pids, queue = [], [pid]
    while queue:
        current = queue.pop()
        pids.append(current)
        queue.extend(_children(current))
    return pids


def _kib(path: Path, field: str) -> int:
    try:
        for line in path.read_text().splitlines():
            if line.startswith(field):
                return int(line.split()[1])
    except (OSError, ValueError, IndexError):
        pass
    return 0


def sample(pid: int) -> tuple[int, int, int]:
    """(processes, summed RSS, root RSS + descendants' private memory) of the tree now, in KiB."""
    pids = tree(pid)
    rss = [_kib(PROC / str(p) / "status", "VmRSS:") for p in pids]
    private = sum(_kib(PROC / str(p) / "smaps_rollup", "Private_Clean:") + _kib(PROC / str(p) / "smaps_rollup", "Private_Dirty:") for p in pids[1:])
    return len(pids), sum(rss), rss[0] + private


class PeakMemory:
    """Samples a process tree every ``interval`` seconds in a thread; keeps the peaks."""

    def __init__(self, pid: int, interval: float = 0.25) -> None:
        self.pid, self.interval = pid, interval
        self.peak_rss = self.peak_own = self.peak_processes = 0
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)

    def _run(self) -> None:
        while True:
            self.take()
            if self._stop.wait(self.interval):
                break

    def take(self) -> None:
        processes, rss, own = sample(self.pid)
        self.peak_processes = max(self.peak_processes, processes)
        self.peak_rss, self.peak_own = max(self.peak_rss, rss), max(self.peak_own, own)

    def __enter__(self) -> PeakMemory:  # noqa: PYI034
        if PROC.is_dir():
            self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._stop.set()
        if self._thread.is_alive():
            self._thread.join()

    def describe(self) -> str:
        if not self.peak_rss:
            return "peak memory: not measured (no /proc)"
        return f"peak {self.peak_own / 1024:.0f} MB (RSS summed: {self.peak_rss / 1024:.0f} MB) over {self.peak_processes} processes"


def run_measured(command: list[str], **kwargs) -> tuple[float, PeakMemory]:
    """Run a command to completion (check=True); its wall seconds and the peak memory of its tree."""
    start = time.perf_counter()
    process = subprocess.Popen(command, **kwargs)
    with PeakMemory(process.pid) as peak:
        code = process.wait()
    seconds = time.perf_counter() - start
    if code:
        raise subprocess.CalledProcessError(code, command)
    return seconds, peak

