#!/usr/bin/env python3
"""Re-checks the corpus against Inductor's recorded decisions, without torch.

For every `<name>.<device>.mlir` of the corpus directory with its
`<name>.<device>.inductor.json` (both written by
`python -m inductor_sched.conformance`), runs sched-opt and compares its
pre-fusion state, its partition after fusion and its final state with
Inductor's (python/inductor_sched/compare.py). Writes per program
`prefusion_equal`, `partition_equal` and `final_equal` to a JSON file and
prints a summary per device (`cpu`, `cuda`: the `<device>` of the file
names) that names every mismatch; `-v` adds the diffs.

    utils/check-corpus.py --sched-opt build/bin/sched-opt --corpus test/corpus \\
        --json test/corpus/conformance.json [--device cuda] [-v]

Exits 0 whatever the verdicts (they are reported, and the lit test pins
them); 1 only when the corpus cannot be read.
"""
import argparse
import glob
import json
import os
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, os.path.join(ROOT, "python"))

from inductor_sched.compare import compare  # noqa: E402

KEYS = ("prefusion_equal", "partition_equal", "final_equal")


def device_of(stem):
    """`softmax.cuda` -> `cuda`."""
    return stem.rsplit(".", 1)[-1]


def check_corpus(sched_opt, corpus, verbose, devices=None):
    results = {}
    for mlir in sorted(glob.glob(os.path.join(corpus, "*.mlir"))):
        stem = mlir[: -len(".mlir")]
        if devices and device_of(stem) not in devices:
            continue
        with open(stem + ".inductor.json") as f:
            decisions = json.load(f)
        result = compare(sched_opt, mlir, decisions)
        results[os.path.basename(stem)] = {k: result[k] for k in KEYS}
        if verbose and result["diffs"]:
            print(f"== {os.path.basename(stem)}")
            for diff in result["diffs"]:
                print(diff.rstrip("\n"))
    return results


def not_exported(corpus):
    """{device: [program]} of the programs `export-<device>.json` (written by
    `python -m inductor_sched.export_corpus`) records as not exported."""
    missing = {}
    for path in glob.glob(os.path.join(corpus, "export-*.json")):
        with open(path) as f:
            manifest = json.load(f)
        missing[manifest["device"]] = sorted(
            name for name, p in manifest["programs"].items() if p["status"] != "exported")
    return missing


def summarize(results, missing=None):
    """One block per device (cpu first, then the others by name)."""
    missing = missing or {}
    by_device = {}
    for name, r in results.items():
        program, device = name.rsplit(".", 1)
        by_device.setdefault(device, {})[program] = r
    order = sorted(by_device, key=lambda d: (d != "cpu", d))
    lines = [f"corpus: {len(results)} programs ("
             + ", ".join(f"{d} {len(by_device[d])}" for d in order) + ")"]
    for device in order:
        programs = by_device[device]
        n = len(programs)
        lines.append(f"{device}: {n} programs")
        for key in KEYS:
            lines.append(f"{device} {key}: {sum(r[key] for r in programs.values())}/{n}")
        for key in KEYS:
            bad = sorted(name for name, r in programs.items() if not r[key])
            lines.append(f"{device} not {key}: {', '.join(bad) if bad else '(none)'}")
        if device in missing:
            lines.append(f"{device} not exported: {', '.join(missing[device]) or '(none)'}")
    return "\n".join(lines)


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sched-opt", required=True)
    parser.add_argument("--corpus", default=os.path.join(ROOT, "test", "corpus"))
    parser.add_argument("--json", help="where to write the per-program verdicts")
    parser.add_argument("--device", action="append",
                        help="only this device's programs (repeatable; default: all)")
    parser.add_argument("-v", "--verbose", action="store_true")
    args = parser.parse_args()
    results = check_corpus(args.sched_opt, args.corpus, args.verbose, args.device)
    if not results:
        print(f"no corpus in {args.corpus}", file=sys.stderr)
        return 1
    if args.json:
        with open(args.json, "w") as f:
            json.dump(results, f, indent=1, sort_keys=True)
            f.write("\n")
    print(summarize(results, not_exported(args.corpus)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
