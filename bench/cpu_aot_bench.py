"""CPU kernels compiled ahead of time against Inductor's, on another machine.

The GPU machine's host (16 cores) has no LLVM, so the cases of
bench/cpu_programs.py are compiled here (bench/build_cpu_libs.sh: DIR/lib<case>.so,
DIR/<case>.abi.json, libomp.so.5 and the STREAM-like probe DIR/cpu_stream)
and run there, in one process with torch: ours through ctypes
(python/inductor_sched/cpu_library.py) with preallocated outputs and with
fresh ones, Inductor's torch.compile on cpu, on the same randn inputs and
thread count; results checked against eager (max |ours - eager| <= 1e-4 max
|eager| + 1e-5 per output: the reductions are reassociated). Writes one
record per case to --json in bench/results/cpu.json's format. Fresh
outputs, ours and Inductor's, come from PyTorch's CPU allocator: started
with THP_MEM_ALLOC_ENABLE=1 it aligns those of 2 MiB and more to 2 MiB and
advises huge pages (recorded as "allocator").

    OMP_NUM_THREADS=16 python3 bench/cpu_aot_bench.py --lib-dir DIR --machine h200-host --json out.json
"""
import argparse
import datetime
import json
import os
import statistics
import subprocess
import sys
import time

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
sys.path.insert(0, os.path.join(HERE, "..", "python"))

import cpu_bench  # noqa: E402  (cpu_model)
import cpu_programs  # noqa: E402
import torch  # noqa: E402
from inductor_sched.cpu_library import load_graphs  # noqa: E402
from inductor_sched.exporter import graph_input_order  # noqa: E402


def as_list(outputs):
    """A program's outputs as a list (one tensor or a tuple of them)."""
    return list(outputs) if isinstance(outputs, (tuple, list)) else [outputs]


TOLERANCE = "max|ours - eager| <= 1e-4 * max|eager| + 1e-5"


def matches_eager(got, want):
    """Within TOLERANCE, norm-wise: the reassociated (vector-lane) sums of
    8192 terms round differently from eager's, by far less than this."""
    return len(got) == len(want) and all(
        float((g - w).abs().max()) <= 1e-4 * float(w.abs().max()) + 1e-5
        for g, w in zip(got, want))


def median_ms(fn, repeats):
    fn()
    times = []
    for _ in range(repeats):
        t0 = time.perf_counter()
        fn()
        times.append((time.perf_counter() - t0) * 1e3)
    return statistics.median(times), min(times)


def run_probe(lib_dir, repeats):
    """The STREAM-like probe DIR/cpu_stream: its JSON and its best GB/s."""
    probe = json.loads(subprocess.run(
        [os.path.join(lib_dir, "cpu_stream"), str(1 << 26), str(repeats)],
        check=True, capture_output=True, text=True).stdout)
    return probe, max(probe["copy_GBps"], probe["add_GBps"], probe["triad_GBps"])


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--lib-dir", required=True)
    parser.add_argument("--machine", required=True)
    parser.add_argument("--cases", nargs="*",
                        help="default: every case with a library in --lib-dir")
    parser.add_argument("--repeats", type=int, default=10)
    parser.add_argument("--build-options",
                        help="the -sched-lower-to-llvm options DIR was built with (recorded; "
                             "default: DIR/build.json's, written by bench/build_cpu_libs.sh)")
    parser.add_argument("--clang-flags",
                        help="the clang flags DIR was built with (recorded; default: DIR/build.json's)")
    parser.add_argument("--inductor-first", action="store_true",
                        help="time Inductor before ours in each case (recorded)")
    parser.add_argument("--json", required=True)
    args = parser.parse_args(argv)
    build = {}
    if os.path.exists(os.path.join(args.lib_dir, "build.json")):
        with open(os.path.join(args.lib_dir, "build.json")) as f:
            build = json.load(f)
    args.build_options = args.build_options or build.get(
        "lowering_options", "parallel reassociate approximate-math")
    args.clang_flags = args.clang_flags or build.get("clang_flags", "unrecorded")
    thp = os.environ.get("THP_MEM_ALLOC_ENABLE") == "1"
    threads = int(os.environ.get("OMP_NUM_THREADS", os.cpu_count()))
    torch.set_num_threads(threads)
    probe, probe_gbps = run_probe(args.lib_dir, args.repeats)
    records = []
    cases = args.cases or [c for c in cpu_programs.CASES
                           if os.path.exists(os.path.join(args.lib_dir, f"lib{c}.so"))]
    for case in cases:
        fn = cpu_programs.CASES[case][0]
        inputs = cpu_programs.case_inputs(case)
        lib = load_graphs(args.lib_dir, case)[case]
        order = graph_input_order(fn, inputs)
        graph_inputs = [inputs[i] for i in order]
        with torch.no_grad():
            want = as_list(fn(*inputs))
            got = lib(*graph_inputs)
            ok = matches_eager(got, want)
            err = max(float((g - w).abs().max()) for g, w in zip(got, want))
            outs = lib.empty_outputs()

            def time_ours():
                return (median_ms(lambda: lib(*graph_inputs, outputs=outs), args.repeats),
                        median_ms(lambda: lib(*graph_inputs), args.repeats)[0])

            def time_inductor():
                try:
                    compiled = torch.compile(fn)
                    for _ in range(2):
                        compiled(*inputs)
                    return median_ms(lambda: compiled(*inputs), args.repeats)
                except Exception as e:  # no C++ compiler there, say
                    print(f"{case}: torch.compile failed: {type(e).__name__}: {e}", flush=True)
                    return float("nan"), float("nan")

            # On the 16-core host the side timed second in a process ran
            # faster (bench/README.md, session 15): --inductor-first swaps.
            if args.inductor_first:
                ind_ms, ind_min = time_inductor()
                (ms, ms_min), fresh_ms = time_ours()
            else:
                (ms, ms_min), fresh_ms = time_ours()
                ind_ms, ind_min = time_inductor()
        nbytes = sum(t.numel() * t.element_size() for t in inputs) + \
            sum(t.numel() * t.element_size() for t in got)
        gbps = nbytes / ms / 1e6
        r = {
            "case": case, "machine": args.machine, "cpu": cpu_bench.cpu_model(),
            "threads": threads, "cores": os.cpu_count(),
            "our_ms": round(ms, 3), "our_min_ms": round(ms_min, 3),
            "our_fresh_outputs_ms": round(fresh_ms, 3),
            "inductor_ms": round(ind_ms, 3), "inductor_min_ms": round(ind_min, 3),
            "bytes": nbytes, "our_GBps": round(gbps, 3),
            "inductor_GBps": round(nbytes / ind_ms / 1e6, 3),
            "probe_GBps": round(probe_gbps, 3), "probe": probe,
            "fraction_of_probe": round(gbps / probe_gbps, 3),
            "vs_inductor": round(ind_ms / ms, 3),
            "vs_inductor_fresh_outputs": round(ind_ms / fresh_ms, 3),
            "matches_eager": ok, "max_abs_error": err,
            "tolerance": TOLERANCE,
            "repeats": args.repeats,
            "command": "scripts/build-cpu-library.sh bench/cpu/%s.mlir DIR (%s, "
                       "%s); run through ctypes" % (case, args.build_options, args.clang_flags),
            "bench_command": ("THP_MEM_ALLOC_ENABLE=1 " if thp else "")
                             + "OMP_NUM_THREADS=%d python3 bench/cpu_aot_bench.py " % threads
                             + " ".join(argv or sys.argv[1:]),
            "allocator": "THP_MEM_ALLOC_ENABLE=1" if thp else "default",
            "code": build.get("code", "unrecorded"),
            "timed_first": "inductor" if args.inductor_first else "ours",
            "torch": torch.__version__,
            "date": datetime.datetime.now(datetime.timezone.utc).isoformat(timespec="seconds"),
        }
        print(json.dumps({k: r[k] for k in ("case", "our_ms", "our_fresh_outputs_ms", "inductor_ms",
                                            "vs_inductor", "vs_inductor_fresh_outputs",
                                            "fraction_of_probe", "matches_eager")}), flush=True)
        records.append(r)
    with open(args.json, "w") as f:
        json.dump(records, f, indent=1)
        f.write("\n")


if __name__ == "__main__":
    main()
