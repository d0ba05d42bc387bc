// A fused group that the scheduler marks sched.outer_loop_fusion_depth
// (Inductor's OuterLoopFusedSchedulerNode) is one nest over the outer loop
// with each member's own loops inside, and a buffer used only there, one
// row per outer point, is a stack scratch of one row (Inductor's local
// buffers) instead of an allocation.
// RUN: sched-opt %S/../../corpus/softmax.cpu.mlir -sched-schedule -convert-sched-to-scf | FileCheck %s
// RUN: sched-opt %S/../../corpus/softmax.cpu.mlir -sched-schedule -convert-sched-to-scf=parallel | FileCheck %s --check-prefix=PAR
// RUN: sched-opt %S/../../corpus/softmax.cpu.mlir -sched-schedule -convert-sched-to-scf=unfused | FileCheck %s --check-prefix=UNFUSED

// CHECK-LABEL: func.func @softmax
// CHECK-NOT:     memref.alloc()
// CHECK:         scf.execute_region {
// CHECK-DAG:       memref.alloca() {sched.local_buffer = "buf0"} : memref<1xf32>
// CHECK-DAG:       memref.alloca() {sched.local_buffer = "buf1"} : memref<64xf32>
// CHECK-DAG:       memref.alloca() {sched.local_buffer = "buf2"} : memref<1xf32>
// CHECK:           scf.for %[[ROW:.+]] = %{{.+}} to %c32 step
// CHECK:             scf.for {{.+}} iter_args
// CHECK:               arith.maximumf
// CHECK:             scf.for
// CHECK:               math.exp
// CHECK:             scf.for {{.+}} iter_args
// CHECK:               arith.addf
// CHECK:             scf.for
// CHECK:               arith.divf
// CHECK:         } {sched.kernel = "op0_op1_op2_op3"}

// PAR-LABEL: func.func @softmax
// PAR:         scf.parallel
// PAR-DAG:       memref.alloca() {sched.local_buffer = "buf1"} : memref<64xf32>
// PAR:           scf.for {{.+}} iter_args
// PAR:             arith.maximumf
// PAR:           scf.reduce
// PAR-NOT:     scf.parallel

// UNFUSED-LABEL: func.func @softmax
// UNFUSED:         memref.alloc() {sched.buffer = "buf1"} : memref<2048xf32>
// UNFUSED-NOT:     memref.alloca
