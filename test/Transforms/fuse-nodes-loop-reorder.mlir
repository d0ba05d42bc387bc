// Loop ordering after fusion (LOAF): PyTorch 2.11 ends the fusion loop with
// a round that may reorder the loops of a pointwise GPU node so that it
// walks a shared buffer in its partner's order
// (shared_data_after_reordering_loop, decide_loop_order_to_match).
// RUN: sched-opt %s -split-input-file -sched-schedule | FileCheck %s
// RUN: sched-opt %s -split-input-file -sched-schedule=loop-ordering-after-fusion=false | FileCheck %s --check-prefix=NOLOAF
// RUN: sched-opt %s -split-input-file -sched-pre-fusion -sched-fuse-nodes=max-fusion-size=1 | FileCheck %s --check-prefix=REFUSED
// RUN: sched-opt %s -split-input-file -sched-pre-fusion -sched-fuse-nodes=explain=true -o /dev/null 2>&1 | FileCheck %s --check-prefix=EXPLAIN

// Case 40 (test_apbt_realize): realize(x * 2) + realize(y * 3) with y
// transposed. op1 runs in y's order, so it writes buf1 transposed to how op2
// reads it: no shared data until the reorder round swaps op1's loops.
!x = !sched.buffer<[1024, 2048], f32, strides = [2048, 1], device = "cuda:0">
!y = !sched.buffer<[1024, 2048], f32, strides = [1, 1024], device = "cuda:0">
// CHECK-LABEL: sched.graph @apbt_realize
// CHECK:         sched.group "op1_op0_op2" fused
// CHECK:           sched.node "op1" writes(%{{.*}}) ranges [1024, 2048]
// CHECK-NEXT:        sched.load %{{.*}}[p0 + 1024*p1]
// CHECK:             sched.store %{{.*}}, %{{.*}}[2048*p0 + p1]
// CHECK:           sched.node "op0" writes(%{{.*}}) ranges [2097152]
// CHECK:           sched.node "op2" writes(%{{.*}}) ranges [2097152]
// CHECK-NOT:     sched.group
// NOLOAF-LABEL:  sched.graph @apbt_realize
// NOLOAF:        sched.group "op0_op2" fused
// NOLOAF-NOT:    sched.group
// EXPLAIN:       remark: not fusing 'op1' with 'op0_op2' [score]: no shared data (shared bytes: 0)
// EXPLAIN:       remark: reordered the loops of 'op1' to [1, 0] to walk 'buf1' as its partner does, judging 'op1' with 'op0_op2'
sched.graph @apbt_realize {
  %x = sched.input "arg0_1" : !x
  %y = sched.input "arg1_1" : !y
  %buf0 = sched.buffer "buf0" : !x
  sched.node "op0" writes(%buf0 : !x) ranges [1024, 2048] {
    %v = sched.load %x[2048*p0 + p1] : !x
    %c = arith.constant 2.0 : f32
    %m = arith.mulf %v, %c : f32
    sched.store %m, %buf0[2048*p0 + p1] : !x
  }
  %buf1 = sched.buffer "buf1" : !x
  sched.node "op1" writes(%buf1 : !x) ranges [2048, 1024] {
    %v = sched.load %y[1024*p0 + p1] : !y
    %c = arith.constant 3.0 : f32
    %m = arith.mulf %v, %c : f32
    sched.store %m, %buf1[p0 + 2048*p1] : !x
  }
  %buf2 = sched.buffer "buf2" : !x
  sched.node "op2" writes(%buf2 : !x) ranges [1024, 2048] {
    %a = sched.load %buf0[2048*p0 + p1] : !x
    %b = sched.load %buf1[2048*p0 + p1] : !x
    %s = arith.addf %a, %b : f32
    sched.store %s, %buf2[2048*p0 + p1] : !x
  }
  sched.output %buf2 : !x
}

// -----

// Case 41 (test_sum_and_t): x.sum(-1) and x.t().contiguous(). The two read
// x in transposed orders; op0 is a reduction, so op1 (pointwise) is the one
// reordered, and the pair fuses horizontally. Reordering happens while the
// pair is judged and stays even when the pair is then refused (REFUSED).
!x = !sched.buffer<[1024, 2048], f32, strides = [2048, 1], device = "cuda:0">
!t = !sched.buffer<[2048, 1024], f32, strides = [1024, 1], device = "cuda:0">
!r = !sched.buffer<[1024], f32, strides = [1], device = "cuda:0">
// CHECK-LABEL: sched.graph @sum_and_t
// CHECK:         sched.group "op0_op1" fused
// CHECK:           sched.node "op1" writes(%{{.*}}) ranges [1024, 2048]
// NOLOAF-LABEL:  sched.graph @sum_and_t
// NOLOAF-NOT:    sched.group
// REFUSED-LABEL: sched.graph @sum_and_t
// REFUSED-NOT:   sched.group
// REFUSED:       sched.node "op1" writes(%{{.*}}) ranges [1024, 2048] attributes {{{.*}}sched.reads = [#sched.memory_dep<"arg0_1", 2048*d0 + d1, {d0: 1024, d1: 2048}>], sched.writes = [#sched.memory_dep<"buf1", d0 + 1024*d1, {d0: 1024, d1: 2048}>]}
// EXPLAIN:       remark: not fusing 'op0' with 'op1' [score]: no shared data (shared bytes: 0)
// EXPLAIN:       remark: reordered the loops of 'op1' to [1, 0] to walk 'arg0_1' as its partner does, judging 'op0' with 'op1'
sched.graph @sum_and_t {
  %x = sched.input "arg0_1" : !x
  %buf0 = sched.buffer "buf0" : !r
  sched.node "op0" writes(%buf0 : !r) ranges [1024] reduce [2048] {
    %v = sched.load %x[2048*p0 + p1] : !x
    %s = sched.reduction sum %v : f32 -> f32
    sched.store_reduction %s, %buf0[p0] : !r
  }
  %buf1 = sched.buffer "buf1" : !t
  sched.node "op1" writes(%buf1 : !t) ranges [2048, 1024] {
    %v = sched.load %x[p0 + 2048*p1] : !x
    sched.store %v, %buf1[1024*p0 + p1] : !t
  }
  sched.output %buf0, %buf1 : !r, !t
}

// -----

// Case 43: two reductions reading x in transposed orders are never
// reordered (only pointwise nodes are), so they stay apart.
!x = !sched.buffer<[64, 64], f32, strides = [64, 1], device = "cuda:0">
!r = !sched.buffer<[64], f32, strides = [1], device = "cuda:0">
// CHECK-LABEL: sched.graph @two_reductions_transposed
// CHECK-NOT:     sched.group
// CHECK:         sched.node "op1" writes(%{{.*}}) ranges [64] reduce [64]
// CHECK-NEXT:      sched.load %{{.*}}[p0 + 64*p1]
// EXPLAIN-NOT:   reordered the loops
sched.graph @two_reductions_transposed {
  %x = sched.input "arg0_1" : !x
  %buf0 = sched.buffer "buf0" : !r
  sched.node "op0" writes(%buf0 : !r) ranges [64] reduce [64] {
    %v = sched.load %x[64*p0 + p1] : !x
    %s = sched.reduction sum %v : f32 -> f32
    sched.store_reduction %s, %buf0[p0] : !r
  }
  %buf1 = sched.buffer "buf1" : !r
  sched.node "op1" writes(%buf1 : !r) ranges [64] reduce [64] {
    %v = sched.load %x[p0 + 64*p1] : !x
    %s = sched.reduction sum %v : f32 -> f32
    sched.store_reduction %s, %buf1[p0] : !r
  }
  sched.output %buf0, %buf1 : !r, !r
}

// -----

// Case 44: decide_loop_order_to_match gives up when the strides differ
// as sets, although both accesses walk buf0 whole (they are equal after
// normalize_with_stride_order): nothing is reordered and nothing fuses.
!b = !sched.buffer<[6291456], f32, strides = [1], device = "cuda:0">
// CHECK-LABEL: sched.graph @different_stride_sets
// CHECK-NOT:     sched.group
// CHECK:         sched.node "op0" writes(%{{.*}}) ranges [6291456]
// CHECK:         sched.node "op1" writes(%{{.*}}) ranges [64, 768, 128]
// EXPLAIN-NOT:   reordered the loops
sched.graph @different_stride_sets {
  %x = sched.input "arg0_1" : !b
  %buf0 = sched.buffer "buf0" : !b
  sched.node "op0" writes(%buf0 : !b) ranges [16, 512, 768] {
    %v = sched.load %x[393216*p0 + 768*p1 + p2] : !b
    %c = math.cos %v : f32
    sched.store %c, %buf0[393216*p0 + 768*p1 + p2] : !b
  }
  %buf1 = sched.buffer "buf1" : !b
  sched.node "op1" writes(%buf1 : !b) ranges [64, 768, 128] {
    %v = sched.load %buf0[98304*p0 + p1 + 768*p2] : !b
    %s = math.sin %v : f32
    sched.store %s, %buf1[98304*p0 + 128*p1 + p2] : !b
  }
  sched.output %buf1 : !b
}

// -----

// On a CPU, Inductor does not reorder loops (its dependencies are
// normalized and shared_data_after_reordering_loop bails out).
!x = !sched.buffer<[1024, 2048], f32, strides = [2048, 1], device = "cpu">
!t = !sched.buffer<[2048, 1024], f32, strides = [1024, 1], device = "cpu">
!r = !sched.buffer<[1024], f32, strides = [1], device = "cpu">
// CHECK-LABEL: sched.graph @sum_and_t_cpu
// CHECK-NOT:     sched.group
// CHECK:         sched.node "op1" writes(%{{.*}}) ranges [2048, 1024]
sched.graph @sum_and_t_cpu {
  %x = sched.input "arg0_1" : !x
  %buf0 = sched.buffer "buf0" : !r
  sched.node "op0" writes(%buf0 : !r) ranges [1024] reduce [2048] {
    %v = sched.load %x[2048*p0 + p1] : !x
    %s = sched.reduction sum %v : f32 -> f32
    sched.store_reduction %s, %buf0[p0] : !r
  }
  %buf1 = sched.buffer "buf1" : !t
  sched.node "op1" writes(%buf1 : !t) ranges [2048, 1024] {
    %v = sched.load %x[p0 + 2048*p1] : !x
    sched.store %v, %buf1[1024*p0 + p1] : !t
  }
  sched.output %buf0, %buf1 : !r, !t
}
