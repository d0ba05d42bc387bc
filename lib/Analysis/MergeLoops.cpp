//===- MergeLoops.cpp - Inductor's LoopBody.merge_loops -------------------===//

#include "InductorSched/Analysis/MergeLoops.h"
#include "InductorSched/Analysis/Dependencies.h"
#include "InductorSched/Analysis/ExprSpace.h"

#include "mlir/IR/Builders.h"

using namespace mlir;
using namespace mlir::inductor_sched;
using namespace mlir::inductor_sched::sched;

/// Every index expression of the body, once each, in order of first use
/// (LoopBody.indexing_exprs).
static SmallVector<IndexExprAttr> collectIndices(NodeOp node) {
  llvm::SetVector<IndexExprAttr> indices;
  node.getBody().walk([&](Operation *op) {
    if (auto a = op->getAttrOfType<IndexExprAttr>("index"))
      indices.insert(a);
  });
  return indices.takeVector();
}

/// Rewrites every index of the body: old loop variable k becomes
/// `reindex[k]`, an expression in the new loop variables.
static void reindexBody(NodeOp node, ExprSpace &space,
                        ArrayRef<AffineExpr> reindex) {
  node.getBody().walk([&](Operation *op) {
    if (auto a = op->getAttrOfType<IndexExprAttr>("index"))
      op->setAttr("index", space.exportExpr(
                               space.import(a).replaceDims(reindex)));
  });
}

bool mlir::inductor_sched::mergeLoops(NodeOp node) {
  MLIRContext *ctx = node.getContext();
  ExprSpace space(ctx);
  SmallVector<AffineExpr> iterSizes, reduceSizes;
  for (Attribute a : node.getRanges())
    iterSizes.push_back(space.import(cast<IndexExprAttr>(a)));
  for (Attribute a : node.getReduce())
    reduceSizes.push_back(space.import(cast<IndexExprAttr>(a)));
  unsigned numIter = iterSizes.size(), numReduce = reduceSizes.size();
  SmallVector<IndexExprAttr> indexAttrs = collectIndices(node);
  SmallVector<AffineExpr> indices;
  for (IndexExprAttr a : indexAttrs)
    indices.push_back(space.import(a));

  // Iteration loops are dimensions 0..numIter-1.
  SmallVector<AffineExpr> iterFormulas(indices);
  iterFormulas.push_back(getContiguousIndex(iterSizes));
  SimplifiedLoops iter = simplifyLoops(iterSizes, iterFormulas);

  // Reduction loops: renumber them to come first, as simplifyLoops expects.
  SmallVector<AffineExpr> toReduceFirst;
  for (unsigned d = 0; d < numIter; ++d)
    toReduceFirst.push_back(getAffineDimExpr(numReduce + d, ctx));
  for (unsigned d = 0; d < numReduce; ++d)
    toReduceFirst.push_back(getAffineDimExpr(d, ctx));
  SmallVector<AffineExpr> reduceFormulas;
  for (AffineExpr index : indices)
    reduceFormulas.push_back(index.replaceDims(toReduceFirst));
  reduceFormulas.push_back(getContiguousIndex(reduceSizes));
  SimplifiedLoops reduce = simplifyLoops(reduceSizes, reduceFormulas);

  if (iter.sizes.size() == numIter && reduce.sizes.size() == numReduce)
    return false;

  // Old loop variable -> expression in the new loop variables, where the
  // new reduction variables follow the new iteration variables.
  unsigned newIter = iter.sizes.size();
  SmallVector<AffineExpr> reindex(iter.reindex);
  for (AffineExpr r : reduce.reindex)
    reindex.push_back(r.shiftDims(reduce.sizes.size(), newIter));
  reindexBody(node, space, reindex);
  Builder b(ctx);
  auto toArray = [&](ArrayRef<AffineExpr> sizes) {
    SmallVector<Attribute> attrs;
    for (AffineExpr s : sizes)
      attrs.push_back(space.exportExpr(s));
    return b.getArrayAttr(attrs);
  };
  node.setRangesAttr(toArray(iter.sizes));
  node.setReduceAttr(toArray(reduce.sizes));
  return true;
}

bool mlir::inductor_sched::splitRangesAt(NodeOp node, int64_t points) {
  if (!node.getReduce().empty() || points < 1)
    return false;
  SmallVector<int64_t> bounds;
  for (Attribute a : node.getRanges()) {
    std::optional<int64_t> c = cast<IndexExprAttr>(a).getConstantValue();
    if (!c)
      return false;
    bounds.push_back(*c);
  }
  // The range that straddles the boundary: its leading ranges' points
  // divide `points`, and the quotient (its outer part) divides it.
  int64_t prefix = 1;
  unsigned d = 0;
  for (; d < bounds.size(); prefix *= bounds[d], ++d) {
    if (prefix == points)
      return false;
    if (points % prefix == 0 && bounds[d] % (points / prefix) == 0 &&
        points / prefix < bounds[d])
      break;
  }
  if (d == bounds.size())
    return false;
  int64_t outerPart = points / prefix, innerPart = bounds[d] / outerPart;

  MLIRContext *ctx = node.getContext();
  SmallVector<AffineExpr> reindex;
  for (unsigned k = 0; k < bounds.size(); ++k)
    reindex.push_back(k == d ? getAffineDimExpr(d, ctx) * innerPart +
                                   getAffineDimExpr(d + 1, ctx)
                             : getAffineDimExpr(k < d ? k : k + 1, ctx));
  ExprSpace space(ctx);
  reindexBody(node, space, reindex);
  SmallVector<Attribute> ranges;
  for (unsigned k = 0; k < bounds.size(); ++k) {
    if (k != d) {
      ranges.push_back(node.getRanges()[k]);
      continue;
    }
    ranges.push_back(IndexExprAttr::get(ctx, outerPart));
    ranges.push_back(IndexExprAttr::get(ctx, innerPart));
  }
  node.setRangesAttr(ArrayAttr::get(ctx, ranges));
  return true;
}
