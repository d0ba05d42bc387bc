"""The five memory-bound programs of the CPU benchmark (bench/cpu_bench.py).

Each is exported on device cpu with `python -m inductor_sched export` into
bench/cpu/<case>.mlir and timed against torch.compile of the same function.
"""
from programs import add_sum, layernorm, rmsnorm_residual, softmax, transpose_add_sum

N = 8192


# case -> (function, shapes as for `inductor_sched export --shapes`)
CASES = {
    "add_sum": (add_sum, f"{N}x{N},{N}x{N}"),
    "softmax": (softmax, f"{N}x{N}"),
    "layernorm": (layernorm, f"{N}x{N},{N},{N}"),
    "rmsnorm_residual": (rmsnorm_residual, f"{N}x{N},{N}x{N},{N}"),
    "transpose_add_sum": (transpose_add_sum, f"{N}x{N},{N}x{N}"),
}


def case_inputs(case):
    """The case's inputs, as every benchmark makes them: randn of its
    shapes, seed 0."""
    import torch

    torch.manual_seed(0)
    return [torch.randn(*[int(s) for s in t.split("x")]) for t in CASES[case][1].split(",")]
