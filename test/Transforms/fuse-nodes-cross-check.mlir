// The fusion loop answers ancestor and cycle questions without ancestor
// sets (searches bounded by topological orders); -sched-fuse-nodes with
// ancestor-sets=true answers them as Inductor does. On random graphs (vertical
// and horizontal pairs, transposed and shifted reads, externs, mutations,
// paths that would close cycles) both must make the same decisions, with the
// same remarks, and produce the same IR.
//
// RUN: %python %utils/gen-random-graph.py --seed 11 --count 25 --nodes 40 -o %t.cuda.mlir
// RUN: sched-opt -split-input-file %t.cuda.mlir -sched-pre-fusion -sched-fuse-nodes=explain=true 2> %t.cuda.fast.remarks | sed -E 's/sched.ancestors = \[[^]]*\], //' > %t.cuda.fast.mlir
// RUN: sched-opt -split-input-file %t.cuda.mlir -sched-pre-fusion -sched-fuse-nodes="explain=true ancestor-sets=true" 2> %t.cuda.sets.remarks | sed -E 's/sched.ancestors = \[[^]]*\], //' > %t.cuda.sets.mlir
// RUN: diff %t.cuda.fast.remarks %t.cuda.sets.remarks
// RUN: diff %t.cuda.fast.mlir %t.cuda.sets.mlir
// RUN: FileCheck %s --check-prefix=CUDA < %t.cuda.fast.remarks
//
// RUN: %python %utils/gen-random-graph.py --seed 12 --count 25 --nodes 40 --device cpu -o %t.cpu.mlir
// RUN: sched-opt -split-input-file %t.cpu.mlir -sched-pre-fusion -sched-fuse-nodes=explain=true 2> %t.cpu.fast.remarks | sed -E 's/sched.ancestors = \[[^]]*\], //' > %t.cpu.fast.mlir
// RUN: sched-opt -split-input-file %t.cpu.mlir -sched-pre-fusion -sched-fuse-nodes="explain=true ancestor-sets=true" 2> %t.cpu.sets.remarks | sed -E 's/sched.ancestors = \[[^]]*\], //' > %t.cpu.sets.mlir
// RUN: diff %t.cpu.fast.remarks %t.cpu.sets.remarks
// RUN: diff %t.cpu.fast.mlir %t.cpu.sets.mlir
// RUN: FileCheck %s --check-prefix=CPU < %t.cpu.fast.remarks
//
// The graphs do exercise the questions the two algorithms answer: cycles,
// intermediate nodes and order.
// CUDA-DAG: [cycle]: will create cycle
// CUDA-DAG: intermediate nodes between node1 & node2
// CUDA-DAG: node1 must go before node2
// CPU-DAG: [cycle]: will create cycle
// CPU-DAG: intermediate nodes between node1 & node2
// CPU-DAG: node1 must go before node2
