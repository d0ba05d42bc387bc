// Round trip of every sched op, attribute and type in the custom form, and
// through the generic form.
// RUN: sched-opt %s -split-input-file | FileCheck %s
// RUN: sched-opt %s -split-input-file | sched-opt -split-input-file | FileCheck %s
// RUN: sched-opt %s -split-input-file -mlir-print-op-generic | sched-opt -split-input-file | FileCheck %s

!in = !sched.buffer<[8, 16], f32, strides = [16, 1], device = "cuda:0">
!out = !sched.buffer<[8], f32, strides = [1], device = "cuda:0">

// CHECK-DAG: ![[IN:.+]] = !sched.buffer<[8, 16], f32, strides = [16, 1], device = "cuda:0">
// CHECK-DAG: ![[OUT:.+]] = !sched.buffer<[8], f32, strides = [1], device = "cuda:0">
// CHECK-LABEL: sched.graph @reduction_node
// CHECK-NEXT:    %[[A:.+]] = sched.input "arg0_1" : ![[IN]]
// CHECK-NEXT:    %[[B:.+]] = sched.input "arg1_1" : ![[IN]]
// CHECK-NEXT:    %[[BUF0:.+]] = sched.buffer "buf0" : ![[OUT]]
// CHECK-NEXT:    sched.node "op0" writes(%[[BUF0]] : ![[OUT]]) ranges [8] reduce [16] {
// CHECK-NEXT:      %[[X:.+]] = sched.load %[[A]][16*p0 + p1] : ![[IN]]
// CHECK-NEXT:      %[[Y:.+]] = sched.load %[[B]][16*p0 + p1] : ![[IN]]
// CHECK-NEXT:      %[[S:.+]] = arith.addf %[[X]], %[[Y]] : f32
// CHECK-NEXT:      %[[R:.+]] = sched.reduction sum %[[S]] : f32 -> f32
// CHECK-NEXT:      sched.store_reduction %[[R]], %[[BUF0]][p0] : ![[OUT]]
// CHECK-NEXT:    }
// CHECK-NEXT:    sched.output %[[BUF0]] : ![[OUT]]
sched.graph @reduction_node {
  %arg0_1 = sched.input "arg0_1" : !in
  %arg1_1 = sched.input "arg1_1" : !in
  %buf0 = sched.buffer "buf0" : !out
  sched.node "op0" writes(%buf0 : !out) ranges [8] reduce [16] {
    %a = sched.load %arg0_1[p1 + 16*p0] : !in
    %b = sched.load %arg1_1[16*p0 + p1] : !in
    %s = arith.addf %a, %b : f32
    %r = sched.reduction sum %s : f32 -> f32
    sched.store_reduction %r, %buf0[p0] : !out
  }
  sched.output %buf0 : !out
}

// -----

// Symbolic sizes, offsets, constants, views, mutations, index_expr,
// floordiv/mod, negative terms and store modes.
!sym = !sched.buffer<[s0, 16], f32, strides = [16, 1], device = "cuda:0">
!flat = !sched.buffer<[16*s0], f32, strides = [1], device = "cuda:0">
!idx = !sched.buffer<[s0], i64, strides = [1], device = "cuda:0">
!w = !sched.buffer<[16], f32, strides = [1], offset = 4, device = "cuda:0">

// CHECK-DAG: ![[SYM:.+]] = !sched.buffer<[s0, 16], f32, strides = [16, 1], device = "cuda:0">
// CHECK-DAG: ![[FLAT:.+]] = !sched.buffer<[16*s0], f32, strides = [1], device = "cuda:0">
// CHECK-DAG: ![[WT:.+]] = !sched.buffer<[16], f32, strides = [1], offset = 4, device = "cuda:0">
// CHECK-LABEL: sched.graph @symbolic symbols(s0 = 64, s1 = 3)
// CHECK:         %[[X:.+]] = sched.input "arg0_1" : ![[SYM]]
// CHECK:         %[[W:.+]] = sched.input "_frozen_param0" constant : ![[WT]]
// CHECK:         %[[V:.+]] = sched.view %[[X]] : ![[SYM]] to ![[FLAT]]
// CHECK:         sched.node "op0" writes(%{{.*}}) ranges [s0, 16] {
// CHECK:           sched.load %[[X]][p0 floordiv 2 + 16*(p1 mod 4) - 1] :
// CHECK:           sched.load %[[W]][p1] :
// CHECK:           sched.index_expr [p0*s1 + p1] : i64
// CHECK:           arith.sitofp %{{.*}} {sched.src_dtype} : i64 to f32
// CHECK:           arith.constant 2.000000e+00 : f32
// CHECK:           arith.constant {sched.python_value = 0.70710678118654757 : f64} 0.707106769 : f32
// CHECK:           sched.store %{{.*}}, %{{.*}}[16*p0 + p1] mode = atomic_add :
// CHECK:         %[[M:.+]] = sched.mutation "buf1" mutates(%[[X]] : ![[SYM]]) : ![[SYM]]
// CHECK:         sched.node "op1" writes(%[[M]] :
// CHECK:           sched.store %{{.*}}, %[[M]][16*p0 + p1] :
sched.graph @symbolic symbols(s0 = 64, s1 = 3) {
  %x = sched.input "arg0_1" : !sym
  %w = sched.input "_frozen_param0" constant : !w
  %v = sched.view %x : !sym to !flat
  %buf0 = sched.buffer "buf0" : !sym
  sched.node "op0" writes(%buf0 : !sym) ranges [s0, 16] {
    %a = sched.load %x[(p0 floordiv 2) + (p1 mod 4) * 16 - 1] : !sym
    %b = sched.load %w[p1] : !w
    %i = sched.index_expr [p0 * s1 + p1] : i64
    %f = arith.sitofp %i {sched.src_dtype} : i64 to f32
    %c = arith.constant 2.0 : f32
    %k = arith.constant {sched.python_value = 0.7071067811865476 : f64} 0.7071067811865476 : f32
    %m = arith.mulf %a, %b : f32
    %mk = arith.mulf %m, %k : f32
    %n = arith.mulf %mk, %c : f32
    %o = arith.addf %n, %f : f32
    sched.store %o, %buf0[16*p0 + p1] mode = atomic_add : !sym
  }
  %buf1 = sched.mutation "buf1" mutates(%x : !sym) : !sym
  sched.node "op1" writes(%buf1 : !sym) ranges [s0, 16] {
    %a = sched.load %buf0[16*p0 + p1] : !sym
    sched.store %a, %buf1[16*p0 + p1] : !sym
  }
  sched.output %buf0, %v : !sym, !flat
}

// -----

// Indirect indexing and masks.
!table = !sched.buffer<[100, 64], f32, strides = [64, 1], device = "cpu">
!ids = !sched.buffer<[8], i64, strides = [1], device = "cpu">
!emb = !sched.buffer<[8, 64], f32, strides = [64, 1], device = "cpu">

// CHECK-LABEL: sched.graph @indirect
// CHECK:         %[[I:.+]] = sched.indirect_indexing %{{.*}} size 100 check wrap_neg : i64
// CHECK:         sched.load %{{.*}}[64*indirect0 + p1] indirect(%[[I]]) :
// CHECK:         %[[MASK:.+]] = arith.cmpi
// CHECK:         sched.masked %[[MASK]] -> f32 other 0.000000e+00 {
// CHECK:           sched.load %{{.*}}[64*indirect0 + p1 - 1] indirect(%[[I]]) :
// CHECK:           sched.yield %{{.*}} : f32
// CHECK:         }
// CHECK:         sched.store %{{.*}}, %{{.*}}[64*p0 + p1] :
sched.graph @indirect {
  %table = sched.input "arg0_1" : !table
  %ids = sched.input "arg1_1" : !ids
  %buf0 = sched.buffer "buf0" : !emb
  sched.node "op0" writes(%buf0 : !emb) ranges [8, 64] {
    %id = sched.load %ids[p0] : !ids
    %i = sched.indirect_indexing %id size 100 check wrap_neg : i64
    %e = sched.load %table[64*indirect0 + p1] indirect(%i) : !table
    %p = sched.index_expr [p1] : i64
    %zero = arith.constant 0 : i64
    %inb = arith.cmpi sgt, %p, %zero : i64
    %prev = sched.masked %inb -> f32 other 0.0 {
      %l = sched.load %table[64*indirect0 + p1 - 1] indirect(%i) : !table
      sched.yield %l : f32
    }
    %sum = arith.addf %e, %prev : f32
    sched.store %sum, %buf0[64*p0 + p1] : !emb
  }
  sched.output %buf0 : !emb
}

// -----

// Every reduction kind.
!x = !sched.buffer<[4, 32], f32, strides = [32, 1], device = "cuda:0">
!xi = !sched.buffer<[4, 32], i32, strides = [32, 1], device = "cuda:0">
!r = !sched.buffer<[4], f32, strides = [1], device = "cuda:0">
!ri = !sched.buffer<[4], i32, strides = [1], device = "cuda:0">
!rl = !sched.buffer<[4], i64, strides = [1], device = "cuda:0">
!rb = !sched.buffer<[4], i1, strides = [1], device = "cuda:0">

// CHECK-LABEL: sched.graph @reductions
// CHECK: sched.reduction sum %{{.*}} : f32 -> f32
// CHECK: sched.reduction prod %{{.*}} : f32 -> f32
// CHECK: sched.reduction max %{{.*}} : f32 -> f32
// CHECK: sched.reduction min %{{.*}} : f32 -> f32
// CHECK: sched.reduction argmax %{{.*}} : f32 -> i64
// CHECK: sched.reduction argmin %{{.*}} : f32 -> i64
// CHECK: sched.reduction any %{{.*}} : i1 -> i1
// CHECK: sched.reduction xor_sum %{{.*}} : i32 -> i32
// CHECK: sched.reduction welford_reduce %{{.*}} : f32 -> f32, f32, f32
// CHECK: sched.reduction welford_combine %{{.*}}, %{{.*}}, %{{.*}} : f32, f32, f32 -> f32, f32, f32
sched.graph @reductions {
  %x = sched.input "arg0_1" : !x
  %xi = sched.input "arg1_1" : !xi
  %b0 = sched.buffer "buf0" : !r
  %b1 = sched.buffer "buf1" : !r
  %b2 = sched.buffer "buf2" : !r
  %b3 = sched.buffer "buf3" : !r
  %b4 = sched.buffer "buf4" : !rl
  %b5 = sched.buffer "buf5" : !rl
  %b6 = sched.buffer "buf6" : !rb
  %b7 = sched.buffer "buf7" : !ri
  %b8 = sched.buffer "buf8" : !r
  %b9 = sched.buffer "buf9" : !r
  %b10 = sched.buffer "buf10" : !r
  sched.node "op0" writes(%b0, %b1, %b2, %b3, %b4, %b5, %b6, %b7 : !r, !r, !r, !r, !rl, !rl, !rb, !ri) ranges [4] reduce [32] {
    %v = sched.load %x[32*p0 + p1] : !x
    %vi = sched.load %xi[32*p0 + p1] : !xi
    %z = arith.constant 0 : i32
    %nz = arith.cmpi ne, %vi, %z : i32
    %r0 = sched.reduction sum %v : f32 -> f32
    %r1 = sched.reduction prod %v : f32 -> f32
    %r2 = sched.reduction max %v : f32 -> f32
    %r3 = sched.reduction min %v : f32 -> f32
    %r4 = sched.reduction argmax %v : f32 -> i64
    %r5 = sched.reduction argmin %v : f32 -> i64
    %r6 = sched.reduction any %nz : i1 -> i1
    %r7 = sched.reduction xor_sum %vi : i32 -> i32
    sched.store_reduction %r0, %b0[p0] : !r
    sched.store_reduction %r1, %b1[p0] : !r
    sched.store_reduction %r2, %b2[p0] : !r
    sched.store_reduction %r3, %b3[p0] : !r
    sched.store_reduction %r4, %b4[p0] : !rl
    sched.store_reduction %r5, %b5[p0] : !rl
    sched.store_reduction %r6, %b6[p0] : !rb
    sched.store_reduction %r7, %b7[p0] : !ri
  }
  sched.node "op1" writes(%b8, %b9, %b10 : !r, !r, !r) ranges [4] reduce [32] {
    %v = sched.load %x[32*p0 + p1] : !x
    %z = arith.constant 0.0 : f32
    %one = arith.constant 1.0 : f32
    %m, %m2, %w = sched.reduction welford_reduce %v : f32 -> f32, f32, f32
    %cm, %cm2, %cw = sched.reduction welford_combine %v, %z, %one : f32, f32, f32 -> f32, f32, f32
    %sm = arith.addf %m, %cm : f32
    sched.store_reduction %sm, %b8[p0] : !r
    sched.store_reduction %m2, %b9[p0] : !r
    sched.store_reduction %cw, %b10[p0] : !r
  }
  sched.output %b0, %b1, %b2, %b3, %b4, %b5, %b6, %b7, %b8, %b9, %b10 : !r, !r, !r, !r, !rl, !rl, !rb, !ri, !r, !r, !r
}

// -----

// Extern kernels, nop kernels, aliases, multi-output, NoneLayout, graph
// lists, groups and unbacked symbols.
!a = !sched.buffer<[8, 16], f32, strides = [16, 1], device = "cuda:0">
!b = !sched.buffer<[16, 4], f32, strides = [4, 1], device = "cuda:0">
!c = !sched.buffer<[8, 4], f32, strides = [4, 1], device = "cuda:0">
!cat = !sched.buffer<[8, 8], f32, strides = [8, 1], device = "cuda:0">
!half = !sched.buffer<[8, 4], f32, strides = [8, 1], device = "cuda:0">
!half2 = !sched.buffer<[8, 4], f32, strides = [8, 1], offset = 4, device = "cuda:0">
!none = !sched.none_layout<"cuda:0">
!tuple = !sched.multi_output_layout<"cuda:0">
!vals = !sched.buffer<[8, 2], f32, strides = [2, 1], device = "cuda:0">
!inds = !sched.buffer<[8, 2], i64, strides = [2, 1], device = "cuda:0">
!count = !sched.buffer<[], i64, strides = [], device = "cpu">
!dyn = !sched.buffer<[u0], f32, strides = [1], device = "cuda:0">

// CHECK-DAG: !{{.+}} = !sched.buffer<[8, 4], f32, strides = [8, 1], device = "cuda:0">
// CHECK-DAG: !{{.+}} = !sched.buffer<[8, 4], f32, strides = [8, 1], offset = 4, device = "cuda:0">
// CHECK-DAG: !{{.+}} = !sched.buffer<[], i64, strides = [], device = "cpu">
// CHECK-DAG: !{{.+}} = !sched.buffer<[u0], f32, strides = [1], device = "cuda:0">
// CHECK-LABEL: sched.graph @externs
// CHECK:         sched.extern "op0" "extern_kernels.mm"(%{{.*}}, %{{.*}} : {{.*}}) writes(%{{.*}} : {{.*}}) class "ExternKernelOut"{{$}}
// CHECK:         %[[CAT:.+]] = sched.buffer "buf1" : ![[CATT:.+]]
// CHECK:         %[[L:.+]] = sched.alias "buf2" aliases(%[[CAT]] : ![[CATT]]) : ![[HALF:.+]]
// CHECK:         sched.nop "op3"(%{{.*}}, %{{.*}} : {{.*}}) writes(%[[CAT]] : {{.*}}) class "ConcatKernel"{{$}}
// CHECK:         %[[T:.+]] = sched.buffer "buf4" : !sched.multi_output_layout<"cuda:0">
// CHECK:         sched.extern "op5" "aten.topk"(%{{.*}} : {{.*}}) writes(%[[T]] : !sched.multi_output_layout<"cuda:0">) class "FallbackKernel" {constant_args = [2, -1]}
// CHECK:         sched.multi_output "op6" %[[T]][0] writes(%{{.*}} : {{.*}}) : !sched.multi_output_layout<"cuda:0">
// CHECK:         sched.multi_output "op7" %[[T]][1] writes(%{{.*}} : {{.*}}) : !sched.multi_output_layout<"cuda:0">
// CHECK:         sched.buffer "buf8" : !sched.none_layout<"cuda:0">
// CHECK:         sched.extern "op8" "aten._assert_async.msg"() writes(%{{.*}} : !sched.none_layout<"cuda:0">) side_effects class "FallbackKernel"{{$}}
// CHECK:         sched.extern "op9" "aten._local_scalar_dense"(%{{.*}} : {{.*}}) writes(%{{.*}} : {{.*}}) {defines_symbols = ["u0"]}
// CHECK:         sched.buffer "buf10" :
// CHECK:         sched.group "op11_op12" fused {
// CHECK-NEXT:      sched.node "op11"
// CHECK:           sched.node "op12"
// CHECK:         sched.graph_list "list_0"(%{{.*}}, %{{.*}} : {{.*}})
sched.graph @externs {
  %a = sched.input "arg0_1" : !a
  %b = sched.input "arg1_1" : !b
  %n = sched.input "arg2_1" : !count
  %buf0 = sched.buffer "buf0" : !c
  sched.extern "op0" "extern_kernels.mm"(%a, %b : !a, !b) writes(%buf0 : !c) class "ExternKernelOut"
  %buf1 = sched.buffer "buf1" : !cat
  %buf2 = sched.alias "buf2" aliases(%buf1 : !cat) : !half
  %buf3 = sched.alias "buf3" aliases(%buf1 : !cat) : !half2
  sched.node "op1" writes(%buf2 : !half) ranges [8, 4] {
    %v = sched.load %buf0[4*p0 + p1] : !c
    sched.store %v, %buf2[8*p0 + p1] : !half
  }
  sched.node "op2" writes(%buf3 : !half2) ranges [8, 4] {
    %v = sched.load %buf0[4*p0 + p1] : !c
    %w = math.exp %v : f32
    sched.store %w, %buf3[8*p0 + p1 + 4] : !half2
  }
  sched.nop "op3"(%buf2, %buf3 : !half, !half2) writes(%buf1 : !cat) class "ConcatKernel"
  %buf4 = sched.buffer "buf4" : !tuple
  sched.extern "op5" "aten.topk"(%buf1 : !cat) writes(%buf4 : !tuple) class "FallbackKernel" {constant_args = [2, -1]}
  %buf6 = sched.buffer "buf6" : !vals
  %buf7 = sched.buffer "buf7" : !inds
  sched.multi_output "op6" %buf4[0] writes(%buf6 : !vals) : !tuple
  sched.multi_output "op7" %buf4[1] writes(%buf7 : !inds) : !tuple
  %buf8 = sched.buffer "buf8" : !none
  sched.extern "op8" "aten._assert_async.msg"() writes(%buf8 : !none) side_effects class "FallbackKernel"
  %buf9 = sched.buffer "buf9" : !count
  sched.extern "op9" "aten._local_scalar_dense"(%n : !count) writes(%buf9 : !count) {defines_symbols = ["u0"]}
  %buf10 = sched.buffer "buf10" : !dyn
  %buf11 = sched.buffer "buf11" : !dyn
  sched.group "op11_op12" fused {
    sched.node "op11" writes(%buf10 : !dyn) ranges [u0] {
      %v = arith.constant 1.0 : f32
      sched.store %v, %buf10[p0] : !dyn
    }
    sched.node "op12" writes(%buf11 : !dyn) ranges [u0] {
      %v = sched.load %buf10[p0] : !dyn
      sched.store %v, %buf11[p0] : !dyn
    }
  }
  sched.graph_list "list_0"(%buf6, %buf7 : !vals, !inds)
  sched.output %buf0, %buf6, %buf7, %buf11 : !c, !vals, !inds, !dyn
}

// -----

// Dependence attributes, as the analyses attach them.
// CHECK-LABEL: sched.graph @deps
// CHECK: sched.reads = [#sched.memory_dep<"arg0_1", 16*d0 + d1, {d0: 8, d1: 16}>, #sched.star_dep<"arg0_1">, #sched.weak_dep<"buf0", mutating_buf = "buf2", is_fake = true>]
// CHECK-SAME: sched.writes = [#sched.memory_dep<"buf0", c0, {c0: 128}, mode = "atomic_add">, #sched.star_dep<"buf3", mode = "atomic_add">, #sched.memory_dep<"buf1", 0, {}>]
!e = !sched.buffer<[8, 16], f32, strides = [16, 1], device = "cuda:0">
sched.graph @deps attributes {sched.reads = [#sched.memory_dep<"arg0_1", 16*d0 + d1, {d0: 8, d1: 16}>, #sched.star_dep<"arg0_1">, #sched.weak_dep<"buf0", mutating_buf = "buf2", is_fake = true>], sched.writes = [#sched.memory_dep<"buf0", c0, {c0: 128}, mode = "atomic_add">, #sched.star_dep<"buf3", mode = "atomic_add">, #sched.memory_dep<"buf1", 0, {}>]} {
  %a = sched.input "arg0_1" : !e
  sched.output %a : !e
}

// -----

// Names with quotes and backslashes print escaped, so that they parse back
// (memory_dep printed them raw).
// CHECK-LABEL: sched.graph @escapes
// CHECK: sched.reads = [#sched.memory_dep<"a\22b", d0, {d0: 8}, mode = "x\\y">, #sched.star_dep<"q\22r">]
!e = !sched.buffer<[8], f32, strides = [1], device = "cpu">
sched.graph @escapes attributes {sched.reads = [#sched.memory_dep<"a\"b", d0, {d0: 8}, mode = "x\\y">, #sched.star_dep<"q\"r">]} {
  %a = sched.input "arg0_1" : !e
  sched.output %a : !e
}
