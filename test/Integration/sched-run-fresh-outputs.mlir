// sched-run --bench with fresh outputs: each timed call writes new outputs,
// allocated and freed inside the timer, with 4 KiB pages
// (--bench-fresh-outputs) or, for outputs of 2 MiB and more, 2 MiB aligned
// and advised MADV_HUGEPAGE (--bench-huge-page-outputs, as PyTorch's
// THP_MEM_ALLOC_ENABLE=1). The printed outputs are the untimed first
// call's, so all three runs print the same checksum. The 4 MiB output
// takes the huge-page path.
// RUN: sched-run %s --parallel --bench 2 | FileCheck %s
// RUN: sched-run %s --parallel --bench 2 --bench-fresh-outputs | FileCheck %s
// RUN: sched-run %s --parallel --bench 2 --bench-huge-page-outputs | FileCheck %s
// CHECK: @add_1024 bench: runs=2 median_ms={{[0-9.]+}} min_ms={{[0-9.]+}} bytes=12582912 GB/s=
// CHECK: @add_1024 buf0 f32[1024,1024] sum=-14422.890625 hash=a44f1163007d29c2

!f32_1024x1024 = !sched.buffer<[1024, 1024], f32, strides = [1024, 1], device = "cpu">

sched.graph @add_1024 {
  %arg0_1 = sched.input "arg0_1" : !f32_1024x1024
  %arg1_1 = sched.input "arg1_1" : !f32_1024x1024
  %buf0 = sched.buffer "buf0" : !f32_1024x1024
  sched.node "op0" writes(%buf0 : !f32_1024x1024) ranges [1048576] {
    %load = sched.load %arg0_1[p0] : !f32_1024x1024
    %load_1 = sched.load %arg1_1[p0] : !f32_1024x1024
    %add = arith.addf %load, %load_1 : f32
    sched.store %add, %buf0[p0] : !f32_1024x1024
  }
  sched.output %buf0 : !f32_1024x1024
}
