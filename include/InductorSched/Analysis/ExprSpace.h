//===- ExprSpace.h - Index expressions in one symbol space ------*- C++ -*-===//
//
// Each #sched.index numbers its symbols on its own. Arithmetic across several
// expressions (substitution, comparison, loop merging) needs one numbering:
// an ExprSpace maps symbol names to positions, imports attributes into plain
// AffineExprs over those positions, and exports results back.
//
//===----------------------------------------------------------------------===//

#ifndef INDUCTORSCHED_ANALYSIS_EXPRSPACE_H
#define INDUCTORSCHED_ANALYSIS_EXPRSPACE_H

#include "InductorSched/Dialect/Sched/IR/SchedAttrs.h"

#include "llvm/ADT/DenseMap.h"

namespace mlir::inductor_sched {

class ExprSpace {
public:
  explicit ExprSpace(MLIRContext *ctx) : ctx(ctx) {}

  /// `attr` with its symbols renumbered into this space.
  AffineExpr import(sched::IndexExprAttr attr);
  /// The canonical attribute for `expr`, whose symbols are this space's.
  sched::IndexExprAttr exportExpr(AffineExpr expr) const;

  AffineExpr symbol(StringAttr name);
  ArrayRef<StringAttr> getSymbols() const { return names; }
  MLIRContext *getContext() const { return ctx; }

private:
  MLIRContext *ctx;
  SmallVector<StringAttr> names;
  llvm::DenseMap<StringAttr, unsigned> positions;
  /// Exports already made: building a canonical attribute is the costly
  /// part, and the same sizes come back for every dependency of a node.
  mutable llvm::DenseMap<AffineExpr, sched::IndexExprAttr> exported;
};

/// The coefficient of each loop variable in `expr` when it is linear in
/// them (a sum of `constant * p<k>` plus terms free of loop variables), or
/// failure. Coefficients may involve symbols (`s0*p0`).
FailureOr<SmallVector<AffineExpr>> getLinearCoefficients(AffineExpr expr,
                                                         unsigned numDims);

} // namespace mlir::inductor_sched

#endif // INDUCTORSCHED_ANALYSIS_EXPRSPACE_H
