"""Paired A/B timing of CPU build variants, and of Inductor, interleaved
in rounds, with the bandwidth probe in every round (issue 5, diagnostic).

The 16-core host is noisy: its bandwidth moves from one second to the next,
and in one process the build timed second ran faster, whichever it was
(bench/README.md, session 15). So, in one process: every (variant, case)
is loaded (with --inductor, also compiled by torch.compile, the variant
"inductor") and warmed up for --warmup-ms of calls first; then each of
--rounds rounds runs the probe (DIR/cpu_stream, a process of its own) and
times every variant of every case (the median of --repeats calls), the
variants in an order rotated by one each round. Our calls write
preallocated outputs, or, with --fresh-outputs, new ones from PyTorch's
allocator on every call, as Inductor's compiled function always does.
Per variant and case it reports the median over rounds of the time, of
the time against the first variant's in the same round, of Inductor's
time over it in the same round (with --inductor: its throughput against
Inductor's), and of the fraction of that round's probe (bytes of inputs
and outputs once, as bench/cpu_aot_bench.py counts them). The inputs are
bench/cpu_programs.py's (randn, seed 0); every variant's outputs are
checked against eager PyTorch's first (cpu_aot_bench.py's tolerance).

    OMP_NUM_THREADS=16 python3 bench/diagnostics/cpu_ab_rounds.py \\
        --lib-dirs DIR_A DIR_B --cases softmax layernorm --rounds 8 \\
        [--fresh-outputs] [--inductor]
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

import cpu_programs  # noqa: E402
from cpu_aot_bench import as_list, matches_eager, median_ms, run_probe  # noqa: E402
from inductor_sched.cpu_library import load_graphs  # noqa: E402
from inductor_sched.exporter import graph_input_order  # noqa: E402


def main():
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("--lib-dirs", nargs="+", required=True,
                   help="variants of the same cases; the first is the baseline")
    p.add_argument("--cases", nargs="+", required=True)
    p.add_argument("--rounds", type=int, default=8)
    p.add_argument("--repeats", type=int, default=10)
    p.add_argument("--warmup-ms", type=float, default=500.0)
    p.add_argument("--probe-repeats", type=int, default=5)
    p.add_argument("--fresh-outputs", action="store_true",
                   help="our calls allocate their outputs (PyTorch's allocator), as Inductor's do")
    p.add_argument("--inductor", action="store_true",
                   help="also time torch.compile'd programs, the variant 'inductor'")
    p.add_argument("--json")
    args = p.parse_args()
    variants = [os.path.basename(os.path.normpath(d)) for d in args.lib_dirs]
    if len(set(variants)) != len(variants):
        p.error("--lib-dirs must have distinct last path components")
    # One OpenMP runtime per process (the first directory's); the other
    # libraries bind to it by soname.
    ctypes.CDLL(os.path.join(os.path.abspath(args.lib_dirs[0]), "libomp.so.5"))
    if args.inductor:
        variants.append("inductor")
    torch.set_num_threads(int(os.environ.get("OMP_NUM_THREADS", os.cpu_count())))
    calls = {}  # (variant, case) -> callable
    nbytes = {}
    for case in args.cases:
        fn = cpu_programs.CASES[case][0]
        inputs = cpu_programs.case_inputs(case)
        graph_inputs = [inputs[i] for i in graph_input_order(fn, inputs)]
        with torch.no_grad():
            want = as_list(fn(*inputs))
        nbytes[case] = sum(t.numel() * t.element_size() for t in inputs + want)
        for variant, lib_dir in zip(variants, args.lib_dirs):
            lib = load_graphs(lib_dir, case)[case]
            # Default arguments bind this case's tensors; a closure would see the last case's.
            if args.fresh_outputs:
                call = (lambda lib=lib, xs=graph_inputs: lib(*xs))
            else:
                outs = lib.empty_outputs()
                call = (lambda lib=lib, xs=graph_inputs, outs=outs: lib(*xs, outputs=outs))
            calls[variant, case] = call
        if args.inductor:
            compiled = torch.compile(fn)
            calls["inductor", case] = (lambda compiled=compiled, xs=inputs: compiled(*xs))
        for variant in variants:
            with torch.no_grad():
                got = as_list(calls[variant, case]())
            if not matches_eager(got, want):
                sys.exit(f"{variant} {case}: outputs differ from eager's")
    with torch.no_grad():
        for fn in calls.values():  # page in, compile, bring the cores up to speed
            t0 = time.perf_counter()
            while (time.perf_counter() - t0) * 1e3 < args.warmup_ms:
                fn()
    rows = []
    for r in range(args.rounds):
        probe = run_probe(args.lib_dirs[0], args.probe_repeats)[1]
        order = variants[r % len(variants):] + variants[:r % len(variants)]
        for case in args.cases:
            for variant in order:
                with torch.no_grad():
                    ms, ms_min = median_ms(calls[variant, case], args.repeats)
                rows.append({"round": r, "case": case, "variant": variant, "ms": ms,
                             "min_ms": ms_min, "probe_GBps": probe,
                             "fraction_of_probe": nbytes[case] / ms / 1e6 / probe})
    by = {(x["round"], x["case"], x["variant"]): x for x in rows}
    summary = []

    def inductor_ratio(mine, case):
        """Inductor's time over the variant's, per round: its throughput
        against Inductor's (the issue's goal: >= 0.9)."""
        if not args.inductor:
            return {}
        q = [by[x["round"], case, "inductor"]["ms"] / x["ms"] for x in mine]
        return {"median_throughput_vs_inductor": round(statistics.median(q), 3),
                "throughput_vs_inductor_range": [round(min(q), 3), round(max(q), 3)],
                "rounds_at_least_0.9x_inductor": sum(x >= 0.9 for x in q)}

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
                 **inductor_ratio(mine, case),
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
                       "fresh_outputs": args.fresh_outputs, "inductor": args.inductor,
                       "torch": torch.__version__,
                       "command": "OMP_NUM_THREADS=%d python3 bench/diagnostics/cpu_ab_rounds.py %s"
                                  % (threads, " ".join(sys.argv[1:])),
                       "builds": [json.load(open(os.path.join(d, "build.json")))
                                  if os.path.exists(os.path.join(d, "build.json")) else None
                                  for d in args.lib_dirs],
                       "summary": summary, "rows": rows}, f, indent=1)
            f.write("\n")


if __name__ == "__main__":
    main()
