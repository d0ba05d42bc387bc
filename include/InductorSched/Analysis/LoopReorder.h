//===- LoopReorder.h - Loop reordering under LOAF ---------------*- C++ -*-===//
//
// Under loop ordering after fusion, Inductor reorders the iteration loops of
// a pointwise node so that it walks a shared buffer in the same order as the
// node it fuses with (Scheduler.shared_data_after_reordering_loop). These
// are the pieces that do not need the scheduler's state: comparing two
// dependencies up to loop order (MemoryDep.normalize_with_stride_order),
// deciding the permutation (MemoryDep.decide_loop_order_to_match) and
// applying it to a node's loop body (LoopBody.reorder_iter_loops).
//
//===----------------------------------------------------------------------===//

#ifndef INDUCTORSCHED_ANALYSIS_LOOPREORDER_H
#define INDUCTORSCHED_ANALYSIS_LOOPREORDER_H

#include "InductorSched/Dialect/Sched/IR/SchedOps.h"

#include "llvm/ADT/DenseMap.h"

#include <optional>

namespace mlir::inductor_sched {

/// The size hints of a graph's symbols (`sched.graph` sym_names/sym_hints).
using SizeHints = llvm::DenseMap<StringAttr, int64_t>;

/// Inductor's `sizevars.stride_hints(index, var_names)`: for each loop
/// variable of `dep`, the index's change when that variable steps by one,
/// under the size hints; indirect indices count as 0 and a stride that has
/// no hint as 0.
SmallVector<int64_t> getStrideHints(sched::MemoryDepAttr dep,
                                    const SizeHints &hints);

/// Inductor's `MemoryDep.normalize_with_stride_order()`: loops sorted by
/// decreasing stride, then merged where the index allows, variables renamed
/// `t0, t1, ...`. Two dependencies equal after this differ only in the
/// order of their loops.
sched::MemoryDepAttr normalizeDepWithStrideOrder(sched::MemoryDepAttr dep,
                                                 const SizeHints &hints);

/// Inductor's `MemoryDep.decide_loop_order_to_match(other)`: the order in
/// which `self`'s loops must run to walk the buffer as `other` does
/// (`order[i]` is the loop of `self` that becomes loop `i`), or none for a
/// broadcast, a loop of size 0 or 1, repeated strides, or different stride
/// sets. Both must have the same number of variables.
std::optional<SmallVector<unsigned>>
decideLoopOrderToMatch(sched::MemoryDepAttr self, sched::MemoryDepAttr other,
                       const SizeHints &hints);

/// Inductor's `LoopBody.reorder_iter_loops(order)`: new iteration loop `i`
/// runs old loop `order[i]`; the node's ranges and every index of its body
/// are rewritten. The reduction loops are unchanged.
void reorderIterLoops(sched::NodeOp node, ArrayRef<unsigned> order);

/// Inductor's `generate_inverse_formula(expr, var)` (invert_expr_analysis.py):
/// when `expr` is a mixed-radix recombination of digits of loop variable
/// `dim` (a sum of `c_i * a_i` where each `a_i` is `(d floordiv k) mod m`,
/// `(d mod m) floordiv k` or `d floordiv k`, the coefficients strictly
/// decreasing and each the product of the later digits' ranges), the
/// expression that undoes it; none otherwise. Only constant coefficients
/// and ranges are handled.
std::optional<AffineExpr> generateInverseFormula(AffineExpr expr,
                                                 unsigned dim);

} // namespace mlir::inductor_sched

#endif // INDUCTORSCHED_ANALYSIS_LOOPREORDER_H
