//===- LoopReorder.cpp - Loop reordering under LOAF -----------------------===//
//
// Mirrors torch/_inductor/dependencies.py (MemoryDep.
// normalize_with_stride_order, decide_loop_order_to_match) and loop_body.py
// (LoopBody.reorder_iter_loops).
//
//===----------------------------------------------------------------------===//

#include "InductorSched/Analysis/LoopReorder.h"
#include "InductorSched/Analysis/Dependencies.h"
#include "InductorSched/Analysis/ExprSpace.h"

#include "mlir/IR/Builders.h"

#include "llvm/ADT/SetVector.h"

using namespace mlir;
using namespace mlir::inductor_sched;
using namespace mlir::inductor_sched::sched;

SmallVector<int64_t>
mlir::inductor_sched::getStrideHints(MemoryDepAttr dep,
                                     const SizeHints &hints) {
  MLIRContext *ctx = dep.getContext();
  IndexExprAttr index = dep.getIndex();
  // Size symbols take their hints; indirect indices are 0, as Inductor
  // substitutes them before taking strides.
  SmallVector<AffineExpr> symbols;
  for (StringAttr name : index.getSymbols()) {
    auto it = hints.find(name);
    symbols.push_back(
        getAffineConstantExpr(it == hints.end() ? 0 : it->second, ctx));
  }
  AffineExpr expr = index.getExpr().replaceSymbols(symbols);
  SmallVector<int64_t> strides;
  for (AffineExpr s : getStrideVars(expr, dep.getRanges().size())) {
    auto c = dyn_cast<AffineConstantExpr>(s);
    strides.push_back(c ? c.getValue() : 0);
  }
  return strides;
}

MemoryDepAttr
mlir::inductor_sched::normalizeDepWithStrideOrder(MemoryDepAttr dep,
                                                  const SizeHints &hints) {
  MLIRContext *ctx = dep.getContext();
  SmallVector<int64_t> strides = getStrideHints(dep, hints);
  unsigned n = strides.size();
  // Python's sorted(..., reverse=True) is stable: equal strides keep their
  // order.
  SmallVector<unsigned> order = llvm::to_vector(llvm::seq<unsigned>(0, n));
  std::stable_sort(order.begin(), order.end(), [&](unsigned a, unsigned b) {
    return strides[a] > strides[b];
  });
  ExprSpace space(ctx);
  AffineExpr index = space.import(dep.getIndex());
  SmallVector<AffineExpr> sizes, permute(n);
  for (auto [position, old] : llvm::enumerate(order)) {
    sizes.push_back(space.import(dep.getRanges()[old]));
    permute[old] = getAffineDimExpr(position, ctx);
  }
  index = index.replaceDims(permute);
  // index_prevent_reordering: only loops adjacent in the new order merge.
  SimplifiedLoops loops =
      simplifyLoops(sizes, {index, getContiguousIndex(sizes)});
  SmallVector<IndexExprAttr> ranges;
  for (AffineExpr s : loops.sizes)
    ranges.push_back(space.exportExpr(s));
  return MemoryDepAttr::get(ctx, dep.getName(),
                            space.exportExpr(index.replaceDims(loops.reindex)),
                            ranges, StringAttr::get(ctx, "t"), dep.getMode());
}

/// Inductor's `len(index.free_symbols)`: loop variables, size symbols and
/// indirect indices the index mentions.
static unsigned countFreeSymbols(IndexExprAttr index, unsigned numVars) {
  unsigned count = index.getSymbols().size();
  for (unsigned d = 0; d < std::max(numVars, index.getNumDimsUsed()); ++d)
    count += index.usesDim(d);
  return count;
}

std::optional<SmallVector<unsigned>>
mlir::inductor_sched::decideLoopOrderToMatch(MemoryDepAttr self,
                                             MemoryDepAttr other,
                                             const SizeHints &hints) {
  unsigned n = self.getRanges().size();
  if (other.getRanges().size() != n)
    return std::nullopt;
  // A broadcast has zero strides, which say nothing about the order.
  if (countFreeSymbols(self.getIndex(), n) != n ||
      countFreeSymbols(other.getIndex(), n) != n)
    return std::nullopt;
  // Empty loops, and size-1 loops whose strides tie with others.
  for (MemoryDepAttr dep : {self, other})
    for (IndexExprAttr size : dep.getRanges())
      if (std::optional<int64_t> c = size.getConstantValue();
          c && (*c == 0 || *c == 1))
        return std::nullopt;
  SmallVector<int64_t> selfStrides = getStrideHints(self, hints);
  SmallVector<int64_t> otherStrides = getStrideHints(other, hints);
  llvm::SmallSetVector<int64_t, 4> selfSet(selfStrides.begin(),
                                           selfStrides.end());
  llvm::SmallSetVector<int64_t, 4> otherSet(otherStrides.begin(),
                                            otherStrides.end());
  if (selfSet.size() != n || otherSet.size() != n)
    return std::nullopt;
  if (llvm::any_of(otherStrides,
                   [&](int64_t s) { return !selfSet.contains(s); }))
    return std::nullopt;
  SmallVector<unsigned> order;
  for (int64_t s : otherStrides)
    order.push_back(llvm::find(selfStrides, s) - selfStrides.begin());
  return order;
}

void mlir::inductor_sched::reorderIterLoops(NodeOp node,
                                            ArrayRef<unsigned> order) {
  MLIRContext *ctx = node.getContext();
  unsigned numIter = node.getRanges().size();
  unsigned numReduce = node.getReduce().size();
  assert(order.size() == numIter && "one position per iteration loop");
  // Old iteration loop order[i] is new loop i; reduction loops stay.
  SmallVector<AffineExpr> replacement(numIter + numReduce);
  SmallVector<Attribute> ranges;
  for (auto [position, old] : llvm::enumerate(order)) {
    replacement[old] = getAffineDimExpr(position, ctx);
    ranges.push_back(node.getRanges()[old]);
  }
  for (unsigned r = 0; r < numReduce; ++r)
    replacement[numIter + r] = getAffineDimExpr(numIter + r, ctx);
  ExprSpace space(ctx);
  node.getBody().walk([&](Operation *op) {
    if (auto a = op->getAttrOfType<IndexExprAttr>("index"))
      op->setAttr("index", space.exportExpr(
                               space.import(a).replaceDims(replacement)));
  });
  node.setRangesAttr(Builder(ctx).getArrayAttr(ranges));
}
