// streaming-stores is bit-exact: vectorized pointwise nests, with
// non-temporal stores into large aligned storages (sched-run's storages
// are 64-byte aligned, as PyTorch's are), give the default lowering's
// outputs line for line (the CHECK lines are the default's), and
// --check-unfused compares them with its reference run, which keeps the
// defaults. The corpus programs cover masks and strided loads (left
// scalar), mutated inputs, broadcasts, half precision (left scalar) and
// the benchmark's softmax/layernorm/rmsnorm shapes; random graphs cover
// the rest.
// RUN: sched-run %S/Inputs/streaming-stores.mlir | FileCheck %s
// RUN: sched-run --streaming-stores %S/Inputs/streaming-stores.mlir | FileCheck %s
// RUN: sched-run --streaming-stores --check-unfused %S/Inputs/streaming-stores.mlir | FileCheck %s --check-prefix=SAME
// RUN: sched-run --streaming-stores --parallel --check-unfused %S/../corpus/softmax.cpu.mlir | FileCheck %s --check-prefix=SAME
// RUN: sched-run --streaming-stores --parallel --check-unfused %S/../corpus/layernorm.cpu.mlir | FileCheck %s --check-prefix=SAME
// RUN: sched-run --streaming-stores --parallel --check-unfused %S/../corpus/rmsnorm.cpu.mlir | FileCheck %s --check-prefix=SAME
// RUN: sched-run --streaming-stores --check-unfused %S/../corpus/cat_pointwise.cpu.mlir | FileCheck %s --check-prefix=SAME
// RUN: sched-run --streaming-stores --check-unfused %S/../corpus/where_mask.cpu.mlir | FileCheck %s --check-prefix=SAME
// RUN: sched-run --streaming-stores --check-unfused %S/../corpus/broadcast_bias.cpu.mlir | FileCheck %s --check-prefix=SAME
// RUN: sched-run --streaming-stores --check-unfused %S/../corpus/half_roundtrip.cpu.mlir | FileCheck %s --check-prefix=SAME
// RUN: sched-run --streaming-stores --check-unfused %S/../corpus/inplace_inputs.cpu.mlir | FileCheck %s --check-prefix=SAME
// RUN: sched-run --streaming-stores --check-unfused %examples/input_mutation.cpu.mlir | FileCheck %s --check-prefix=SAME
// RUN: %python %utils/gen-runnable-graph.py --seed 21 --count 150 -o %t.mlir
// RUN: sched-run --streaming-stores --check-unfused -O=0 %t.mlir | FileCheck %s --check-prefix=SAME
// CHECK: @scale_exp buf0 f32[4096,4096] sum=41432480.200423375 hash=73eed3af8123ea60
// CHECK: @small_sub buf0 f32[64,64] sum=59.46875 hash=cf7b37db4e3f6623
// SAME: 0 mismatched
