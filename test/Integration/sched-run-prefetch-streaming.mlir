// prefetch-next-outer with streaming-stores (the host benchmark's build,
// bench/build_cpu_libs.sh) is bit-exact on a softmax whose 64 MiB output is
// streamed: the row's exp and division nests prefetch the next row and the
// division stores are non-temporal where the output's last page was
// resident when the kernel began (checked once, before the rows' loop; IR
// checks), and the outputs equal the default lowering's hash (the CHECK line
// is the default's) and the unfused reference run's.
// RUN: sched-opt %S/Inputs/softmax-4096.mlir -sched-schedule -convert-sched-to-scf="prefetch-next-outer streaming-stores" | FileCheck %s --check-prefix=IR
// RUN: sched-run --parallel %S/Inputs/softmax-4096.mlir | FileCheck %s
// RUN: sched-run --parallel --prefetch-next-outer --streaming-stores %S/Inputs/softmax-4096.mlir | FileCheck %s
// RUN: sched-run --parallel --prefetch-next-outer --streaming-stores --check-unfused %S/Inputs/softmax-4096.mlir | FileCheck %s --check-prefix=SAME

// IR:       scf.execute_region {
// IR:         func.call @mincore
// IR:         scf.for %{{.+}} = %{{.+}} to %c4096{{.*}} step %c1{{.*}} {
// IR:       scf.for %{{.+}} = %{{.+}} to %c4096{{.*}} step %c8{{.*}} {
// IR:         memref.prefetch %{{.+}}, read, locality<2>, data : memref<16777216xf32>
// IR:         math.exp %{{.+}} : vector<8xf32>
// IR:       scf.for %{{.+}} = %{{.+}} to %c4096{{.*}} step %c8{{.*}} {
// IR:         memref.prefetch
// IR:         arith.divf %{{.+}}, %{{.+}} : vector<8xf32>
// IR-NEXT:    affine.apply
// IR-NEXT:    vector.store %{{.+}} {alignment = 32 : i64, nontemporal = true}

// CHECK: @softmax_4096 buf3 f32[4096,4096] sum=4095.9909343865693 hash=29276b4754220a36
// SAME: checked 1 graphs, 1 outputs: 0 mismatched
