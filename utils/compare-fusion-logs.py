#!/usr/bin/env python3
"""Compares sched-opt's fusion decisions with Inductor's own fusion log.

For every `<name>.<device>.fusion.log` in `--logs` (Inductor's `fusion` and
`loop_ordering` artifact logs, written by
`python -m inductor_sched.export_corpus --fusion-logs DIR`), runs
`sched-opt -sched-pre-fusion -sched-fuse-nodes="explain=true report=..."` on
the corpus graph and compares the pairs fused, in order, and the set of
pairs refused (Inductor logs a refusal again in each round; sched-opt once).
Prints the programs that differ and a count; the reasons' texts are not
compared (they print the same rule differently). Not run in CI.

    utils/compare-fusion-logs.py --sched-opt build/bin/sched-opt \\
        --logs test/corpus/fusion-logs --device cuda [-v]
"""
import argparse
import glob
import json
import os
import re
import subprocess
import sys
import tempfile

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def inductor_decisions(log):
    out = []
    with open(log) as f:
        for line in f:
            line = re.sub(r"^\[[^]]*\] ", "", line.rstrip("\n"))
            if m := re.match(r"fusing (\S+) with (\S+)$", line):
                out.append(("fuse", m[1], m[2], None))
            elif m := re.match(r"cannot fuse (\S+) with (\S+): (.*)", line):
                out.append(("refuse", m[1], m[2], m[3]))
    return out


def sched_opt_decisions(sched_opt, mlir, report):
    subprocess.run([sched_opt, mlir, "-sched-pre-fusion",
                    f"-sched-fuse-nodes=explain=true report={report}", "-o", os.devnull],
                   check=True, capture_output=True)
    with open(report) as f:
        data = json.load(f)
    out = []
    for d in data["decisions"]:
        if d["fused"]:
            out.append(("fuse", d["node1"], d["node2"], None))
        elif d.get("reason") != "a node with itself":
            out.append(("refuse", d["node1"], d["node2"], d.get("reason")))
    return out, data.get("loop_reorders", [])


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sched-opt", required=True)
    parser.add_argument("--logs", required=True)
    parser.add_argument("--corpus", default=os.path.join(ROOT, "test", "corpus"))
    parser.add_argument("--device", default="cuda")
    parser.add_argument("-v", "--verbose", action="store_true")
    args = parser.parse_args()
    fused = lambda ds: [d[1:3] for d in ds if d[0] == "fuse"]  # noqa: E731
    refused = lambda ds: sorted({d[1:3] for d in ds if d[0] == "refuse"})  # noqa: E731
    same = total = 0
    with tempfile.TemporaryDirectory() as tmp:
        for log in sorted(glob.glob(os.path.join(args.logs, f"*.{args.device}.fusion.log"))):
            stem = os.path.basename(log)[: -len(".fusion.log")]
            mlir = os.path.join(args.corpus, stem + ".mlir")
            if not os.path.exists(mlir):
                continue
            theirs = inductor_decisions(log)
            ours, reorders = sched_opt_decisions(args.sched_opt, mlir,
                                                 os.path.join(tmp, stem + ".json"))
            ok = fused(ours) == fused(theirs) and refused(ours) == refused(theirs)
            total += 1
            same += ok
            if not ok or args.verbose:
                print(f"{stem}: {'same' if ok else 'DIFFERS'}")
                print(f"  inductor:  {theirs}\n  sched-opt: {ours}"
                      + (f"\n  sched-opt loop reorders: {reorders}" if reorders else ""))
    print(f"{same}/{total} programs: same fusions in the same order, same pairs refused")
    return 0 if total else 1


if __name__ == "__main__":
    sys.exit(main())
