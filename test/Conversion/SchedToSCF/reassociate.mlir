// -convert-sched-to-scf{reassociate}: the innermost reduction loop runs on
// vectors of 8 points (stride-1 loads are vector.loads, loop-invariant ones
// broadcasts), the lanes merged in order after the loop; float sums carry
// fastmath<reassoc>. Without the option the order is serial.
// RUN: sched-opt %S/../../corpus/layernorm.cpu.mlir -sched-schedule -convert-sched-to-scf=reassociate | FileCheck %s
// RUN: sched-opt %S/../../corpus/sum_rows.cpu.mlir -sched-schedule -convert-sched-to-scf=reassociate | FileCheck %s --check-prefix=SUM
// RUN: sched-opt %S/../../corpus/argmax.cpu.mlir -sched-schedule -convert-sched-to-scf=reassociate | FileCheck %s --check-prefix=ARGMAX
// RUN: sched-opt %S/../../corpus/layernorm.cpu.mlir -sched-schedule -convert-sched-to-scf | FileCheck %s --check-prefix=SERIAL

// Layernorm's three identical welford_reduce nodes share one accumulator
// triple, in vectors.
// CHECK-LABEL: func.func @layernorm
// CHECK:         scf.for %{{.+}} = %{{.+}} to %{{.+}} step %c8{{.*}} iter_args(%[[M:.+]] = %{{.+}}, %[[M2:.+]] = %{{.+}}, %[[W:.+]] = %{{.+}}) -> (vector<8xf32>, vector<8xf32>, vector<8xf32>) {
// CHECK:           vector.load %{{.+}}[%{{.+}}] : memref<{{[0-9]+}}xf32>, vector<8xf32>
// CHECK:           arith.divf %{{.+}}, %{{.+}} : vector<8xf32>
// CHECK:           scf.yield %{{.+}}, %{{.+}}, %{{.+}} : vector<8xf32>, vector<8xf32>, vector<8xf32>
// CHECK-COUNT-24: vector.extract {{.+}} : f32 from vector<8xf32>
// CHECK-NOT:     vector.load
// CHECK:         scf.for

// SUM-LABEL: func.func @sum_rows
// SUM:         iter_args(%{{.+}} = %{{.+}}) -> (vector<8xf32>)
// SUM:           arith.addf %{{.+}}, %{{.+}} fastmath<reassoc> : vector<8xf32>

// argmax keeps its serial order (first index wins).
// ARGMAX-LABEL: func.func @argmax
// ARGMAX-NOT:     vector
// ARGMAX:         return

// Serially too, the three identical welford_reduce nodes share one triple.
// SERIAL-LABEL: func.func @layernorm
// SERIAL-NOT:     vector
// SERIAL:         iter_args(%{{[^,]+}} = %{{[^,]+}}, %{{[^,]+}} = %{{[^,]+}}, %{{[^,]+}} = %{{[^,]+}}) -> (f32, f32, f32)
