#!/usr/bin/env python3
"""GPU differential test: random graphs run on the GPU against the generator's
independent float32 evaluator.

On the build machine:
  python3 utils/gen-runnable-graph.py --device cuda --seed 1 --count 200 -o gpu-diff.mlir
  python3 utils/gen-runnable-graph.py --device cuda --seed 1 --count 200 --reference > gpu-diff.ref
  scripts/build-cuda-library.sh gpu-diff.mlir DIR
On the GPU machine (torch with CUDA):
  python3 utils/gpu-differential.py --lib-dir DIR --name gpu-diff --reference gpu-diff.ref

Each graph's inputs are sched-run's (utils/sched_run_model.py: splitmix64,
multiples of 1/64, in storage order); each output, in logical row-major
order, is compared with the reference line: the FNV-1a hash of its bits
(bit-exact), else its in-order sum and first values within a relative
1e-4 (float reductions run in another order on the GPU); the sum may
instead be within 1e-6 of the sum of the output's absolute values, where
cancellation makes the sum small against its elements. Prints one line
per mismatch and a summary; exits 1 on any mismatch.
"""
import argparse
import math
import os
import re
import struct
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
sys.path.insert(0, os.path.join(HERE, "..", "python"))

import sched_run_model  # noqa: E402

LINE = re.compile(r"^@(\w+) (\w+) (\w+)\[([\d,]*)\] sum=(\S+) hash=([0-9a-f]+|unknown) first:(.*)$")
TOL = 1e-4
MAGNITUDE_TOL = 1e-6


def close(a, b):
    if math.isnan(a) or math.isnan(b):
        return math.isnan(a) and math.isnan(b)
    if math.isinf(a) or math.isinf(b):
        return a == b
    return abs(a - b) <= TOL * max(1.0, abs(b))


def sum_close(total, want, magnitude):
    """An output's sum against the reference's: within TOL of it, or within
    MAGNITUDE_TOL of the sum of the output's absolute values. Rounding under
    another order of operations is relative to each element, so
    cancellation in the sum (large elements of both signs) can leave a
    correct output's sum far from the reference's relative to the sum."""
    if close(total, want):
        return True
    return not math.isnan(total) and not math.isinf(total) and \
        abs(total - want) <= MAGNITUDE_TOL * magnitude


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--lib-dir", required=True)
    parser.add_argument("--name", required=True)
    parser.add_argument("--reference", required=True)
    parser.add_argument("--run-seed", type=int, default=0)
    args = parser.parse_args(argv)

    import torch
    from inductor_sched.cuda_library import load_graphs

    expected = {}
    with open(args.reference) as f:
        for line in f:
            m = LINE.match(line.strip())
            if m:
                expected.setdefault(m.group(1), []).append(m.groups())
    graphs = load_graphs(args.lib_dir, args.name)
    dtypes = {"f32": torch.float32, "i64": torch.int64}
    exact = close_ok = failed = 0
    for name, lib in graphs.items():
        flats = []
        for k, entry in enumerate(lib.abi["inputs"]):
            vals = sched_run_model.input_values(args.run_seed, k, entry["extent"])
            if entry["dtype"] == "i64":
                vals = [int(v * 64) for v in vals]
            flats.append(torch.tensor(vals, dtype=dtypes[entry["dtype"]], device="cuda"))
        owned = [e for e in lib.abi["outputs"] if "alias_of" not in e]
        like = [torch.empty(e["extent"], dtype=dtypes[e["dtype"]], device="cuda") for e in owned]
        outs = iter(lib(*flats, like=like))
        by_input = {e["name"]: t for e, t in zip(lib.abi["inputs"], flats)}
        torch.cuda.synchronize()
        for entry, want in zip(lib.abi["outputs"], expected.get(name, [])):
            flat = by_input[entry["alias_of"]] if "alias_of" in entry else next(outs)
            logical = torch.as_strided(flat, entry["sizes"], entry["strides"], entry["offset"])
            values = logical.flatten().cpu().tolist()
            fmt = "<q" if want[2] == "i64" else "<f"
            h = sched_run_model.FNV_OFFSET
            total = 0.0
            for v in values:
                h = sched_run_model.fnv1a64(struct.pack(fmt, v), h)
                total += float(v)
            if "%016x" % h == want[5]:
                exact += 1
                continue
            first = [float(x) for x in want[6].split()]
            magnitude = sum(abs(float(v)) for v in values)
            ok = sum_close(total, float(want[4].replace("-nan", "nan")), magnitude) and \
                all(close(float(a), b) for a, b in zip(values[:8], first))
            if ok:
                close_ok += 1
            else:
                failed += 1
                print(f"MISMATCH @{name} {want[1]}: sum={total!r} want {want[4]}; "
                      f"first {values[:8]} want {first}")
        if len(expected.get(name, [])) != len(lib.abi["outputs"]):
            failed += 1
            print(f"MISMATCH @{name}: {len(lib.abi['outputs'])} outputs, the reference has "
                  f"{len(expected.get(name, []))}")
    print(f"{len(graphs)} graphs: {exact} outputs bit-exact, {close_ok} within {TOL}, "
          f"{failed} mismatched")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
