#!/usr/bin/env python3
"""Times Inductor's own Scheduler.__init__ (the whole of _init: dependencies,
topological sort, dead-node elimination, ancestors, fuse_nodes, merge_loops,
peak-memory reordering, last usage) on PyTorch programs of the benchmark's
shapes, and InductorSched's sched-bench on generated graphs of the same shape
and node count, in the same run on the same machine.

  /tmp/torchenv/bin/python bench/inductor_init_bench.py --json bench/results/init-vs-inductor.json

Needs PyTorch (2.11) and a built build/bin/sched-bench. Inductor runs on the
CPU (device "cpu": its C++ backend's fusion rules); the generated graphs use
device "cpu" as well. Shapes:

  chain        x_{k+1} = x_k * 1.0001 + 1, every x_k returned: N buffers in one
               dependence chain.
  fanout       y = sin(x) returned, then N-1 outputs y * c_k: N-1 nodes that all
               read one buffer (the shape the issue measured at 102 nodes).
  transformer  L GPT-like layers (layernorm, q/k/v and MLP matmuls, softmax,
               GELU, residual adds), T=64 tokens, H=64: Inductor's own lowering
               decides the node count, and our generator makes a graph of the
               same size from the same layer shape.
"""

import argparse
import json
import os
import platform
import subprocess
import sys
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)


def inductor_init_seconds(fn, args):
    """Compiles fn with Inductor; returns (seconds in Scheduler.__init__, nodes)."""
    import torch
    import torch._dynamo
    from torch._inductor import config, scheduler

    config.fx_graph_cache = False
    config.autotune_local_cache = False
    torch._dynamo.reset()
    record = {}
    original = scheduler.Scheduler.__init__

    def timed(self, nodes, *a, **k):
        start = time.perf_counter()
        original(self, nodes, *a, **k)
        record["seconds"] = record.get("seconds", 0.0) + time.perf_counter() - start
        record["nodes"] = record.get("nodes", 0) + len(nodes)
        record["kernels"] = record.get("kernels", 0) + len(self.nodes)

    scheduler.Scheduler.__init__ = timed
    try:
        torch.compile(fn, backend="inductor")(*args)
    finally:
        scheduler.Scheduler.__init__ = original
    return record


def chain(n):
    def f(x):
        outs = []
        for _ in range(n):
            x = x * 1.0001 + 1.0
            outs.append(x)
        return outs
    return f


def fanout(n):
    def f(x):
        y = torch.sin(x)
        return [y] + [y * (1.0 + k) for k in range(n - 1)]
    return f


def transformer(layers, t=64, h=64):
    import torch.nn as nn

    class Block(nn.Module):
        def __init__(self):
            super().__init__()
            self.ln1, self.ln2 = nn.LayerNorm(h), nn.LayerNorm(h)
            self.qkv, self.proj = nn.Linear(h, 3 * h), nn.Linear(h, h)
            self.fc1, self.fc2 = nn.Linear(h, 4 * h), nn.Linear(4 * h, h)

        def forward(self, x):
            q, k, v = self.qkv(self.ln1(x)).split(h, dim=-1)
            att = torch.softmax(q @ k.transpose(-2, -1) / h ** 0.5, dim=-1)
            x = x + self.proj(att @ v)
            return x + self.fc2(torch.nn.functional.gelu(self.fc1(self.ln2(x))))

    model = nn.Sequential(*[Block() for _ in range(layers)]).eval()

    def f(x):
        with torch.no_grad():
            return model(x)
    return f


def ours_seconds(shape, nodes, graph_dir, repeat):
    """sched-bench with fusion on a generated graph of `nodes` nodes."""
    subprocess.run([sys.executable, os.path.join(HERE, "gen_graph.py"), "-o", graph_dir,
                    "--shapes", shape, "--sizes", str(nodes), "--device", "cpu"],
                   check=True, stdout=subprocess.DEVNULL)
    out = subprocess.run([os.path.join(ROOT, "build", "bin", "sched-bench"),
                          os.path.join(graph_dir, f"{shape}_{nodes}.mlir"), "--fuse",
                          "--repeat", str(repeat)], check=True, capture_output=True, text=True)
    result = json.loads(out.stdout)
    return result["analysis_total"], result["nodes_after"]


def main():
    global torch
    import torch

    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--chain", default="100,300,1000", help="chain lengths")
    ap.add_argument("--fanout", default="102,300,1000", help="fan-out node counts")
    ap.add_argument("--layers", default="1,4,12", help="transformer layer counts")
    ap.add_argument("--repeat", type=int, default=3, help="sched-bench runs (best counts)")
    ap.add_argument("--json", help="write the records here")
    args = ap.parse_args()

    torch.set_num_threads(1)
    graph_dir = tempfile.mkdtemp(prefix="sched-vs-inductor-")
    cases = [("chain", int(n), chain(int(n)), (torch.randn(1024),)) for n in args.chain.split(",") if n]
    cases += [("fanout", int(n), fanout(int(n)), (torch.randn(1024),)) for n in args.fanout.split(",") if n]
    cases += [("transformer", int(l), transformer(int(l)), (torch.randn(64, 64),))
              for l in args.layers.split(",") if l]
    records = []
    for shape, size, fn, inputs in cases:
        inductor = inductor_init_seconds(fn, inputs)
        ours, our_kernels = ours_seconds(shape, inductor["nodes"], graph_dir, args.repeat)
        rec = {"shape": shape, "param": size, "nodes": inductor["nodes"],
               "inductor_kernels": inductor["kernels"], "our_kernels": our_kernels,
               "inductor_init_s": round(inductor["seconds"], 4), "ours_s": round(ours, 5),
               "speedup": round(inductor["seconds"] / ours, 1)}
        records.append(rec)
        print(json.dumps(rec), flush=True)
    meta = {"date": time.strftime("%Y-%m-%dT%H:%MZ", time.gmtime()),
            "machine": f"{os.cpu_count()} cores, {platform.processor() or platform.machine()}",
            "torch": torch.__version__,
            "load_average_1m_at_end": round(os.getloadavg()[0], 2),
            "command": "python bench/inductor_init_bench.py " + " ".join(sys.argv[1:])}
    if args.json:
        os.makedirs(os.path.dirname(os.path.abspath(args.json)), exist_ok=True)
        with open(args.json, "w") as f:
            json.dump({"meta": meta, "records": records}, f, indent=1)
            f.write("\n")


if __name__ == "__main__":
    main()
