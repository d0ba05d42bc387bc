// A column sum of 8192 x 8192 (x.sum(0)): the outer-lane width measurement of docs/cpu-codegen.md.
//   build/bin/sched-run bench/diagnostics/column_sum.mlir --bench 7 --first 0 --parallel --reassociate [--outer-lanes=N]
!f32_8192x8192 = !sched.buffer<[8192, 8192], f32, strides = [8192, 1], device = "cpu">
!f32_8192 = !sched.buffer<[8192], f32, strides = [1], device = "cpu">
sched.graph @colsum {
  %arg1_1 = sched.input "arg1_1" : !f32_8192x8192
  %buf0 = sched.buffer "buf0" : !f32_8192
  sched.node "op0" writes(%buf0 : !f32_8192) ranges [8192] reduce [8192] {
    %load = sched.load %arg1_1[p0 + 8192*p1] : !f32_8192x8192
    %reduction = sched.reduction sum %load : f32 -> f32
    sched.store_reduction %reduction, %buf0[p0] : !f32_8192
  }
  sched.output %buf0 : !f32_8192
}
