// PyTorch 2.11's loop_index_inversion_in_fusion
// (shared_data_after_inverting_indexing, generate_inverse_formula).
// RUN: sched-opt %s -split-input-file -sched-schedule | FileCheck %s
// RUN: sched-opt %s -split-input-file -sched-pre-fusion -sched-fuse-nodes=loop-index-inversion=false | FileCheck %s --check-prefix=OFF
// RUN: sched-opt %s -split-input-file -sched-pre-fusion -sched-fuse-nodes=explain=true -o /dev/null 2>&1 | FileCheck %s --check-prefix=EXPLAIN

// b = cos(x).transpose(1, 2).reshape(-1) on [4, 64, 32]: op1 reads buf0 at a
// mixed-radix permutation of its one loop. Inversion rewrites op1 to read
// buf0 contiguously and store at the inverse permutation; its dependencies
// are then normalized, and the reorder round finds the two equal once
// merged, so they fuse. Without inversion they share nothing.
!a = !sched.buffer<[4, 64, 32], f32, strides = [2048, 32, 1], device = "cuda:0">
!b = !sched.buffer<[8192], f32, strides = [1], device = "cuda:0">
// CHECK-LABEL: sched.graph @transpose_flatten
// CHECK:         sched.group "op0_op1" fused
// CHECK:           sched.node "op1"
// CHECK-NEXT:        sched.load %{{.*}}[p0]
// CHECK-NEXT:        sched.store %{{.*}}, %{{.*}}[2048*(p0 floordiv 2048) + 64*(p0 mod 32) + p0 mod 2048 floordiv 32]
// OFF-LABEL:   sched.graph @transpose_flatten
// OFF-NOT:       sched.group
// OFF:           sched.node "op1"
// OFF-NEXT:        sched.load %{{.*}}[p0 floordiv 64 mod 32 + 2048*(p0 floordiv 2048) + 32*(p0 mod 64)]
// EXPLAIN:       remark: not fusing 'op0' with 'op1' [score]: no shared data (shared bytes: 0)
// EXPLAIN:       remark: inverted the indexing of 'op1' to read 'buf0' contiguously, judging 'op0' with 'op1'
sched.graph @transpose_flatten {
  %x = sched.input "arg0_1" : !a
  %buf0 = sched.buffer "buf0" : !a
  sched.node "op0" writes(%buf0 : !a) ranges [4, 64, 32] {
    %v = sched.load %x[2048*p0 + 32*p1 + p2] : !a
    %c = math.cos %v : f32
    sched.store %c, %buf0[2048*p0 + 32*p1 + p2] : !a
  }
  %buf1 = sched.buffer "buf1" : !b
  sched.node "op1" writes(%buf1 : !b) ranges [8192] {
    %v = sched.load %buf0[2048*(p0 floordiv 2048) + 32*(p0 mod 64) + ((p0 floordiv 64) mod 32)] : !a
    sched.store %v, %buf1[p0] : !b
  }
  sched.output %buf1 : !b
}

// -----

// A 2-D transpose flattened, b = x.t().reshape(-1): the outer digit
// (p0 floordiv 32) is unbounded and has the smallest coefficient, so the
// index is not a mixed-radix recombination Inductor can invert.
!a = !sched.buffer<[32, 64], f32, strides = [64, 1], device = "cuda:0">
!b = !sched.buffer<[2048], f32, strides = [1], device = "cuda:0">
// CHECK-LABEL: sched.graph @unbounded_low_digit
// CHECK-NOT:     sched.group
// CHECK:         sched.node "op1"
// CHECK-NEXT:      sched.load %{{.*}}[p0 floordiv 32 + 64*(p0 mod 32)]
// EXPLAIN-NOT:   inverted the indexing
sched.graph @unbounded_low_digit {
  %x = sched.input "arg0_1" : !a
  %buf0 = sched.buffer "buf0" : !a
  sched.node "op0" writes(%buf0 : !a) ranges [32, 64] {
    %v = sched.load %x[64*p0 + p1] : !a
    %c = math.cos %v : f32
    sched.store %c, %buf0[64*p0 + p1] : !a
  }
  %buf1 = sched.buffer "buf1" : !b
  sched.node "op1" writes(%buf1 : !b) ranges [2048] {
    %v = sched.load %buf0[64*(p0 mod 32) + p0 floordiv 32] : !a
    sched.store %v, %buf1[p0] : !b
  }
  sched.output %buf1 : !b
}
