"""Mutation testing of the domain rules and the file readers with mutmut, in a throw-away copy of the repository.

    python scripts/mutation.py domain nedb curriculum-reader      # the issue-13 goals
    python scripts/mutation.py rules ids --rev HEAD~3              # a few modules, at an older commit
    python scripts/mutation.py --list                              # the targets

Run it with the project's interpreter (.venv/bin/python): the copy's tests import the project's dependencies
from that environment. For every target the script

- clones the repository at a commit (default HEAD) into a folder of its own under --workdir, so mutmut's
  mutants/ folder and its config never touch the work tree people edit;
- makes (once) a small venv that sees the project's site-packages through a .pth file but not its editable
  install, and installs mutmut there (pinned: 3.x changed how it works from one minor version to the next);
- writes a [tool.mutmut] section into the copy's pyproject.toml: the whole desktop package is copied into
  mutants/, only the target's files are mutated, and only the target's fast tests run against each mutant;
- prints killed / survived / score per target and per file, and writes the surviving mutants' names to
  <workdir>/<target>-<rev>-survivors.txt (`cd <copy> && <venv>/bin/mutmut show NAME` shows one); --only FILE
  tests just the mutants named there, e.g. those survivors again after new tests.

The score is (killed + timeout) / (all mutants - skipped), as mutmut's own badge counts it.
"""
from __future__ import annotations

import argparse
import glob
import json
import os
import shutil
import subprocess
import sys
import sysconfig
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
MUTMUT = "mutmut==3.8.1"

# target: (files mutated, as globs; tests run against each mutant, as globs that may match nothing at old commits)
TARGETS = {
    "domain": (["desktop/domain/*.py", "desktop/domain/rules/*.py"], ["tests/domain/test_*.py"]),
    "rules": (["desktop/domain/rules/*.py", "desktop/domain/ruleset.py"],
              ["tests/domain/test_rules*.py"]),
    "ids": (["desktop/domain/ids.py"], ["tests/domain/test_ids*.py", "tests/domain/test_domain_helpers_by_hand.py"]),
    "contingent": (["desktop/domain/contingent.py"], ["tests/domain/test_contingent*.py",
                                                     "tests/domain/test_transitions_by_hand.py",
                                                     "tests/domain/test_domain_helpers_by_hand.py"]),
    "exams": (["desktop/domain/exams.py"], ["tests/domain/test_exam*.py"]),
    "indicators": (["desktop/domain/indicators.py"], ["tests/domain/test_indicators*.py"]),
    "dual": (["desktop/domain/dual.py"], ["tests/domain/test_dual*.py", "tests/domain/test_indicators_and_dual*.py",
                                          "tests/domain/test_transitions_by_hand.py"]),
    "nedb": (["desktop/exchange/nedb_file.py"], ["tests/exchange/test_nedb_file*.py", "tests/exchange/test_nedb_handwritten*.py"]),
    "curriculum-reader": (["desktop/exchange/curriculum_xlsx.py"],
                          ["tests/exchange/test_curriculum*.py"]),
}

# mutmut's exit codes per mutant (mutmut/stats.py), folded into the columns printed.
STATUS = {1: "killed", 3: "killed", 0: "survived", 5: "no tests", 33: "no tests", 34: "skipped", 36: "timeout",
          24: "timeout", -24: "timeout", 152: "timeout", 255: "timeout", 37: "killed", None: "not checked"}


def run(command: list[str], cwd: Path | None = None, quiet: bool = False) -> subprocess.CompletedProcess:
    return subprocess.run(command, cwd=cwd, check=True, text=True,
                          stdout=subprocess.PIPE if quiet else None, stderr=subprocess.STDOUT if quiet else None)


def mutation_venv(folder: Path) -> Path:
    """A venv with mutmut that imports the project's dependencies (not the project: mutants/ must win)."""
    python = folder / "bin" / "python"
    if not (folder / "bin" / "mutmut").exists():
        base = getattr(sys, "_base_executable", sys.executable)
        run([base, "-m", "venv", str(folder)])
        site = Path(run([str(python), "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"],
                        quiet=True).stdout.strip())
        # A plain path line: the project's site-packages joins sys.path, but its .pth files (the editable
        # install's finder among them) are not run, so `import desktop` finds only the copy's mutants/.
        (site / "zz-project-dependencies.pth").write_text(sysconfig.get_paths()["purelib"] + "\n")
        run([str(python), "-m", "pip", "install", "-q", MUTMUT], quiet=True)
    return folder


def prepare_copy(rev: str, target: str, workdir: Path, tests: list[str] | None = None, suffix: str = "") -> Path:
    copy = workdir / f"{target}-{rev.replace('/', '_')}{suffix}"
    if copy.exists():
        shutil.rmtree(copy)
    run(["git", "clone", "-q", "--no-checkout", str(ROOT), str(copy)])
    run(["git", "-c", "advice.detachedHead=false", "checkout", "-q", rev], cwd=copy)
    files, default_tests = TARGETS[target]
    tests = tests or default_tests
    selected = sorted({path for pattern in tests for path in glob.glob(pattern, root_dir=copy)})
    if not selected:
        raise SystemExit(f"{target}: no tests match {tests} at {rev}")
    config = "\n".join([
        "", "[tool.mutmut]",
        'source_paths = ["desktop"]',
        f"only_mutate = {json.dumps(files)}",
        'also_copy = ["resources"]',
        f"pytest_add_cli_args_test_selection = {json.dumps(selected)}",
        'pytest_add_cli_args = ["-p", "no:cacheprovider"]', ""])
    pyproject = copy / "pyproject.toml"
    text = pyproject.read_text(encoding="utf-8")
    if "[tool.mutmut]" in text:  # a section of the project's own: ours replaces it
        head, _, rest = text.partition("[tool.mutmut]")
        tail = rest[rest.find("\n["):] if "\n[" in rest else ""
        text = head + tail
    pyproject.write_text(text + config, encoding="utf-8")
    return copy


def tally(copy: Path, only: set[str] | None = None) -> tuple[Counter, dict[str, Counter], list[str]]:
    total, by_file, survivors = Counter(), {}, []
    for meta in sorted((copy / "mutants").rglob("*.py.meta")):
        data = json.loads(meta.read_text(encoding="utf-8"))
        name = str(meta.relative_to(copy / "mutants"))[:-len(".meta")]
        counts = by_file.setdefault(name, Counter())
        for key, code in data["exit_code_by_key"].items():
            if only is not None and key not in only:
                continue
            status = STATUS.get(code, "suspicious")
            counts[status] += 1
            total[status] += 1
            if status == "survived":
                survivors.append(key)
    return total, by_file, survivors


def score(counts: Counter) -> float:
    tested = sum(counts.values()) - counts["skipped"]
    return 100.0 * (counts["killed"] + counts["timeout"]) / tested if tested else 0.0


def line(name: str, counts: Counter) -> str:
    extra = ", ".join(f"{counts[k]} {k}" for k in ("timeout", "no tests", "suspicious", "not checked") if counts[k])
    return (f"{name:48} {sum(counts.values()):5} mutants {counts['killed']:5} killed {counts['survived']:4} survived"
            f"  {score(counts):5.1f}%" + (f"  ({extra})" if extra else ""))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("targets", nargs="*", help=", ".join(TARGETS))
    parser.add_argument("--rev", default="HEAD", help="commit to test (default HEAD; uncommitted changes are not seen)")
    parser.add_argument("--workdir", type=Path, default=Path(os.environ.get("TMPDIR", "/tmp")) / "zhospar-mutation")
    parser.add_argument("--venv", type=Path, help="the venv holding mutmut (default <workdir>/venv)")
    parser.add_argument("--jobs", type=int, default=max(1, (os.cpu_count() or 2) - 1), help="mutants tested at once")
    parser.add_argument("--tests", nargs="+", metavar="GLOB",
                        help="run these tests against each mutant instead of the target's own (e.g. only the fast ones)")
    parser.add_argument("--only", type=Path, metavar="FILE",
                        help="test only the mutants named in FILE (one a line, e.g. an earlier run's survivors)")
    parser.add_argument("--list", action="store_true", help="print the targets and exit")
    args = parser.parse_args(argv)
    if args.list or not args.targets:
        for name, (files, tests) in TARGETS.items():
            print(f"{name:18} mutates {' '.join(files)}; runs {' '.join(tests)}")
        return 0
    unknown = [t for t in args.targets if t not in TARGETS]
    if unknown:
        parser.error(f"unknown target(s): {', '.join(unknown)}")
    rev = run(["git", "rev-parse", "--short", args.rev], cwd=ROOT, quiet=True).stdout.strip()
    args.workdir.mkdir(parents=True, exist_ok=True)
    venv = mutation_venv(args.venv or args.workdir / "venv")
    results = {}
    for target in args.targets:
        copy = prepare_copy(rev, target, args.workdir, args.tests, "-only" if args.only else "")
        started = time.monotonic()
        print(f"== {target} at {rev} in {copy}", flush=True)
        env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONDONTWRITEBYTECODE": "1"}
        env.pop("VIRTUAL_ENV", None)
        only = args.only.read_text().split() if args.only else []
        subprocess.run([str(venv / "bin" / "mutmut"), "run", "--max-children", str(args.jobs), *only], cwd=copy, env=env,
                       stdout=subprocess.DEVNULL if not sys.stdout.isatty() else None)
        total, by_file, survivors = tally(copy, set(only) if only else None)
        survivors_file = args.workdir / f"{target}-{rev}{'-only' if args.only else ''}-survivors.txt"
        survivors_file.write_text("".join(s + "\n" for s in survivors))
        results[target] = (total, by_file, time.monotonic() - started, survivors_file)
    print(f"\nmutation score at {rev} (mutmut {MUTMUT.split('==')[1]})")
    for target, (total, by_file, seconds, survivors_file) in results.items():
        print(line(f"[{target}]", total) + f"  {seconds:.0f} s")
        for name, counts in sorted(by_file.items()):
            if sum(counts.values()):
                print("  " + line(name, counts))
        print(f"  survivors: {survivors_file}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
