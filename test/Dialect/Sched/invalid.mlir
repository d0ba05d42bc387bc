// Every verifier rule of the sched dialect, each with its message.
// RUN: sched-opt %s -split-input-file -verify-diagnostics

// expected-error @+1 {{buffer has 2 sizes but 1 strides}}
func.func private @f(!sched.buffer<[8, 16], f32, strides = [1], device = "cpu">)

// -----

// expected-error @+1 {{buffer size must be non-negative, got -1}}
func.func private @f(!sched.buffer<[-1], f32, strides = [1], device = "cpu">)

// -----

// expected-error @+1 {{buffer offset must be non-negative, got -4}}
func.func private @f(!sched.buffer<[4], f32, strides = [1], offset = -4, device = "cpu">)

// -----

// expected-error @+1 {{buffer stride may not use indirect indices}}
func.func private @f(!sched.buffer<[4], f32, strides = [indirect0], device = "cpu">)

// -----

// Sizes take no loop variables: `p0` is read as a symbol name, which the
// graph must declare.
!t = !sched.buffer<[p0], f32, strides = [1], device = "cpu">
sched.graph @g {
  // expected-error @+1 {{uses size symbol 'p0' in a layout, but the graph does not declare it}}
  %a = sched.input "arg0_1" : !t
  sched.output %a : !t
}

// -----

// expected-error @+1 {{buffer element type must be an integer or float type, got 'index'}}
func.func private @f(!sched.buffer<[4], index, strides = [1], device = "cpu">)

// -----

// expected-error @+1 {{invalid device 'gpu 0'}}
func.func private @f(!sched.buffer<[4], f32, strides = [1], device = "gpu 0">)

// -----

// expected-error @+1 {{a product of two loop variables is not an index expression}}
#bad = #sched.index<p0*p1>

// -----

// expected-error @+1 {{the divisor of floordiv/ceildiv/mod must be a constant or a size symbol}}
#bad = #sched.index<p0 floordiv p1>

// -----

// expected-error @+1 {{the divisor must be positive}}
#bad = #sched.index<p0 mod 0>

// -----

// expected-error @+1 {{loop variables 'd*' and 'c*' mixed in one expression}}
#bad = #sched.memory_dep<"buf0", d0 + c1, {d0: 8, d1: 16}>

// -----

// expected-error @+1 {{expected loop variable 'd1', found 'd2'}}
#bad = #sched.memory_dep<"buf0", 16*d0 + d1, {d0: 8, d2: 16}>

// -----

// expected-error @+1 {{index uses 2 loop variables but only 1 ranges are given}}
#bad = #sched.memory_dep<"buf0", 16*d0 + d1, {d0: 8}>

// -----

// expected-error @+1 {{expected an integer, a loop variable, a size symbol or '('}}
#bad = #sched.index<16 + >

// -----

// expected-error @+1 {{'sched.graph' op symbol name 'indirect0' is reserved for indirect indices}}
sched.graph @g symbols(indirect0 = 4) {
  sched.output
}

// -----

// expected-error @+1 {{'sched.graph' op declares symbol 's0' twice}}
sched.graph @g symbols(s0 = 4, s0 = 8) {
  sched.output
}

// -----

// expected-error @+1 {{'sched.graph' op has 1 symbols but 0 size hints}}
"sched.graph"() <{sym_name = "g", sym_names = ["s0"], sym_hints = array<i64>}> ({
  "sched.output"() : () -> ()
}) : () -> ()

// -----

// expected-error @+1 {{'sched.graph' op body takes no arguments; graph inputs are sched.input ops}}
"sched.graph"() <{sym_name = "g"}> ({
^bb0(%x: index):
  "sched.output"() : () -> ()
}) : () -> ()

// -----

// A graph ends with sched.output, its only admissible terminator.
"sched.graph"() <{sym_name = "g"}> ({
  // expected-error @+1 {{block with no terminator}}
  "sched.graph_list"() <{name = "l"}> : () -> ()
}) : () -> ()

// -----

!t = !sched.buffer<[s1], f32, strides = [1], device = "cpu">
sched.graph @g symbols(s0 = 4) {
  // expected-error @+1 {{'sched.input' op uses size symbol 's1' in a layout, but the graph does not declare it}}
  %a = sched.input "arg0_1" : !t
  sched.output %a : !t
}

// -----

!t = !sched.buffer<[8], f32, strides = [1], device = "cpu">
sched.graph @g {
  %a = sched.input "arg0_1" : !t
  %b = sched.buffer "buf0" : !t
  // expected-error @+1 {{'sched.node' op uses size symbol 's0' in a range, but the graph does not declare it}}
  sched.node "op0" writes(%b : !t) ranges [s0] {
    %v = sched.load %a[p0] : !t
    sched.store %v, %b[p0] : !t
  }
  sched.output %b : !t
}

// -----

!t = !sched.buffer<[8], f32, strides = [1], device = "cpu">
sched.graph @g {
  %a = sched.input "arg0_1" : !t
  %b = sched.buffer "buf0" : !t
  sched.node "op0" writes(%b : !t) ranges [8] {
    // expected-error @+1 {{'sched.load' op uses size symbol 's2' in an index, but the graph does not declare it}}
    %v = sched.load %a[p0 mod s2] : !t
    sched.store %v, %b[p0] : !t
  }
  sched.output %b : !t
}

// -----

!t = !sched.buffer<[8], f32, strides = [1], device = "cpu">
sched.graph @g {
  // expected-note @+1 {{first defined here}}
  %a = sched.input "arg0_1" : !t
  // expected-error @+1 {{'sched.input' op redefines buffer 'arg0_1'}}
  %b = sched.input "arg0_1" : !t
  sched.output %a : !t
}

// -----

!t = !sched.buffer<[8], f32, strides = [1], device = "cpu">
sched.graph @g {
  %a = sched.input "arg0_1" : !t
  %b = sched.buffer "buf0" : !t
  %c = sched.buffer "buf1" : !t
  // expected-note @+1 {{first defined here}}
  sched.node "op0" writes(%b : !t) ranges [8] {
    %v = sched.load %a[p0] : !t
    sched.store %v, %b[p0] : !t
  }
  // expected-error @+1 {{'sched.node' op redefines operation 'op0'}}
  sched.node "op0" writes(%c : !t) ranges [8] {
    %v = sched.load %a[p0] : !t
    sched.store %v, %c[p0] : !t
  }
  sched.output %b, %c : !t, !t
}

// -----

!t = !sched.buffer<[8], f32, strides = [1], device = "cpu">
sched.graph @g {
  %a = sched.input "arg0_1" : !t
  %b = sched.buffer "buf0" : !t
  // expected-note @+1 {{first written here}}
  sched.node "op0" writes(%b : !t) ranges [8] {
    %v = sched.load %a[p0] : !t
    sched.store %v, %b[p0] : !t
  }
  // expected-error @+1 {{'sched.node' op writes buffer 'buf0', which operation 'op0' already writes}}
  sched.node "op1" writes(%b : !t) ranges [8] {
    %v = sched.load %a[p0] : !t
    sched.store %v, %b[p0] : !t
  }
  sched.output %b : !t
}

// -----

!t = !sched.buffer<[8], f32, strides = [1], device = "cpu">
sched.graph @g {
  %a = sched.input "arg0_1" : !t
  // expected-error @+1 {{'sched.buffer' op declares buffer 'buf0' but no operation of the graph writes it}}
  %b = sched.buffer "buf0" : !t
  sched.output %b : !t
}

// -----

!t = !sched.buffer<[8], f32, strides = [1], device = "cpu">
sched.graph @g {
  // expected-error @+1 {{'sched.input' op requires a non-empty name}}
  %a = sched.input "" : !t
  sched.output %a : !t
}

// -----

!t = !sched.buffer<[8], f32, strides = [1], device = "cpu">
!u = !sched.buffer<[2, 4], f32, strides = [4, 1], device = "cpu">
sched.graph @g {
  %a = sched.input "arg0_1" : !t
  %v = sched.view %a : !t to !u
  // expected-error @+1 {{'sched.mutation' op target must be a named buffer (sched.input, sched.buffer, sched.mutation or sched.alias), not a view}}
  %m = sched.mutation "buf0" mutates(%v : !u) : !u
  sched.output %a : !t
}

// -----

!t = !sched.buffer<[8], f32, strides = [1], device = "cpu">
!u = !sched.buffer<[8], f32, strides = [2], device = "cpu">
sched.graph @g {
  %a = sched.input "arg0_1" : !t
  // expected-error @+1 {{'sched.mutation' op layout '!sched.buffer<[8], f32, strides = [2], device = "cpu">' differs from the layout of its target 'arg0_1'}}
  %m = sched.mutation "buf0" mutates(%a : !t) : !u
  sched.output %a : !t
}

// -----

!t = !sched.buffer<[8], f32, strides = [1], device = "cpu">
sched.graph @g {
  %a = sched.input "arg0_1" : !t
  // expected-error @+1 {{'sched.mutation' op device 'cuda:0' differs from the device 'cpu' of target 'arg0_1'}}
  %m = sched.mutation "buf0" mutates(%a : !t) : !sched.none_layout<"cuda:0">
  sched.output %a : !t
}

// -----

!t = !sched.buffer<[8], f32, strides = [1], device = "cpu">
sched.graph @g {
  %a = sched.input "arg0_1" : !t
  // expected-error @+1 {{'sched.mutation' op a mutation cannot have a multi-output layout}}
  %m = sched.mutation "buf0" mutates(%a : !t) : !sched.multi_output_layout<"cpu">
  sched.output %a : !t
}

// -----

!t = !sched.buffer<[8], f32, strides = [1], device = "cpu">
!h = !sched.buffer<[4], f16, strides = [1], device = "cpu">
sched.graph @g {
  %a = sched.buffer "buf0" : !t
  // expected-error @+1 {{'sched.alias' op must have the element type and device of its base 'buf0'}}
  %b = sched.alias "buf1" aliases(%a : !t) : !h
  sched.output %a : !t
}

// -----

!t = !sched.buffer<[8], f32, strides = [1], device = "cpu">
!h = !sched.buffer<[8], f16, strides = [1], device = "cpu">
sched.graph @g {
  %a = sched.input "arg0_1" : !t
  // expected-error @+1 {{'sched.view' op element type 'f16' differs from the base's 'f32'}}
  %v = sched.view %a : !t to !h
  sched.output %a : !t
}

// -----

!t = !sched.buffer<[8], f32, strides = [1], device = "cpu">
!g = !sched.buffer<[8], f32, strides = [1], device = "cuda:0">
sched.graph @g {
  %a = sched.input "arg0_1" : !t
  // expected-error @+1 {{'sched.view' op device 'cuda:0' differs from the base's 'cpu'}}
  %v = sched.view %a : !t to !g
  sched.output %a : !t
}

// -----

!t = !sched.buffer<[8], f32, strides = [1], device = "cpu">
sched.graph @g {
  %a = sched.input "arg0_1" : !t
  %v = sched.view %a : !t to !t
  // expected-error @+1 {{'sched.graph_list' op lists a value that is not a named buffer}}
  sched.graph_list "list_0"(%v : !t)
  sched.output %a : !t
}

// -----

!t = !sched.buffer<[8], f32, strides = [1], device = "cpu">
sched.graph @g {
  %a = sched.input "arg0_1" : !t
  // expected-error @+1 {{'sched.node' op must write at least one buffer}}
  "sched.node"() <{name = "op0", ranges = [#sched.index<8>], reduce = []}> ({
    %v = sched.load %a[p0] : !t
  }) : () -> ()
  sched.output %a : !t
}

// -----

// A store to a graph input that is not declared as mutated.
!t = !sched.buffer<[8], f32, strides = [1], device = "cpu">
sched.graph @g {
  %a = sched.input "arg0_1" : !t
  // expected-error @+1 {{'sched.node' op writes graph input 'arg0_1'; a graph input is written only through a sched.mutation of it}}
  sched.node "op0" writes(%a : !t) ranges [8] {
    %v = sched.load %a[p0] : !t
    sched.store %v, %a[p0] : !t
  }
  sched.output %a : !t
}

// -----

!t = !sched.buffer<[8], f32, strides = [1], device = "cpu">
sched.graph @g {
  %a = sched.input "arg0_1" : !t
  %b = sched.buffer "buf0" : !t
  %v = sched.view %b : !t to !t
  // expected-error @+1 {{'sched.node' op writes 'buf0', which is not a sched.buffer, sched.mutation or sched.alias}}
  sched.node "op0" writes(%v : !t) ranges [8] {
    %x = sched.load %a[p0] : !t
    sched.store %x, %v[p0] : !t
  }
  sched.output %b : !t
}

// -----

!t = !sched.buffer<[8], f32, strides = [1], device = "cpu">
!g = !sched.buffer<[8], f32, strides = [1], device = "cuda:0">
sched.graph @g {
  %a = sched.input "arg0_1" : !t
  %b = sched.buffer "buf0" : !t
  %c = sched.buffer "buf1" : !g
  // expected-error @+1 {{'sched.node' op writes buffers on two devices, 'cpu' and 'cuda:0'}}
  sched.node "op0" writes(%b, %c : !t, !g) ranges [8] {
    %x = sched.load %a[p0] : !t
    sched.store %x, %b[p0] : !t
    sched.store %x, %c[p0] : !g
  }
  sched.output %b : !t
}

// -----

!t = !sched.buffer<[8], f32, strides = [1], device = "cpu">
sched.graph @g {
  %a = sched.input "arg0_1" : !t
  %b = sched.buffer "buf0" : !t
  // expected-error @+1 {{'sched.node' op a range may not use loop variables}}
  "sched.node"(%b) <{name = "op0", ranges = [#sched.index<p0>], reduce = []}> ({
    %x = sched.load %a[p0] : !t
    sched.store %x, %b[p0] : !t
  }) : (!t) -> ()
  sched.output %b : !t
}

// -----

// A dtype/device mismatch between a read and the node.
!t = !sched.buffer<[8], f32, strides = [1], device = "cpu">
!g = !sched.buffer<[8], f32, strides = [1], device = "cuda:0">
sched.graph @g {
  %a = sched.input "arg0_1" : !t
  %b = sched.buffer "buf0" : !g
  sched.node "op0" writes(%b : !g) ranges [8] {
    // expected-error @+1 {{'sched.load' op reads 'arg0_1' on device 'cpu' from a node on 'cuda:0'}}
    %x = sched.load %a[p0] : !t
    sched.store %x, %b[p0] : !g
  }
  sched.output %b : !g
}

// -----

// Index arity: the index uses more loop variables than the node has.
!t = !sched.buffer<[8, 16], f32, strides = [16, 1], device = "cpu">
sched.graph @g {
  %a = sched.input "arg0_1" : !t
  %b = sched.buffer "buf0" : !t
  sched.node "op0" writes(%b : !t) ranges [8, 16] {
    // expected-error @+1 {{'sched.load' op index uses loop variable p2, but node 'op0' has 2 loop variables}}
    %x = sched.load %a[16*p0 + p2] : !t
    sched.store %x, %b[16*p0 + p1] : !t
  }
  sched.output %b : !t
}

// -----

!t = !sched.buffer<[8, 16], f32, strides = [16, 1], device = "cpu">
!r = !sched.buffer<[8], f32, strides = [1], device = "cpu">
sched.graph @g {
  %a = sched.input "arg0_1" : !t
  %b = sched.buffer "buf0" : !r
  sched.node "op0" writes(%b : !r) ranges [8] reduce [16] {
    %x = sched.load %a[16*p0 + p1] : !t
    %s = sched.reduction sum %x : f32 -> f32
    // expected-error @+1 {{'sched.store_reduction' op index uses loop variable p1, but node 'op0' has 1 iteration variables}}
    sched.store_reduction %s, %b[p1] : !r
  }
  sched.output %b : !r
}

// -----

!t = !sched.buffer<[8, 16], f32, strides = [16, 1], device = "cpu">
!r = !sched.buffer<[8], f32, strides = [1], device = "cpu">
sched.graph @g {
  %a = sched.input "arg0_1" : !t
  %b = sched.buffer "buf0" : !r
  sched.node "op0" writes(%b : !r) ranges [8] reduce [16] {
    %x = sched.load %a[16*p0 + p1] : !t
    // expected-error @+1 {{'sched.store' op in reduction node 'op0'; a reduction writes with sched.store_reduction}}
    sched.store %x, %b[p0] : !r
  }
  sched.output %b : !r
}

// -----

!t = !sched.buffer<[8], f32, strides = [1], device = "cpu">
sched.graph @g {
  %a = sched.input "arg0_1" : !t
  %b = sched.buffer "buf0" : !t
  sched.node "op0" writes(%b : !t) ranges [8] {
    %x = sched.load %a[p0] : !t
    // expected-error @+1 {{'sched.reduction' op in pointwise node 'op0', which has no reduction ranges}}
    %s = sched.reduction sum %x : f32 -> f32
    sched.store %s, %b[p0] : !t
  }
  sched.output %b : !t
}

// -----

!t = !sched.buffer<[8], f32, strides = [1], device = "cpu">
sched.graph @g {
  %a = sched.input "arg0_1" : !t
  %b = sched.buffer "buf0" : !t
  sched.node "op0" writes(%b : !t) ranges [8] {
    %x = sched.load %a[p0] : !t
    // expected-error @+1 {{'sched.store_reduction' op in pointwise node 'op0', which has no reduction ranges}}
    sched.store_reduction %x, %b[p0] : !t
  }
  sched.output %b : !t
}

// -----

!t = !sched.buffer<[8], f32, strides = [1], device = "cpu">
sched.graph @g {
  %a = sched.input "arg0_1" : !t
  %b = sched.buffer "buf0" : !t
  %c = sched.buffer "buf1" : !t
  sched.node "op0" writes(%b : !t) ranges [8] {
    %x = sched.load %a[p0] : !t
    sched.store %x, %b[p0] : !t
    // expected-error @+1 {{'sched.store' op stores to 'buf1', which node 'op0' does not list in writes}}
    sched.store %x, %c[p0] : !t
  }
  sched.node "op1" writes(%c : !t) ranges [8] {
    %x = sched.load %a[p0] : !t
    sched.store %x, %c[p0] : !t
  }
  sched.output %b : !t
}

// -----

!t = !sched.buffer<[8], f32, strides = [1], device = "cpu">
sched.graph @g {
  %a = sched.input "arg0_1" : !t
  %b = sched.buffer "buf0" : !t
  %c = sched.buffer "buf1" : !t
  // expected-error @+1 {{'sched.node' op never stores to 'buf1', which it lists in writes}}
  sched.node "op0" writes(%b, %c : !t, !t) ranges [8] {
    %x = sched.load %a[p0] : !t
    sched.store %x, %b[p0] : !t
  }
  sched.output %b : !t
}

// -----

!t = !sched.buffer<[8], f32, strides = [1], device = "cpu">
sched.graph @g {
  %a = sched.input "arg0_1" : !t
  %b = sched.buffer "buf0" : !t
  sched.node "op0" writes(%b : !t) ranges [8] {
    // expected-error @+1 {{'sched.load' op index uses 1 indirect indices but 0 indirect operands are given}}
    %x = sched.load %a[indirect0] : !t
    sched.store %x, %b[p0] : !t
  }
  sched.output %b : !t
}

// -----

!t = !sched.buffer<[8], f32, strides = [1], device = "cpu">
!h = !sched.buffer<[8], f16, strides = [1], device = "cpu">
sched.graph @g {
  %a = sched.input "arg0_1" : !t
  %b = sched.buffer "buf0" : !h
  sched.node "op0" writes(%b : !h) ranges [8] {
    %x = sched.load %a[p0] : !t
    // expected-error @+1 {{'sched.store' op failed to verify that the value has the buffer's element type}}
    "sched.store"(%x, %b) <{index = #sched.index<p0>}> : (f32, !h) -> ()
  }
  sched.output %b : !h
}

// -----

!t = !sched.buffer<[8, 4], f32, strides = [4, 1], device = "cpu">
!r = !sched.buffer<[8], f32, strides = [1], device = "cpu">
sched.graph @g {
  %a = sched.input "arg0_1" : !t
  %b = sched.buffer "buf0" : !r
  sched.node "op0" writes(%b : !r) ranges [8] reduce [4] {
    %x = sched.load %a[4*p0 + p1] : !t
    // expected-error @+1 {{'sched.reduction' op 'sum' takes 1 input(s) and gives 1 result(s), got 2 and 1}}
    %s = sched.reduction sum %x, %x : f32, f32 -> f32
    sched.store_reduction %s, %b[p0] : !r
  }
  sched.output %b : !r
}

// -----

!t = !sched.buffer<[8, 4], f32, strides = [4, 1], device = "cpu">
!r = !sched.buffer<[8], f32, strides = [1], device = "cpu">
sched.graph @g {
  %a = sched.input "arg0_1" : !t
  %b = sched.buffer "buf0" : !r
  sched.node "op0" writes(%b : !r) ranges [8] reduce [4] {
    %x = sched.load %a[4*p0 + p1] : !t
    // expected-error @+1 {{'sched.reduction' op 'max' must give the type of its input}}
    %s = sched.reduction max %x : f32 -> f16
    %t = arith.extf %s : f16 to f32
    sched.store_reduction %t, %b[p0] : !r
  }
  sched.output %b : !r
}

// -----

!t = !sched.buffer<[8, 4], f32, strides = [4, 1], device = "cpu">
!r = !sched.buffer<[8], i32, strides = [1], device = "cpu">
sched.graph @g {
  %a = sched.input "arg0_1" : !t
  %b = sched.buffer "buf0" : !r
  sched.node "op0" writes(%b : !r) ranges [8] reduce [4] {
    %x = sched.load %a[4*p0 + p1] : !t
    // expected-error @+1 {{'sched.reduction' op 'argmax' gives the i64 position of its input's extreme}}
    %s = sched.reduction argmax %x : f32 -> i32
    sched.store_reduction %s, %b[p0] : !r
  }
  sched.output %b : !r
}

// -----

!t = !sched.buffer<[8, 4], f32, strides = [4, 1], device = "cpu">
!r = !sched.buffer<[8], f32, strides = [1], device = "cpu">
sched.graph @g {
  %a = sched.input "arg0_1" : !t
  %b = sched.buffer "buf0" : !r
  sched.node "op0" writes(%b : !r) ranges [8] reduce [4] {
    %x = sched.load %a[4*p0 + p1] : !t
    // expected-error @+1 {{'sched.reduction' op 'xor_sum' reduces an integer or i1 to its own type}}
    %s = sched.reduction xor_sum %x : f32 -> f32
    sched.store_reduction %s, %b[p0] : !r
  }
  sched.output %b : !r
}

// -----

!t = !sched.buffer<[8, 4], i32, strides = [4, 1], device = "cpu">
!r = !sched.buffer<[8], i32, strides = [1], device = "cpu">
sched.graph @g {
  %a = sched.input "arg0_1" : !t
  %b = sched.buffer "buf0" : !r
  sched.node "op0" writes(%b : !r) ranges [8] reduce [4] {
    %x = sched.load %a[4*p0 + p1] : !t
    // expected-error @+1 {{'sched.reduction' op 'welford_reduce' works on (mean, m2, weight) of one float type}}
    %m, %m2, %w = sched.reduction welford_reduce %x : i32 -> i32, i32, i32
    sched.store_reduction %m, %b[p0] : !r
  }
  sched.output %b : !r
}

// -----

!t = !sched.buffer<[8, 4], f32, strides = [4, 1], device = "cpu">
!r = !sched.buffer<[8], f32, strides = [1], device = "cpu">
sched.graph @g {
  %a = sched.input "arg0_1" : !t
  %b = sched.buffer "buf0" : !r
  sched.node "op0" writes(%b : !r) ranges [8] reduce [4] {
    %x = sched.load %a[4*p0 + p1] : !t
    // expected-error @+1 {{'sched.reduction' op 'welford_combine' takes 3 input(s) and gives 3 result(s), got 1 and 3}}
    %m, %m2, %w = sched.reduction welford_combine %x : f32 -> f32, f32, f32
    sched.store_reduction %m, %b[p0] : !r
  }
  sched.output %b : !r
}

// -----

// A reduction's value exists only after its loop, so another reduction of
// the same node cannot take it, directly or through other ops.
!t = !sched.buffer<[8, 4], f32, strides = [4, 1], device = "cpu">
!r = !sched.buffer<[8], f32, strides = [1], device = "cpu">
sched.graph @g {
  %a = sched.input "arg0_1" : !t
  %b = sched.buffer "buf0" : !r
  sched.node "op0" writes(%b : !r) ranges [8] reduce [4] {
    %x = sched.load %a[4*p0 + p1] : !t
    %m, %m2, %w = sched.reduction welford_reduce %x : f32 -> f32, f32, f32
    // expected-error @+1 {{'sched.reduction' op input #0 depends on the result of another sched.reduction of this node, which exists only after its loop; store it and load it in a later node}}
    %cm, %cm2, %cw = sched.reduction welford_combine %m, %m2, %w : f32, f32, f32 -> f32, f32, f32
    sched.store_reduction %cm, %b[p0] : !r
  }
  sched.output %b : !r
}

// -----

!t = !sched.buffer<[8, 4], f32, strides = [4, 1], device = "cpu">
!r = !sched.buffer<[8], f32, strides = [1], device = "cpu">
sched.graph @g {
  %a = sched.input "arg0_1" : !t
  %b = sched.buffer "buf0" : !r
  sched.node "op0" writes(%b : !r) ranges [8] reduce [4] {
    %x = sched.load %a[4*p0 + p1] : !t
    %s = sched.reduction sum %x : f32 -> f32
    %d = arith.subf %x, %s : f32
    // expected-error @+1 {{'sched.reduction' op input #0 depends on the result of another sched.reduction of this node}}
    %t = sched.reduction sum %d : f32 -> f32
    sched.store_reduction %t, %b[p0] : !r
  }
  sched.output %b : !r
}

// -----

!t = !sched.buffer<[8], f32, strides = [1], device = "cpu">
sched.graph @g {
  %a = sched.input "arg0_1" : !t
  %b = sched.buffer "buf0" : !t
  sched.node "op0" writes(%b : !t) ranges [8] {
    // expected-error @+1 {{unknown reduction kind 'mean'}}
    %s = sched.reduction mean %a : f32 -> f32
  }
  sched.output %b : !t
}

// -----

!t = !sched.buffer<[8], f32, strides = [1], device = "cpu">
sched.graph @g {
  %a = sched.input "arg0_1" : !t
  %b = sched.buffer "buf0" : !t
  sched.node "op0" writes(%b : !t) ranges [8] {
    %x = sched.load %a[p0] : !t
    // expected-error @+1 {{unknown store mode 'atomic_max'}}
    sched.store %x, %b[p0] mode = atomic_max : !t
  }
  sched.output %b : !t
}

// -----

!t = !sched.buffer<[8], f32, strides = [1], device = "cpu">
sched.graph @g {
  %a = sched.input "arg0_1" : !t
  %b = sched.buffer "buf0" : !t
  sched.node "op0" writes(%b : !t) ranges [8] {
    %i = sched.index_expr [p0] : i64
    %z = arith.constant 0 : i64
    %m = arith.cmpi sgt, %i, %z : i64
    // expected-error @+1 {{'sched.masked' op yields 'f32' but the result is 'f16'}}
    %x = sched.masked %m -> f16 other 0.0 {
      %l = sched.load %a[p0] : !t
      sched.yield %l : f32
    }
    %y = arith.extf %x : f16 to f32
    sched.store %y, %b[p0] : !t
  }
  sched.output %b : !t
}

// -----

!t = !sched.buffer<[8], f32, strides = [1], device = "cpu">
sched.graph @g {
  %a = sched.input "arg0_1" : !t
  %b = sched.buffer "buf0" : !t
  sched.node "op0" writes(%b : !t) ranges [8] {
    %i = sched.index_expr [p0] : i64
    // expected-error @+1 {{'sched.indirect_indexing' op size may not use loop variables}}
    %j = "sched.indirect_indexing"(%i) <{size = #sched.index<p0>}> : (i64) -> index
    %l = sched.load %a[indirect0] indirect(%j) : !t
    sched.store %l, %b[p0] : !t
  }
  sched.output %b : !t
}

// -----

// Loop-body ops live only inside nodes.
!t = !sched.buffer<[8], f32, strides = [1], device = "cpu">
sched.graph @g {
  %a = sched.input "arg0_1" : !t
  // expected-error @+1 {{'sched.load' op expects parent op to be one of 'sched.node, sched.masked'}}
  %x = sched.load %a[0] : !t
  sched.output %a : !t
}

// -----

!t = !sched.buffer<[8], f32, strides = [1], device = "cpu">
sched.graph @g {
  %a = sched.input "arg0_1" : !t
  %b = sched.buffer "buf0" : !t
  // expected-error @+1 {{'sched.extern' op requires a kernel name}}
  sched.extern "op0" ""(%a : !t) writes(%b : !t)
  sched.output %b : !t
}

// -----

!t = !sched.buffer<[8], f32, strides = [1], device = "cpu">
sched.graph @g {
  %a = sched.input "arg0_1" : !t
  %b = sched.buffer "buf0" : !t
  // expected-error @+1 {{'sched.extern' op class 'extern kernel' is not the name of a Python class}}
  sched.extern "op0" "extern_kernels.mm"(%a : !t) writes(%b : !t) class "extern kernel"
  sched.output %b : !t
}

// -----

!t = !sched.buffer<[8], f32, strides = [1], device = "cpu">
sched.graph @g {
  %a = sched.input "arg0_1" : !t
  %b = sched.buffer "buf0" : !t
  // expected-error @+1 {{'sched.extern' op class 'MultiOutput' is a sched.multi_output, not a sched.extern}}
  sched.extern "op0" "aten.topk"(%a : !t) writes(%b : !t) class "MultiOutput"
  sched.output %b : !t
}

// -----

!t = !sched.buffer<[8], f32, strides = [1], device = "cpu">
sched.graph @g {
  %a = sched.input "arg0_1" : !t
  %b = sched.buffer "buf0" : !t
  // expected-error @+1 {{'sched.nop' op class '2Concat' is not the name of a Python class}}
  sched.nop "op0"(%a : !t) writes(%b : !t) class "2Concat"
  sched.output %b : !t
}

// -----

!t = !sched.buffer<[8], f32, strides = [1], device = "cpu">
sched.graph @g {
  %a = sched.input "arg0_1" : !t
  %b = sched.buffer "buf0" : !t
  sched.node "op0" writes(%b : !t) ranges [8] {
    // expected-error @+1 {{'arith.constant' op 'sched.python_value' 5.000000e-01 does not round to the constant's value 2.500000e-01}}
    %c = arith.constant {sched.python_value = 0.5 : f64} 0.25 : f32
    sched.store %c, %b[p0] : !t
  }
  sched.output %b : !t
}

// -----

!t = !sched.buffer<[8], f32, strides = [1], device = "cpu">
sched.graph @g {
  %a = sched.input "arg0_1" : !t
  %b = sched.buffer "buf0" : !t
  sched.node "op0" writes(%b : !t) ranges [8] {
    // expected-error @+1 {{'arith.constant' op 'sched.python_value' must be an f64 float}}
    %c = arith.constant {sched.python_value = 0.1 : f32} 0.1 : f32
    sched.store %c, %b[p0] : !t
  }
  sched.output %b : !t
}

// -----

!t = !sched.buffer<[8], f32, strides = [1], device = "cpu">
sched.graph @g {
  %a = sched.input "arg0_1" : !t
  %b = sched.buffer "buf0" : !t
  sched.node "op0" writes(%b : !t) ranges [8] {
    %l = sched.load %a[p0] : !t
    // expected-error @+1 {{'arith.addf' op 'sched.python_value' is only valid on an arith.constant of a float type}}
    %s = arith.addf %l, %l {sched.python_value = 0.1 : f64} : f32
    sched.store %s, %b[p0] : !t
  }
  sched.output %b : !t
}

// -----

!t = !sched.buffer<[8], f32, strides = [1], device = "cpu">
sched.graph @g {
  %a = sched.input "arg0_1" : !t
  %b = sched.buffer "buf0" : !t
  sched.node "op0" writes(%b : !t) ranges [8] {
    %l = sched.load %a[p0] : !t
    // expected-error @+1 {{'arith.negf' op 'sched.src_dtype' is only valid on an arith cast}}
    %n = arith.negf %l {sched.src_dtype} : f32
    sched.store %n, %b[p0] : !t
  }
  sched.output %b : !t
}

// -----

func.func @f(%x: f32) -> f64 {
  // expected-error @+1 {{'arith.extf' op 'sched.src_dtype' is only valid on an op of a sched.node body}}
  %y = arith.extf %x {sched.src_dtype} : f32 to f64
  return %y : f64
}

// -----

!t = !sched.buffer<[8], f32, strides = [1], device = "cpu">
sched.graph @g {
  %a = sched.input "arg0_1" : !t
  // expected-error @+1 {{'sched.extern' op writes graph input 'arg0_1'; a graph input is written only through a sched.mutation of it}}
  sched.extern "op0" "aten.relu_"(%a : !t) writes(%a : !t)
  sched.output %a : !t
}

// -----

!t = !sched.buffer<[8], f32, strides = [1], device = "cpu">
!tuple = !sched.multi_output_layout<"cpu">
sched.graph @g {
  %a = sched.input "arg0_1" : !t
  %tup = sched.buffer "buf0" : !tuple
  sched.extern "op0" "aten.sort"(%a : !t) writes(%tup : !tuple)
  %b = sched.buffer "buf1" : !t
  // expected-error @+1 {{'sched.multi_output' op requires at least one index into the tuple}}
  sched.multi_output "op1" %tup[] writes(%b : !t) : !tuple
  sched.output %b : !t
}

// -----

!t = !sched.buffer<[8], f32, strides = [1], device = "cpu">
!tuple = !sched.multi_output_layout<"cpu">
sched.graph @g {
  %a = sched.input "arg0_1" : !t
  %tup = sched.buffer "buf0" : !tuple
  sched.extern "op0" "aten.sort"(%a : !t) writes(%tup : !tuple)
  %b = sched.buffer "buf1" : !t
  // expected-error @+1 {{'sched.multi_output' op tuple indices must be non-negative}}
  sched.multi_output "op1" %tup[-1] writes(%b : !t) : !tuple
  sched.output %b : !t
}

// -----

!t = !sched.buffer<[8], f32, strides = [1], device = "cpu">
!g = !sched.buffer<[8], f32, strides = [1], device = "cuda:0">
!tuple = !sched.multi_output_layout<"cpu">
sched.graph @g {
  %a = sched.input "arg0_1" : !t
  %tup = sched.buffer "buf0" : !tuple
  sched.extern "op0" "aten.sort"(%a : !t) writes(%tup : !tuple)
  %b = sched.buffer "buf1" : !g
  // expected-error @+1 {{'sched.multi_output' op writes a buffer on another device than its source}}
  sched.multi_output "op1" %tup[0] writes(%b : !g) : !tuple
  sched.output %b : !g
}

// -----

!t = !sched.buffer<[8], f32, strides = [1], device = "cpu">
sched.graph @g {
  %a = sched.input "arg0_1" : !t
  %b = sched.buffer "buf0" : !t
  %c = sched.buffer "buf1" : !t
  // expected-error @+1 {{'sched.group' op name 'op1_op0' must be its members' names joined with '_': 'op0_op1'}}
  sched.group "op1_op0" fused {
    sched.node "op0" writes(%b : !t) ranges [8] {
      %x = sched.load %a[p0] : !t
      sched.store %x, %b[p0] : !t
    }
    sched.node "op1" writes(%c : !t) ranges [8] {
      %x = sched.load %b[p0] : !t
      sched.store %x, %c[p0] : !t
    }
  }
  sched.output %c : !t
}

// -----

!t = !sched.buffer<[8], f32, strides = [1], device = "cpu">
sched.graph @g {
  %a = sched.input "arg0_1" : !t
  // expected-error @+1 {{'sched.group' op must contain at least one scheduler node}}
  sched.group "op0" foreach {
  }
  sched.output %a : !t
}

// -----

// Groups nest only as fused parts of a foreach group.
!t = !sched.buffer<[8], f32, strides = [1], device = "cpu">
sched.graph @g {
  %a = sched.input "arg0_1" : !t
  %b = sched.buffer "buf0" : !t
  sched.group "op0" fused {
    // expected-error @+1 {{'sched.group' op only a fused group can be a member of a group, and only of a foreach group}}
    sched.group "op0" fused {
      sched.node "op0" writes(%b : !t) ranges [8] {
        %x = sched.load %a[p0] : !t
        sched.store %x, %b[p0] : !t
      }
    }
  }
  sched.output %b : !t
}

// -----

!t = !sched.buffer<[8], f32, strides = [1], device = "cpu">
sched.graph @g {
  %a = sched.input "arg0_1" : !t
  %b = sched.buffer "buf0" : !t
  sched.group "op0" foreach {
    // expected-error @+1 {{'sched.group' op only a fused group can be a member of a group, and only of a foreach group}}
    sched.group "op0" foreach {
      sched.node "op0" writes(%b : !t) ranges [8] {
        %x = sched.load %a[p0] : !t
        sched.store %x, %b[p0] : !t
      }
    }
  }
  sched.output %b : !t
}

// -----

// Op verifiers run before dominance is checked, so a view may be its own
// base; following views to their base used to recurse forever.
!t = !sched.buffer<[8], f32, strides = [1], device = "cpu">
sched.graph @g {
  %a = sched.input "arg0_1" : !t
  // expected-error @+1 {{'sched.view' op has no base buffer: its base is a cycle of sched.view ops}}
  %v = sched.view %v : !t to !t
  sched.output %a : !t
}

// -----

// The same cycle, described by an op verified before the views.
!t = !sched.buffer<[8], f32, strides = [1], device = "cpu">
sched.graph @g {
  %a = sched.input "arg0_1" : !t
  // expected-error @+1 {{'sched.nop' op writes an unnamed value, which is not a sched.buffer, sched.mutation or sched.alias}}
  sched.nop "op0"() writes(%w : !t)
  %v = sched.view %w : !t to !t
  %w = sched.view %v : !t to !t
  sched.output %a : !t
}

// -----

// A masked body that does not end with sched.yield (its terminator is
// checked only after the op's own verifier).
!t = !sched.buffer<[8], f32, strides = [1], device = "cpu">
sched.graph @g {
  %a = sched.input "arg0_1" : !t
  %b = sched.buffer "buf0" : !t
  sched.node "op0" writes(%b : !t) ranges [8] {
    %m = arith.constant true
    // expected-error @+1 {{'sched.masked' op body must end with sched.yield}}
    %x = sched.masked %m -> f32 other 0.0 {
      %y = arith.constant 1.0 : f32
    }
    sched.store %x, %b[p0] : !t
  }
  sched.output %b : !t
}
