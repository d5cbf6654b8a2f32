"""Run every benchmark and print each figure as a ratio to its same-run baseline.

    python -m bench.run            (from the project root, with the project installed)
"""
from __future__ import annotations

import os
import sys

from bench import (bench_contingent, bench_load, bench_curricula, bench_dual, bench_nedb, bench_pack, bench_rules,
                   bench_shared, bench_startup, bench_supplement)

BENCHMARKS = (bench_rules, bench_curricula, bench_nedb, bench_contingent, bench_dual, bench_pack, bench_supplement,
              bench_load, bench_shared, bench_startup)


def main() -> int:
    figures = []
    for module in BENCHMARKS:
        for figure in module.run():
            print(figure.line(), flush=True)
            figures.append(figure)
    return 0 if all(f.met for f in figures) else 1


if __name__ == "__main__":
    status = main()
    sys.stdout.flush()
    # The Qt benchmarks build and drop windows without an event loop; skip the interpreter's teardown,
    # whose order against Qt's own is not ours to fix here, once every figure is printed.
    os._exit(status)
