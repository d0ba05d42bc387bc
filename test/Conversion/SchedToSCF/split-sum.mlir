// Outer-lane widths (outer-lanes=0) and split sums (SplitSum.h).
// RUN: sched-opt %S/../../Integration/Inputs/outer-lanes.mlir -sched-schedule -convert-sched-to-scf | FileCheck %s --check-prefixes=CHECK,EXACT
// RUN: sched-opt %S/../../Integration/Inputs/outer-lanes.mlir -sched-schedule -convert-sched-to-scf=reassociate | FileCheck %s --check-prefixes=CHECK,SPLIT

// A column sum gathers nothing: 128 lanes, one vector load a row.
// CHECK-LABEL: func.func @column_sum
// CHECK:         scf.for %{{.+}} = %{{.+}} to %c128 step %c128{{.*}} {
// CHECK:           scf.for %{{.+}} = %{{.+}} to %c256 step %c1 iter_args(%{{.+}} = %{{.+}}) -> (vector<128xf32>) {
// CHECK:             vector.load %{{.+}}[%{{.+}}] : memref<32768xf32>, vector<128xf32>

// Without reassociation, a transposed operand is gathered, 16 lanes.
// EXACT-LABEL: func.func @split_sum
// EXACT:         step %c16 {
// EXACT-NOT:     vector.insert
// EXACT-COUNT-16: memref.load
// EXACT:         vector.from_elements {{.+}} : vector<16xf32>

// With it, the sum splits, 64 lanes: b's term as lane vectors, then a row
// of a a lane, as 8-lane vectors along the reduction, summed across into
// its lane; the halves add, and the code after the sum runs per lane.
// SPLIT-LABEL: func.func @split_sum
// SPLIT:         scf.for %[[P0:.+]] = %{{.+}} to %c128 step %c64 {
// SPLIT:           %[[ZERO:.+]] = vector.broadcast %{{.+}} : f32 to vector<64xf32>
// SPLIT:           %[[LANES:.+]] = scf.for %{{.+}} = %{{.+}} to %c128{{.*}} step %c1 iter_args(%[[ACC:.+]] = %[[ZERO]]) -> (vector<64xf32>) {
// SPLIT:             %[[B:.+]] = vector.load %{{.+}}[%{{.+}}] : memref<16384xf32>, vector<64xf32>
// SPLIT:             arith.addf %[[ACC]], %[[B]] fastmath<reassoc> : vector<64xf32>
// SPLIT:           %[[ROWS:.+]] = scf.for %[[LANE:.+]] = %{{.+}} to %c64{{.*}} step %c1{{.*}} iter_args(%[[RACC:.+]] = %[[ZERO]]) -> (vector<64xf32>) {
// SPLIT:             %[[ROW:.+]] = arith.addi %[[P0]], %[[LANE]] : index
// SPLIT:             %[[PART:.+]] = scf.for %{{.+}} = %{{.+}} to %c128{{.*}} step %c8{{.*}} iter_args(%[[V:.+]] = %{{.+}}) -> (vector<8xf32>) {
// SPLIT:               %[[A:.+]] = vector.load %{{.+}}[%{{.+}}] : memref<16384xf32>, vector<8xf32>
// SPLIT:               arith.addf %[[V]], %[[A]] fastmath<reassoc> : vector<8xf32>
// SPLIT:             %[[SUM:.+]] = vector.reduction <add>, %[[PART]] fastmath<reassoc> : vector<8xf32> into f32
// SPLIT:             vector.insert %[[SUM]], %[[RACC]] [%[[LANE]]] : f32 into vector<64xf32>
// SPLIT:           %[[TOTAL:.+]] = arith.addf %[[LANES]], %[[ROWS]] fastmath<reassoc> : vector<64xf32>
// SPLIT:           vector.extract %[[TOTAL]][0] : f32 from vector<64xf32>
// SPLIT:           arith.mulf
// SPLIT:           vector.extract %[[TOTAL]][63] : f32 from vector<64xf32>

// Three terms: the lanes' half holds b * c[p1] and the broadcast c[p0],
// the rows' half a * 2.
// SPLIT-LABEL: func.func @split_three_terms
// SPLIT:         -> (vector<64xf32>) {
// SPLIT:           vector.load %{{.+}}[%{{.+}}] : memref<16384xf32>, vector<64xf32>
// SPLIT:           vector.broadcast %{{.+}} : f32 to vector<64xf32>
// SPLIT:           arith.mulf %{{.+}} : vector<64xf32>
// SPLIT:         -> (vector<8xf32>) {
// SPLIT:           vector.load %{{.+}}[%{{.+}}] : memref<16384xf32>, vector<8xf32>
// SPLIT:           arith.mulf %{{.+}} : vector<8xf32>

// A term reading both ways does not split: gathers, 16 lanes.
// CHECK-LABEL: func.func @mixed_term
// CHECK:         step %c16 {
// CHECK-NOT:     vector.insert
// CHECK:         vector.from_elements {{.+}} : vector<16xf32>
// CHECK:         return
