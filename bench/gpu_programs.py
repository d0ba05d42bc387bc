"""The programs of the GPU benchmark (bench/gpu_bench.py, issue 6).

Seven memory-bound programs at the sizes Inductor's own figures were taken
at, then the five programs of ../shared/inductor-dumps (their graphs are
examples/<case>.cuda.mlir). Each of the seven is exported on the GPU machine
with `python -m inductor_sched export --device cuda` into bench/gpu/<case>.mlir
(bench/gpu_export.sh).
"""
from programs import (add_sum, add_two_users_sum, dead_value, input_mutation, layernorm,
                      rmsnorm_residual, softmax, sum_amax, transpose_add_sum)


# case -> (function, input shapes, graph file). The graph files of the
# seven are exported on the GPU; the dumps' are the checked-in examples.
CASES = {
    "add_sum": (add_sum, "8192x8192,8192x8192", "bench/gpu/add_sum.mlir"),
    "softmax": (softmax, "8192x4096", "bench/gpu/softmax.mlir"),
    "layernorm": (layernorm, "8192x4096,4096,4096", "bench/gpu/layernorm.mlir"),
    "rmsnorm_residual": (rmsnorm_residual, "8192x4096,8192x4096,4096",
                         "bench/gpu/rmsnorm_residual.mlir"),
    "transpose_add_sum": (transpose_add_sum, "4096x4096,4096x4096",
                          "bench/gpu/transpose_add_sum.mlir"),
    "sum_amax": (sum_amax, "8192x4096", "bench/gpu/sum_amax.mlir"),
    "input_mutation": (input_mutation, "8192x4096,8192x4096",
                       "bench/gpu/input_mutation.mlir"),
    # ../shared/inductor-dumps
    "dump_seed_add_sum_8x16": (add_sum, "8x16,8x16",
                               "examples/seed_add_sum_8x16.cuda.mlir"),
    "dump_add_two_users_sum": (add_two_users_sum, "8x16,8x16",
                               "examples/add_two_users_sum.cuda.mlir"),
    "dump_dead_value": (dead_value, "1024x1024",
                        "examples/dead_value.cuda.mlir"),
    "dump_input_mutation": (input_mutation, "8192x4096,8192x4096",
                            "examples/input_mutation.cuda.mlir"),
    "dump_transpose_add_sum": (transpose_add_sum, "4096x4096,4096x4096",
                               "examples/transpose_add_sum.cuda.mlir"),
}

# Other sizes of add_sum and sum_amax, for how a lowering choice scales with
# the bytes a kernel streams (bench/README.md, eviction hints); graphs from
# bench/diagnostics/size_variant_graphs.py. Not among the twelve: run with
# --cases, built with CASE_SET=size_variants bench/build_gpu_libs.sh.
SIZE_VARIANTS = {
    f"{fn.__name__}_{shape}": (fn, ",".join([shape] * inputs), f"bench/gpu/sizes/{fn.__name__}_{shape}.mlir")
    for fn, inputs in ((add_sum, 2), (sum_amax, 1))
    for shape in ("4096x4096", "8192x4096", "8192x8192", "16384x8192")
}
ALL_CASES = {**CASES, **SIZE_VARIANTS}

# The seven programs exported on the GPU (the others are examples).
EXPORTED = [c for c, (_, _, path) in CASES.items() if path.startswith("bench/gpu/")]
