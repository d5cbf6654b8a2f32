"""Helpers for benchmarks: every figure is a ratio to a baseline measured in the same run."""
from __future__ import annotations

import statistics
import subprocess
import sys
import time
from dataclasses import dataclass


@dataclass
class Figure:
    name: str
    measured: float
    baseline: float
    goal: float | None  # None: reported for information, no goal set by an issue
    unit: str = "ms"

    @property
    def ratio(self) -> float:
        return self.measured / self.baseline

    @property
    def met(self) -> bool:
        return self.goal is None or self.ratio <= self.goal

    def line(self) -> str:
        verdict = "no goal set" if self.goal is None else f"goal <= {self.goal}x: {'meets' if self.met else 'MISSES'}"
        return (f"{self.name}: {self.measured:.1f} {self.unit} vs baseline {self.baseline:.1f} {self.unit} "
                f"= {self.ratio:.2f}x ({verdict})")


def time_until_lines(command: list[str], env: dict, lines: list[str], timeout: float = 120) -> list[float]:
    """Milliseconds from spawning a process until it prints each of the given lines, in order."""
    start = time.perf_counter()
    process = subprocess.Popen(command, env=env, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
    times: list[float] = []
    try:
        for output in process.stdout:
            if len(times) < len(lines) and lines[len(times)] in output:
                times.append((time.perf_counter() - start) * 1000)
        if len(times) < len(lines):
            raise RuntimeError(f"{command} ended without printing {lines[len(times)]!r}")
        return times
    finally:
        process.wait(timeout=timeout)


def median(values: list[float]) -> float:
    return statistics.median(values)


PYTHON = sys.executable
