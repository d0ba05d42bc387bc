// Inductor's reorder_for_peak_memory (S18): the memory model, the three
// heuristics, and the choice among them.
// RUN: sched-opt %s -split-input-file -sched-schedule="score-fusion-memory-threshold=1" \
// RUN:   | FileCheck %s --check-prefixes=CHECK,LPMF,BEST
// RUN: sched-opt %s -split-input-file -sched-schedule="score-fusion-memory-threshold=1 reorder-for-peak-memory=false" \
// RUN:   | FileCheck %s --check-prefixes=CHECK,BASE,BEST
// RUN: sched-opt %s -split-input-file -sched-pre-fusion -sched-fuse-nodes=score-fusion-memory-threshold=1 \
// RUN:   -sched-merge-loops -sched-reorder-for-peak-memory=method=lpmf | FileCheck %s --check-prefixes=CHECK,LPMF,SMALL-FIRST
// RUN: sched-opt %s -split-input-file -sched-pre-fusion -sched-fuse-nodes=score-fusion-memory-threshold=1 \
// RUN:   -sched-merge-loops -sched-reorder-for-peak-memory=method=bfs | FileCheck %s --check-prefixes=CHECK,BASE,BEST
// RUN: sched-opt %s -split-input-file -sched-pre-fusion -sched-fuse-nodes=score-fusion-memory-threshold=1 \
// RUN:   -sched-merge-loops -sched-reorder-for-peak-memory=method=dfs | FileCheck %s --check-prefixes=CHECK,DFS,SMALL-FIRST
// RUN: sched-opt %s -split-input-file -sched-pre-fusion -sched-fuse-nodes=score-fusion-memory-threshold=1 \
// RUN:   -sched-merge-loops -sched-reorder-for-peak-memory=method=baseline | FileCheck %s --check-prefixes=CHECK,BASE,BEST
// RUN: sched-opt %s -split-input-file -sched-pre-fusion -sched-fuse-nodes=score-fusion-memory-threshold=1 \
// RUN:   -sched-merge-loops -sched-reorder-for-peak-memory=report=true -o /dev/null 2>&1 | FileCheck %s --check-prefix=REPORT

// Case 47: test_memory.Foo on cuda (M = 2048, score_fusion_memory_threshold
// 1), as Inductor lowers it:
//
//   t1 = x @ w1; t2 = x @ w2; t3 = t1 @ w3; t4 = t2 @ w4
//   return t3.sum() + t4.sum()
//
// The four matmuls are extern mm kernels (op0-op3); t3.sum() is one
// reduction (op4); t4.sum() over 20480 elements is split into 3 partial
// sums (op5, 6827 elements each, masked) and their sum (op6); op7 adds.
// The parameters require grad, so this is the forward graph of a training
// step: its inputs are primals_* (never freeable) and it also returns what
// backward needs, the inputs and the activations buf0 (t1) and buf1 (t2),
// which are never freed. Fusion makes op6_op7, as Inductor's Foo docstring
// says. The baseline, op0..op7, peaks at 180228 bytes (both 81920-byte
// activations live at op4); LPMF and DFS both peak at 172048, and LPMF
// wins the tie, as test_reorder_peak_memory expects. Inductor's tests check
// the allocation order in the wrapper: buffers are declared here in the
// same order, right before their writers (buf6 stays inside op6_op7).
//   the default and lpmf      buf1 buf0 buf2 buf4 buf3 buf5 buf7
//   bfs (here the baseline)   buf0 buf1 buf2 buf3 buf4 buf5 buf7
//   dfs                       buf0 buf2 buf4 buf1 buf3 buf5 buf7

// CHECK-LABEL: sched.graph @foo
// LPMF:         %buf1 = sched.buffer "buf1"
// LPMF:         sched.extern "op1" "extern_kernels.mm"
// LPMF:         %buf0 = sched.buffer "buf0"
// LPMF:         sched.extern "op0" "extern_kernels.mm"
// LPMF:         %buf2 = sched.buffer "buf2"
// LPMF:         sched.extern "op2" "extern_kernels.mm"
// LPMF:         %buf4 = sched.buffer "buf4"
// LPMF:         sched.node "op4"
// LPMF:         %buf3 = sched.buffer "buf3"
// LPMF:         sched.extern "op3" "extern_kernels.mm"
// LPMF:         %buf5 = sched.buffer "buf5"
// LPMF:         sched.node "op5"
// LPMF:         %buf7 = sched.buffer "buf7"
// LPMF:         sched.group "op6_op7" fused

// BASE:         %buf0 = sched.buffer "buf0"
// BASE:         sched.extern "op0" "extern_kernels.mm"
// BASE:         %buf1 = sched.buffer "buf1"
// BASE:         sched.extern "op1" "extern_kernels.mm"
// BASE:         %buf2 = sched.buffer "buf2"
// BASE:         sched.extern "op2" "extern_kernels.mm"
// BASE:         %buf3 = sched.buffer "buf3"
// BASE:         sched.extern "op3" "extern_kernels.mm"
// BASE:         %buf4 = sched.buffer "buf4"
// BASE:         sched.node "op4"
// BASE:         %buf5 = sched.buffer "buf5"
// BASE:         sched.node "op5"
// BASE:         %buf7 = sched.buffer "buf7"
// BASE:         sched.group "op6_op7" fused

// DFS:          %buf0 = sched.buffer "buf0"
// DFS:          sched.extern "op0" "extern_kernels.mm"
// DFS:          %buf2 = sched.buffer "buf2"
// DFS:          sched.extern "op2" "extern_kernels.mm"
// DFS:          %buf4 = sched.buffer "buf4"
// DFS:          sched.node "op4"
// DFS:          %buf1 = sched.buffer "buf1"
// DFS:          sched.extern "op1" "extern_kernels.mm"
// DFS:          %buf3 = sched.buffer "buf3"
// DFS:          sched.extern "op3" "extern_kernels.mm"
// DFS:          %buf5 = sched.buffer "buf5"
// DFS:          sched.node "op5"
// DFS:          %buf7 = sched.buffer "buf7"
// DFS:          sched.group "op6_op7" fused

// REPORT: remark: memory of 'buf0': alloc 81920, free 81920, successors [op2], graph output (never freed)
// REPORT: remark: memory of 'buf1': alloc 8192, free 8192, successors [op3], graph output (never freed)
// REPORT: remark: memory of 'buf2': alloc 8192, free 8192, successors [op4]
// REPORT: remark: memory of 'buf3': alloc 81920, free 81920, successors [op5]
// REPORT: remark: memory of 'buf4': alloc 4, free 4, successors [op6_op7]
// REPORT: remark: memory of 'buf5': alloc 12, free 12, successors [op6_op7]
// REPORT: remark: memory of 'buf6': alloc 4, free 4, successors []
// REPORT: remark: memory of 'buf7': alloc 4, free 4, successors [], graph output (never freed)
// REPORT: remark: peak memory: baseline 180228, lpmf 172048, bfs 180228, dfs 172048; chose lpmf

!w1 = !sched.buffer<[1, 10], f32, strides = [10, 1], device = "cuda:0">
!x = !sched.buffer<[2048, 1], f32, strides = [1, 1], device = "cuda:0">
!w2 = !sched.buffer<[1, 1], f32, strides = [1, 1], device = "cuda:0">
!w3 = !sched.buffer<[10, 1], f32, strides = [1, 1], device = "cuda:0">
!t10 = !sched.buffer<[2048, 10], f32, strides = [10, 1], device = "cuda:0">
!t1 = !sched.buffer<[2048, 1], f32, strides = [1, 1], device = "cuda:0">
!part = !sched.buffer<[3], f32, strides = [1], device = "cuda:0">
!s = !sched.buffer<[], f32, strides = [], device = "cuda:0">

sched.graph @foo {
  %primals_1 = sched.input "primals_1" : !w1
  %primals_2 = sched.input "primals_2" : !x
  %primals_3 = sched.input "primals_3" : !w2
  %primals_4 = sched.input "primals_4" : !w3
  %primals_5 = sched.input "primals_5" : !w1
  %buf0 = sched.buffer "buf0" : !t10
  sched.extern "op0" "extern_kernels.mm"(%primals_2, %primals_1 : !x, !w1) writes(%buf0 : !t10)
  %buf1 = sched.buffer "buf1" : !t1
  sched.extern "op1" "extern_kernels.mm"(%primals_2, %primals_3 : !x, !w2) writes(%buf1 : !t1)
  %buf2 = sched.buffer "buf2" : !t1
  sched.extern "op2" "extern_kernels.mm"(%buf0, %primals_4 : !t10, !w3) writes(%buf2 : !t1)
  %buf3 = sched.buffer "buf3" : !t10
  sched.extern "op3" "extern_kernels.mm"(%buf1, %primals_5 : !t1, !w1) writes(%buf3 : !t10)
  %buf4 = sched.buffer "buf4" : !s
  sched.node "op4" writes(%buf4 : !s) ranges [] reduce [2048] {
    %l = sched.load %buf2[p0] : !t1
    %r = sched.reduction sum %l : f32 -> f32
    sched.store_reduction %r, %buf4[0] : !s
  }
  %buf5 = sched.buffer "buf5" : !part
  sched.node "op5" writes(%buf5 : !part) ranges [3] reduce [6827] {
    %i = sched.index_expr [6827*p0 + p1] : i32
    %n = arith.constant 20480 : i32
    %m = arith.cmpi slt, %i, %n : i32
    %v = sched.masked %m -> f32 other 0.0 {
      %l = sched.load %buf3[6827*p0 + p1] : !t10
      sched.yield %l : f32
    }
    %r = sched.reduction sum %v : f32 -> f32
    sched.store_reduction %r, %buf5[p0] : !part
  }
  %buf6 = sched.buffer "buf6" : !s
  sched.node "op6" writes(%buf6 : !s) ranges [] reduce [3] {
    %l = sched.load %buf5[p0] : !part
    %r = sched.reduction sum %l : f32 -> f32
    sched.store_reduction %r, %buf6[0] : !s
  }
  %buf7 = sched.buffer "buf7" : !s
  sched.node "op7" writes(%buf7 : !s) ranges [] {
    %a = sched.load %buf6[0] : !s
    %b = sched.load %buf4[0] : !s
    %c = arith.addf %a, %b : f32
    sched.store %c, %buf7[0] : !s
  }
  sched.output %buf7, %primals_2, %primals_4, %primals_5, %buf0, %buf1 : !s, !x, !w3, !w1, !t10, !t1
}

// -----

// Case 48: every method estimates the same peak (both buffers are graph
// outputs: 440 bytes whatever the order), so the baseline is kept, although
// LPMF and DFS would run the smaller op1 first (as method=lpmf and
// method=dfs, which keep their order whatever its peak, show).

// CHECK-LABEL: sched.graph @all_tie
// BEST:          sched.node "op0"
// BEST:          sched.node "op1"
// SMALL-FIRST:   sched.node "op1"
// SMALL-FIRST:   sched.node "op0"
// REPORT: remark: peak memory: baseline 440, lpmf 440, bfs 440, dfs 440; chose baseline

!big = !sched.buffer<[100], f32, strides = [1], device = "cuda:0">
!small = !sched.buffer<[10], f32, strides = [1], device = "cuda:0">

sched.graph @all_tie {
  %arg0_1 = sched.input "arg0_1" : !big
  %arg1_1 = sched.input "arg1_1" : !small
  %buf0 = sched.buffer "buf0" : !big
  sched.node "op0" writes(%buf0 : !big) ranges [100] {
    %l = sched.load %arg0_1[p0] : !big
    %c = math.cos %l : f32
    sched.store %c, %buf0[p0] : !big
  }
  %buf1 = sched.buffer "buf1" : !small
  sched.node "op1" writes(%buf1 : !small) ranges [10] {
    %l = sched.load %arg1_1[p0] : !small
    %s = math.sin %l : f32
    sched.store %s, %buf1[p0] : !small
  }
  sched.output %buf0, %buf1 : !big, !small
}

// -----

// A mutation's buffer costs nothing (buf1 writes buf0's memory in place),
// and buf0 stays alive until the mutation's readers are done: its
// successors include op2, which reads only buf1. So buf0 is still held when
// op2 allocates buf2 (1024 + 64), as test_mutation_size_propagation
// expects ((2048, 2048) before the mutation, (0, 0) after).

// CHECK-LABEL: sched.graph @mutation_size
// REPORT: remark: memory of 'buf0': alloc 1024, free 1024, successors [op1, op2]
// REPORT: remark: memory of 'buf1': alloc 0, free 0, successors [op2]
// REPORT: remark: memory of 'buf2': alloc 64, free 64, successors [], graph output (never freed)
// REPORT: remark: peak memory: baseline 1088, lpmf 1088, bfs 1088, dfs 1088; chose baseline

!t = !sched.buffer<[256], f32, strides = [1], device = "cuda:0">
!o = !sched.buffer<[16], f32, strides = [1], device = "cuda:0">

sched.graph @mutation_size {
  %arg0_1 = sched.input "arg0_1" : !t
  %buf0 = sched.buffer "buf0" : !t
  sched.extern "op0" "aten.exp"(%arg0_1 : !t) writes(%buf0 : !t)
  %buf1 = sched.mutation "buf1" mutates(%buf0 : !t) : !t
  sched.extern "op1" "triton_kernel_wrapper_mutation"(%buf0 : !t) writes(%buf1 : !t)
  %buf2 = sched.buffer "buf2" : !o
  sched.extern "op2" "aten.narrow_copy"(%buf1 : !t) writes(%buf2 : !o)
  sched.output %buf2 : !o
}

// -----

// A graph output is never freed, even after its last reader: buf0 is still
// held when op2 allocates buf2 (3 x 4096 bytes; 8192 if buf0 were not an
// output). The input x is freeable (its name is not one Inductor keeps
// alive): held from the start, freed after op0. arg1_1 is not freeable and
// not modelled.

// CHECK-LABEL: sched.graph @graph_output
// REPORT-NOT: memory of 'arg1_1'
// REPORT: remark: memory of 'x': freeable input, alloc 4096, free 4096, successors [op0]
// REPORT: remark: memory of 'buf0': alloc 4096, free 4096, successors [op1], graph output (never freed)
// REPORT: remark: memory of 'buf1': alloc 4096, free 4096, successors [op2]
// REPORT: remark: memory of 'buf2': alloc 4096, free 4096, successors [], graph output (never freed)
// REPORT-NOT: memory of 'arg1_1'
// REPORT: remark: peak memory: baseline 12288, lpmf 12288, bfs 12288, dfs 12288; chose baseline

!m = !sched.buffer<[32, 32], f32, strides = [32, 1], device = "cuda:0">

sched.graph @graph_output {
  %x = sched.input "x" : !m
  %arg1_1 = sched.input "arg1_1" : !m
  %buf0 = sched.buffer "buf0" : !m
  sched.extern "op0" "extern_kernels.mm"(%x, %arg1_1 : !m, !m) writes(%buf0 : !m)
  %buf1 = sched.buffer "buf1" : !m
  sched.extern "op1" "extern_kernels.mm"(%buf0, %arg1_1 : !m, !m) writes(%buf1 : !m)
  %buf2 = sched.buffer "buf2" : !m
  sched.extern "op2" "extern_kernels.mm"(%buf1, %arg1_1 : !m, !m) writes(%buf2 : !m)
  sched.output %buf2, %buf0 : !m, !m
}
