#!/usr/bin/env python3
"""Benchmark of the pre-fusion pipeline (Scheduler._init up to fusion).

For each shape and size, generates a graph with bench/gen_graph.py (cached
under --graph-dir), then runs

  build/bin/sched-opt FILE -sched-pre-fusion -o /dev/null \
      --mlir-timing --mlir-timing-display=list --mlir-output-format=json

--repeat times (once when a run takes over --long-run-s), parses MLIR's per-phase wall times (Parser, each pass,
Output) and prints the best (minimum) of each phase over the repeats, the
passes' total and ns/node, the peak RSS, and the growth ratio of each phase
between consecutive sizes (with the implied exponent: 1 = linear,
2 = quadratic).

Each run is bounded by --timeout seconds and --mem-limit-gb of address space
(RLIMIT_AS), so a quadratic pass reports "timeout" or "oom" instead of
hanging or taking the machine down. Once a size fails for a shape, larger
sizes of that shape skip the full pipeline (--no-skip-after-failure to try
anyway). When the full pipeline fails or is skipped, the same file is timed
again with -sched-pre-fusion=record-ancestors=false (where sched-opt has that
option; otherwise with the four passes before the ancestors pass), so the
other passes' scaling is still reported (--no-fallback to skip that).

Note: with sched-opt's default --verify-each, MLIR runs the verifier after
each pass inside that pass's timer; --verify-each=0 takes it out.

Usage: python3 bench/run_init_bench.py [--sizes 1000,10000,100000]
           [--shapes chain,fanout,transformer] [--repeat 3] [--json out.json]
"""

import argparse
import datetime
import hashlib
import json
import math
import os
import platform
import re
import resource
import shlex
import subprocess
import sys
import tempfile
import threading
import time

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.dirname(HERE)
sys.path.insert(0, HERE)
import gen_graph  # noqa: E402

# MLIR's timer names for the five passes of -sched-pre-fusion, in order.
PASSES = [
    ("SchedComputeReadWritesPass", "readwrites"),
    ("SchedComputeDependenciesPass", "deps"),
    ("SchedTopologicalSortPass", "toposort"),
    ("SchedDeadNodeEliminationPass", "dce"),
    ("SchedComputeAncestorsPass", "ancestors"),
]
PHASES = [("Parser", "parse")] + PASSES + [("Output", "output")]
METRICS = ["parse"] + [k for _, k in PASSES] + ["passes", "output"]


def machine_info():
    info = {"nproc": os.cpu_count(), "platform": platform.platform(),
            "python": platform.python_version()}
    try:
        info["nproc"] = int(subprocess.check_output(["nproc"], text=True).strip())
    except (OSError, subprocess.CalledProcessError, ValueError):
        pass
    try:
        with open("/proc/cpuinfo") as f:
            for line in f:
                if line.startswith("model name"):
                    info["cpu"] = line.split(":", 1)[1].strip()
                    break
    except OSError:
        pass
    try:
        with open("/proc/meminfo") as f:
            for line in f:
                if line.startswith("MemTotal"):
                    info["mem_total_gb"] = round(int(line.split()[1]) / 2**20, 1)
                    break
    except OSError:
        pass
    try:
        rev = subprocess.check_output(["git", "-C", REPO, "rev-parse", "--short", "HEAD"],
                                      text=True, stderr=subprocess.DEVNULL).strip()
        dirty = subprocess.call(["git", "-C", REPO, "diff", "--quiet", "HEAD", "--",
                                 "lib", "include", "tools"],
                                stderr=subprocess.DEVNULL) != 0
        info["git"] = rev + ("-dirty(lib/include/tools)" if dirty else "")
    except (OSError, subprocess.CalledProcessError):
        pass
    return info


def run_once(cmd, timeout, mem_limit_bytes):
    """Runs cmd; returns dict(status, wall, maxrss_mb, timings, stderr_tail)."""
    def limit():
        if mem_limit_bytes:
            resource.setrlimit(resource.RLIMIT_AS, (mem_limit_bytes, mem_limit_bytes))

    with tempfile.TemporaryFile(mode="w+") as err:
        t0 = time.monotonic()
        proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=err,
                                preexec_fn=limit)
        timed_out = threading.Event()

        def kill():
            timed_out.set()
            proc.kill()
        timer = threading.Timer(timeout, kill)
        timer.start()
        try:
            _, status, ru = os.wait4(proc.pid, 0)
        finally:
            timer.cancel()
        proc.returncode = os.waitstatus_to_exitcode(status)  # keep Popen quiet
        wall = time.monotonic() - t0
        err.seek(0)
        text = err.read()
    res = {"wall": wall, "maxrss_mb": ru.ru_maxrss / 1024.0, "rc": proc.returncode,
           "timings": None, "stderr_tail": text[-600:]}
    # On a crash, LLVM prints a backtrace: name the pass and function it died in.
    m = re.search(r"LLVM ERROR: [^\n]*", text)
    if m:
        res["error"] = m.group(0)
    fr = re.findall(r"(\w+Pass)::runOnOperation|SchedulerGraph::(\w+)", text)
    if fr:
        names = []
        for a, b in fr:
            nm = a or ("SchedulerGraph::" + b)
            if nm not in names:
                names.append(nm)
        res["crashed_in"] = " < ".join(names[:3])
    if timed_out.is_set():
        res["status"] = "timeout"
        return res
    if proc.returncode != 0:
        low = text.lower()
        oom = ("out of memory" in low or "bad_alloc" in low or "cannot allocate" in low
               or proc.returncode in (-9, -6, 134, 137))
        res["status"] = "oom" if oom and mem_limit_bytes else f"error rc={proc.returncode}"
        return res
    start, end = text.find("["), text.rfind("]")
    try:
        entries = json.loads(text[start:end + 1])
    except ValueError:
        res["status"] = "unparsable timing output"
        return res
    timings = {}
    for e in entries:
        timings[e["name"]] = e["wall"]["duration"]
    res["timings"] = timings
    res["status"] = "ok"
    return res


def summarize(runs):
    """Best (minimum) of each phase over the successful runs."""
    ok = [r for r in runs if r["status"] == "ok"]
    if not ok:
        return None
    best = {}
    for name, key in PHASES:
        vals = [r["timings"].get(name) for r in ok]
        vals = [v for v in vals if v is not None]
        best[key] = min(vals) if vals else None
    best["passes"] = min(sum(r["timings"].get(n, 0.0) for n, _ in PASSES) for r in ok)
    best["wall"] = min(r["wall"] for r in ok)
    best["maxrss_mb"] = max(r["maxrss_mb"] for r in ok)
    return best


def fmt_n(n):
    if n % 1000000 == 0:
        return f"{n // 1000000}M"
    if n % 1000 == 0:
        return f"{n // 1000}k"
    return str(n)


def fmt_s(v):
    if v is None:
        return "-"
    return f"{v:.4f}"


def table(rows, header):
    widths = [max(len(str(r[i])) for r in [header] + rows) for i in range(len(header))]
    lines = ["| " + " | ".join(str(h).ljust(w) for h, w in zip(header, widths)) + " |",
             "|" + "|".join("-" * (w + 2) for w in widths) + "|"]
    for r in rows:
        lines.append("| " + " | ".join(str(c).rjust(w) if i >= 2 else str(c).ljust(w)
                                       for i, (c, w) in enumerate(zip(r, widths))) + " |")
    return "\n".join(lines)


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--sizes", default="1000,10000,100000", help="comma-separated node counts")
    ap.add_argument("--shapes", default=",".join(gen_graph.SHAPES),
                    help="comma-separated subset of " + ",".join(gen_graph.SHAPES))
    ap.add_argument("--repeat", type=int, default=3, help="runs per point; the best is kept")
    ap.add_argument("--long-run-s", type=float, default=60.0,
                    help="a run longer than this is not repeated")
    ap.add_argument("--json", metavar="OUT", help="also write all raw and summarized results here")
    ap.add_argument("--timeout", type=float, default=300.0, help="seconds per sched-opt run")
    ap.add_argument("--mem-limit-gb", type=float, default=12.0,
                    help="address-space limit per run (RLIMIT_AS); 0 = none")
    ap.add_argument("--graph-dir", default=os.path.join(tempfile.gettempdir(),
                                                         "sched-bench-graphs"),
                    help="where generated graphs are cached")
    ap.add_argument("--regenerate", action="store_true", help="rewrite cached graphs")
    ap.add_argument("--sched-opt", default=os.path.join(REPO, "build", "bin", "sched-opt"))
    ap.add_argument("--verify-each", choices=["0", "1"], default="1",
                    help="sched-opt's --verify-each (1, its default, times the verifier "
                         "inside each pass)")
    ap.add_argument("--pipeline-options", default="",
                    help="options of -sched-pre-fusion, e.g. record-ancestors=false")
    ap.add_argument("--no-fallback", action="store_true",
                    help="when -sched-pre-fusion fails, do not time the pipeline "
                         "without the ancestors pass")
    ap.add_argument("--no-skip-after-failure", action="store_true",
                    help="run larger sizes of a shape even after a smaller one failed")
    args = ap.parse_args(argv)

    shapes = [s for s in args.shapes.split(",") if s]
    for s in shapes:
        if s not in gen_graph.GENERATORS:
            ap.error(f"unknown shape {s!r}")
    sizes = sorted(int(s) for s in args.sizes.split(",") if s)
    if not os.access(args.sched_opt, os.X_OK):
        ap.error(f"{args.sched_opt} not found; build it first (scripts/test.sh)")
    mem_limit = int(args.mem_limit_gb * 2**30) if args.mem_limit_gb > 0 else 0

    info = machine_info()
    command = "python3 " + " ".join(shlex.quote(a) for a in
                                    [os.path.relpath(sys.argv[0], REPO)] + sys.argv[1:])
    date = datetime.datetime.now().astimezone().isoformat(timespec="seconds")
    print(f"# date: {date}")
    print(f"# machine: {info.get('cpu', '?')}, nproc={info.get('nproc')}, "
          f"mem={info.get('mem_total_gb', '?')} GiB, {info.get('platform')}")
    with open(args.sched_opt, "rb") as f:
        info["sched_opt_sha256"] = hashlib.sha256(f.read()).hexdigest()[:12]
    info["sched_opt_mtime"] = datetime.datetime.fromtimestamp(
        os.path.getmtime(args.sched_opt)).astimezone().isoformat(timespec="seconds")
    print(f"# sched-opt: {args.sched_opt} (sha256 {info['sched_opt_sha256']}, mtime "
          f"{info['sched_opt_mtime']}; repo HEAD {info.get('git', '?')})")
    print(f"# command: {command}")
    info["loadavg_start"] = os.getloadavg()
    print(f"# load average at start: {' '.join(f'{x:.2f}' for x in info['loadavg_start'])}")
    print(f"# per run: timeout {args.timeout:g} s, address-space limit "
          f"{args.mem_limit_gb:g} GiB, --verify-each={args.verify_each}; "
          f"best of {args.repeat}", flush=True)

    results = []
    base = [args.sched_opt, None, "-o", os.devnull, "--mlir-timing",
            "--mlir-timing-display=list", "--mlir-output-format=json",
            f"--verify-each={args.verify_each}"]
    help_text = subprocess.run([args.sched_opt, "--help"], capture_output=True,
                               text=True).stdout
    if "record-ancestors" in help_text:
        # All five passes; the ancestors pass records only the orders.
        without_ancestors = ["-sched-pre-fusion=record-ancestors=false"]
        fallback_desc = ("-sched-pre-fusion=record-ancestors=false (all five passes; "
                         "ancestors computes only min/max order)")
    else:
        without_ancestors = ["-sched-compute-read-writes", "-sched-compute-dependencies",
                             "-sched-topological-sort", "-sched-dead-node-elimination"]
        fallback_desc = (" ".join(without_ancestors) +
                         " (no ancestors pass; 'passes' sums four passes)")
    full = ["-sched-pre-fusion" + (f"={args.pipeline_options}"
                                   if args.pipeline_options else "")]

    def measure(entry, path, passes, label):
        cmd = list(base)
        cmd[1] = path
        cmd[2:2] = passes
        entry["cmd" if label == "full" else "fallback_cmd"] = \
            " ".join(shlex.quote(c) for c in cmd)
        runs = []
        for _ in range(args.repeat):
            r = run_once(cmd, args.timeout, mem_limit)
            runs.append(r)
            if r["status"] != "ok" or r["wall"] > args.long_run_s:
                break
        return runs

    def describe(r):
        return f"{r['status']} after {r['wall']:.1f} s, peak RSS {r['maxrss_mb']:.0f} MB"

    for shape in shapes:
        failed = None
        for n in sizes:
            entry = {"shape": shape, "nodes": n, "runs": []}
            results.append(entry)
            path = gen_graph.graph_path(args.graph_dir, shape, n)
            if args.regenerate or not os.path.exists(path):
                t0 = time.monotonic()
                gen_graph.write_graph(args.graph_dir, shape, n)
                entry["gen_s"] = time.monotonic() - t0
            entry["file"] = path
            entry["file_mb"] = os.path.getsize(path) / 2**20
            if failed and not args.no_skip_after_failure:
                entry["status"] = f"skipped ({failed} at {fmt_n(failed_n)})"
                print(f"  {shape:11s} {fmt_n(n):>5s}: full pipeline {entry['status']}",
                      flush=True)
            else:
                entry["runs"] = measure(entry, path, full, "full")
                entry["best"] = summarize(entry["runs"])
                last = entry["runs"][-1]
                if entry["best"] is None:
                    entry["status"] = last["status"]
                    entry["failure"] = {k: last.get(k) for k in
                                        ("status", "wall", "maxrss_mb", "rc", "error",
                                         "crashed_in")}
                    failed, failed_n = last["status"], n
                    print(f"  {shape:11s} {fmt_n(n):>5s}: full pipeline {describe(last)}"
                          f"{'; ' + last['error'] if last.get('error') else ''}"
                          f"{'; in ' + last['crashed_in'] if last.get('crashed_in') else ''}",
                          flush=True)
                else:
                    b = entry["best"]
                    entry["status"] = "ok"
                    print(f"  {shape:11s} {fmt_n(n):>5s}: passes {b['passes']:.4f} s, "
                          f"wall {b['wall']:.2f} s, peak RSS {b['maxrss_mb']:.0f} MB",
                          flush=True)
            if entry.get("best") is None and not args.no_fallback:
                # Time the other four passes alone so their scaling is still
                # visible when the ancestors step (or anything) fails.
                entry["fallback_runs"] = measure(entry, path, without_ancestors, "fallback")
                entry["fallback_best"] = summarize(entry["fallback_runs"])
                fb = entry["fallback_best"]
                if fb is None:
                    print(f"  {shape:11s} {fmt_n(n):>5s}: fallback "
                          f"{describe(entry['fallback_runs'][-1])}", flush=True)
                else:
                    print(f"  {shape:11s} {fmt_n(n):>5s}: fallback: passes "
                          f"{fb['passes']:.4f} s, wall {fb['wall']:.2f} s, peak RSS "
                          f"{fb['maxrss_mb']:.0f} MB", flush=True)

    info["loadavg_end"] = os.getloadavg()
    print(f"# load average at end: {' '.join(f'{x:.2f}' for x in info['loadavg_end'])}")

    # Main table.
    header = ["shape", "nodes", "parse s"] + [f"{k} s" for _, k in PASSES] + \
             ["passes s", "ns/node (passes)", "output s", "wall s", "peak RSS MB"]
    rows = []
    notes = []
    for e in results:
        b = e.get("best")
        if b is None:
            fb = e.get("fallback_best")
            fail = e.get("failure")
            st = e["status"]
            if fail:
                st = f"{fail['status']} ({fail['wall']:.0f} s, {fail['maxrss_mb']:.0f} MB)"
            if fb is None:
                rows.append([e["shape"], fmt_n(e["nodes"]), "pipeline: " + st] +
                            [""] * (len(header) - 3))
                continue
            anc = ("*" + fmt_s(fb["ancestors"]) + " / " if fb.get("ancestors") is not None
                   else "")
            if fail and fail.get("crashed_in"):
                st += " in " + fail["crashed_in"].split(" < ")[-1]
            rows.append([e["shape"], fmt_n(e["nodes"]), "*" + fmt_s(fb["parse"])] +
                        ["*" + fmt_s(fb[k]) for _, k in PASSES[:-1]] +
                        [anc + "full: " + st, "*" + fmt_s(fb["passes"]),
                         f"*{fb['passes'] / e['nodes'] * 1e9:.0f}",
                         "*" + fmt_s(fb["output"]), f"*{fb['wall']:.2f}",
                         f"*{fb['maxrss_mb']:.0f}"])
            notes.append(e)
            continue
        rows.append([e["shape"], fmt_n(e["nodes"]), fmt_s(b["parse"])] +
                    [fmt_s(b[k]) for _, k in PASSES] +
                    [fmt_s(b["passes"]), f"{b['passes'] / e['nodes'] * 1e9:.0f}",
                     fmt_s(b["output"]), f"{b['wall']:.2f}", f"{b['maxrss_mb']:.0f}"])
    print()
    print("Best-of-%d wall times (MLIR --mlir-timing, 0.1 ms resolution):" % args.repeat)
    print(table(rows, header))
    if notes:
        print("(*) " + " ".join(full) + " failed or was skipped at this size; the starred "
              "figures come from the same file run with " + fallback_desc + ".")

    # Growth ratios between consecutive sizes.
    grow_rows = []
    growth = {}
    for shape in shapes:
        es = [e for e in results if e["shape"] == shape]
        for a, b in zip(es, es[1:]):
            label = f"{fmt_n(b['nodes'])}/{fmt_n(a['nodes'])}"
            row = [shape, label]
            g = {}
            for k in METRICS:
                ba = a.get("best") or a.get("fallback_best")
                bb = b.get("best") or b.get("fallback_best")
                if k in ("passes", "ancestors", "output") and \
                        (a.get("best") is None) != (b.get("best") is None):
                    row.append("-")  # different pipelines (fallback against full)
                    continue
                if not ba or not bb or not ba.get(k) or bb.get(k) is None:
                    row.append("-")
                    continue
                ratio = bb[k] / ba[k]
                expo = math.log(ratio) / math.log(b["nodes"] / a["nodes"]) if ratio > 0 else 0
                g[k] = {"ratio": ratio, "exponent": expo, "base_s": ba[k]}
                mark = "~" if ba[k] < 0.002 else ""  # base near the timer's resolution
                row.append(f"{mark}{ratio:.1f} (n^{expo:.2f})")
            growth[f"{shape} {label}"] = g
            grow_rows.append(row)
    if grow_rows:
        print()
        print("Growth between consecutive sizes: time ratio (implied exponent; "
              "1.00 = linear, 2.00 = quadratic; ~ = base under 2 ms, low resolution):")
        print(table(grow_rows, ["shape", "sizes"] + [f"{k}" for k in METRICS]))

    if args.json:
        with open(args.json, "w") as f:
            json.dump({"date": date, "machine": info, "command": command,
                       "args": vars(args), "results": results, "growth": growth},
                      f, indent=1)
        print(f"\n# wrote {args.json}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
