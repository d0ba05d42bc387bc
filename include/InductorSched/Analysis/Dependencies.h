//===- Dependencies.h - Inductor's read/write dependencies ------*- C++ -*-===//
//
// What each scheduler node reads and writes, as Inductor's dependencies.py
// computes it (`extract_read_writes` for loop bodies, `StarDep`s for
// extern and nop kernels). Dependencies are the uniqued attributes
// #sched.memory_dep / #sched.star_dep / #sched.weak_dep, so equality and
// hashing are pointer operations.
//
//===----------------------------------------------------------------------===//

#ifndef INDUCTORSCHED_ANALYSIS_DEPENDENCIES_H
#define INDUCTORSCHED_ANALYSIS_DEPENDENCIES_H

#include "InductorSched/Dialect/Sched/IR/SchedOps.h"

#include "llvm/ADT/SetVector.h"

namespace mlir::inductor_sched {

/// Insertion-ordered set of dependencies (Inductor's OrderedSet[Dep]).
using DepSet = llvm::SetVector<Attribute>;

/// Inductor's ReadWrites: the dependencies a node reads and writes.
struct ReadWrites {
  DepSet reads;
  DepSet writes;
};

/// The buffer name of a MemoryDep, StarDep or WeakDep.
StringAttr getDepName(Attribute dep);
/// `dep` on buffer `name` instead (Inductor's `Dep.rename`).
Attribute renameDep(Attribute dep, StringAttr name);
/// The store mode of a MemoryDep or StarDep, or null.
StringAttr getDepMode(Attribute dep);

/// Whether a node's dependencies are normalized (merged loops, variables
/// `c*`): everywhere except on a GPU with loop ordering after fusion, where
/// they keep the node's loops (variables `d*`).
bool shouldNormalizeDeps(StringRef device, bool loopOrderingAfterFusion);

/// Inductor's `extract_read_writes` over a node's loop body: one MemoryDep
/// per load (reads) and per store (writes, with the store mode), in body
/// order.
ReadWrites extractReadWrites(sched::NodeOp node, bool normalize);

/// The dependencies of an extern, nop or multi-output node: a StarDep on
/// every input and every output buffer (Inductor's InputsKernel).
ReadWrites getWholeBufferReadWrites(sched::SchedulerNodeOpInterface node);

/// Inductor's `MemoryDep.normalize()`: loops merged where the index allows,
/// variables renamed `c0, c1, ...`.
sched::MemoryDepAttr normalizeDep(sched::MemoryDepAttr dep);

class ExprSpace;
/// `dep` with `index` (over loop variables of `sizes`, in `space`) and its
/// loops merged where the index walks adjacent loops contiguously,
/// variables renamed `<prefix>0, <prefix>1, ...`.
sched::MemoryDepAttr mergeDepLoops(sched::MemoryDepAttr dep, ExprSpace &space,
                                   AffineExpr index,
                                   ArrayRef<AffineExpr> sizes,
                                   StringRef prefix);

/// The result of Inductor's `_simplify_loops`: the surviving loop sizes and,
/// for each original loop variable, its value in terms of the new ones.
struct SimplifiedLoops {
  SmallVector<AffineExpr> sizes;
  SmallVector<AffineExpr> reindex;
};

/// The row-major index of loops of `sizes` whose variables are dimensions
/// `firstDim`, `firstDim + 1`, ... (Inductor's index_prevent_reordering adds
/// it to the indices so that only adjacent loops merge).
AffineExpr getContiguousIndex(ArrayRef<AffineExpr> sizes,
                              unsigned firstDim = 0);

/// Inductor's `stride_vars`: for each of the first `numDims` loop variables,
/// the index with that variable at 1 and the others at 0, minus the index
/// with all at 0.
SmallVector<AffineExpr> getStrideVars(AffineExpr index, unsigned numDims);

/// Drops size-1 loops and merges pairs of loops that every one of `indices`
/// walks contiguously (Inductor's `SizeVarAllocator._simplify_loops`).
/// Expressions are over dims = loop variables and the symbols of one
/// ExprSpace.
SimplifiedLoops simplifyLoops(ArrayRef<AffineExpr> sizes,
                              ArrayRef<AffineExpr> indices);

} // namespace mlir::inductor_sched

#endif // INDUCTORSCHED_ANALYSIS_DEPENDENCIES_H
