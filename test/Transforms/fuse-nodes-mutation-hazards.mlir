// In-place mutations and fusion: a weak dependency (a mutation ordered
// after an earlier reader of the buffer it overwrites) may be dropped, or
// fused across, only when the mutation writes exactly where the reader
// reads (fusable_weak_dep). Fusing otherwise would let the mutation
// overwrite elements the reader has not read yet.
// RUN: sched-opt %s -split-input-file -sched-pre-fusion -sched-fuse-nodes=explain=true -verify-diagnostics -o /dev/null
// RUN: sched-run %s --check-unfused | FileCheck %s --check-prefix=EXEC
// EXEC-NOT: MISMATCH
// EXEC: checked 2 graphs, 3 outputs: 0 mismatched

// x += (x * 2).t(): op1 reads buf0 where op0 writes it, but overwrites x
// column by column while op0 reads it row by row. PyTorch 2.11 keeps the
// weak dependency (_prune_redundant_deps asks fusable_weak_dep), so the
// pair is refused.
!t = !sched.buffer<[8, 8], f32, strides = [8, 1], device = "cpu">
sched.graph @transposed_update {
  %x = sched.input "arg0_1" : !t
  %buf0 = sched.buffer "buf0" : !t
  // expected-remark @+1 {{not fusing 'op0' with 'op1' [legality]: memory deps did not match: 'buf0' is read at other places than it is written (shared bytes: 256)}}
  sched.node "op0" writes(%buf0 : !t) ranges [8, 8] {
    %v = sched.load %x[8*p0 + p1] : !t
    %c = arith.constant 2.0 : f32
    %m = arith.mulf %v, %c : f32
    sched.store %m, %buf0[8*p0 + p1] : !t
  }
  %buf1 = sched.mutation "buf1" mutates(%x : !t) : !t
  sched.node "op1" writes(%buf1 : !t) ranges [8, 8] {
    %v = sched.load %x[p0 + 8*p1] : !t
    %y = sched.load %buf0[8*p0 + p1] : !t
    %s = arith.addf %v, %y : f32
    sched.store %s, %buf1[p0 + 8*p1] : !t
  }
  sched.output %buf0 : !t
}

// -----

// The same hazard on the second mutation of x: op1 reads x's first version
// (buf0) transposed; op2 overwrites it in place. Inductor's
// fusable_weak_dep compares reads with the real name (arg0_1) only, which
// op1's read of buf0 never equals, and would fuse the two; InductorSched
// compares every version of x and refuses (a deliberate difference).
!u = !sched.buffer<[8, 8], f32, strides = [8, 1], device = "cpu">
sched.graph @second_mutation {
  %x = sched.input "arg0_1" : !u
  %buf0 = sched.mutation "buf0" mutates(%x : !u) : !u
  // expected-remark @+2 {{not fusing 'op0' with 'op1' [score]: no shared data (shared bytes: 0)}}
  // expected-remark @+1 {{not fusing 'op0' with 'op2' [legality]: memory deps did not match: 'buf0' is read at other places than it is written (shared bytes: 256)}}
  sched.node "op0" writes(%buf0 : !u) ranges [8, 8] {
    %v = sched.load %x[8*p0 + p1] : !u
    %c = arith.constant 1.0 : f32
    %s = arith.addf %v, %c : f32
    sched.store %s, %buf0[8*p0 + p1] : !u
  }
  %buf1 = sched.buffer "buf1" : !u
  // expected-remark @+1 {{not fusing 'op1' with 'op2' [legality]: memory deps did not match: 'buf1' is read at other places than it is written (shared bytes: 256)}}
  sched.node "op1" writes(%buf1 : !u) ranges [8, 8] {
    %v = sched.load %buf0[8*p1 + p0] : !u
    %c = math.cos %v : f32
    sched.store %c, %buf1[8*p0 + p1] : !u
  }
  %buf2 = sched.mutation "buf2" mutates(%buf0 : !u) : !u
  sched.node "op2" writes(%buf2 : !u) ranges [8, 8] {
    %v = sched.load %buf0[8*p0 + p1] : !u
    %y = sched.load %buf1[8*p0 + p1] : !u
    %s = arith.mulf %v, %y : f32
    sched.store %s, %buf2[8*p0 + p1] : !u
  }
  sched.output %buf1, %buf2 : !u, !u
}
