#!/usr/bin/env python3
"""Expected sched-run output for examples/seed_add_sum_8x16.cpu.mlir.

Computes buf0 = (arg0_1 + arg1_1).sum(dim=1) from the same pseudo-random
inputs as sched-run (splitmix64 seeded with seed * 1000003 + input index,
element e of the flat storage = (top byte - 128) / 64), independently of
sched-opt, and prints the line sched-run prints. The inputs are multiples of
1/64 in [-2, 2), so every partial sum is exact in float32 and in Python's
float alike.

  python3 utils/sched-run-reference.py --seed 0
"""

import argparse
import struct

from sched_run_model import fnv1a64, input_values


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seed", type=int, default=0)
    args = parser.parse_args()
    a = input_values(args.seed, 0, 8 * 16)
    b = input_values(args.seed, 1, 8 * 16)
    buf0 = [sum(a[16 * i + j] + b[16 * i + j] for j in range(16))
            for i in range(8)]
    # Exact: float32 rounding changes nothing.
    assert all(struct.unpack("<f", struct.pack("<f", v))[0] == v for v in buf0)
    h = fnv1a64(b"".join(struct.pack("<f", v) for v in buf0))
    first = " ".join("%.9g" % v for v in buf0)
    print("@seed_add_sum_8x16 buf0 f32[8] sum=%.17g hash=%016x first: %s"
          % (sum(buf0), h, first))


if __name__ == "__main__":
    main()
