//===- SchedOps.td - sched dialect operations ---------------*- tablegen -*-===//

#ifndef INDUCTORSCHED_DIALECT_SCHED_IR_SCHEDOPS_TD
#define INDUCTORSCHED_DIALECT_SCHED_IR_SCHEDOPS_TD

include "InductorSched/Dialect/Sched/IR/SchedTypes.td"
include "InductorSched/Dialect/Sched/IR/SchedInterfaces.td"
include "mlir/IR/OpAsmInterface.td"
include "mlir/IR/SymbolInterfaces.td"
include "mlir/Interfaces/InferTypeOpInterface.td"
include "mlir/Interfaces/SideEffectInterfaces.td"


//===----------------------------------------------------------------------===//
// The graph
//===----------------------------------------------------------------------===//

def Sched_GraphOp : Sched_Op<"graph", [Symbol, IsolatedFromAbove, SingleBlock]> {
  let summary = "the nodes Inductor hands to its scheduler, in lowering order";
  let description = [{
    One compiled FX graph. Its body lists buffers and the operations that
    write them in Inductor's lowering order, and ends with `sched.output`.
    `symbols` declares the size symbols (Inductor's `s0`, `s1`, ...) the
    layouts and index expressions may use, each with its size hint. The
    optional `no_fuse_buffers` is Inductor's `V.graph.no_fuse_buffer_names`:
    a node that writes one of them is never fused.

    ```mlir
    sched.graph @add_sum symbols(s0 = 8) {
      %a = sched.input "arg0_1" : !sched.buffer<[s0, 16], f32, strides = [16, 1], device = "cuda:0">
      ...
      sched.output %buf0 : !sched.buffer<[s0], f32, strides = [1], device = "cuda:0">
    }
    ```
  }];
  let arguments = (ins SymbolNameAttr:$sym_name,
                       DefaultValuedAttr<StrArrayAttr, "{}">:$sym_names,
                       DefaultValuedAttr<DenseI64ArrayAttr, "{}">:$sym_hints,
                       OptionalAttr<StrArrayAttr>:$no_fuse_buffers);
  let regions = (region SizedRegion<1>:$body);
  let hasCustomAssemblyFormat = 1;
  let hasVerifier = 1;
  let hasRegionVerifier = 1;
  let extraClassDeclaration = [{
    ::mlir::Block &getBodyBlock() { return getBody().front(); }
    /// Whether `name` is one of the declared size symbols.
    bool declaresSymbol(::llvm::StringRef name);
  }];
}

def Sched_OutputOp : Sched_Op<"output", [Terminator, HasParent<"GraphOp">]> {
  let summary = "the graph's outputs";
  let description = [{
    The buffers the compiled graph returns. Inductor keeps them alive with
    a user named `OUTPUT`.

    ```mlir
    sched.output %buf0, %buf1 : !b0, !b1
    ```
  }];
  let arguments = (ins Variadic<Sched_AnyBuffer>:$outputs);
  let assemblyFormat = "($outputs^ `:` type($outputs))? attr-dict";
}

def Sched_GraphListOp : Sched_Op<"graph_list", [HasParent<"GraphOp">]> {
  let summary = "a list of buffers to compute as one foreach kernel";
  let description = [{
    An entry of Inductor's `V.graph.lists`: buffers produced by
    independent operations (typically of a `_foreach_*` op) that the
    scheduler groups into a `ForeachKernelSchedulerNode`.

    ```mlir
    sched.graph_list "list_0"(%buf0, %buf1 : !b, !b)
    ```
  }];
  let arguments = (ins StrAttr:$name, Variadic<Sched_AnyBuffer>:$buffers);
  let assemblyFormat = [{
    $name `(` ($buffers^ `:` type($buffers))? `)` attr-dict
  }];
  let hasVerifier = 1;
}

//===----------------------------------------------------------------------===//
// Buffers
//===----------------------------------------------------------------------===//

def Sched_InputOp : Sched_Op<"input", [HasParent<"GraphOp">,
    DeclareOpInterfaceMethods<Sched_BufferDefOpInterface>,
    DeclareOpInterfaceMethods<OpAsmOpInterface, ["getAsmResultNames"]>]> {
  let summary = "a graph input or constant";
  let description = [{
    A tensor the compiled graph receives (`arg0_1`, `primals_3`) or holds
    as a constant (`constant`). These are Inductor's
    `available_buffer_names`: reading them never waits for a node.

    ```mlir
    %arg0_1 = sched.input "arg0_1" : !sched.buffer<[8, 16], f32, strides = [16, 1], device = "cuda:0">
    %w = sched.input "_frozen_param0" constant : !sched.buffer<[16], f32, strides = [1], device = "cuda:0">
    ```
  }];
  let arguments = (ins StrAttr:$name, UnitAttr:$constant);
  let results = (outs Sched_BufferType:$result);
  let assemblyFormat = "$name (`constant` $constant^)? attr-dict `:` type($result)";
  let hasVerifier = 1;
}

def Sched_BufferOp : Sched_Op<"buffer", [HasParent<"GraphOp">,
    DeclareOpInterfaceMethods<Sched_BufferDefOpInterface>,
    DeclareOpInterfaceMethods<OpAsmOpInterface, ["getAsmResultNames"]>]> {
  let summary = "an intermediate buffer written by one node";
  let description = [{
    A buffer that one operation of the graph writes: a `ComputedBuffer`'s
    storage (FixedLayout), the nothing an operation without output returns
    (NoneLayout) or the tuple of a multi-output extern kernel
    (MultiOutputLayout).

    ```mlir
    %buf0 = sched.buffer "buf0" : !sched.buffer<[8], f32, strides = [1], device = "cuda:0">
    %buf3 = sched.buffer "buf3" : !sched.none_layout<"cuda:0">
    ```
  }];
  let arguments = (ins StrAttr:$name);
  let results = (outs Sched_AnyBuffer:$result);
  let assemblyFormat = "$name attr-dict `:` type($result)";
  let hasVerifier = 1;
}

def Sched_MutationOp : Sched_Op<"mutation", [HasParent<"GraphOp">,
    DeclareOpInterfaceMethods<Sched_BufferDefOpInterface>,
    DeclareOpInterfaceMethods<OpAsmOpInterface, ["getAsmResultNames"]>]> {
  let summary = "a new version of an existing buffer, written in place";
  let description = [{
    Inductor's `MutationLayoutSHOULDREMOVE` (a `ComputedBuffer` that stores
    into `target`) and `MutationOutput` (an extern kernel's in-place
    argument): a buffer with its own name (`buf2`) whose storage is
    `target`'s. Reads of `target` after the writer of this buffer see the
    new value; the scheduler orders them through `mutation_renames`.
    A strided result has `target`'s layout; a mutation reported by an extern
    kernel may have a `!sched.none_layout`.

    ```mlir
    %buf2 = sched.mutation "buf2" mutates(%arg0_1 : !in) : !in
    ```
  }];
  let arguments = (ins StrAttr:$name, Sched_BufferType:$target);
  let results = (outs Sched_AnyBuffer:$result);
  let assemblyFormat = [{
    $name `mutates` `(` $target `:` type($target) `)` attr-dict `:` type($result)
  }];
  let hasVerifier = 1;
}

def Sched_AliasOp : Sched_Op<"alias", [HasParent<"GraphOp">,
    DeclareOpInterfaceMethods<Sched_BufferDefOpInterface>,
    DeclareOpInterfaceMethods<OpAsmOpInterface, ["getAsmResultNames"]>]> {
  let summary = "a named buffer that shares another buffer's storage";
  let description = [{
    Inductor's `NonOwningLayout`: a buffer (for example one input slot of a
    concatenation) that is a view of `base`. Users of either name are users
    of both.

    ```mlir
    %buf1 = sched.alias "buf1" aliases(%buf0 : !cat) : !sched.buffer<[4, 8], f32, strides = [16, 1], device = "cuda:0">
    ```
  }];
  let arguments = (ins StrAttr:$name, Sched_BufferType:$base);
  let results = (outs Sched_BufferType:$result);
  let assemblyFormat = [{
    $name `aliases` `(` $base `:` type($base) `)` attr-dict `:` type($result)
  }];
  let hasVerifier = 1;
}

def Sched_ViewOp : Sched_Op<"view", [Pure]> {
  let summary = "another layout over a buffer's storage (ReinterpretView)";
  let description = [{
    Inductor's `ReinterpretView`: the storage of `base` seen with other
    sizes, strides and offset, typically as an argument of an extern
    kernel. It has no name of its own; dependencies on it are dependencies
    on `base`.

    ```mlir
    %t = sched.view %arg0_1 : !sched.buffer<[8, 16], f32, strides = [16, 1], device = "cuda:0">
                         to !sched.buffer<[16, 8], f32, strides = [1, 16], device = "cuda:0">
    ```
  }];
  let arguments = (ins Sched_BufferType:$base);
  let results = (outs Sched_BufferType:$result);
  let assemblyFormat = "$base attr-dict `:` type($base) `to` type($result)";
  let hasVerifier = 1;
}

//===----------------------------------------------------------------------===//
// Scheduler nodes
//===----------------------------------------------------------------------===//

def Sched_NodeOp : Sched_Op<"node", [ParentOneOf<["GraphOp", "GroupOp"]>,
    SingleBlock, NoTerminator,
    DeclareOpInterfaceMethods<Sched_SchedulerNodeOpInterface>]> {
  let summary = "a loop-body compute node (Inductor's ComputedBuffer)";
  let description = [{
    A `ComputedBuffer` as `SchedulerNode` holds it: its iteration ranges,
    its reduction ranges (empty for a pointwise node) and its `LoopBody`.
    The body runs once per point of the iteration space; loop variable
    `p<k>` ranges over `ranges[k]` for `k < |ranges|` and over
    `reduce[k - |ranges|]` after that. It loads buffers at index
    expressions, computes with `arith`/`math` ops, reduces with
    `sched.reduction`, and stores into the buffers listed in `writes`.

    ```mlir
    sched.node "op0" writes(%buf0 : !out) ranges [8] reduce [16] {
      %a = sched.load %arg0_1[16*p0 + p1] : !in
      %b = sched.load %arg1_1[16*p0 + p1] : !in
      %s = arith.addf %a, %b : f32
      %r = sched.reduction sum %s : f32 -> f32
      sched.store_reduction %r, %buf0[p0] : !out
    }
    ```
  }];
  let arguments = (ins StrAttr:$name, Variadic<Sched_BufferType>:$writes,
                       Sched_IndexExprArrayAttr:$ranges,
                       DefaultValuedAttr<Sched_IndexExprArrayAttr, "{}">:$reduce);
  let regions = (region SizedRegion<1>:$body);
  let assemblyFormat = [{
    $name `writes` `(` $writes `:` type($writes) `)`
    custom<NodeRanges>($ranges, $reduce) attr-dict-with-keyword $body
  }];
  let hasVerifier = 1;
  let hasRegionVerifier = 1;
  let extraClassDeclaration = [{
    bool isReduction() { return !getReduce().empty(); }
    unsigned getNumLoopVars() { return getRanges().size() + getReduce().size(); }
    ::mlir::Block &getBodyBlock() { return getBody().front(); }
  }];
}

def Sched_ExternOp : Sched_Op<"extern", [ParentOneOf<["GraphOp", "GroupOp"]>,
    AttrSizedOperandSegments,
    DeclareOpInterfaceMethods<Sched_SchedulerNodeOpInterface>]> {
  let summary = "an extern kernel (Inductor's ExternKernel)";
  let description = [{
    A call to a kernel outside Inductor's code generator: `extern_kernels.mm`,
    an ATen fallback, a collective. It reads and writes whole buffers and is
    never fused with loop-body nodes. `side_effects` keeps it alive when
    nothing reads its outputs. `defines_symbols` names the unbacked size
    symbols (Inductor's `u0`) the kernel's outputs define, as `.item()`
    does. `constant_args` records non-tensor arguments. `class` is the
    Python class of Inductor's IR node (`ExternKernelOut` for
    `extern_kernels.mm`, `FallbackKernel` for an ATen fallback,
    `ExternKernelAlloc`...), which `debug_str()` prints; without it the node
    is a plain `ExternKernel`. It is a name only: no rule of the scheduler
    depends on it.

    ```mlir
    sched.extern "op1" "extern_kernels.mm"(%arg0_1, %arg1_1 : !a, !b) writes(%buf1 : !c) class "ExternKernelOut"
    sched.extern "op2" "aten._assert_async"() writes(%buf2 : !none) side_effects
    ```
  }];
  let arguments = (ins StrAttr:$name, StrAttr:$kernel,
                       Variadic<Sched_AnyBuffer>:$inputs,
                       Variadic<Sched_AnyBuffer>:$writes,
                       UnitAttr:$side_effects,
                       OptionalAttr<StrArrayAttr>:$defines_symbols,
                       OptionalAttr<ArrayAttr>:$constant_args,
                       OptionalAttr<StrAttr>:$ir_class);
  let assemblyFormat = [{
    $name $kernel `(` ($inputs^ `:` type($inputs))? `)`
    `writes` `(` ($writes^ `:` type($writes))? `)`
    (`side_effects` $side_effects^)? (`class` $ir_class^)? attr-dict
  }];
  let hasVerifier = 1;
}

def Sched_NopOp : Sched_Op<"nop", [ParentOneOf<["GraphOp", "GroupOp"]>,
    AttrSizedOperandSegments,
    DeclareOpInterfaceMethods<Sched_SchedulerNodeOpInterface>]> {
  let summary = "an operation that generates no kernel (NopKernel)";
  let description = [{
    Inductor's `NopKernelSchedulerNode`: an operation whose `is_no_op()` is
    true, such as a concatenation whose inputs were written in place through
    aliases, or a tensor with zero elements. It only orders and allocates.
    `class` is the Python class of Inductor's IR node (`ConcatKernel`,
    `NopKernel`...), which `debug_str()` prints; without it the node is a
    plain `NopKernel`.

    ```mlir
    sched.nop "op3"(%buf1, %buf2 : !a, !a) writes(%buf0 : !cat) class "ConcatKernel"
    ```
  }];
  let arguments = (ins StrAttr:$name, Variadic<Sched_AnyBuffer>:$inputs,
                       Variadic<Sched_AnyBuffer>:$writes,
                       OptionalAttr<StrAttr>:$ir_class);
  let assemblyFormat = [{
    $name `(` ($inputs^ `:` type($inputs))? `)`
    `writes` `(` ($writes^ `:` type($writes))? `)` (`class` $ir_class^)? attr-dict
  }];
  let hasVerifier = 1;
}

def Sched_MultiOutputOp : Sched_Op<"multi_output",
    [ParentOneOf<["GraphOp", "GroupOp"]>,
     DeclareOpInterfaceMethods<Sched_SchedulerNodeOpInterface,
                               ["getWrittenBuffers"]>]> {
  let summary = "one output of a multi-output extern kernel (MultiOutput)";
  let description = [{
    Inductor's `MultiOutput`: takes element `indices` (a path into nested
    tuples) of the `!sched.multi_output_layout` result of an extern kernel
    and writes it to its own buffer.

    ```mlir
    sched.multi_output "op1" %buf0[0] writes(%buf1 : !vals) : !sched.multi_output_layout<"cuda:0">
    ```
  }];
  let arguments = (ins StrAttr:$name, Sched_MultiOutputLayoutType:$source,
                       DenseI64ArrayAttr:$indices, Sched_AnyBuffer:$writes);
  let assemblyFormat = [{
    $name $source `` $indices `writes` `(` $writes `:` type($writes) `)`
    attr-dict `:` qualified(type($source))
  }];
  let hasVerifier = 1;
}

def Sched_GroupOp : Sched_Op<"group", [ParentOneOf<["GraphOp", "GroupOp"]>,
                                        SingleBlock, NoTerminator]> {
  let summary = "scheduler nodes that become one kernel, or stay together";
  let description = [{
    A node the scheduler made out of others: `fused` is Inductor's
    `FusedSchedulerNode` (one kernel), `foreach` its
    `ForeachKernelSchedulerNode` (one kernel of independent parts) and
    `grouped` its `GroupedSchedulerNode` (kept adjacent, not fused). The
    members keep their order; the name is theirs joined with `_`, as
    Inductor names it. A foreach group's members are its parts: single
    nodes, or fused groups once a part has fused with a neighbour; no other
    group nests.

    ```mlir
    sched.group "op0_op1" fused {
      sched.node "op0" writes(%buf0 : !b0) ranges [8] reduce [16] { ... }
      sched.node "op1" writes(%buf1 : !b1) ranges [8, 16] { ... }
    }
    sched.group "op2_op4_op3" foreach {
      sched.group "op2_op4" fused { ... }
      sched.node "op3" writes(%buf3 : !b1) ranges [8, 16] { ... }
    }
    ```
  }];
  let arguments = (ins StrAttr:$name, Sched_GroupKindAttr:$kind);
  let regions = (region SizedRegion<1>:$body);
  let assemblyFormat = "$name custom<GroupKind>($kind) attr-dict-with-keyword $body";
  let hasRegionVerifier = 1;
  let extraClassDeclaration = [{
    ::mlir::Block &getBodyBlock() { return getBody().front(); }
  }];
}

//===----------------------------------------------------------------------===//
// Loop-body operations
//===----------------------------------------------------------------------===//

class Sched_BodyOp<string mnemonic, list<Trait> traits = []>
    : Sched_Op<mnemonic, !listconcat(traits,
        [ParentOneOf<["NodeOp", "MaskedOp"]>])>;

def Sched_LoadOp : Sched_BodyOp<"load", [
    DeclareOpInterfaceMethods<InferTypeOpInterface>]> {
  let summary = "read one element of a buffer (ops.load)";
  let description = [{
    Reads `buffer` at `index`, an expression over the node's loop variables.
    Symbols `indirect<k>` in the index stand for the `k`-th `indirect`
    operand, an index computed by `sched.indirect_indexing`.
    The result has the buffer's element type.

    ```mlir
    %a = sched.load %arg0_1[16*p0 + p1] : !in
    %e = sched.load %emb[64*indirect0 + p1] indirect(%i) : !table
    ```
  }];
  let arguments = (ins Sched_BufferType:$buffer, Sched_IndexExprAttr:$index,
                       Variadic<Index>:$indirect);
  let results = (outs AnyType:$result);
  let assemblyFormat = [{
    $buffer `[` custom<BodyIndex>($index) `]`
    (`indirect` `(` $indirect^ `)`)? attr-dict `:` type($buffer)
  }];
  let hasVerifier = 1;
}

def Sched_StoreOp : Sched_BodyOp<"store", [
    TypesMatchWith<"the value has the buffer's element type", "buffer", "value",
                   "::llvm::cast<BufferType>($_self).getDtype()">]> {
  let summary = "write one element of a buffer (ops.store)";
  let description = [{
    Writes `value` to `buffer` at `index`; `mode = atomic_add` adds to the
    element instead (Inductor's store mode). `buffer` must be one of the
    node's `writes`.

    ```mlir
    sched.store %v, %buf1[16*p0 + p1] : !out
    sched.store %v, %buf1[indirect0] indirect(%i) mode = atomic_add : !out
    ```
  }];
  let arguments = (ins AnyType:$value, Sched_BufferType:$buffer,
                       Sched_IndexExprAttr:$index, Variadic<Index>:$indirect,
                       OptionalAttr<Sched_StoreModeAttr>:$mode);
  let assemblyFormat = [{
    $value `,` $buffer `[` custom<BodyIndex>($index) `]`
    (`indirect` `(` $indirect^ `)`)? (`mode` `=` custom<StoreMode>($mode)^)? attr-dict
    `:` type($buffer)
  }];
  let hasVerifier = 1;
}

def Sched_ReductionOp : Sched_BodyOp<"reduction"> {
  let summary = "reduce over the node's reduction loop (ops.reduction)";
  let description = [{
    Combines `inputs` over every point of the node's reduction ranges.
    `sum`, `prod`, `max`, `min`, `any` and `xor_sum` reduce one value to one
    of the same type; `argmax`/`argmin` give the `i64` position of the first
    extreme; `welford_reduce` turns one value into (mean, m2, weight) and
    `welford_combine` merges such triples.

    ```mlir
    %r = sched.reduction sum %x : f32 -> f32
    %m, %m2, %w = sched.reduction welford_reduce %x : f32 -> f32, f32, f32
    ```
  }];
  let arguments = (ins Sched_ReductionKindAttr:$kind,
                       Variadic<AnyType>:$inputs);
  let results = (outs Variadic<AnyType>:$results);
  let assemblyFormat = [{
    custom<ReductionKind>($kind) $inputs attr-dict `:` type($inputs) `->`
    type($results)
  }];
  let hasVerifier = 1;
}

def Sched_StoreReductionOp : Sched_BodyOp<"store_reduction", [
    TypesMatchWith<"the value has the buffer's element type", "buffer", "value",
                   "::llvm::cast<BufferType>($_self).getDtype()">]> {
  let summary = "write a reduction's result (ops.store_reduction)";
  let description = [{
    Writes the result of a `sched.reduction` to `buffer` at `index`, which
    may only use iteration variables.

    ```mlir
    sched.store_reduction %r, %buf0[p0] : !out
    ```
  }];
  let arguments = (ins AnyType:$value, Sched_BufferType:$buffer,
                       Sched_IndexExprAttr:$index);
  let assemblyFormat = [{
    $value `,` $buffer `[` custom<BodyIndex>($index) `]` attr-dict
    `:` type($buffer)
  }];
  let hasVerifier = 1;
}

def Sched_IndexExprOp : Sched_BodyOp<"index_expr", [Pure]> {
  let summary = "the value of an index expression (ops.index_expr)";
  let description = [{
    ```mlir
    %i = sched.index_expr [16*p0 + p1] : i64
    ```
  }];
  let arguments = (ins Sched_IndexExprAttr:$index, Variadic<Index>:$indirect);
  let results = (outs AnySignlessInteger:$result);
  let assemblyFormat = [{
    ` ` `[` custom<BodyIndex>($index) `]` (`indirect` `(` $indirect^ `)`)?
    attr-dict `:` type($result)
  }];
  let hasVerifier = 1;
}

def Sched_IndirectIndexingOp : Sched_BodyOp<"indirect_indexing", [Pure]> {
  let summary = "turn a loaded integer into an index (ops.indirect_indexing)";
  let description = [{
    Makes `value` usable as an indirect index into a dimension of `size`
    elements. `check` asks for a bounds check, `wrap_neg` for Python's
    negative-index wrapping, as in Inductor.

    ```mlir
    %i = sched.indirect_indexing %idx size 64 check wrap_neg : i64
    ```
  }];
  let arguments = (ins AnySignlessInteger:$value, Sched_IndexExprAttr:$size,
                       UnitAttr:$check, UnitAttr:$wrap_neg);
  let results = (outs Index:$result);
  let assemblyFormat = [{
    $value `size` custom<SizeExpr>($size) (`check` $check^)?
    (`wrap_neg` $wrap_neg^)? attr-dict `:` type($value)
  }];
  let hasVerifier = 1;
}

def Sched_MaskedOp : Sched_Op<"masked", [
    ParentOneOf<["NodeOp", "MaskedOp"]>, SingleBlock]> {
  let summary = "compute a value only where a mask holds (ops.masked)";
  let description = [{
    Runs the body where `mask` is true and gives its yielded value; gives
    `other` elsewhere. Loads in the body are not performed where the mask is
    false, as Inductor's masked subblocks.

    ```mlir
    %v = sched.masked %inb, other = 0.0 : f32 {
      %x = sched.load %arg0_1[p0 - 1] : !in
      sched.yield %x : f32
    }
    ```
  }];
  let arguments = (ins I1:$mask, TypedAttrInterface:$other);
  let results = (outs AnyType:$result);
  let regions = (region SizedRegion<1>:$body);
  let hasCustomAssemblyFormat = 1;
  let hasVerifier = 1;
}

def Sched_YieldOp : Sched_Op<"yield", [Terminator, Pure,
                                        HasParent<"MaskedOp">]> {
  let summary = "the value of a masked body";
  let arguments = (ins AnyType:$value);
  let assemblyFormat = "$value attr-dict `:` type($value)";
}

#endif // INDUCTORSCHED_DIALECT_SCHED_IR_SCHEDOPS_TD
