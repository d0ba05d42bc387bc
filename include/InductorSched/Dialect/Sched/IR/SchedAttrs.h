//===- SchedAttrs.h - sched dialect attributes ------------------*- C++ -*-===//

#ifndef INDUCTORSCHED_DIALECT_SCHED_IR_SCHEDATTRS_H
#define INDUCTORSCHED_DIALECT_SCHED_IR_SCHEDATTRS_H

#include "mlir/IR/AffineExpr.h"
#include "mlir/IR/Attributes.h"
#include "mlir/IR/BuiltinAttributes.h"
#include "mlir/IR/DialectImplementation.h"

#include "InductorSched/Dialect/Sched/IR/SchedEnums.h.inc"

#define GET_ATTRDEF_CLASSES
#include "InductorSched/Dialect/Sched/IR/SchedAttrs.h.inc"

namespace mlir::inductor_sched::sched {
/// `[8, s0, 16*s1]`: a list of size expressions (no loop variables).
ParseResult parseIndexExprList(AsmParser &parser,
                               SmallVectorImpl<IndexExprAttr> &exprs);
void printIndexExprList(AsmPrinter &printer, ArrayRef<IndexExprAttr> exprs);
/// The elements of an array of #sched.index (a node's ranges or reduce).
SmallVector<IndexExprAttr> getIndexExprs(ArrayAttr exprs);
/// The terms of a sum, left to right (`e` itself if it is not a sum).
void flattenAffineSum(AffineExpr e, SmallVectorImpl<AffineExpr> &terms);
} // namespace mlir::inductor_sched::sched

#endif // INDUCTORSCHED_DIALECT_SCHED_IR_SCHEDATTRS_H
