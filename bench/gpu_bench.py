"""Our GPU kernels against Inductor's (torch.compile) and eager, same process.

For each case of bench/gpu_programs.py whose library was built
(bench/build_gpu_libs.sh: DIR/lib<case>.so and DIR/<case>.abi.json), on
seeded randn inputs: runs eager, torch.compile (Inductor, Triton) and our
library; checks ours and Inductor's against eager (max abs error, and
rtol=atol=1e-4, fp32, stated in the record); times each with
triton.testing.do_bench (warm-up, L2 flushed between runs, median) and
writes one record per case: case, our ms, Inductor ms, eager ms, max abs
error, GB/s (bytes of the inputs read plus outputs written, a mutated
input counted once, over our time). Each record also has the GPU time of
the kernels alone (CUPTI, through torch.profiler: the median over calls of
the summed kernel durations of a call, kernels a call): for the 8x16 cases
do_bench's median is the floor of event timing (one tiny kernel measures
about 4 us however fast it runs), and the kernel times are what compare.

    python3 bench/gpu_bench.py --lib-dir build-gpu-libs --json bench/results/gpu-h100.json
"""
import argparse
import datetime
import json
import os
import subprocess
import sys

import torch

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
sys.path.insert(0, os.path.join(HERE, "..", "python"))

import gpu_programs  # noqa: E402
from inductor_sched.cuda_library import load_graphs  # noqa: E402
from inductor_sched.exporter import graph_input_order  # noqa: E402

RTOL = ATOL = 1e-4


def make_inputs(shapes, seed):
    g = torch.Generator(device="cuda").manual_seed(seed)
    return [torch.randn(tuple(int(s) for s in text.split("x")), device="cuda", generator=g)
            for text in shapes.split(",")]


def as_list(out):
    return list(out) if isinstance(out, (tuple, list)) else [out]


def bench(fn, l2="dirty"):
    """Median ms of fn. dirty: triton's do_bench, whose L2 flush (a 256 MiB
    zero_) leaves the L2 full of lines to write back. clean: the same
    flush, then a 256 MiB read, so the L2 holds clean lines (a diagnostic:
    how much of a kernel's time is the flush's write-backs)."""
    from triton.testing import do_bench

    if l2 == "dirty":
        return do_bench(fn, warmup=25, rep=200, return_mode="median")
    flush = torch.empty(64 << 20, dtype=torch.float32, device="cuda")
    clean = torch.empty(64 << 20, dtype=torch.float32, device="cuda")
    times = []
    for i in range(125):
        flush.zero_()
        clean.sum()
        start, end = torch.cuda.Event(enable_timing=True), torch.cuda.Event(enable_timing=True)
        start.record()
        fn()
        end.record()
        if i >= 25:
            times.append((start, end))
    torch.cuda.synchronize()
    ms = sorted(s.elapsed_time(e) for s, e in times)
    return ms[len(ms) // 2]


def profile_flushed(fn, calls):
    """torch.profiler's record of the GPU activity of `calls` calls of fn
    (after one unrecorded), each after an L2 flush (a 256 MiB zero_, as
    do_bench's)."""
    from torch.profiler import ProfilerActivity, profile

    flush = torch.empty(64 << 20, dtype=torch.int32, device="cuda")
    fn()
    torch.cuda.synchronize()
    with profile(activities=[ProfilerActivity.CUDA]) as prof:
        for _ in range(calls):
            flush.zero_()
            fn()
        torch.cuda.synchronize()
    return prof


def kernel_us(fn, calls=50):
    """Median over `calls` calls of fn of the summed durations of the GPU
    kernels (and copies) a call runs, in us, and how many it runs; an L2
    flush before each call, as do_bench does, not counted."""
    from torch.autograd import DeviceType

    prof = profile_flushed(fn, calls)
    events = sorted((e for e in prof.events() if e.device_type == DeviceType.CUDA),
                    key=lambda e: e.time_range.start)
    # A flush starts each call: it is the first kernel of the trace.
    flush_name = events[0].name if events else None
    per_call, current = [], None
    for e in events:
        if e.name == flush_name:
            current = []
            per_call.append(current)
        elif current is not None:
            current.append(e.time_range.end - e.time_range.start)
    per_call = [c for c in per_call if c]
    if not per_call:
        return None, 0
    totals = sorted(sum(c) for c in per_call)
    return totals[len(totals) // 2], round(sum(len(c) for c in per_call) / len(per_call), 2)


def max_error(got, want):
    return max(float((g.double() - w.double()).abs().max()) if g.numel() else 0.0
               for g, w in zip(got, want))


def run_case(case, lib_dir, seed, l2="dirty"):
    fn, shapes, _ = gpu_programs.ALL_CASES[case]
    inputs = make_inputs(shapes, seed)
    clone = lambda: [t.clone() for t in inputs]  # noqa: E731
    # Eager, the reference; mutated inputs are compared too.
    eager_in = clone()
    eager_out = as_list(fn(*eager_in))
    want = eager_out + eager_in
    lib = load_graphs(lib_dir, case)[case]
    order = graph_input_order(fn, clone())  # Inductor's argN_1 order
    ours = lambda ins: lib(*[ins[i] for i in order])  # noqa: E731
    ours_in = clone()
    ours_out = ours(ours_in)
    torch.cuda.synchronize()
    ours_err = max_error(ours_out + ours_in, want)
    ours_ok = all(torch.allclose(g, w, rtol=RTOL, atol=ATOL) for g, w in zip(ours_out + ours_in, want))
    compiled = torch.compile(fn)
    ind_in = clone()
    ind_out = as_list(compiled(*ind_in))
    torch.cuda.synchronize()
    ind_err = max_error(ind_out + ind_in, want)

    # Timing: mutating programs run on the same inputs each time (values
    # drift, the work does not).
    t_in = clone()
    ours_ms = bench(lambda: ours(t_in), l2)
    ind_ms = bench(lambda: compiled(*t_in), l2)
    eager_ms = bench(lambda: fn(*t_in), l2)
    ours_kus, ours_kernels = kernel_us(lambda: ours(t_in))
    ind_kus, ind_kernels = kernel_us(lambda: compiled(*t_in))
    nbytes = sum(t.numel() * t.element_size() for t in inputs)
    in_ids = {id(t) for t in ours_in}
    nbytes += sum(t.numel() * t.element_size() for t in ours_out if id(t) not in in_ids)
    return {
        "case": case, "shapes": shapes, "l2": l2,
        "ours_ms": round(ours_ms, 4), "inductor_ms": round(ind_ms, 4),
        "eager_ms": round(eager_ms, 4),
        "ours_vs_inductor": round(ind_ms / ours_ms, 3),
        "max_abs_error": ours_err, "inductor_max_abs_error": ind_err,
        "matches_eager": ours_ok, "tolerance": f"rtol={RTOL}, atol={ATOL} (fp32)",
        "bytes": nbytes, "ours_GBps": round(nbytes / ours_ms / 1e6, 1),
        "inductor_GBps": round(nbytes / ind_ms / 1e6, 1),
        "ours_kernel_us": ours_kus and round(ours_kus, 3),
        "inductor_kernel_us": ind_kus and round(ind_kus, 3),
        "kernel_ours_vs_inductor": (round(ind_kus / ours_kus, 3)
                                    if ours_kus and ind_kus else None),
        "ours_kernels_per_call": ours_kernels, "inductor_kernels_per_call": ind_kernels,
    }


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--lib-dir", required=True)
    parser.add_argument("--cases", nargs="*", help="default: every case with a library")
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--json", help="write the records here")
    parser.add_argument("--l2", choices=["dirty", "clean"], default="dirty",
                        help="the L2 before each timed call (see bench())")
    args = parser.parse_args(argv)
    cases = args.cases or [c for c in gpu_programs.CASES
                           if os.path.exists(os.path.join(args.lib_dir, f"lib{c}.so"))]
    records = []
    for case in cases:
        try:
            r = run_case(case, args.lib_dir, args.seed, args.l2)
        except Exception as e:  # report and go on: one case must not hide the others
            r = {"case": case, "error": f"{type(e).__name__}: {e}"}
        print(json.dumps(r), flush=True)
        records.append(r)
    ok = [r for r in records if "ours_ms" in r]
    if ok:
        import math
        geo = math.exp(sum(math.log(r["ours_vs_inductor"]) for r in ok) / len(ok))
        print(f"geometric mean of Inductor ms / our ms over {len(ok)} cases: {geo:.3f}")
        kt = [r for r in ok if r.get("kernel_ours_vs_inductor")]
        if kt:
            kgeo = math.exp(sum(math.log(r["kernel_ours_vs_inductor"]) for r in kt) / len(kt))
            print(f"geometric mean of kernel time, Inductor / ours, over {len(kt)} cases: {kgeo:.3f}")
    if args.json:
        import triton
        driver = subprocess.run(["nvidia-smi", "--query-gpu=driver_version", "--format=csv,noheader"],
                                capture_output=True, text=True).stdout.strip()
        doc = {
            "date": datetime.date.today().isoformat(),
            "gpu": torch.cuda.get_device_name(), "driver": driver,
            "torch": torch.__version__, "triton": triton.__version__,
            "command": "python3 bench/gpu_bench.py " + " ".join(argv or sys.argv[1:]),
            "timing": ("triton.testing.do_bench(warmup=25, rep=200, median), L2 flushed"
                       if args.l2 == "dirty" else
                       "CUDA events, 100 calls after 25, median; L2 flushed, then 256 MiB read"),
            "records": records,
        }
        with open(args.json, "w") as f:
            json.dump(doc, f, indent=1)
            f.write("\n")


if __name__ == "__main__":
    main()
