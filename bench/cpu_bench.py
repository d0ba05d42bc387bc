#!/usr/bin/env python3
"""CPU benchmark of the lowered schedules (issue 5, item 6).

For each memory-bound case of bench/cpu_programs.py (graphs in bench/cpu/,
exported with `python -m inductor_sched export ... --device cpu`), in one
run on one machine:

  * ours: `sched-run CASE.mlir --parallel --reassociate --approximate-math
    --bench R` (the median of R calls of the compiled function; no JIT, no
    input filling; outputs written in place), again with
    `--bench-fresh-outputs` (outputs malloc'ed and freed in each timed
    call, as the compiled torch function allocates its outputs), and
    serially (no options, the bit-exact order);
  * Inductor: torch.compile of the same function on cpu (Inductor's own C++
    / OpenMP kernels), the median of R calls after warm-up;
  * both again with huge pages for fresh outputs: ours with
    `--bench-huge-page-outputs`, Inductor in a process of its own with
    THP_MEM_ALLOC_ENABLE=1 (PyTorch's CPU allocator then aligns allocations
    of 2 MiB and more to 2 MiB and advises MADV_HUGEPAGE). With 4 KiB pages
    the first touch of a fresh 256 MiB output can cost more than the kernel;
  * a STREAM-like probe (bench/cpu_stream.c, copy/add/triad with OpenMP) on
    the same number of threads.

Bytes are the least traffic: every input read once, every output written
once (the same count for both). Writes bench/results/cpu.json, one record
per case and machine (the machine's old records of the same cases are
replaced). Run with a Python that has torch:

  /tmp/torchenv/bin/python bench/cpu_bench.py --sched-run build/bin/sched-run
"""
import argparse
import datetime
import json
import os
import platform
import re
import shlex
import statistics
import subprocess
import sys
import time

HERE = os.path.dirname(os.path.abspath(__file__))
# The options of our timed runs (the serial run has none).
OURS = ["--parallel", "--reassociate", "--approximate-math"]
ROOT = os.path.dirname(HERE)
sys.path.insert(0, HERE)


def cpu_model():
    try:
        with open("/proc/cpuinfo") as f:
            for line in f:
                if line.startswith("model name"):
                    return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor()


def run(cmd, env):
    out = subprocess.run(cmd, env=env, check=True, capture_output=True, text=True)
    return out.stdout


def probe(threads, env, repeats):
    exe = "/tmp/sched_cpu_stream"
    src = os.path.join(HERE, "cpu_stream.c")
    if not os.path.exists(exe) or os.path.getmtime(exe) < os.path.getmtime(src):
        subprocess.run(["/usr/lib/llvm-22/bin/clang", "-O3", "-march=native",
                        "-fopenmp", src, "-o", exe,
                        "-Wl,-rpath,/usr/lib/llvm-22/lib"], check=True)
    return json.loads(run([exe, str(1 << 26), str(repeats)], env))


def ours(sched_run, case, repeats, env, extra):
    cmd = [sched_run, os.path.join(ROOT, "bench", "cpu", case + ".mlir"),
           "--bench", str(repeats), "--first", "0"] + extra
    out = run(cmd, env)
    m = re.search(r"median_ms=([0-9.]+) min_ms=([0-9.]+) bytes=([0-9]+)", out)
    if not m:
        raise SystemExit(f"no bench line from {cmd}:\n{out}")
    return float(m.group(1)), float(m.group(2)), int(m.group(3)), cmd


def inductor(case, repeats, threads):
    import torch

    import cpu_programs

    torch.set_num_threads(threads)
    fn = cpu_programs.CASES[case][0]
    args = cpu_programs.case_inputs(case)
    compiled = torch.compile(fn)
    with torch.no_grad():
        for _ in range(3):  # compile and warm up
            compiled(*args)
        times = []
        for _ in range(repeats):
            t0 = time.perf_counter()
            compiled(*args)
            times.append((time.perf_counter() - t0) * 1e3)
    return statistics.median(times), min(times)


def inductor_with_huge_pages(case, repeats, threads, env):
    """inductor() in a process started with THP_MEM_ALLOC_ENABLE=1 (read
    by PyTorch's allocator when it starts)."""
    out = run([sys.executable, os.path.abspath(__file__), "--inductor-case", case,
               "--repeats", str(repeats), "--threads", str(threads)],
              dict(env, THP_MEM_ALLOC_ENABLE="1"))
    return tuple(json.loads(out.strip().splitlines()[-1]))


def main():
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("--sched-run", default=os.path.join(ROOT, "build", "bin", "sched-run"))
    p.add_argument("--cases", default="add_sum,softmax,layernorm,rmsnorm_residual,transpose_add_sum")
    p.add_argument("--repeats", type=int, default=10)
    p.add_argument("--threads", type=int, default=os.cpu_count())
    p.add_argument("--json", default=os.path.join(HERE, "results", "cpu.json"))
    p.add_argument("--machine", default=platform.node())
    p.add_argument("--inductor-case", help=argparse.SUPPRESS)
    args = p.parse_args()
    if args.inductor_case:  # inductor_with_huge_pages' child
        print(json.dumps(inductor(args.inductor_case, args.repeats, args.threads)))
        return

    env = dict(os.environ, OMP_NUM_THREADS=str(args.threads), OMP_PROC_BIND="false")
    load_before = os.getloadavg()
    stream = probe(args.threads, env, args.repeats)
    probe_gbps = max(stream["copy_GBps"], stream["add_GBps"], stream["triad_GBps"])
    print(f"probe ({args.threads} threads): copy {stream['copy_GBps']:.2f} "
          f"add {stream['add_GBps']:.2f} triad {stream['triad_GBps']:.2f} GB/s")
    date = datetime.datetime.now(datetime.timezone.utc).isoformat(timespec="seconds")
    records = []
    for case in args.cases.split(","):
        ms, ms_min, nbytes, cmd = ours(args.sched_run, case, args.repeats, env, OURS)
        fresh_ms, _, _, _ = ours(args.sched_run, case, args.repeats, env,
                                 OURS + ["--bench-fresh-outputs"])
        huge_ms, _, _, _ = ours(args.sched_run, case, args.repeats, env,
                                OURS + ["--bench-huge-page-outputs"])
        serial_ms, _, _, _ = ours(args.sched_run, case, max(3, args.repeats // 3), env, [])
        load_case = os.getloadavg()[0]
        ind_ms, ind_min = inductor(case, args.repeats, args.threads)
        ind_huge_ms, _ = inductor_with_huge_pages(case, args.repeats, args.threads, env)
        gbps = nbytes / ms / 1e6
        rec = {
            "case": case,
            "machine": args.machine,
            "cpu": cpu_model(),
            "threads": args.threads,
            "cores": os.cpu_count(),
            "our_ms": round(ms, 3),
            "our_min_ms": round(ms_min, 3),
            "our_fresh_outputs_ms": round(fresh_ms, 3),
            "our_serial_ms": round(serial_ms, 3),
            "inductor_ms": round(ind_ms, 3),
            "inductor_min_ms": round(ind_min, 3),
            "bytes": nbytes,
            "our_GBps": round(gbps, 3),
            "inductor_GBps": round(nbytes / ind_ms / 1e6, 3),
            "probe_GBps": round(probe_gbps, 3),
            "probe": stream,
            "fraction_of_probe": round(gbps / probe_gbps, 3),
            "vs_inductor": round(ind_ms / ms, 3),
            "vs_inductor_fresh_outputs": round(ind_ms / fresh_ms, 3),
            "our_fresh_outputs_huge_pages_ms": round(huge_ms, 3),
            "inductor_huge_pages_ms": round(ind_huge_ms, 3),
            "vs_inductor_huge_pages": round(ind_huge_ms / huge_ms, 3),
            "loadavg_1min_at_case": round(load_case, 2),
            "repeats": args.repeats,
            "command": " ".join(shlex.quote(c) for c in cmd),
            "bench_command": "python bench/cpu_bench.py " + " ".join(
                shlex.quote(a) for a in sys.argv[1:]),
            "torch": __import__("torch").__version__,
            "date": date,
        }
        records.append(rec)
        print(f"{case:18s} ours {ms:9.2f} ms ({gbps:6.2f} GB/s, "
              f"{rec['fraction_of_probe']:.2f} of probe; fresh outputs {fresh_ms:.1f} ms; "
              f"serial {serial_ms:.1f} ms)  inductor {ind_ms:9.2f} ms  "
              f"throughput vs inductor {rec['vs_inductor']:.2f}x "
              f"({rec['vs_inductor_fresh_outputs']:.2f}x with fresh outputs); "
              f"huge pages: ours {huge_ms:.1f} ms, inductor {ind_huge_ms:.1f} ms, "
              f"{rec['vs_inductor_huge_pages']:.2f}x; load {load_case:.2f}", flush=True)
    load_after = os.getloadavg()
    for rec in records:
        rec["loadavg_before"] = [round(x, 2) for x in load_before]
        rec["loadavg_after"] = [round(x, 2) for x in load_after]
    print(f"load average before {load_before}, after {load_after}")

    old = []
    if os.path.exists(args.json):
        with open(args.json) as f:
            old = json.load(f)
    keep = [r for r in old if (r["case"], r["machine"]) not in
            {(r2["case"], r2["machine"]) for r2 in records}]
    with open(args.json, "w") as f:
        json.dump(keep + records, f, indent=1)
        f.write("\n")
    print(f"wrote {args.json}")


if __name__ == "__main__":
    main()
