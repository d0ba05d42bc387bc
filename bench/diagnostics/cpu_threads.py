"""How the CPU kernels scale with threads, per build variant (issue 5,
diagnostic).

For each library directory given (variants of the same graphs, built by
scripts/build-cpu-library.sh with other options, -march or graph edits)
and each thread count, in one process: the median and min of R calls with
preallocated outputs, on seeded randn inputs made from the graph's ABI.
The thread count is set through the libomp beside the first directory's
libraries (every library binds to that one), so one process covers every
count.

    OMP_NUM_THREADS=16 python3 bench/diagnostics/cpu_threads.py \\
        --lib-dirs DIR_A DIR_B --cases softmax layernorm --threads 1 8 16

Prints one JSON line per (variant, case, threads); --json writes them all.
"""
import argparse
import ctypes
import json
import os
import sys

import torch

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, ".."))
sys.path.insert(0, os.path.join(HERE, "..", "..", "python"))

from cpu_aot_bench import median_ms  # noqa: E402
from inductor_sched.abi import torch_dtype  # noqa: E402
from inductor_sched.cpu_library import load_graphs  # noqa: E402


def main():
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("--lib-dirs", nargs="+", required=True)
    p.add_argument("--cases", nargs="+", required=True)
    p.add_argument("--threads", nargs="+", type=int, default=[1, 16])
    p.add_argument("--repeats", type=int, default=5)
    p.add_argument("--json")
    args = p.parse_args()
    records = []
    # One OpenMP runtime per process: the first directory's. The others'
    # libraries bind to it (the loader matches their libomp.so.5 by soname).
    omp = ctypes.CDLL(os.path.join(os.path.abspath(args.lib_dirs[0]), "libomp.so.5"))
    for lib_dir in args.lib_dirs:
        for case in args.cases:
            if not os.path.exists(os.path.join(lib_dir, f"lib{case}.so")):
                continue
            lib = load_graphs(lib_dir, case)[case]
            torch.manual_seed(0)
            inputs = [torch.randn(e["sizes"], dtype=torch_dtype(e["dtype"]))
                      for e in lib.abi["inputs"]]
            outs = lib.empty_outputs()
            nbytes = sum(t.numel() * t.element_size() for t in inputs + outs)
            for threads in args.threads:
                omp.omp_set_num_threads(threads)
                ms, ms_min = median_ms(lambda: lib(*inputs, outputs=outs), args.repeats)
                r = {"variant": os.path.basename(os.path.normpath(lib_dir)), "case": case,
                     "threads": threads, "ms": round(ms, 3), "min_ms": round(ms_min, 3),
                     "GBps": round(nbytes / ms / 1e6, 2)}
                print(json.dumps(r), flush=True)
                records.append(r)
    if args.json:
        with open(args.json, "w") as f:
            json.dump(records, f, indent=1)
            f.write("\n")


if __name__ == "__main__":
    main()
