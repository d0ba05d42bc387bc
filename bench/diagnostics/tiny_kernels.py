"""Where the time of the tiny benchmark cases goes (issue 6, diagnostic).

For each library directory given (variants of the same cases, built with
different -sched-lower-to-nvvm options) and for Inductor, in one process:
do_bench's median (as bench/gpu_bench.py times it), and the kernels the
profiler sees for one call (name, grid-independent duration from CUPTI).
A one-kernel floor is timed too: torch's `zero_` of a 128-element tensor
under the same do_bench.

    python3 bench/diagnostics/tiny_kernels.py --cases dump_add_two_users_sum \\
        --lib-dirs DIR_A DIR_B

Prints one JSON line per (case, variant); --json writes them all.
"""
import argparse
import json
import os
import sys

import torch

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, ".."))
sys.path.insert(0, os.path.join(HERE, "..", "..", "python"))

import gpu_programs  # noqa: E402
from gpu_bench import as_list, bench, make_inputs, profile_flushed  # noqa: E402
from inductor_sched.cuda_library import load_graphs  # noqa: E402
from inductor_sched.exporter import graph_input_order  # noqa: E402


def kernels_of(fn, calls=20):
    """(name, mean us) of each GPU kernel one call of fn launches; an L2
    flush before each call, as do_bench does."""
    rows = []
    for e in profile_flushed(fn, calls).key_averages():
        if e.device_type.name != "CUDA" or e.count == 0:
            continue
        rows.append({"kernel": e.key[:80], "count_per_call": e.count / calls,
                     "mean_us": round(e.device_time_total / e.count, 3)})
    return rows


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--lib-dirs", nargs="+", required=True)
    parser.add_argument("--cases", nargs="+", required=True)
    parser.add_argument("--json")
    args = parser.parse_args(argv)
    records = []

    def emit(r):
        print(json.dumps(r), flush=True)
        records.append(r)

    small = torch.empty(128, device="cuda")
    emit({"variant": "floor: torch zero_ of 128 floats", "ms": round(bench(lambda: small.zero_()), 4),
          "kernels": kernels_of(lambda: small.zero_())})
    for case in args.cases:
        fn, shapes, _ = gpu_programs.ALL_CASES[case]
        inputs = make_inputs(shapes, 0)
        order = graph_input_order(fn, [t.clone() for t in inputs])
        compiled = torch.compile(fn)
        as_list(compiled(*inputs))
        emit({"case": case, "variant": "inductor", "ms": round(bench(lambda: compiled(*inputs)), 4),
              "kernels": kernels_of(lambda: compiled(*inputs))})
        for d in args.lib_dirs:
            if not os.path.exists(os.path.join(d, f"lib{case}.so")):
                continue
            lib = load_graphs(d, case)[case]
            ours = lambda: lib(*[inputs[i] for i in order])  # noqa: E731
            ours()
            emit({"case": case, "variant": d, "ms": round(bench(ours), 4),
                  "kernels": kernels_of(ours)})
    if args.json:
        with open(args.json, "w") as f:
            json.dump(records, f, indent=1)


if __name__ == "__main__":
    main()
