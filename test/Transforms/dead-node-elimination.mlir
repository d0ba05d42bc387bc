// RUN: sched-opt %s -split-input-file -sched-compute-read-writes -sched-compute-dependencies -sched-topological-sort -sched-dead-node-elimination | FileCheck %s

// Case 2: an unused intermediate is eliminated.
// CHECK-LABEL: sched.graph @unused attributes {sched.removed_buffers = ["buf1", "buf0"], sched.removed_operations = ["op1", "op0"]} {
// CHECK-NEXT:    sched.input "arg0_1"
// CHECK-NEXT:    sched.buffer "buf2"
// CHECK-NEXT:    sched.node "op2"
// CHECK-NOT:     sched.node
!t = !sched.buffer<[64], f32, strides = [1], device = "cuda:0">
sched.graph @unused {
  %x = sched.input "arg0_1" : !t
  %buf0 = sched.buffer "buf0" : !t
  sched.node "op0" writes(%buf0 : !t) ranges [64] {
    %v = sched.load %x[p0] : !t
    sched.store %v, %buf0[p0] : !t
  }
  %buf1 = sched.buffer "buf1" : !t
  sched.node "op1" writes(%buf1 : !t) ranges [64] {
    %v = sched.load %buf0[p0] : !t
    %w = math.exp %v : f32
    sched.store %w, %buf1[p0] : !t
  }
  %buf2 = sched.buffer "buf2" : !t
  sched.node "op2" writes(%buf2 : !t) ranges [64] {
    %v = sched.load %x[p0] : !t
    sched.store %v, %buf2[p0] : !t
  }
  sched.output %buf2 : !t
}

// -----

// CHECK-LABEL: sched.graph @weak_only attributes {{{.*}}sched.removed_buffers = ["buf0"], sched.removed_operations = ["op0"]} {
// CHECK-NEXT:    sched.input "arg0_1"
// CHECK-NEXT:    sched.mutation "buf1" mutates({{.*}}) {sched.users = [#sched.user<"OUTPUT", can_inplace = false, is_weak = false>]}
// CHECK-NEXT:    sched.node "op1" {{.*}} {sched.reads = [#sched.memory_dep<"arg0_1", d0, {d0: 64}>, #sched.star_dep<"arg0_1">],
// CHECK-NOT:     sched.node

// Case 3 and 8: x.add_(1) after y = x * 2, where y is unused: op0's only
// user is the mutation's weak edge, so op0 goes and the WeakDep on it is
// pruned; the mutated input stays alive through OUTPUT.
!t = !sched.buffer<[64], f32, strides = [1], device = "cuda:0">
sched.graph @weak_only {
  %x = sched.input "arg0_1" : !t
  %buf0 = sched.buffer "buf0" : !t
  sched.node "op0" writes(%buf0 : !t) ranges [64] {
    %v = sched.load %x[p0] : !t
    %c = arith.constant 2.0 : f32
    %w = arith.mulf %v, %c : f32
    sched.store %w, %buf0[p0] : !t
  }
  %buf1 = sched.mutation "buf1" mutates(%x : !t) : !t
  sched.node "op1" writes(%buf1 : !t) ranges [64] {
    %v = sched.load %x[p0] : !t
    %c = arith.constant 1.0 : f32
    %w = arith.addf %v, %c : f32
    sched.store %w, %buf1[p0] : !t
  }
  sched.output
}

// -----

// CHECK-LABEL: sched.graph @mutated_intermediate attributes {{{.*}}sched.removed_buffers = ["buf2"], sched.removed_operations = ["op2"]} {
// CHECK:         sched.buffer "buf0" {sched.users = [#sched.user<"op1", can_inplace = true, is_weak = false>]}
// CHECK:         sched.node "op0"
// CHECK:         sched.buffer "buf1" {sched.users = [#sched.user<"OUTPUT", can_inplace = false, is_weak = false>]}
// CHECK:         sched.node "op1"
// CHECK-NOT:     sched.mutation
// CHECK-NOT:     sched.node

// Case 8: a mutated intermediate that nothing reads afterwards goes, with
// the node that mutates it.
!t = !sched.buffer<[64], f32, strides = [1], device = "cuda:0">
sched.graph @mutated_intermediate {
  %x = sched.input "arg0_1" : !t
  %buf0 = sched.buffer "buf0" : !t
  sched.node "op0" writes(%buf0 : !t) ranges [64] {
    %v = sched.load %x[p0] : !t
    sched.store %v, %buf0[p0] : !t
  }
  %buf1 = sched.buffer "buf1" : !t
  sched.node "op1" writes(%buf1 : !t) ranges [64] {
    %v = sched.load %buf0[p0] : !t
    sched.store %v, %buf1[p0] : !t
  }
  %buf2 = sched.mutation "buf2" mutates(%buf0 : !t) : !t
  sched.node "op2" writes(%buf2 : !t) ranges [64] {
    %v = sched.load %buf0[p0] : !t
    %c = arith.constant 1.0 : f32
    %w = arith.addf %v, %c : f32
    sched.store %w, %buf2[p0] : !t
  }
  sched.output %buf1 : !t
}

// -----

// The side-effect node stays although its buffer is dead.
// CHECK-LABEL: sched.graph @side_effects attributes {sched.removed_buffers = ["buf1", "buf0"], sched.removed_operations = ["op1"]} {
// CHECK:         sched.buffer "buf0" {sched.users = []}
// CHECK-NEXT:    sched.extern "op0" "aten._assert_async.msg"
// CHECK-NOT:     sched.extern

// Case 4: an extern kernel with side effects and no users stays.
!t = !sched.buffer<[64], f32, strides = [1], device = "cuda:0">
!none = !sched.none_layout<"cuda:0">
sched.graph @side_effects {
  %x = sched.input "arg0_1" : !t
  %buf0 = sched.buffer "buf0" : !none
  sched.extern "op0" "aten._assert_async.msg"(%x : !t) writes(%buf0 : !none) side_effects
  %buf1 = sched.buffer "buf1" : !none
  sched.extern "op1" "aten.print"(%x : !t) writes(%buf1 : !none)
  sched.output
}
