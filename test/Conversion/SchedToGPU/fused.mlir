// RUN: sched-opt %s -sched-schedule -convert-sched-to-gpu="eviction-hints=false" -split-input-file | FileCheck %s

// Inductor's input mutation (x.add_(1); x * y): op0, op1 and op2 fuse into
// one pointwise kernel. buf1 (x + 1) is written and read only there and is
// no output, so it lives in registers: op2's load of it reuses op1's value,
// nothing stores it and nothing allocates it. The mutated input is an
// output aliasing arg0_1: no argument of its own.

!t = !sched.buffer<[64, 64], f32, strides = [64, 1], device = "cuda:0">

// CHECK-LABEL: func.func @input_mutation
// CHECK-SAME: (%[[X:.*]]: memref<4096xf32>, %[[Y:.*]]: memref<4096xf32>, %[[OUT:.*]]: memref<4096xf32>)
// CHECK-SAME: sched.output_aliases = ["", "arg0_1"]
// CHECK-SAME: sched.outputs = ["buf0", "buf2"]
// CHECK-NOT: gpu.alloc
// CHECK: gpu.launch
// CHECK: scf.if
// CHECK:   %[[X0:.*]] = memref.load %[[X]][%[[P:.*]]]
// CHECK:   %[[Y0:.*]] = memref.load %[[Y]][%[[P]]]
// CHECK-COUNT-6: memref.load
// CHECK-NOT: memref.load
// CHECK:   %[[A0:.*]] = arith.addf %[[X0]], %{{.*}}
// CHECK:   %[[P0:.*]] = arith.mulf %[[A0]], %[[Y0]]
// CHECK:   memref.store %[[P0]], %[[OUT]][%[[P]]]
// CHECK-COUNT-3: memref.store %{{.*}}, %[[OUT]]
// CHECK-NOT: memref.load
// CHECK:   %[[B0:.*]] = arith.addf %[[X0]], %{{.*}}
// CHECK-NOT: memref.load
// CHECK:   memref.store %[[B0]], %[[X]][%[[P]]]
// CHECK-COUNT-3: memref.store %{{.*}}, %[[X]]
// CHECK: } {sched.register_buffers = ["buf1"], sched.strategy = "pointwise"}
sched.graph @input_mutation {
  %arg0_1 = sched.input "arg0_1" : !t
  %arg1_1 = sched.input "arg1_1" : !t
  %buf0 = sched.buffer "buf0" : !t
  sched.node "op0" writes(%buf0 : !t) ranges [4096] {
    %l = sched.load %arg0_1[p0] : !t
    %c = arith.constant 1.0 : f32
    %a = arith.addf %l, %c : f32
    %m = sched.load %arg1_1[p0] : !t
    %p = arith.mulf %a, %m : f32
    sched.store %p, %buf0[p0] : !t
  }
  %buf1 = sched.buffer "buf1" : !t
  sched.node "op1" writes(%buf1 : !t) ranges [4096] {
    %l = sched.load %arg0_1[p0] : !t
    %c = arith.constant 1.0 : f32
    %a = arith.addf %l, %c : f32
    sched.store %a, %buf1[p0] : !t
  }
  %buf2 = sched.mutation "buf2" mutates(%arg0_1 : !t) : !t
  sched.node "op2" writes(%buf2 : !t) ranges [4096] {
    %l = sched.load %buf1[p0] : !t
    sched.store %l, %buf2[p0] : !t
  }
  sched.output %buf0, %buf2 : !t, !t
}

// -----

// softmax as Inductor lowers it without online softmax: amax, the sum of
// exp(x - max) and the division fuse into one kernel of a block per row.
// Each thread loads its 16 points of x once; the later members reuse them.
// Every thread merges the warps' partials, so the row's max and sum stay in
// registers: buf0 and buf1 are register buffers, never allocated, loaded or
// stored, so the members need no barrier between them: the only barriers
// are the two merges' (warps' partials through shared memory).

!x = !sched.buffer<[8, 4096], f32, strides = [4096, 1], device = "cuda:0">
!v = !sched.buffer<[8, 1], f32, strides = [1, 1], device = "cuda:0">

// CHECK-LABEL: func.func @softmax
// CHECK-SAME: (%[[X:.*]]: memref<32768xf32>, %[[OUT:.*]]: memref<32768xf32>)
// CHECK-NOT: gpu.alloc
// CHECK: gpu.launch {{.*}} function(@kernel0_op0_op1_op2) workgroup(%[[S0:.*]] : memref<8xf32, #gpu.address_space<workgroup>>, %[[S1:.*]] : memref<8xf32, #gpu.address_space<workgroup>>)
// CHECK-COUNT-16: memref.load %[[X]]
// CHECK-COUNT-16: arith.maximumf
// CHECK: gpu.barrier
// CHECK-COUNT-8: memref.load %[[S0]]
// CHECK-NOT: gpu.barrier
// CHECK-NOT: memref.load %[[X]]
// CHECK-COUNT-16: math.exp
// CHECK: gpu.barrier
// CHECK-COUNT-8: memref.load %[[S1]]
// CHECK-NOT: gpu.barrier
// CHECK-NOT: memref.load {{.*}} : memref<{{[0-9]+}}xf32>
// CHECK-COUNT-16: memref.store %{{.*}}, %[[OUT]]
// CHECK-NEXT: gpu.terminator
// CHECK-NEXT: } {sched.persistent, sched.register_buffers = ["buf0", "buf1"], sched.strategy = "threads_per_row", sched.threads_per_row = 256 : i64}
// CHECK-NOT: gpu.dealloc
sched.graph @softmax {
  %arg0_1 = sched.input "arg0_1" : !x
  %buf0 = sched.buffer "buf0" : !v
  sched.node "op0" writes(%buf0 : !v) ranges [8] reduce [4096] {
    %load = sched.load %arg0_1[4096*p0 + p1] : !x
    %reduction = sched.reduction max %load : f32 -> f32
    sched.store_reduction %reduction, %buf0[p0] : !v
  }
  %buf1 = sched.buffer "buf1" : !v
  sched.node "op1" writes(%buf1 : !v) ranges [8] reduce [4096] {
    %load = sched.load %arg0_1[4096*p0 + p1] : !x
    %load_1 = sched.load %buf0[p0] : !v
    %sub = arith.subf %load, %load_1 : f32
    %exp = math.exp %sub : f32
    %reduction = sched.reduction sum %exp : f32 -> f32
    sched.store_reduction %reduction, %buf1[p0] : !v
  }
  %buf2 = sched.buffer "buf2" : !x
  sched.node "op2" writes(%buf2 : !x) ranges [8, 4096] {
    %load = sched.load %arg0_1[4096*p0 + p1] : !x
    %load_1 = sched.load %buf0[p0] : !v
    %sub = arith.subf %load, %load_1 : f32
    %exp = math.exp %sub : f32
    %load_2 = sched.load %buf1[p0] : !v
    %truediv = arith.divf %exp, %load_2 : f32
    sched.store %truediv, %buf2[4096*p0 + p1] : !x
  }
  sched.output %buf2 : !x
}
