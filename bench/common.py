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
    goal: float | None  # the ratio to reach; None: reported for information, no goal set by an issue
    unit: str = "ms"
    limit: float | None = None  # a goal in the unit itself (an issue's "under 1 ms")

    @property
    def ratio(self) -> float:
        return self.measured / self.baseline

    @property
    def met(self) -> bool:
        return (self.goal is None or self.ratio <= self.goal) and (self.limit is None or self.measured < self.limit)

    def line(self) -> str:
        goals = []
        if self.goal is not None:
            goals.append(f"goal <= {self.goal}x")
        if self.limit is not None:
            goals.append(f"goal < {self.limit:g} {self.unit}")
        verdict = f"{', '.join(goals)}: {'meets' if self.met else 'MISSES'}" if goals else "no goal set"
        return (f"{self.name}: {self.measured:.3g} {self.unit} vs baseline {self.baseline:.3g} {self.unit} "
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


def median_ms(func, repeat: int = 200, number: int = 5) -> float:
    """Median milliseconds of one call, over `repeat` samples of `number` calls each."""
    samples = []
    for _ in range(repeat):
        start = time.perf_counter()
        for _ in range(number):
            func()
        samples.append((time.perf_counter() - start) * 1000 / number)
    return statistics.median(samples)


PYTHON = sys.executable


def paired_medians_ms(first, second, repeat: int = 21) -> tuple[float, float]:
    """Median milliseconds of two functions sampled alternately, so the machine's noise hits both alike."""
    a, b = [], []
    for _ in range(repeat):
        for func, samples in ((first, a), (second, b)):
            start = time.perf_counter()
            func()
            samples.append((time.perf_counter() - start) * 1000)
    return statistics.median(a), statistics.median(b)
