// RUN: sched-opt %s -split-input-file -sched-compute-read-writes -sched-compute-dependencies | FileCheck %s

// Case 1: pointwise over inputs only has no unmet dependency; with b = cos(a)
// realized and c = sin(b), c's only unmet dependency is b and b's user is c.
// CHECK-LABEL: sched.graph @chain {
// CHECK:         sched.buffer "buf0" {sched.users = [#sched.user<"op1", can_inplace = true, is_weak = false>]}
// CHECK:         sched.node "op0" {{.*}} attributes {sched.reads = [#sched.memory_dep<"arg0_1", d0, {d0: 64}>], sched.writes = [#sched.memory_dep<"buf0", d0, {d0: 64}>]}
// CHECK:         sched.buffer "buf1" {sched.users = [#sched.user<"OUTPUT", can_inplace = false, is_weak = false>]}
// CHECK:         sched.node "op1" {{.*}} attributes {sched.reads = [#sched.memory_dep<"buf0", d0, {d0: 64}>], sched.writes = [#sched.memory_dep<"buf1", d0, {d0: 64}>]}
!t = !sched.buffer<[64], f32, strides = [1], device = "cuda:0">
sched.graph @chain {
  %a = sched.input "arg0_1" : !t
  %buf0 = sched.buffer "buf0" : !t
  sched.node "op0" writes(%buf0 : !t) ranges [64] {
    %x = sched.load %a[p0] : !t
    %y = math.cos %x : f32
    sched.store %y, %buf0[p0] : !t
  }
  %buf1 = sched.buffer "buf1" : !t
  sched.node "op1" writes(%buf1 : !t) ranges [64] {
    %x = sched.load %buf0[p0] : !t
    %y = math.sin %x : f32
    sched.store %y, %buf1[p0] : !t
  }
  sched.output %buf1 : !t
}

// -----

// The second mutator depends on the first mutator's buffer (StarDep), and
// reads of x after the mutations are renamed to the newest version.
// CHECK-LABEL: sched.graph @mutate_twice attributes {sched.mutated_inputs = ["arg0_1"], sched.mutation_real_name = {{\[}}["buf0", "arg0_1"], ["buf1", "arg0_1"]], sched.mutation_renames = {{\[}}["arg0_1", "buf1"], ["buf0", "buf1"]]}
// CHECK:         sched.mutation "buf0" mutates(%{{.*}}) {sched.users = [#sched.user<"op1", can_inplace = false, is_weak = false>]}
// CHECK:         sched.node "op0" {{.*}} attributes {sched.reads = [#sched.memory_dep<"arg0_1", d0, {d0: 64}>, #sched.star_dep<"arg0_1">], sched.writes = [#sched.memory_dep<"buf0", d0, {d0: 64}>]}
// CHECK:         sched.mutation "buf1" mutates(%{{.*}}) {sched.users = [#sched.user<"op2", can_inplace = true, is_weak = false>, #sched.user<"OUTPUT", can_inplace = false, is_weak = false>]}
// op1 records the rename it saw (x is buf0 for it), op2 the one it saw.
// CHECK:         sched.node "op1" {{.*}} attributes {sched.reads = [#sched.memory_dep<"buf0", d0, {d0: 64}>, #sched.star_dep<"buf0">], sched.renames = {{\[}}["arg0_1", "buf0"]], sched.writes = [#sched.memory_dep<"buf1", d0, {d0: 64}>]}
// CHECK:         sched.node "op2" {{.*}} attributes {sched.reads = [#sched.memory_dep<"buf1", d0, {d0: 64}>], sched.renames = {{\[}}["arg0_1", "buf1"]]

// Case 6 and 7: x mutated twice, then read.
!t = !sched.buffer<[64], f32, strides = [1], device = "cuda:0">
sched.graph @mutate_twice {
  %x = sched.input "arg0_1" : !t
  %buf0 = sched.mutation "buf0" mutates(%x : !t) : !t
  sched.node "op0" writes(%buf0 : !t) ranges [64] {
    %v = sched.load %x[p0] : !t
    %c = arith.constant 1.0 : f32
    %w = arith.addf %v, %c : f32
    sched.store %w, %buf0[p0] : !t
  }
  %buf1 = sched.mutation "buf1" mutates(%x : !t) : !t
  sched.node "op1" writes(%buf1 : !t) ranges [64] {
    %v = sched.load %x[p0] : !t
    %c = arith.constant 2.0 : f32
    %w = arith.mulf %v, %c : f32
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

// CHECK-LABEL: sched.graph @alias {
// CHECK:         sched.buffer "buf0" {sched.users = [#sched.user<"op0", can_inplace = false, is_weak = false>, #sched.user<"op2", can_inplace = true, is_weak = false>]}
// CHECK:         sched.alias "buf1" aliases(%{{.*}}) {sched.users = [#sched.user<"op0", can_inplace = false, is_weak = false>, #sched.user<"op2", can_inplace = true, is_weak = false>]}
// CHECK:         sched.nop "op0"(%{{.*}}) writes(%{{.*}}) {sched.reads = [#sched.star_dep<"buf1">], sched.writes = [#sched.star_dep<"buf0">]}

// Case 9: an alias shares its base's users; a weak and a strong use by one
// node merge into a strong use with can_inplace = a and b.
!cat = !sched.buffer<[8, 8], f32, strides = [8, 1], device = "cuda:0">
!half = !sched.buffer<[8, 4], f32, strides = [8, 1], device = "cuda:0">
!in = !sched.buffer<[8, 4], f32, strides = [4, 1], device = "cuda:0">
sched.graph @alias {
  %a = sched.input "arg0_1" : !in
  %buf0 = sched.buffer "buf0" : !cat
  %buf1 = sched.alias "buf1" aliases(%buf0 : !cat) : !half
  sched.node "op1" writes(%buf1 : !half) ranges [8, 4] {
    %v = sched.load %a[4*p0 + p1] : !in
    sched.store %v, %buf1[8*p0 + p1] : !half
  }
  sched.nop "op0"(%buf1 : !half) writes(%buf0 : !cat)
  %buf2 = sched.buffer "buf2" : !cat
  sched.node "op2" writes(%buf2 : !cat) ranges [8, 8] {
    %v = sched.load %buf0[8*p0 + p1] : !cat
    sched.store %v, %buf2[8*p0 + p1] : !cat
  }
  sched.output %buf2 : !cat
}

// -----

// The consumer of u0 depends on its definer's outputs; the graph output's
// size uses u0, so the definer's output is kept alive by OUTPUT.
// CHECK-LABEL: sched.graph @unbacked {
// CHECK:         sched.buffer "buf0" {sched.users = [#sched.user<"op1", can_inplace = false, is_weak = false>, #sched.user<"OUTPUT", can_inplace = false, is_weak = false>]}
// CHECK:         sched.node "op1" {{.*}} ranges [u0] attributes {sched.reads = [#sched.star_dep<"buf0">], sched.writes = [#sched.memory_dep<"buf1", d0, {d0: u0}>]}

// Case 10: an unbacked symbol from .item() used as a size.
!n = !sched.buffer<[], i64, strides = [], device = "cpu">
!d = !sched.buffer<[u0], f32, strides = [1], device = "cuda:0">
sched.graph @unbacked {
  %n = sched.input "arg0_1" : !n
  %buf0 = sched.buffer "buf0" : !n
  sched.extern "op0" "aten._local_scalar_dense"(%n : !n) writes(%buf0 : !n) {defines_symbols = ["u0"]}
  %buf1 = sched.buffer "buf1" : !d
  sched.node "op1" writes(%buf1 : !d) ranges [u0] {
    %c = arith.constant 1.0 : f32
    sched.store %c, %buf1[p0] : !d
  }
  sched.output %buf1 : !d
}

// -----

// A mutation of a mutation: buf1 mutates buf0, which mutates x. Both real
// names are x (regression: looking the real name up while inserting into
// the same map read freed memory, found by the differential tests).
!t = !sched.buffer<[64], f32, strides = [1], device = "cpu">
// (x still renames to buf0, which renames to buf1: rename() follows both.)
// CHECK-LABEL: sched.graph @mutation_of_mutation attributes {sched.mutated_inputs = ["arg0_1"], sched.mutation_real_name = {{\[}}["buf0", "arg0_1"], ["buf1", "arg0_1"]], sched.mutation_renames = {{\[}}["arg0_1", "buf0"], ["buf0", "buf1"]]}
sched.graph @mutation_of_mutation {
  %x = sched.input "arg0_1" : !t
  %buf0 = sched.mutation "buf0" mutates(%x : !t) : !t
  sched.node "op0" writes(%buf0 : !t) ranges [64] {
    %v = sched.load %x[p0] : !t
    %c = math.cos %v : f32
    sched.store %c, %buf0[p0] : !t
  }
  %buf1 = sched.mutation "buf1" mutates(%buf0 : !t) : !t
  sched.node "op1" writes(%buf1 : !t) ranges [64] {
    %v = sched.load %buf0[p0] : !t
    %c = math.sin %v : f32
    sched.store %c, %buf1[p0] : !t
  }
  sched.output %buf1 : !t
}
