// -convert-sched-to-scf{reassociate}: the innermost reduction loop runs on
// vectors of 8 points (stride-1 loads are vector.loads, loop-invariant ones
// broadcasts), the lanes merged in order after the loop; float sums carry
// fastmath<reassoc>. Where the loop is a multiple of 32 it runs on vectors
// of 32 (four independent 8-lane chains once LLVM splits them), folded to 8
// lanes slice by slice after the loop. Without the option the order is serial.
// RUN: sched-opt %S/../../corpus/layernorm.cpu.mlir -sched-schedule -convert-sched-to-scf=reassociate | FileCheck %s
// RUN: sched-opt %S/../../corpus/sum_rows.cpu.mlir -sched-schedule -convert-sched-to-scf=reassociate | FileCheck %s --check-prefix=SUM
// RUN: sched-opt %S/../../corpus/prod.cpu.mlir -sched-schedule -convert-sched-to-scf=reassociate | FileCheck %s --check-prefix=PROD
// RUN: sched-opt %S/../../corpus/argmax.cpu.mlir -sched-schedule -convert-sched-to-scf=reassociate | FileCheck %s --check-prefix=ARGMAX
// RUN: sched-opt %S/../../corpus/layernorm.cpu.mlir -sched-schedule -convert-sched-to-scf | FileCheck %s --check-prefix=SERIAL

// Layernorm's three identical welford_reduce nodes share one accumulator
// triple, in vectors.
// CHECK-LABEL: func.func @layernorm
// CHECK:         %[[ACC:.+]]:3 = scf.for %{{.+}} = %{{.+}} to %c64 step %c32{{.*}} iter_args(%[[M:.+]] = %{{.+}}, %[[M2:.+]] = %{{.+}}, %[[W:.+]] = %{{.+}}) -> (vector<32xf32>, vector<32xf32>, vector<32xf32>) {
// CHECK:           vector.load %{{.+}}[%{{.+}}] : memref<{{[0-9]+}}xf32>, vector<32xf32>
// CHECK:           arith.divf %{{.+}}, %{{.+}} : vector<32xf32>
// CHECK:           scf.yield %{{.+}}, %{{.+}}, %{{.+}} : vector<32xf32>, vector<32xf32>, vector<32xf32>
// Lanes 0-7 of the mean, then slice 1 (lanes 8-15) merged into them by
// Chan's combination, on 8-lane vectors.
// CHECK:         vector.extract_strided_slice %[[ACC]]#0 {offsets = [0], sizes = [8], strides = [1]} : vector<32xf32> to vector<8xf32>
// CHECK:         vector.extract_strided_slice %[[ACC]]#0 {offsets = [8], sizes = [8], strides = [1]} : vector<32xf32> to vector<8xf32>
// CHECK:         arith.divf %{{.+}}, %{{.+}} : vector<8xf32>
// CHECK:         vector.extract_strided_slice %[[ACC]]#2 {offsets = [24], sizes = [8], strides = [1]} : vector<32xf32> to vector<8xf32>
// CHECK-COUNT-24: vector.extract {{.+}} : f32 from vector<8xf32>
// CHECK-NOT:     vector.load
// CHECK:         scf.for

// SUM-LABEL: func.func @sum_rows
// SUM:         %[[S:.+]] = scf.for {{.+}} step %c32{{.*}} iter_args(%{{.+}} = %{{.+}}) -> (vector<32xf32>)
// SUM:           arith.addf %{{.+}}, %{{.+}} fastmath<reassoc> : vector<32xf32>
// SUM:         %[[S0:.+]] = vector.extract_strided_slice %[[S]] {offsets = [0], sizes = [8], strides = [1]}
// SUM:         %[[S1:.+]] = vector.extract_strided_slice %[[S]] {offsets = [8], sizes = [8], strides = [1]}
// SUM:         %[[F1:.+]] = arith.addf %[[S0]], %[[S1]] : vector<8xf32>
// SUM:         %[[S2:.+]] = vector.extract_strided_slice %[[S]] {offsets = [16], sizes = [8], strides = [1]}
// SUM:         %[[F2:.+]] = arith.addf %[[F1]], %[[S2]] : vector<8xf32>
// SUM:         %[[S3:.+]] = vector.extract_strided_slice %[[S]] {offsets = [24], sizes = [8], strides = [1]}
// SUM:         %[[F3:.+]] = arith.addf %[[F2]], %[[S3]] : vector<8xf32>
// SUM:         vector.extract %[[F3]][0] : f32 from vector<8xf32>

// A row of 16 is not a multiple of 32: one 8-lane vector accumulates.
// PROD-LABEL: func.func @prod
// PROD:         iter_args(%{{.+}} = %{{.+}}) -> (vector<8xf32>)
// PROD:           arith.mulf %{{.+}}, %{{.+}} fastmath<reassoc> : vector<8xf32>
// PROD-NOT:     extract_strided_slice
// PROD-COUNT-8: vector.extract {{.+}} : f32 from vector<8xf32>

// argmax keeps its serial order (first index wins).
// ARGMAX-LABEL: func.func @argmax
// ARGMAX-NOT:     vector
// ARGMAX:         return

// Serially too, the three identical welford_reduce nodes share one triple.
// SERIAL-LABEL: func.func @layernorm
// SERIAL-NOT:     vector
// SERIAL:         iter_args(%{{[^,]+}} = %{{[^,]+}}, %{{[^,]+}} = %{{[^,]+}}, %{{[^,]+}} = %{{[^,]+}}) -> (f32, f32, f32)
