// Float max and min reductions propagate NaN, in the serial order and in
// reassociated vector lanes (where a lane keeps x only if strictly better,
// and a NaN x always: LoopBody.cpp combine). sqrt(x + 1.98) is NaN for the
// few inputs below -1.98, so some rows hold a NaN and others do not; rows
// of 64 run as 32-lane vectors with --reassociate. Both runs print the
// same values, bit for bit, and equal the unfused serial run.
// RUN: sched-run %s | FileCheck %s
// RUN: sched-run %s --parallel --reassociate | FileCheck %s
// RUN: sched-run %s --parallel --reassociate --check-unfused | FileCheck %s --check-prefix=UNFUSED
// RUN: sched-opt %s -sched-schedule -convert-sched-to-scf=reassociate | FileCheck %s --check-prefix=IR

// CHECK: @nan_max_min buf0 f32[8] sum=-nan hash=8888544e972256e7 first: 1.96341538 1.97135746 1.9792676 -nan 1.9792676 -nan -nan -nan
// CHECK: @nan_max_min buf1 f32[8] sum=-nan hash=4e80d588a44e5f12 first: 0.163936019 0.241091311 0.347311139 -nan 0.163936019 -nan -nan -nan
// UNFUSED: checked 1 graphs, 2 outputs: 0 mismatched

// IR:      scf.for {{.+}} step %c32{{.*}} iter_args({{.+}}) -> (vector<32xf32>, vector<32xf32>)
// IR:        %[[BETTER:.+]] = arith.cmpf ogt, %[[X:.+]], %[[ACC:[^ ]+]] : vector<32xf32>
// IR:        %[[KEPT:.+]] = arith.select %[[BETTER]], %[[X]], %[[ACC]] : vector<32xi1>, vector<32xf32>
// IR:        %[[NAN:.+]] = arith.cmpf uno, %[[X]], %[[X]] : vector<32xf32>
// IR:        arith.select %[[NAN]], %[[X]], %[[KEPT]] : vector<32xi1>, vector<32xf32>
// IR:        arith.cmpf olt

!f32_8x64 = !sched.buffer<[8, 64], f32, strides = [64, 1], device = "cpu">
!f32_8 = !sched.buffer<[8], f32, strides = [1], device = "cpu">

sched.graph @nan_max_min {
  %arg0_1 = sched.input "arg0_1" : !f32_8x64
  %buf0 = sched.buffer "buf0" : !f32_8
  sched.node "op0" writes(%buf0 : !f32_8) ranges [8] reduce [64] {
    %load = sched.load %arg0_1[64*p0 + p1] : !f32_8x64
    %c = arith.constant 1.98 : f32
    %s = arith.addf %load, %c : f32
    %y = math.sqrt %s : f32
    %reduction = sched.reduction max %y : f32 -> f32
    sched.store_reduction %reduction, %buf0[p0] : !f32_8
  }
  %buf1 = sched.buffer "buf1" : !f32_8
  sched.node "op1" writes(%buf1 : !f32_8) ranges [8] reduce [64] {
    %load = sched.load %arg0_1[64*p0 + p1] : !f32_8x64
    %c = arith.constant 1.98 : f32
    %s = arith.addf %load, %c : f32
    %y = math.sqrt %s : f32
    %reduction = sched.reduction min %y : f32 -> f32
    sched.store_reduction %reduction, %buf1[p0] : !f32_8
  }
  sched.output %buf0, %buf1 : !f32_8, !f32_8
}
