//===- ExprSpace.cpp - Index expressions in one symbol space --------------===//

#include "InductorSched/Analysis/ExprSpace.h"

using namespace mlir;
using namespace mlir::inductor_sched;
using sched::IndexExprAttr;

AffineExpr ExprSpace::symbol(StringAttr name) {
  auto [it, inserted] = positions.try_emplace(name, names.size());
  if (inserted)
    names.push_back(name);
  return getAffineSymbolExpr(it->second, ctx);
}

AffineExpr ExprSpace::import(IndexExprAttr attr) {
  SmallVector<AffineExpr> replacement;
  for (StringAttr name : attr.getSymbols())
    replacement.push_back(symbol(name));
  return attr.getExpr().replaceSymbols(replacement);
}

IndexExprAttr ExprSpace::exportExpr(AffineExpr expr) const {
  // Valid while names only grow: an attribute keeps only the symbols its
  // expression uses.
  auto [it, inserted] = exported.try_emplace(expr);
  if (inserted)
    it->second = IndexExprAttr::get(ctx, expr, names);
  return it->second;
}

FailureOr<SmallVector<AffineExpr>>
mlir::inductor_sched::getLinearCoefficients(AffineExpr expr,
                                            unsigned numDims) {
  MLIRContext *ctx = expr.getContext();
  SmallVector<AffineExpr> coefficients(numDims,
                                       getAffineConstantExpr(0, ctx));
  SmallVector<AffineExpr> work{expr};
  while (!work.empty()) {
    AffineExpr e = work.pop_back_val();
    if (e.isSymbolicOrConstant())
      continue;
    if (auto dim = dyn_cast<AffineDimExpr>(e)) {
      if (dim.getPosition() >= numDims)
        return failure();
      coefficients[dim.getPosition()] = coefficients[dim.getPosition()] + 1;
      continue;
    }
    auto bin = cast<AffineBinaryOpExpr>(e);
    if (e.getKind() == AffineExprKind::Add) {
      work.push_back(bin.getLHS());
      work.push_back(bin.getRHS());
      continue;
    }
    // A product of a loop variable and a constant or symbolic factor.
    if (e.getKind() == AffineExprKind::Mul) {
      AffineExpr var = bin.getLHS(), factor = bin.getRHS();
      if (var.isSymbolicOrConstant())
        std::swap(var, factor);
      auto dim = dyn_cast<AffineDimExpr>(var);
      if (dim && factor.isSymbolicOrConstant() && dim.getPosition() < numDims) {
        coefficients[dim.getPosition()] =
            coefficients[dim.getPosition()] + factor;
        continue;
      }
    }
    return failure();
  }
  return coefficients;
}
