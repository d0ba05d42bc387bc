// utils/graph-abi.py: the C arguments of the lowered functions, for
// callers that make tensors. cuda: a mutated input is an output without an
// argument ("alias_of"); every argument has its layout. cpu: the memref
// descriptors' layouts.
// RUN: sched-opt %examples/input_mutation.cuda.mlir -sched-schedule -sched-to-nvvm-kernels -o %t.gpu.mlir
// RUN: %python %utils/graph-abi.py --target cuda %t.gpu.mlir | FileCheck %s --check-prefix=CUDA
// RUN: sched-opt %examples/transpose_add_sum.cpu.mlir -sched-schedule -convert-sched-to-scf -o %t.scf.mlir
// RUN: %python %utils/graph-abi.py --target cpu %t.scf.mlir | FileCheck %s --check-prefix=CPU

// CUDA: "graph": "input_mutation",
// CUDA: "inputs": [
// CUDA: "name": "arg0_1",
// CUDA-NEXT: "dtype": "f32",
// CUDA-NEXT: "extent": 33554432,
// CUDA-NEXT: "sizes": [
// CUDA-NEXT: 8192,
// CUDA-NEXT: 4096
// CUDA: "name": "arg1_1",
// CUDA: "outputs": [
// CUDA: "name": "buf0",
// CUDA: "extent": 33554432,
// CUDA: "name": "buf2",
// CUDA-NEXT: "alias_of": "arg0_1",

// CPU: "graph": "transpose_add_sum",
// CPU: "name": "arg0_1",
// CPU: "name": "arg1_1",
// CPU: "outputs": [
// CPU: "name": "buf0",
// CPU-NEXT: "dtype": "f32",
// CPU-NEXT: "sizes": [
// CPU-NEXT: 4096
// CPU-NEXT: ],
// CPU-NEXT: "strides": [
// CPU-NEXT: 1
