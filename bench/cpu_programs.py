"""The five memory-bound programs of the CPU benchmark (bench/cpu_bench.py).

Each is exported on device cpu with `python -m inductor_sched export` into
bench/cpu/<case>.mlir and timed against torch.compile of the same function.
"""
import torch
import torch.nn.functional as F

N = 8192


def add_sum(a, b):
    return (a + b).sum(1)


def softmax(x):
    return torch.softmax(x, -1)


def layernorm(x, w, b):
    return F.layer_norm(x, (x.shape[-1],), w, b)


def rmsnorm_residual(x, r, w):
    h = x + r
    return h * torch.rsqrt(h.pow(2).mean(-1, keepdim=True) + 1e-6) * w, h


def transpose_add_sum(a, b):
    return (a + b.t()).sum(0)


# case -> (function, shapes as for `inductor_sched export --shapes`)
CASES = {
    "add_sum": (add_sum, f"{N}x{N},{N}x{N}"),
    "softmax": (softmax, f"{N}x{N}"),
    "layernorm": (layernorm, f"{N}x{N},{N},{N}"),
    "rmsnorm_residual": (rmsnorm_residual, f"{N}x{N},{N}x{N},{N}"),
    "transpose_add_sum": (transpose_add_sum, f"{N}x{N},{N}x{N}"),
}
