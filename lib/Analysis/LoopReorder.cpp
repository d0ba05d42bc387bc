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
  return mergeDepLoops(dep, space, index.replaceDims(permute), sizes, "t");
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

//===----------------------------------------------------------------------===//
// generate_inverse_formula
//===----------------------------------------------------------------------===//

namespace {
/// One digit `coefficient * atom` of a mixed-radix index (Inductor's Term).
struct Digit {
  int64_t coefficient;
  /// The atom's range; none when unbounded (`d floordiv k`).
  std::optional<int64_t> range;
  /// What the atom's value is multiplied by to rebuild the variable.
  int64_t multiplier;
};
} // namespace

static void collectSumTerms(AffineExpr e, SmallVectorImpl<AffineExpr> &out) {
  if (e.getKind() == AffineExprKind::Add) {
    auto add = cast<AffineBinaryOpExpr>(e);
    collectSumTerms(add.getLHS(), out);
    collectSumTerms(add.getRHS(), out);
    return;
  }
  out.push_back(e);
}

static std::optional<int64_t> constantOf(AffineExpr e) {
  if (auto c = dyn_cast<AffineConstantExpr>(e))
    return c.getValue();
  return std::nullopt;
}

/// parse_single_term / analyze_expression_properties.
static std::optional<Digit> parseDigit(AffineExpr term, unsigned dim) {
  if (auto c = constantOf(term))
    return Digit{*c, 1, 0};
  int64_t coefficient = 1;
  AffineExpr atom = term;
  if (term.getKind() == AffineExprKind::Mul) {
    auto mul = cast<AffineBinaryOpExpr>(term);
    std::optional<int64_t> c = constantOf(mul.getRHS());
    if (!c)
      return std::nullopt;
    coefficient = *c;
    atom = mul.getLHS();
  }
  auto isDim = [&](AffineExpr e) {
    auto d = dyn_cast<AffineDimExpr>(e);
    return d && d.getPosition() == dim;
  };
  auto binary = dyn_cast<AffineBinaryOpExpr>(atom);
  if (!binary)
    return std::nullopt;
  std::optional<int64_t> rhs = constantOf(binary.getRHS());
  if (!rhs || *rhs <= 0)
    return std::nullopt;
  AffineExpr base = binary.getLHS();
  if (atom.getKind() == AffineExprKind::Mod) {
    // ModularIndexing(d, k, m) = (d floordiv k) mod m; k = 1 folds away.
    if (isDim(base))
      return Digit{coefficient, *rhs, 1};
    if (base.getKind() == AffineExprKind::FloorDiv) {
      auto div = cast<AffineBinaryOpExpr>(base);
      std::optional<int64_t> k = constantOf(div.getRHS());
      if (k && *k > 0 && isDim(div.getLHS()))
        return Digit{coefficient, *rhs, *k};
    }
    return std::nullopt;
  }
  if (atom.getKind() == AffineExprKind::FloorDiv) {
    // FloorDiv(ModularIndexing(d, 1, m), k) = (d mod m) floordiv k.
    if (base.getKind() == AffineExprKind::Mod) {
      auto mod = cast<AffineBinaryOpExpr>(base);
      std::optional<int64_t> m = constantOf(mod.getRHS());
      if (m && isDim(mod.getLHS()))
        return Digit{coefficient, *m / *rhs, *rhs};
      return std::nullopt;
    }
    // FloorDiv(d, k): unbounded.
    if (isDim(base))
      return Digit{coefficient, std::nullopt, *rhs};
  }
  return std::nullopt;
}

std::optional<AffineExpr>
mlir::inductor_sched::generateInverseFormula(AffineExpr expr, unsigned dim) {
  SmallVector<AffineExpr> terms;
  collectSumTerms(expr, terms);
  SmallVector<Digit> digits;
  for (AffineExpr term : terms) {
    std::optional<Digit> digit = parseDigit(term, dim);
    if (!digit)
      return std::nullopt;
    digits.push_back(*digit);
  }
  // Strictly decreasing coefficients (ties fail Inductor's argsort check).
  llvm::stable_sort(digits, [](const Digit &a, const Digit &b) {
    return a.coefficient > b.coefficient;
  });
  for (size_t i = 1; i < digits.size(); ++i)
    if (digits[i - 1].coefficient == digits[i].coefficient)
      return std::nullopt;
  // Mixed radix: each coefficient is the product of the later ranges.
  int64_t expected = 1;
  for (const Digit &digit : llvm::reverse(digits)) {
    if (digit.coefficient != expected)
      return std::nullopt;
    if (digit.range)
      expected *= *digit.range;
  }
  // generate_reconstruction_expr: peel the digits off, biggest first.
  MLIRContext *ctx = expr.getContext();
  AffineExpr remainder = getAffineDimExpr(dim, ctx);
  AffineExpr result = getAffineConstantExpr(0, ctx);
  for (auto [i, digit] : llvm::enumerate(digits)) {
    AffineExpr component = remainder.floorDiv(digit.coefficient);
    if (i + 1 < digits.size())
      remainder = remainder % digit.coefficient;
    result = result + component * digit.multiplier;
  }
  return result;
}
