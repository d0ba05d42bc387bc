//===- SizeHint.cpp - Bytes under the graph's size hints ------------------===//

#include "InductorSched/Analysis/SizeHint.h"
#include "InductorSched/Analysis/SchedulerGraph.h"

using namespace mlir;
using namespace mlir::inductor_sched;
using namespace mlir::inductor_sched::sched;

SizeHintEvaluator::SizeHintEvaluator(const SchedulerGraph &graph)
    : graph(graph), ctx(graph.getGraph().getContext()) {
  GraphOp op = graph.getGraph();
  for (auto [name, hint] : llvm::zip(op.getSymNames(), op.getSymHints()))
    hints[cast<StringAttr>(name)] = hint;
}

std::optional<int64_t> SizeHintEvaluator::evaluate(IndexExprAttr e) const {
  SmallVector<AffineExpr> values;
  for (StringAttr s : e.getSymbols()) {
    auto it = hints.find(s);
    if (it == hints.end())
      return std::nullopt;
    values.push_back(getAffineConstantExpr(it->second, ctx));
  }
  AffineExpr v = e.getExpr().replaceSymbols(values);
  if (auto c = dyn_cast<AffineConstantExpr>(v))
    return c.getValue();
  return std::nullopt;
}

std::optional<int64_t> SizeHintEvaluator::getNumel(BufferType type) const {
  int64_t numel = 1;
  for (IndexExprAttr s : type.getSizes()) {
    std::optional<int64_t> v = evaluate(s);
    if (!v)
      return std::nullopt;
    numel *= *v;
  }
  return numel;
}

int64_t SizeHintEvaluator::getDtypeSize(Type dtype) {
  unsigned bits = dtype.getIntOrFloatBitWidth();
  return bits == 1 ? 1 : bits / 8;
}

std::optional<std::pair<int64_t, int64_t>>
SizeHintEvaluator::getBufferExtent(StringAttr name) const {
  Operation *def = graph.lookupDefOp(name);
  auto type =
      def ? dyn_cast<BufferType>(def->getResult(0).getType()) : BufferType();
  if (!type)
    return std::nullopt;
  std::optional<int64_t> numel = getNumel(type);
  if (!numel)
    return std::nullopt;
  return std::make_pair(*numel, getDtypeSize(type.getDtype()));
}

int64_t SizeHintEvaluator::getDepSizeHint(Attribute dep) {
  auto [it, inserted] = depSizes.try_emplace(dep, 0);
  if (!inserted)
    return it->second;
  int64_t bytes = 0;
  if (isa<WeakDepAttr>(dep)) {
    bytes = 1;
  } else if (auto star = dyn_cast<StarDepAttr>(dep)) {
    if (auto extent = getBufferExtent(star.getName()))
      bytes = extent->first * extent->second;
  } else if (auto mem = dyn_cast<MemoryDepAttr>(dep)) {
    if (auto extent = getBufferExtent(mem.getName())) {
      int64_t numel = 1;
      bool known = true;
      if (mem.getIndex().getNumIndirect() != 0) {
        numel = extent->first;
      } else {
        // A broadcast touches only the loops its index uses.
        for (auto [i, r] : llvm::enumerate(mem.getRanges())) {
          if (!mem.getIndex().usesDim(i))
            continue;
          std::optional<int64_t> v = evaluate(r);
          known &= v.has_value();
          numel *= v.value_or(0);
        }
      }
      bytes = known ? numel * extent->second : 0;
    }
  }
  return depSizes[dep] = bytes;
}
