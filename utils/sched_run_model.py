"""What sched-run (tools/sched-run) computes around a graph, in Python.

The inputs it fills and the hash it prints, so the scripts that predict its
output (sched-run-reference.py, gen-runnable-graph.py --reference) draw the
same values as it does, from one copy. They import this module from their
own directory, which Python puts on sys.path.
"""

MASK = (1 << 64) - 1
FNV_OFFSET = 1469598103934665603


def splitmix64(state):
    """Yields the splitmix64 sequence from `state`."""
    while True:
        state = (state + 0x9E3779B97F4A7C15) & MASK
        z = state
        z = ((z ^ (z >> 30)) * 0xBF58476D1CE4E5B9) & MASK
        z = ((z ^ (z >> 27)) * 0x94D049BB133111EB) & MASK
        yield z ^ (z >> 31)


def input_values(seed, index, n):
    """The first n elements of input `index`'s flat storage: splitmix64
    seeded with seed * 1000003 + index, each (top byte - 128) / 64."""
    gen = splitmix64((seed * 1000003 + index) & MASK)
    return [((next(gen) >> 56) - 128) / 64.0 for _ in range(n)]


def fnv1a64(data, h=FNV_OFFSET):
    """The 64-bit FNV-1a hash of the bytes `data`, continued from `h`."""
    for byte in data:
        h = ((h ^ byte) * 1099511628211) & MASK
    return h
