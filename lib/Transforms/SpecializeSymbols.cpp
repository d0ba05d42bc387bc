//===- SpecializeSymbols.cpp - -sched-specialize-symbols ------------------===//
//
// Size symbols to constants (their hints, or given values), so that a graph
// of symbolic shapes lowers like a static one: one compilation per shape.
//
//===----------------------------------------------------------------------===//

#include "InductorSched/Transforms/Passes.h"

#include "mlir/IR/AttrTypeSubElements.h"
#include "mlir/IR/Verifier.h"

namespace mlir::inductor_sched {
#define GEN_PASS_DEF_SCHEDSPECIALIZESYMBOLSPASS
#include "InductorSched/Transforms/Passes.h.inc"
} // namespace mlir::inductor_sched

using namespace mlir;
using namespace mlir::inductor_sched;
using namespace mlir::inductor_sched::sched;

namespace {

/// `e` with the symbols of `values` replaced by their constants; the
/// others (indirect indices, symbols without a value) stay symbols.
IndexExprAttr specialize(IndexExprAttr e,
                         const llvm::StringMap<int64_t> &values) {
  MLIRContext *ctx = e.getContext();
  SmallVector<AffineExpr> replacements;
  SmallVector<StringAttr> kept;
  bool changed = false;
  for (StringAttr sym : e.getSymbols()) {
    auto it = values.find(sym.getValue());
    if (it != values.end()) {
      replacements.push_back(getAffineConstantExpr(it->second, ctx));
      changed = true;
      continue;
    }
    replacements.push_back(getAffineSymbolExpr(kept.size(), ctx));
    kept.push_back(sym);
  }
  if (!changed)
    return e;
  AffineExpr expr = simplifyAffineExpr(e.getExpr().replaceSymbols(replacements),
                                       e.getNumDimsUsed(), kept.size());
  return IndexExprAttr::get(ctx, expr, kept);
}

struct SchedSpecializeSymbolsPass
    : public inductor_sched::impl::SchedSpecializeSymbolsPassBase<
          SchedSpecializeSymbolsPass> {
  using Base::Base;

  void runOnOperation() override {
    GraphOp graph = getOperation();
    llvm::StringMap<int64_t> hints;
    for (auto [name, hint] :
         llvm::zip(graph.getSymNames().getAsValueRange<StringAttr>(),
                   graph.getSymHints()))
      hints[name] = hint;
    // The values to use: those given, else every hint.
    StringRef rest = StringRef(values).trim();
    llvm::StringMap<int64_t> chosen =
        rest.empty() ? hints : llvm::StringMap<int64_t>();
    while (!rest.empty()) {
      auto [pair, tail] = rest.split(',');
      rest = tail.trim();
      auto [name, text] = pair.trim().split('=');
      name = name.trim();
      int64_t v;
      if (text.trim().getAsInteger(10, v) || v < 1) {
        graph.emitError("-sched-specialize-symbols: '")
            << pair.trim() << "' is not <symbol>=<positive integer>";
        return signalPassFailure();
      }
      if (!hints.count(name)) {
        graph.emitError("-sched-specialize-symbols: the graph has no size "
                        "symbol '")
            << name << "'";
        return signalPassFailure();
      }
      chosen[name] = v;
    }
    if (chosen.empty())
      return markAllAnalysesPreserved();

    AttrTypeReplacer replacer;
    replacer.addReplacement(
        [&](IndexExprAttr e) -> Attribute { return specialize(e, chosen); });
    replacer.recursivelyReplaceElementsIn(graph, /*replaceAttrs=*/true,
                                          /*replaceLocs=*/false,
                                          /*replaceTypes=*/true);
    // The symbols that got values leave the declaration.
    SmallVector<Attribute> names;
    SmallVector<int64_t> keptHints;
    for (auto [name, hint] :
         llvm::zip(graph.getSymNames().getAsValueRange<StringAttr>(),
                   graph.getSymHints()))
      if (!chosen.count(name)) {
        names.push_back(StringAttr::get(&getContext(), name));
        keptHints.push_back(hint);
      }
    graph.setSymNamesAttr(ArrayAttr::get(&getContext(), names));
    graph.setSymHints(keptHints);
    // Buffer types are verified when built; the ops' own rules (a layout
    // inside its storage, indices inside ranges) are checked here.
    if (failed(verify(graph)))
      return signalPassFailure();
  }
};

} // namespace
