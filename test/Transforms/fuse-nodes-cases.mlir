// The reference's remaining fusion cases (inductor-scheduler-reference.md,
// section 7), each as Inductor 2.11 decides it on the default config.
// RUN: sched-opt %s -split-input-file -sched-schedule | FileCheck %s
// RUN: sched-opt %s -split-input-file -sched-pre-fusion -sched-fuse-nodes=explain=true -o /dev/null 2>&1 | FileCheck %s --check-prefix=EXPLAIN
// RUN: sched-opt %S/Inputs/chain129.mlir -sched-schedule | FileCheck %s --check-prefix=CHAIN

// Case 15: softmax over rows: the max, the sum of exponentials and the
// normalization are one kernel on a GPU.
!x = !sched.buffer<[8, 16], f32, strides = [16, 1], device = "cuda:0">
!r = !sched.buffer<[8], f32, strides = [1], device = "cuda:0">
// CHECK-LABEL: sched.graph @softmax
// EXPLAIN:       remark: not fusing 'op0' with 'op2' [legality]: intermediate nodes between node1 & node2: 'op1' (shared bytes: 544)
// CHECK:         sched.group "op0_op1_op2" fused
sched.graph @softmax {
  %x = sched.input "arg0_1" : !x
  %buf0 = sched.buffer "buf0" : !r
  sched.node "op0" writes(%buf0 : !r) ranges [8] reduce [16] {
    %v = sched.load %x[16*p0 + p1] : !x
    %m = sched.reduction max %v : f32 -> f32
    sched.store_reduction %m, %buf0[p0] : !r
  }
  %buf1 = sched.buffer "buf1" : !r
  sched.node "op1" writes(%buf1 : !r) ranges [8] reduce [16] {
    %v = sched.load %x[16*p0 + p1] : !x
    %m = sched.load %buf0[p0] : !r
    %d = arith.subf %v, %m : f32
    %e = math.exp %d : f32
    %s = sched.reduction sum %e : f32 -> f32
    sched.store_reduction %s, %buf1[p0] : !r
  }
  %buf2 = sched.buffer "buf2" : !x
  sched.node "op2" writes(%buf2 : !x) ranges [8, 16] {
    %v = sched.load %x[16*p0 + p1] : !x
    %m = sched.load %buf0[p0] : !r
    %d = arith.subf %v, %m : f32
    %e = math.exp %d : f32
    %s = sched.load %buf1[p0] : !r
    %q = arith.divf %e, %s : f32
    sched.store %q, %buf2[16*p0 + p1] : !x
  }
  sched.output %buf2 : !x
}

// -----

// Case 16 (test_mutation_fusion): a0 = a + c; b0 = b + a0; b.copy_(b0);
// a.copy_(a0). op1's mutation of a is ordered after op0's read of a
// (a WeakDep); the mutation writes exactly where op0 reads, so the weak
// dependency is fusable and the two become one kernel.
!t = !sched.buffer<[10, 10], f32, strides = [10, 1], device = "cuda:0">
// CHECK-LABEL: sched.graph @mutation_fusion
// CHECK:         sched.group "op0_op1" fused
sched.graph @mutation_fusion {
  %a = sched.input "arg0_1" : !t
  %b = sched.input "arg1_1" : !t
  %c = sched.input "arg2_1" : !t
  %buf0 = sched.mutation "buf0" mutates(%b : !t) : !t
  sched.node "op0" writes(%buf0 : !t) ranges [10, 10] {
    %vb = sched.load %b[10*p0 + p1] : !t
    %va = sched.load %a[10*p0 + p1] : !t
    %vc = sched.load %c[10*p0 + p1] : !t
    %a0 = arith.addf %va, %vc : f32
    %b0 = arith.addf %vb, %a0 : f32
    sched.store %b0, %buf0[10*p0 + p1] : !t
  }
  %buf1 = sched.mutation "buf1" mutates(%a : !t) : !t
  sched.node "op1" writes(%buf1 : !t) ranges [10, 10] {
    %va = sched.load %a[10*p0 + p1] : !t
    %vc = sched.load %c[10*p0 + p1] : !t
    %a0 = arith.addf %va, %vc : f32
    sched.store %a0, %buf1[10*p0 + p1] : !t
  }
  sched.output %buf0, %buf1 : !t, !t
}

// -----

// Case 19: torch.mean(x) on [5, 5]: the sum and the division by 25 share
// only the 4-byte scalar buf0, which is enough for a vertical fusion.
!x = !sched.buffer<[5, 5], f32, strides = [5, 1], device = "cuda:0">
!s = !sched.buffer<[], f32, strides = [], device = "cuda:0">
// CHECK-LABEL: sched.graph @mean
// CHECK:         sched.group "op0_op1" fused
sched.graph @mean {
  %x = sched.input "arg0_1" : !x
  %buf0 = sched.buffer "buf0" : !s
  sched.node "op0" writes(%buf0 : !s) ranges [] reduce [25] {
    %v = sched.load %x[p0] : !x
    %s = sched.reduction sum %v : f32 -> f32
    sched.store_reduction %s, %buf0[0] : !s
  }
  %buf1 = sched.buffer "buf1" : !s
  sched.node "op1" writes(%buf1 : !s) ranges [] {
    %v = sched.load %buf0[0] : !s
    %c = arith.constant 25.0 : f32
    %q = arith.divf %v, %c : f32
    sched.store %q, %buf1[0] : !s
  }
  sched.output %buf1 : !s
}

// -----

// Case 20: two accumulating scatters into x (index_put_ with accumulate).
// The second depends on the first through StarDep(buf0, atomic_add), which
// fusable_read_and_write matches with the first's atomic_add write; with
// plain stores the same chain is refused (EXPLAIN).
!t = !sched.buffer<[64], f32, strides = [1], device = "cuda:0">
// CHECK-LABEL: sched.graph @atomic_add_chain
// CHECK:         sched.group "op0_op1" fused
sched.graph @atomic_add_chain {
  %x = sched.input "arg0_1" : !t
  %y = sched.input "arg1_1" : !t
  %buf0 = sched.mutation "buf0" mutates(%x : !t) : !t
  sched.node "op0" writes(%buf0 : !t) ranges [64] {
    %v = sched.load %y[p0] : !t
    sched.store %v, %buf0[p0] mode = atomic_add : !t
  }
  %buf1 = sched.mutation "buf1" mutates(%x : !t) : !t
  sched.node "op1" writes(%buf1 : !t) ranges [64] {
    %v = sched.load %y[p0] : !t
    %c = math.cos %v : f32
    sched.store %c, %buf1[p0] mode = atomic_add : !t
  }
  sched.output %buf1 : !t
}

// -----

!t = !sched.buffer<[64], f32, strides = [1], device = "cuda:0">
// CHECK-LABEL: sched.graph @plain_store_chain
// CHECK-NOT:     sched.group
// EXPLAIN:       remark: not fusing 'op0' with 'op1' [legality]: memory deps did not match: 'buf0' is read at other places than it is written (shared bytes: 256)
sched.graph @plain_store_chain {
  %x = sched.input "arg0_1" : !t
  %y = sched.input "arg1_1" : !t
  %buf0 = sched.mutation "buf0" mutates(%x : !t) : !t
  sched.node "op0" writes(%buf0 : !t) ranges [64] {
    %v = sched.load %y[p0] : !t
    sched.store %v, %buf0[p0] : !t
  }
  %buf1 = sched.mutation "buf1" mutates(%x : !t) : !t
  sched.node "op1" writes(%buf1 : !t) ranges [64] {
    %v = sched.load %y[p0] : !t
    %c = math.cos %v : f32
    sched.store %c, %buf1[p0] : !t
  }
  sched.output %buf1 : !t
}

// -----

// Case 22: an extern mm between pointwise nodes is never a fusion candidate,
// and its neighbours share nothing, so there are three kernels.
!a = !sched.buffer<[16, 16], f32, strides = [16, 1], device = "cuda:0">
// CHECK-LABEL: sched.graph @extern_between
// CHECK-NOT:     sched.group
sched.graph @extern_between {
  %x = sched.input "arg0_1" : !a
  %w = sched.input "arg1_1" : !a
  %buf0 = sched.buffer "buf0" : !a
  sched.node "op0" writes(%buf0 : !a) ranges [16, 16] {
    %v = sched.load %x[16*p0 + p1] : !a
    %c = math.cos %v : f32
    sched.store %c, %buf0[16*p0 + p1] : !a
  }
  %buf1 = sched.buffer "buf1" : !a
  sched.extern "op1" "extern_kernels.mm"(%buf0, %w : !a, !a) writes(%buf1 : !a)
  %buf2 = sched.buffer "buf2" : !a
  sched.node "op2" writes(%buf2 : !a) ranges [16, 16] {
    %v = sched.load %buf1[16*p0 + p1] : !a
    %s = math.sin %v : f32
    sched.store %s, %buf2[16*p0 + p1] : !a
  }
  sched.output %buf2 : !a
}

// -----

// Case 29: x.sum(0) and x.sum(1) on [1024, 2048] (split_reductions off):
// two reductions of different shapes. They share x only up to loop order,
// but reductions are never reordered (and the grid is too small for 2.11's
// mix-order reductions), so they stay two kernels.
!x = !sched.buffer<[1024, 2048], f32, strides = [2048, 1], device = "cuda:0">
!c = !sched.buffer<[2048], f32, strides = [1], device = "cuda:0">
!r = !sched.buffer<[1024], f32, strides = [1], device = "cuda:0">
// CHECK-LABEL: sched.graph @sum_both_axes
// CHECK-NOT:     sched.group
// EXPLAIN:       remark: not fusing 'op0' with 'op1' [score]: no shared data (shared bytes: 0)
// EXPLAIN-NOT:   reordered the loops
sched.graph @sum_both_axes {
  %x = sched.input "arg0_1" : !x
  %buf0 = sched.buffer "buf0" : !c
  sched.node "op0" writes(%buf0 : !c) ranges [2048] reduce [1024] {
    %v = sched.load %x[p0 + 2048*p1] : !x
    %s = sched.reduction sum %v : f32 -> f32
    sched.store_reduction %s, %buf0[p0] : !c
  }
  %buf1 = sched.buffer "buf1" : !r
  sched.node "op1" writes(%buf1 : !r) ranges [1024] reduce [2048] {
    %v = sched.load %x[2048*p0 + p1] : !x
    %s = sched.reduction sum %v : f32 -> f32
    sched.store_reduction %s, %buf1[p0] : !r
  }
  sched.output %buf0, %buf1 : !c, !r
}

// Case 27: no fused node has more than 64 members (max_fusion_size), so a
// chain of 129 becomes ceil(129 / 64) = 3 kernels.
// CHAIN:       sched.group "op0_op1_op2_{{.*}}_op62_op63" fused
// CHAIN-NOT:   sched.group "op0_{{.*}}_op64
// CHAIN:       sched.group "op64_op65_{{.*}}_op126_op127" fused
// CHAIN-NOT:   sched.group
// CHAIN:       sched.node "op128"
