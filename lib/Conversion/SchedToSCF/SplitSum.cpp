//===- SplitSum.cpp - A sum whose terms read in two orientations ---------===//

#include "InductorSched/Conversion/SchedToSCF/SplitSum.h"

#include "InductorSched/Conversion/LoopBody.h"

#include "mlir/Dialect/Arith/IR/Arith.h"
#include "llvm/ADT/DenseSet.h"

using namespace mlir;
using namespace mlir::inductor_sched;
using namespace mlir::inductor_sched::sched;

namespace {
enum class Orientation { Lanes, Rows, Neither };
} // namespace

std::optional<SplitSum>
mlir::inductor_sched::planSplitSum(ReductionOp red, ArrayRef<Operation *> inLoop,
                                   unsigned laneDim, unsigned reduceDim) {
  if (red.getKind() != ReductionKind::sum || red.getInputs().size() != 1 ||
      !isa<FloatType>(red.getInputs().front().getType()))
    return std::nullopt;
  llvm::SmallDenseSet<Operation *> body(inLoop.begin(), inLoop.end());

  // The leaves of the tree of additions feeding the sum; an inner addition
  // used elsewhere too would be computed by neither half.
  SmallVector<Value> leaves, work{red.getInputs().front()};
  while (!work.empty()) {
    Value v = work.pop_back_val();
    auto add = v.getDefiningOp<arith::AddFOp>();
    if (add && body.contains(add) &&
        (v == red.getInputs().front() || v.hasOneUse())) {
      work.push_back(add.getRhs());
      work.push_back(add.getLhs());
      continue;
    }
    leaves.push_back(v);
  }

  // A term's ops (its backward slice within the body) and orientation: the
  // lanes' when every load is stride 0 or 1 along the lanes, else the
  // rows' when every load is stride 0 or 1 along the reduction.
  auto sliceOf = [&](Value leaf, llvm::SmallDenseSet<Operation *> &slice) {
    SmallVector<Value> stack{leaf};
    while (!stack.empty()) {
      Operation *def = stack.pop_back_val().getDefiningOp();
      if (!def || !body.contains(def) || !slice.insert(def).second)
        continue;
      llvm::append_range(stack, def->getOperands());
    }
  };
  auto orientation = [&](const llvm::SmallDenseSet<Operation *> &slice) {
    bool lanes = true, rows = true;
    for (Operation *op : slice) {
      auto load = dyn_cast<LoadOp>(op);
      if (!load)
        continue;
      if (!load.getIndirect().empty())
        return Orientation::Neither;
      auto unitOrZero = [&](unsigned dim) {
        std::optional<int64_t> s = strideAlong(load.getIndex(), dim);
        return s && (*s == 0 || *s == 1);
      };
      lanes &= unitOrZero(laneDim);
      rows &= unitOrZero(reduceDim);
    }
    return lanes ? Orientation::Lanes
                 : rows ? Orientation::Rows : Orientation::Neither;
  };

  SplitSum split;
  llvm::SmallDenseSet<Operation *> laneSlice, rowSlice;
  for (Value leaf : leaves) {
    llvm::SmallDenseSet<Operation *> slice;
    sliceOf(leaf, slice);
    switch (orientation(slice)) {
    case Orientation::Lanes:
      split.laneTerms.push_back(leaf);
      laneSlice.insert(slice.begin(), slice.end());
      break;
    case Orientation::Rows:
      split.rowTerms.push_back(leaf);
      rowSlice.insert(slice.begin(), slice.end());
      break;
    case Orientation::Neither:
      return std::nullopt;
    }
  }
  if (split.laneTerms.empty() || split.rowTerms.empty())
    return std::nullopt;
  for (Operation *op : inLoop) {
    if (laneSlice.contains(op))
      split.laneOps.push_back(op);
    if (rowSlice.contains(op))
      split.rowOps.push_back(op);
  }
  return split;
}
