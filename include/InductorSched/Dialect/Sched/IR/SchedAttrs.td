//===- SchedAttrs.td - sched dialect attributes -------------*- tablegen -*-===//

#ifndef INDUCTORSCHED_DIALECT_SCHED_IR_SCHEDATTRS_TD
#define INDUCTORSCHED_DIALECT_SCHED_IR_SCHEDATTRS_TD

include "InductorSched/Dialect/Sched/IR/SchedBase.td"
include "mlir/IR/BuiltinAttributeInterfaces.td"

//===----------------------------------------------------------------------===//
// Enums
//===----------------------------------------------------------------------===//

def Sched_ReductionKind : I32EnumAttr<"ReductionKind",
    "the reduction types of Inductor's `ops.reduction`", [
  I32EnumAttrCase<"sum", 0>,
  I32EnumAttrCase<"prod", 1>,
  I32EnumAttrCase<"max", 2>,
  I32EnumAttrCase<"min", 3>,
  I32EnumAttrCase<"argmax", 4>,
  I32EnumAttrCase<"argmin", 5>,
  I32EnumAttrCase<"any", 6>,
  I32EnumAttrCase<"xor_sum", 7>,
  I32EnumAttrCase<"welford_reduce", 8>,
  I32EnumAttrCase<"welford_combine", 9>
]> {
  let cppNamespace = "::mlir::inductor_sched::sched";
  let genSpecializedAttr = 0;
}
def Sched_ReductionKindAttr : EnumAttr<Sched_Dialect, Sched_ReductionKind,
                                       "reduction_kind"> {
  let assemblyFormat = "`<` $value `>`";
}

def Sched_StoreMode : I32EnumAttr<"StoreMode",
    "the store modes of Inductor's `ops.store` (None is the absence of a mode)", [
  I32EnumAttrCase<"atomic_add", 0>
]> {
  let cppNamespace = "::mlir::inductor_sched::sched";
  let genSpecializedAttr = 0;
}
def Sched_StoreModeAttr : EnumAttr<Sched_Dialect, Sched_StoreMode,
                                   "store_mode">;

def Sched_GroupKind : I32EnumAttr<"GroupKind",
    "what made a group of scheduler nodes", [
  I32EnumAttrCase<"fused", 0>,    // FusedSchedulerNode
  I32EnumAttrCase<"foreach", 1>,  // ForeachKernelSchedulerNode
  I32EnumAttrCase<"grouped", 2>   // GroupedSchedulerNode
]> {
  let cppNamespace = "::mlir::inductor_sched::sched";
  let genSpecializedAttr = 0;
}
def Sched_GroupKindAttr : EnumAttr<Sched_Dialect, Sched_GroupKind,
                                   "group_kind">;

//===----------------------------------------------------------------------===//
// Index expressions
//===----------------------------------------------------------------------===//

def Sched_IndexExprAttr : Sched_Attr<"IndexExpr", "index"> {
  let summary = "an Inductor index or size expression";
  let description = [{
    An integer expression over loop variables, size symbols and indirect
    indices: Inductor's sympy index expressions, restricted to what
    `LoopBody` produces (sums of products with a constant or a symbol,
    `floordiv`, `mod`). It is stored as an `AffineExpr` whose dimension `k`
    is loop variable `p<k>` and whose symbol `k` is the `k`-th entry of
    `symbols`, kept sorted so that equal expressions are the same attribute.

    Symbols named `indirect<k>` are indirect indices: they are bound to the
    `k`-th `indirect` operand of the op that carries the expression.
    Every other symbol is a size symbol declared by the enclosing graph.

    ```mlir
    #sched.index<16*p0 + p1>
    #sched.index<s0*p0 + (p1 floordiv 4) + indirect0>
    ```
  }];
  let parameters = (ins "::mlir::AffineExpr":$expr,
                        ArrayRefParameter<"::mlir::StringAttr">:$symbols);
  let hasCustomAssemblyFormat = 1;
  let genVerifyDecl = 1;
  let skipDefaultBuilders = 1;
  let builders = [
    // Builds the canonical form: symbols sorted and deduplicated.
    AttrBuilder<(ins "::mlir::AffineExpr":$expr,
                     "::llvm::ArrayRef<::mlir::StringAttr>":$symbols)>,
    AttrBuilder<(ins "int64_t":$constant), [{
      return $_get($_ctxt, ::mlir::getAffineConstantExpr(constant, $_ctxt),
                   ::llvm::ArrayRef<::mlir::StringAttr>{});
    }]>
  ];
  let extraClassDeclaration = [{
    /// Number of loop variables the expression may use: one past the
    /// largest `p<k>` it mentions.
    unsigned getNumDimsUsed() const;
    bool usesDim(unsigned dim) const;
    /// The constant value, if the expression is a constant.
    std::optional<int64_t> getConstantValue() const;
    /// Size symbols (not indirect indices) the expression mentions.
    ::llvm::SmallVector<::mlir::StringAttr> getSizeSymbols() const;
    /// Largest `k` of an `indirect<k>` symbol plus one, or 0.
    unsigned getNumIndirect() const;
    /// Prints the expression with loop variables named `<dimPrefix><k>`.
    void print(::llvm::raw_ostream &os, ::llvm::StringRef dimPrefix) const;
    /// Parses an expression whose loop variables are `<prefix><k>` for a
    /// prefix in `dimPrefixes` (empty: no loop variables allowed). If
    /// `usedPrefix` is given it receives the prefix that was seen.
    static ::mlir::FailureOr<IndexExprAttr>
    parseExpr(::mlir::AsmParser &parser, ::llvm::StringRef dimPrefixes,
              char *usedPrefix = nullptr);
  }];
}

def Sched_IndexExprArrayAttr
    : TypedArrayAttrBase<Sched_IndexExprAttr, "array of index expressions">;

//===----------------------------------------------------------------------===//
// Dependencies (Inductor's dependencies.py)
//===----------------------------------------------------------------------===//

def Sched_MemoryDepAttr : Sched_Attr<"MemoryDep", "memory_dep"> {
  let summary = "a read or write of a buffer at an index over loop ranges";
  let description = [{
    Inductor's `MemoryDep(name, index, var_names, size, mode)`. The loop
    variables are named `<prefix><k>` where the prefix records how the
    dependency was formed: `d` as extracted, `c` after `normalize()`, `t`
    after `normalize_with_stride_order()`. The syntax mirrors Inductor's
    `repr`, so dumps and lit tests read alike.

    ```mlir
    #sched.memory_dep<"arg0_1", 16*d0 + d1, {d0: 8, d1: 16}>
    #sched.memory_dep<"buf0", c0, {c0: 8}, mode = "atomic_add">
    ```
  }];
  let parameters = (ins "::mlir::StringAttr":$name,
                        "IndexExprAttr":$index,
                        ArrayRefParameter<"IndexExprAttr">:$ranges,
                        "::mlir::StringAttr":$var_prefix,
                        OptionalParameter<"::mlir::StringAttr">:$mode);
  let hasCustomAssemblyFormat = 1;
  let genVerifyDecl = 1;
}

def Sched_StarDepAttr : Sched_Attr<"StarDep", "star_dep"> {
  let summary = "a dependency on a whole buffer";
  let description = [{
    Inductor's `StarDep(name, mode)`: extern and nop kernels read and write
    whole buffers, and a mutation depends on the previous writer this way.

    ```mlir
    #sched.star_dep<"arg0_1">
    #sched.star_dep<"buf3", mode = "atomic_add">
    ```
  }];
  let parameters = (ins "::mlir::StringAttr":$name,
                        OptionalParameter<"::mlir::StringAttr">:$mode);
  let assemblyFormat = "`<` $name (`,` `mode` `=` $mode^)? `>`";
}

def Sched_WeakDepAttr : Sched_Attr<"WeakDep", "weak_dep"> {
  let summary = "an ordering-only dependency created by a mutation";
  let description = [{
    Inductor's `WeakDep(name, mutating_buf, is_fake)`: the node must run
    after the producer of `name` because it overwrites (`mutating_buf`) a
    buffer that producer read; no data flows.

    ```mlir
    #sched.weak_dep<"buf0", mutating_buf = "buf2", is_fake = true>
    ```
  }];
  let parameters = (ins "::mlir::StringAttr":$name,
                        "::mlir::StringAttr":$mutating_buf,
                        "::mlir::BoolAttr":$is_fake);
  let assemblyFormat = [{
    `<` $name `,` `mutating_buf` `=` $mutating_buf `,` `is_fake` `=` $is_fake `>`
  }];
}

//===----------------------------------------------------------------------===//
// Scheduler state
//===----------------------------------------------------------------------===//

def Sched_NodeUserAttr : Sched_Attr<"NodeUser", "user"> {
  let summary = "a user of a buffer";
  let description = [{
    Inductor's `NodeUser(node, can_inplace, is_weak)`: the operation named
    `node` (or `"OUTPUT"`, the graph's outputs) uses the buffer. A weak user
    only has to run after the buffer's writer; `can_inplace` says the user
    could write its output over this buffer.

    ```mlir
    #sched.user<"op2", can_inplace = false, is_weak = true>
    ```
  }];
  let parameters = (ins "::mlir::StringAttr":$node,
                        "::mlir::BoolAttr":$can_inplace,
                        "::mlir::BoolAttr":$is_weak);
  let assemblyFormat = [{
    `<` $node `,` `can_inplace` `=` $can_inplace `,` `is_weak` `=` $is_weak `>`
  }];
}

#endif // INDUCTORSCHED_DIALECT_SCHED_IR_SCHEDATTRS_TD
