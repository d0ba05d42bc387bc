// Inductor's check_bounds (`sched.indirect_indexing ... check`): an index
// outside [0, size) stops the run with a message instead of reading out of
// bounds. sched-run's i64 inputs are in [-128, 127]: after wrap_neg they
// are inside a size of 256 (the first graph runs) but not inside 100 (the
// second aborts, naming the node and the size).
// RUN: sched-run %s | FileCheck %s --check-prefix=OK
// RUN: not --crash sched-run %S/Inputs/out-of-bounds.mlir 2>&1 | FileCheck %s --check-prefix=OOB
// The linalg form keeps the check (cf.assert in the generic's body):
// RUN: sched-run --linalg %s | FileCheck %s --check-prefix=OK
// RUN: not --crash sched-run --linalg %S/Inputs/out-of-bounds.mlir 2>&1 | FileCheck %s --check-prefix=OOB
// RUN: sched-opt %s -sched-schedule -convert-sched-to-scf | FileCheck %s --check-prefix=IR
// RUN: sched-opt %s -sched-schedule -sched-lower-to-nvvm=format=isa | %python %utils/extract-ptx.py \
// RUN:   | FileCheck %s --check-prefix=PTX

// OK: @in_bounds buf0 f32[8,4]
// OOB: indirect index out of bounds in op0: not in [0, 100)

// IR-LABEL: func.func @in_bounds
// IR: %[[LOW:.*]] = arith.cmpi sge, %{{.*}}, %c0_i64
// IR: %[[HIGH:.*]] = arith.cmpi slt, %{{.*}}, %c256_i64
// IR: %[[IN:.*]] = arith.andi %[[LOW]], %[[HIGH]]
// IR: cf.assert %[[IN]], "indirect index out of bounds in op0: not in [0, 256)"

// PTX: __assertfail

!table = !sched.buffer<[256, 4], f32, strides = [4, 1], device = "cpu">
!idx = !sched.buffer<[8], i64, strides = [1], device = "cpu">
!out = !sched.buffer<[8, 4], f32, strides = [4, 1], device = "cpu">

sched.graph @in_bounds {
  %table = sched.input "arg0_1" : !table
  %idx = sched.input "arg1_1" : !idx
  %buf0 = sched.buffer "buf0" : !out
  sched.node "op0" writes(%buf0 : !out) ranges [8, 4] {
    %i = sched.load %idx[p0] : !idx
    %j = sched.indirect_indexing %i size 256 check wrap_neg : i64
    %v = sched.load %table[4*indirect0 + p1] indirect(%j) : !table
    sched.store %v, %buf0[4*p0 + p1] : !out
  }
  sched.output %buf0 : !out
}
