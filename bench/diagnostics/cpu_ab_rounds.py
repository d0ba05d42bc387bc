"""Paired A/B timing of CPU build variants, interleaved in rounds, with the
bandwidth probe in every round (issue 5, diagnostic).

The 16-core host is noisy: its bandwidth moves from one second to the next,
and in one process the build timed second ran faster, whichever it was
(bench/README.md, session 15). So, in one process: every (variant, case)
library is loaded and warmed up for --warmup-ms of calls first; then each
of --rounds rounds runs the probe (DIR/cpu_stream, a process of its own)
and times every variant of every case (the median of --repeats calls with
preallocated outputs), the variants in an order rotated by one each round.
Per variant and case it reports the median over rounds of the time, of
the time against the first variant's in the same round, and of the
fraction of that round's probe (bytes of inputs and outputs once, as
bench/cpu_aot_bench.py counts them).

    OMP_NUM_THREADS=16 python3 bench/diagnostics/cpu_ab_rounds.py \\
        --lib-dirs DIR_A DIR_B --cases softmax layernorm --rounds 8
"""
import argparse
import ctypes
import json
import os
import statistics
import sys
import time

import torch

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, ".."))
sys.path.insert(0, os.path.join(HERE, "..", "..", "python"))

from cpu_aot_bench import median_ms, run_probe  # noqa: E402
from inductor_sched.abi import torch_dtype  # noqa: E402
from inductor_sched.cpu_library import load_graphs  # noqa: E402


def main():
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("--lib-dirs", nargs="+", required=True,
                   help="variants of the same cases; the first is the baseline")
    p.add_argument("--cases", nargs="+", required=True)
    p.add_argument("--rounds", type=int, default=8)
    p.add_argument("--repeats", type=int, default=10)
    p.add_argument("--warmup-ms", type=float, default=500.0)
    p.add_argument("--probe-repeats", type=int, default=5)
    p.add_argument("--json")
    args = p.parse_args()
    variants = [os.path.basename(os.path.normpath(d)) for d in args.lib_dirs]
    if len(set(variants)) != len(variants):
        p.error("--lib-dirs must have distinct last path components")
    # One OpenMP runtime per process (the first directory's); the other
    # libraries bind to it by soname.
    ctypes.CDLL(os.path.join(os.path.abspath(args.lib_dirs[0]), "libomp.so.5"))
    calls = {}  # (variant, case) -> callable
    nbytes = {}
    for case in args.cases:
        inputs = None
        for variant, lib_dir in zip(variants, args.lib_dirs):
            lib = load_graphs(lib_dir, case)[case]
            if inputs is None:
                torch.manual_seed(0)
                inputs = [torch.randn(e["sizes"], dtype=torch_dtype(e["dtype"]))
                          for e in lib.abi["inputs"]]
            outs = lib.empty_outputs()
            nbytes[case] = sum(t.numel() * t.element_size() for t in inputs + outs)
            calls[variant, case] = (lambda lib=lib, inputs=inputs, outs=outs:
                                    lib(*inputs, outputs=outs))
    for fn in calls.values():  # page in the outputs, bring the cores up to speed
        t0 = time.perf_counter()
        while (time.perf_counter() - t0) * 1e3 < args.warmup_ms:
            fn()
    rows = []
    for r in range(args.rounds):
        probe = run_probe(args.lib_dirs[0], args.probe_repeats)[1]
        order = variants[r % len(variants):] + variants[:r % len(variants)]
        for case in args.cases:
            for variant in order:
                ms, ms_min = median_ms(calls[variant, case], args.repeats)
                rows.append({"round": r, "case": case, "variant": variant, "ms": ms,
                             "min_ms": ms_min, "probe_GBps": probe,
                             "fraction_of_probe": nbytes[case] / ms / 1e6 / probe})
    by = {(x["round"], x["case"], x["variant"]): x for x in rows}
    summary = []
    for case in args.cases:
        for variant in variants:
            mine = [x for x in rows if x["case"] == case and x["variant"] == variant]
            ratio = [x["ms"] / by[x["round"], case, variants[0]]["ms"] for x in mine]
            s = {"case": case, "variant": variant, "rounds": len(mine),
                 "median_ms": round(statistics.median(x["ms"] for x in mine), 3),
                 "ms_range": [round(min(x["ms"] for x in mine), 3),
                              round(max(x["ms"] for x in mine), 3)],
                 f"median_time_vs_{variants[0]}": round(statistics.median(ratio), 3),
                 f"rounds_faster_than_{variants[0]}": sum(q < 1 for q in ratio),
                 "median_fraction_of_probe": round(
                     statistics.median(x["fraction_of_probe"] for x in mine), 3),
                 "fraction_of_probe_range": [
                     round(min(x["fraction_of_probe"] for x in mine), 3),
                     round(max(x["fraction_of_probe"] for x in mine), 3)]}
            print(json.dumps(s), flush=True)
            summary.append(s)
    if args.json:
        threads = int(os.environ.get("OMP_NUM_THREADS", os.cpu_count()))
        with open(args.json, "w") as f:
            json.dump({"threads": threads, "repeats": args.repeats, "rounds": args.rounds,
                       "warmup_ms": args.warmup_ms, "lib_dirs": args.lib_dirs,
                       "builds": [json.load(open(os.path.join(d, "build.json")))
                                  if os.path.exists(os.path.join(d, "build.json")) else None
                                  for d in args.lib_dirs],
                       "summary": summary, "rows": rows}, f, indent=1)
            f.write("\n")


if __name__ == "__main__":
    main()
