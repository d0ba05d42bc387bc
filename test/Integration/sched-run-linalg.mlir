// The linalg form (-convert-sched-to-linalg, every node a linalg.generic)
// computes what the SCF form's unfused schedule computes, bit for bit:
// sched-run --linalg --check-unfused runs the graph through linalg (then
// convert-linalg-to-loops) and its reference through -convert-sched-to-scf,
// unfused. The programs cover gathers in the body (pad: a masked load;
// view_chain: floor division and modulo), reductions along and across rows,
// transposed reads, mutated inputs, broadcasts and half precision; mm_chain,
// linear_gelu and mlp_clamp have extern mm/addmm (linalg.matmul), and
// mlp_clamp_dyn size symbols (specialized to their hints); argmax,
// max_values_indices, var_mean, layernorm, std_normalize, transformer_block
// and gpt_stack argmax and Welford reductions (several accumulator values);
// apbt_realize and transpose_reuse column-major buffers (memref.transpose),
// permute_sum a dimension two loop variables split (memref.expand_shape).
// RUN: sched-run --linalg --check-unfused %S/../corpus/pad.cpu.mlir | FileCheck %s
// RUN: sched-run --linalg --check-unfused %S/../corpus/view_chain.cpu.mlir | FileCheck %s
// RUN: sched-run --linalg --check-unfused %S/../corpus/cat_pointwise.cpu.mlir | FileCheck %s
// RUN: sched-run --linalg --check-unfused %S/../corpus/where_mask.cpu.mlir | FileCheck %s
// RUN: sched-run --linalg --check-unfused %S/../corpus/softmax.cpu.mlir | FileCheck %s
// RUN: sched-run --linalg --check-unfused %S/../corpus/log_softmax.cpu.mlir | FileCheck %s
// RUN: sched-run --linalg --check-unfused %S/../corpus/rmsnorm.cpu.mlir | FileCheck %s
// RUN: sched-run --linalg --check-unfused %S/../corpus/l2_normalize.cpu.mlir | FileCheck %s
// RUN: sched-run --linalg --check-unfused %S/../corpus/sum_cols.cpu.mlir | FileCheck %s
// RUN: sched-run --linalg --check-unfused %S/../corpus/sum_rows.cpu.mlir | FileCheck %s
// RUN: sched-run --linalg --check-unfused %S/../corpus/two_reductions.cpu.mlir | FileCheck %s
// RUN: sched-run --linalg --check-unfused %examples/transpose_add_sum.cpu.mlir | FileCheck %s
// RUN: sched-run --linalg --check-unfused %S/../corpus/transpose_flatten.cpu.mlir | FileCheck %s
// RUN: sched-run --linalg --check-unfused %examples/input_mutation.cpu.mlir | FileCheck %s
// RUN: sched-run --linalg --check-unfused %S/../corpus/inplace_inputs.cpu.mlir | FileCheck %s
// RUN: sched-run --linalg --check-unfused %S/../corpus/broadcast_bias.cpu.mlir | FileCheck %s
// RUN: sched-run --linalg --check-unfused %S/../corpus/half_roundtrip.cpu.mlir | FileCheck %s
// RUN: sched-run --linalg --check-unfused %S/../corpus/prod.cpu.mlir | FileCheck %s
// RUN: sched-run --linalg --check-unfused %S/../corpus/amax.cpu.mlir | FileCheck %s
// RUN: sched-run --linalg --check-unfused %S/../corpus/mm_chain.cpu.mlir | FileCheck %s
// RUN: sched-run --linalg --check-unfused %S/../corpus/linear_gelu.cpu.mlir | FileCheck %s
// RUN: sched-run --linalg --check-unfused %S/../corpus/mlp_clamp.cpu.mlir | FileCheck %s
// RUN: sched-run --linalg --check-unfused %S/../corpus/mlp_clamp_dyn.cpu.mlir | FileCheck %s
// RUN: sched-run --linalg --check-unfused %S/../corpus/argmax.cpu.mlir | FileCheck %s
// RUN: sched-run --linalg --check-unfused %S/../corpus/max_values_indices.cpu.mlir | FileCheck %s
// RUN: sched-run --linalg --check-unfused %S/../corpus/var_mean.cpu.mlir | FileCheck %s
// RUN: sched-run --linalg --check-unfused %S/../corpus/layernorm.cpu.mlir | FileCheck %s
// RUN: sched-run --linalg --check-unfused %S/../corpus/std_normalize.cpu.mlir | FileCheck %s
// RUN: sched-run --linalg --check-unfused %S/../corpus/transformer_block.cpu.mlir | FileCheck %s
// RUN: sched-run --linalg --check-unfused %S/../corpus/gpt_stack.cpu.mlir | FileCheck %s
// RUN: sched-run --linalg --check-unfused %S/../corpus/apbt_realize.cpu.mlir | FileCheck %s
// RUN: sched-run --linalg --check-unfused %S/../corpus/transpose_reuse.cpu.mlir | FileCheck %s
// RUN: sched-run --linalg --check-unfused %S/../corpus/permute_sum.cpu.mlir | FileCheck %s
// RUN: sched-run --linalg --check-unfused %examples/seed_add_sum_8x16.cpu.mlir | FileCheck %s
// RUN: sched-run --linalg --check-unfused %examples/dead_value.cpu.mlir | FileCheck %s

// CHECK: checked 1 graphs, {{[1-9][0-9]*}} outputs: 0 mismatched

// And 400 random graphs of utils/gen-runnable-graph.py (every node of them
// lowers to linalg), against the SCF form's unfused run, bit for bit:
// RUN: %python %utils/gen-runnable-graph.py --seed 31 --count 200 -o %t.31.mlir
// RUN: %python %utils/gen-runnable-graph.py --seed 32 --count 200 -o %t.32.mlir
// RUN: sched-run --linalg --check-unfused -O=0 %t.31.mlir | FileCheck %s --check-prefix=RANDOM
// RUN: sched-run --linalg --check-unfused -O=0 %t.32.mlir | FileCheck %s --check-prefix=RANDOM
// RANDOM: checked 200 graphs, {{[0-9]+}} outputs: 0 mismatched
