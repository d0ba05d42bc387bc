// A reduction that reads across its reduction loop with a stride (a column
// sum, a transposed read) is vectorized along the last iteration loop: it
// steps by 16 points, one per vector lane, each lane accumulating its own
// point in the serial order (bit-exact, no option needed). Loads contiguous
// along that loop are vector.loads, the others gathers.
// RUN: sched-opt %examples/transpose_add_sum.cpu.mlir -sched-schedule -convert-sched-to-scf | FileCheck %s
// RUN: sched-opt %S/../../corpus/argmax.cpu.mlir -sched-schedule -convert-sched-to-scf | FileCheck %s --check-prefix=ARGMAX

// CHECK-LABEL: func.func @transpose_add_sum
// CHECK:         scf.for %[[P0:.+]] = %{{.+}} to %c4096 step %c16 {
// CHECK:           %[[INIT:.+]] = vector.broadcast %{{.+}} : f32 to vector<16xf32>
// CHECK:           scf.for %{{.+}} = %{{.+}} to %{{.+}} step %c1{{.*}} iter_args(%[[ACC:.+]] = %[[INIT]]) -> (vector<16xf32>) {
// CHECK:             %[[B:.+]] = vector.load %{{.+}}[%{{.+}}] : memref<16777216xf32>, vector<16xf32>
// CHECK-COUNT-16:    memref.load
// CHECK:             %[[A:.+]] = vector.from_elements {{.+}} : vector<16xf32>
// CHECK:             %[[ADD:.+]] = arith.addf %[[B]], %[[A]] : vector<16xf32>
// CHECK:             arith.addf %[[ACC]], %[[ADD]] : vector<16xf32>
// CHECK:           vector.extract %{{.+}}[0] : f32 from vector<16xf32>
// CHECK:           memref.store %{{.+}}[%[[P0]]]
// CHECK:           vector.extract %{{.+}}[15] : f32 from vector<16xf32>

// A row argmax reads contiguously along its reduction: serial, scalar.
// ARGMAX-LABEL: func.func @argmax
// ARGMAX-NOT:     vector
// ARGMAX:         return
