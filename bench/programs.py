"""The memory-bound programs the kernel benchmarks share (bench/cpu_programs.py
for the CPU, bench/gpu_programs.py for the GPU pick their cases from these).

The functions only need torch when called, so case tables import without it
(bench/build_gpu_libs.sh reads them with a plain python3).
"""
try:
    import torch
    import torch.nn.functional as F
except ImportError:
    torch = F = None


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


def sum_amax(x):
    return x.sum(-1), x.amax(-1)


def input_mutation(x, y):
    x.add_(1.0)
    return x * y


def add_two_users_sum(a, b):
    return (a + b).sum(1), (a + b) * 2


def dead_value(x):
    y = x * 2
    z = y.sum()  # unused
    return y + 1
