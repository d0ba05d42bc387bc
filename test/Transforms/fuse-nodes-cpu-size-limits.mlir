// The C++ backend caps horizontal fusions at config.cpp.max_horizontal_fusion_size
// (16) nodes, but not vertical ones (CppScheduling.can_fuse_vertical uses
// _can_fuse_horizontal_impl, without the cap): a chain of 20 CPU nodes is one
// kernel, 20 CPU nodes that only share an input are two.
//
// RUN: %python %S/Inputs/cpu-size-limits.py > %t.mlir
// RUN: sched-opt %t.mlir -split-input-file -sched-schedule -sched-debug-str 2>&1 | FileCheck %s
// RUN: sched-opt %t.mlir -split-input-file -sched-pre-fusion -sched-fuse-nodes=explain=true -o /dev/null 2>&1 | FileCheck %s --check-prefix=EXPLAIN

// CHECK-LABEL: sched.graph @chain
// CHECK:         sched.group "op0_op1_op2_op3_op4_op5_op6_op7_op8_op9_op10_op11_op12_op13_op14_op15_op16_op17_op18_op19" fused
// CHECK-NOT:     sched.group
// CHECK-LABEL: sched.graph @fanout
// CHECK:         sched.group "op0_op1_op2_op3_op4_op5_op6_op7_op8_op9_op10_op11_op12_op13_op14_op15" fused
// CHECK:         sched.group "op16_op17_op18_op19" fused
// CHECK-NOT:     sched.group

// EXPLAIN-NOT: not fusing 'op0_{{.*}}' with 'op16' [size]
// EXPLAIN: not fusing 'op0_op1_op2_op3_op4_op5_op6_op7_op8_op9_op10_op11_op12_op13_op14_op15' with 'op16' [size]: more than 16 nodes in a CPU kernel
