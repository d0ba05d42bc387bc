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

MASK = (1 << 64) - 1


def splitmix64(state):
    """Yields the splitmix64 sequence from `state`."""
    while True:
        state = (state + 0x9E3779B97F4A7C15) & MASK
        z = state
        z = ((z ^ (z >> 30)) * 0xBF58476D1CE4E5B9) & MASK
        z = ((z ^ (z >> 27)) * 0x94D049BB133111EB) & MASK
        yield z ^ (z >> 31)


def f32_input(seed, index, n):
    gen = splitmix64((seed * 1000003 + index) & MASK)
    return [((next(gen) >> 56) - 128) / 64.0 for _ in range(n)]


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seed", type=int, default=0)
    args = parser.parse_args()
    a = f32_input(args.seed, 0, 8 * 16)
    b = f32_input(args.seed, 1, 8 * 16)
    buf0 = [sum(a[16 * i + j] + b[16 * i + j] for j in range(16))
            for i in range(8)]
    # Exact: float32 rounding changes nothing.
    assert all(struct.unpack("<f", struct.pack("<f", v))[0] == v for v in buf0)
    h = 1469598103934665603
    for v in buf0:
        for byte in struct.pack("<f", v):
            h = ((h ^ byte) * 1099511628211) & MASK
    first = " ".join("%.9g" % v for v in buf0)
    print("@seed_add_sum_8x16 buf0 f32[8] sum=%.17g hash=%016x first: %s"
          % (sum(buf0), h, first))


if __name__ == "__main__":
    main()
