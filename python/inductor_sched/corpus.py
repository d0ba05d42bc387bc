"""The programs of test/corpus: small real PyTorch programs for conformance.

Each `Program` has a name, a function and a factory of example inputs.
`python -m inductor_sched.conformance [--device cuda]` exports each into
`test/corpus/<name>.<device>.mlir` with Inductor's decisions beside it
(`inductor_sched.export_corpus` exports only, for a machine without
sched-opt); the programs span normalizations, softmax, matmul epilogues,
views, input mutation, every reduction kind, broadcasts, dead code,
gathers, masks, extern fallbacks, a small transformer block, a 12-layer
GPT-like stack, transposed reads and split reductions, and programs compiled
with symbolic sizes (`dynamic`).
"""
import dataclasses
from typing import Callable

import torch
import torch.nn.functional as F


@dataclasses.dataclass
class Program:
    name: str
    fn: Callable
    inputs: Callable[[], list]
    # Symbolic sizes (`exporter.export`'s `dynamic`): None (static), True
    # (`torch.compile(dynamic=True)`) or {input index: [dims]}
    # (`torch._dynamo.mark_dynamic`).
    dynamic: object = None


def _randn(*shapes):
    return lambda: [torch.randn(*s) for s in shapes]


def layernorm(x, w, b):
    return F.layer_norm(x, (64,), w, b)


def rmsnorm(x, w):
    return x * torch.rsqrt(x.pow(2).mean(-1, keepdim=True) + 1e-6) * w


def softmax(x):
    return torch.softmax(x, -1)


def log_softmax(x):
    return torch.log_softmax(x, -1)


def mlp_clamp(x, w1, b1, w2):
    return torch.clamp_min(x @ w1.t() + b1, 0.0) @ w2.t()


def mlp_relu(x, w1, b1):
    return torch.relu(x @ w1.t() + b1)


def linear_gelu(x, w, b):
    return F.gelu(F.linear(x, w, b))


def transpose_contiguous(x):
    return x.t().contiguous() * 2


def permute_sum(x):
    return x.view(4, 8, 16).permute(2, 0, 1).sum(-1)


def view_chain(x):
    return (x.view(16, 32).t() + 1).reshape(-1)[:100] * 3


def inplace_inputs(x, y):
    x.mul_(2)
    y.add_(x)
    return x.sum()


def inplace_slice(x):
    x[:, :4] = 0.0
    return x + 1


def sum_rows(x):
    return x.sum(1)


def sum_cols(x):
    return x.sum(0)


def amax(x):
    return x.amax(-1)


def amin(x):
    return x.amin(0)


def argmax(x):
    return x.argmax(1)


def prod(x):
    return x.prod(1)


def any_positive(x):
    return (x > 0.5).any(1)


def var_mean(x):
    return torch.var_mean(x, 1)


def std_normalize(x):
    return (x - x.mean(1, keepdim=True)) / x.std(1, keepdim=True)


def broadcast_add(x, y):
    return x + y


def broadcast_bias(x, b, s):
    return x * s + b


def dead_code(x, y):
    unused = (x * y).sum()  # noqa: F841
    also_unused = torch.exp(y)  # noqa: F841
    return x - y


def where_mask(x, y):
    return torch.where(x > 0, x, y * 2)


def clamp_tanh(x):
    return torch.tanh(x.clamp(-1.0, 1.0)) + torch.exp(-x)


def max_values_indices(x):
    values, indices = x.max(1)
    return values + 1, indices


def two_reductions(x):
    return x.sum(1) + x.amax(1)


def mm_chain(a, b, c):
    return (a @ b) @ c


def cat_pointwise(a, b):
    return torch.cat([a + 1, b * 2], 0)


def embedding(w, idx):
    return w[idx] * 2


def pad(x):
    return F.pad(x, (1, 1)) + 1


def topk(x):
    values, indices = torch.topk(x, 3)
    return values * 2, indices


def silu(x):
    return F.silu(x)


def half_roundtrip(x):
    return (x.half() * 2).float() + x


def sum_all(x):
    return x.sum()


def l2_normalize(x):
    return x / x.pow(2).sum(-1, keepdim=True).sqrt()


def arange_add(x):
    return x + torch.arange(16, dtype=torch.float32)


def min_max_pointwise(x, y):
    return torch.minimum(x, y) * torch.maximum(x, y)


def transformer_block(x, w_qkv, w_o, w_1, w_2, g1, g2):
    h = F.layer_norm(x, (32,), g1)
    q, k, v = (h @ w_qkv.t()).split(32, -1)
    att = torch.softmax(q @ k.t() * 32 ** -0.5, -1)
    x = x + (att @ v) @ w_o.t()
    h = F.layer_norm(x, (32,), g2)
    return x + F.gelu(h @ w_1.t()) @ w_2.t()


GPT_LAYERS, GPT_WIDTH, GPT_TOKENS = 12, 32, 16


def gpt_stack(x, causal, *weights):
    """A 12-layer GPT-2-like stack: pre-norm blocks (layernorm, causal
    attention with softmax, MLP with tanh GELU, residuals), a final
    layernorm; 8 weights per layer.

    The scale comes after the causal mask: `softmax(masked * scale)` is
    lowered as the max, the sum and the pointwise node, whereas
    `softmax(masked_fill(scores * scale))` matches the post-grad pattern of
    Inductor's GPU online softmax (`online_softmax_reduce`, whose tuple
    store the exporter cannot write; see softmax)."""
    d = GPT_WIDTH
    for layer in range(GPT_LAYERS):
        g1, b1, w_qkv, w_o, g2, b2, w_1, w_2 = weights[8 * layer:8 * layer + 8]
        h = F.layer_norm(x, (d,), g1, b1)
        q, k, v = (h @ w_qkv.t()).split(d, -1)
        att = (q @ k.t()).masked_fill(causal, float("-inf")) * d ** -0.5
        x = x + (torch.softmax(att, -1) @ v) @ w_o.t()
        h = F.layer_norm(x, (d,), g2, b2)
        x = x + F.gelu(h @ w_1.t(), approximate="tanh") @ w_2.t()
    return F.layer_norm(x, (d,))


def _gpt_stack_inputs():
    d, t = GPT_WIDTH, GPT_TOKENS
    inputs = [torch.randn(t, d), torch.ones(t, t, dtype=torch.bool).triu(1)]
    for _ in range(GPT_LAYERS):
        inputs += [torch.randn(d), torch.randn(d), torch.randn(3 * d, d), torch.randn(d, d),
                   torch.randn(d), torch.randn(d), torch.randn(4 * d, d), torch.randn(d, 4 * d)]
    return inputs


# Aimed at the GPU rules (loop ordering after fusion, split and mixed-order
# reductions, transposed reads); exported on cpu too.
def transpose_reuse(x):
    y = torch.exp(x)
    return y, y.t() + 1


def transpose_add(x):
    return x + x.t()


def row_col_sums(x):
    return x.sum(0), x.sum(1)


def sum_large(x):
    return x.sum()


def transpose_mul_sum(x, y):
    z = x * y.t()
    return z, z.sum(1)


# Loop ordering after fusion (test_loop_ordering.py) and loop-index
# inversion: programs whose fusion needs a loop reorder or an inverted index.
def apbt_realize(x, y):
    from torch._inductor.test_operators import realize

    return realize(x * 2) + realize(y * 3)


def sum_and_t(x):
    return x.sum(dim=-1), x.t().contiguous()


def pw_outer_red(x):
    from torch._inductor.test_operators import realize

    return realize(x + 1).sum(dim=[0, 1])


def sin_and_view(x):
    from torch._inductor.test_operators import realize

    return x.sin(), realize(x.view(10, 10))


def transpose_flatten(x):
    return torch.cos(x).transpose(1, 2).reshape(-1)


PROGRAMS = [
    Program("layernorm", layernorm, _randn((32, 64), (64,), (64,))),
    Program("rmsnorm", rmsnorm, _randn((32, 64), (64,))),
    Program("softmax", softmax, _randn((32, 64))),
    Program("log_softmax", log_softmax, _randn((32, 64))),
    Program("mlp_clamp", mlp_clamp, _randn((16, 32), (64, 32), (64,), (32, 64))),
    Program("mlp_relu", mlp_relu, _randn((16, 32), (64, 32), (64,))),
    Program("linear_gelu", linear_gelu, _randn((16, 32), (64, 32), (64,))),
    Program("transpose_contiguous", transpose_contiguous, _randn((32, 48))),
    Program("permute_sum", permute_sum, _randn((32, 16))),
    Program("view_chain", view_chain, _randn((32, 16))),
    Program("inplace_inputs", inplace_inputs, _randn((16, 16), (16, 16))),
    Program("inplace_slice", inplace_slice, _randn((8, 16))),
    Program("sum_rows", sum_rows, _randn((64, 128))),
    Program("sum_cols", sum_cols, _randn((64, 128))),
    Program("amax", amax, _randn((64, 128))),
    Program("amin", amin, _randn((64, 128))),
    Program("argmax", argmax, _randn((64, 128))),
    Program("prod", prod, _randn((64, 16))),
    Program("any_positive", any_positive, _randn((64, 128))),
    Program("var_mean", var_mean, _randn((64, 128))),
    Program("std_normalize", std_normalize, _randn((64, 128))),
    Program("broadcast_add", broadcast_add, _randn((8, 1, 16), (1, 4, 16))),
    Program("broadcast_bias", broadcast_bias, _randn((32, 64), (64,), (32, 1))),
    Program("dead_code", dead_code, _randn((32, 32), (32, 32))),
    Program("where_mask", where_mask, _randn((32, 32), (32, 32))),
    Program("clamp_tanh", clamp_tanh, _randn((32, 32))),
    Program("max_values_indices", max_values_indices, _randn((32, 64))),
    Program("two_reductions", two_reductions, _randn((32, 64))),
    Program("mm_chain", mm_chain, _randn((16, 32), (32, 24), (24, 8))),
    Program("cat_pointwise", cat_pointwise, _randn((8, 16), (8, 16))),
    Program("embedding", embedding, lambda: [torch.randn(100, 16), torch.randint(0, 100, (8,))]),
    Program("pad", pad, _randn((8, 16))),
    Program("topk", topk, _randn((8, 16))),
    Program("silu", silu, _randn((32, 32))),
    Program("half_roundtrip", half_roundtrip, _randn((32, 32))),
    Program("sum_all", sum_all, _randn((64, 64))),
    Program("l2_normalize", l2_normalize, _randn((32, 64))),
    Program("arange_add", arange_add, _randn((8, 16))),
    Program("min_max_pointwise", min_max_pointwise, _randn((32, 32), (32, 32))),
    Program("transformer_block", transformer_block,
            _randn((16, 32), (96, 32), (32, 32), (64, 32), (32, 64), (32,), (32,))),
    Program("transpose_reuse", transpose_reuse, _randn((32, 64))),
    Program("transpose_add", transpose_add, _randn((64, 64))),
    Program("row_col_sums", row_col_sums, _randn((64, 128))),
    Program("sum_large", sum_large, _randn((1024, 1024))),
    Program("transpose_mul_sum", transpose_mul_sum, _randn((64, 32), (32, 64))),
    Program("apbt_realize", apbt_realize,
            lambda: [torch.randn(128, 256), torch.randn(256, 128).t()]),
    Program("sum_and_t", sum_and_t, _randn((128, 256))),
    Program("pw_outer_red", pw_outer_red, _randn((2, 4, 512))),
    Program("sin_and_view", sin_and_view, _randn((100,))),
    Program("transpose_flatten", transpose_flatten, _randn((4, 64, 32))),
    Program("gpt_stack", gpt_stack, _gpt_stack_inputs),
    # Symbolic sizes: the programs above, compiled with size symbols.
    Program("layernorm_dyn", layernorm, _randn((32, 64), (64,), (64,)), dynamic={0: [0]}),
    Program("embedding_dyn", embedding,
            lambda: [torch.randn(100, 16), torch.randint(0, 100, (8,))], dynamic={1: [0]}),
    Program("sum_all_dyn", sum_all, _randn((64, 64)), dynamic=True),
    Program("mlp_clamp_dyn", mlp_clamp, _randn((16, 32), (64, 32), (64,), (32, 64)),
            dynamic=True),
    Program("transformer_block_dyn", transformer_block,
            _randn((16, 32), (96, 32), (32, 32), (64, 32), (32, 64), (32,), (32,)),
            dynamic=True),
]
