//===- SimdTiling.cpp - The Triton backend's kernel tiling ----------------===//
//
// Mirrors torch/_inductor/codegen/simd.py of PyTorch 2.11:
// SIMDKernel._split_iteration_ranges, SIMDScheduling.candidate_tilings,
// complete_partial_tiling and get_tiling_and_scores for pointwise kernels
// (max_tiles = 2, no coalescing analysis, no N-d tiling: the defaults when
// the fusion loop asks).
//
//===----------------------------------------------------------------------===//

#include "InductorSched/Analysis/SimdTiling.h"
#include "InductorSched/Analysis/Dependencies.h"
#include "InductorSched/Analysis/ExprSpace.h"

#include "llvm/ADT/SetVector.h"
#include "llvm/ADT/StringSet.h"

using namespace mlir;
using namespace mlir::inductor_sched;
using namespace mlir::inductor_sched::sched;

bool mlir::inductor_sched::isSimdCompatible(
    ArrayRef<int64_t> groups, ArrayRef<SmallVector<int64_t>> lengths) {
  SmallVector<int64_t> remaining(groups.begin(), groups.end());
  size_t current = 0;
  for (const SmallVector<int64_t> &lengthGroup : lengths)
    for (int64_t size : lengthGroup) {
      if (size == 1)
        continue;
      while (current < remaining.size() && remaining[current] == 1)
        ++current;
      if (current + 1 < remaining.size() && size > remaining[current]) {
        // Split the loop across two kernel loops.
        if (size % remaining[current] != 0)
          return false;
        int64_t inner = size / remaining[current];
        remaining[current] = 1;
        if (remaining[current + 1] % inner != 0)
          return false;
        remaining[current + 1] /= inner;
        continue;
      }
      if (current >= remaining.size() || remaining[current] % size != 0)
        return false;
      remaining[current] /= size;
    }
  return llvm::all_of(remaining, [](int64_t r) { return r == 1; });
}

namespace {
struct CandidateTiling {
  SmallVector<int64_t> tiling;
  int64_t score;
  std::string name;
};
} // namespace

static std::optional<int64_t>
evaluate(IndexExprAttr e, const llvm::DenseMap<StringAttr, int64_t> &hints) {
  SmallVector<AffineExpr> values;
  for (StringAttr s : e.getSymbols()) {
    auto it = hints.find(s);
    if (it == hints.end())
      return std::nullopt;
    values.push_back(getAffineConstantExpr(it->second, e.getContext()));
  }
  if (auto c =
          dyn_cast<AffineConstantExpr>(e.getExpr().replaceSymbols(values)))
    return c.getValue();
  return std::nullopt;
}

static std::optional<SmallVector<int64_t>>
evaluateAll(ArrayAttr sizes, const llvm::DenseMap<StringAttr, int64_t> &hints) {
  SmallVector<int64_t> out;
  for (Attribute a : sizes) {
    std::optional<int64_t> v = evaluate(cast<IndexExprAttr>(a), hints);
    if (!v)
      return std::nullopt;
    out.push_back(*v);
  }
  return out;
}

static int64_t product(ArrayRef<int64_t> values) {
  int64_t p = 1;
  for (int64_t v : values)
    p *= v;
  return p;
}

/// CandidateTiling.is_good_size.
static bool isGoodSize(int64_t s) { return s >= 32 && s % 32 == 0; }

/// The strides of `index` along the iteration loops of a node with
/// `numIter` of them and `numReduce` reduction loops, the reduction
/// variables at 0 (pointwise_read_writes' hidden arguments), indirect
/// indices at 0 and unhinted strides 0 (stride_hints).
static SmallVector<int64_t>
iterationStrides(IndexExprAttr index, unsigned numIter, unsigned numReduce,
                 const llvm::DenseMap<StringAttr, int64_t> &hints) {
  MLIRContext *ctx = index.getContext();
  SmallVector<AffineExpr> symbols;
  for (StringAttr name : index.getSymbols()) {
    auto it = hints.find(name);
    symbols.push_back(
        getAffineConstantExpr(it == hints.end() ? 0 : it->second, ctx));
  }
  SmallVector<AffineExpr> dims;
  for (unsigned d = 0; d < numIter + numReduce; ++d)
    dims.push_back(d < numIter ? getAffineDimExpr(d, ctx)
                               : getAffineConstantExpr(0, ctx));
  AffineExpr expr = index.getExpr().replaceDimsAndSymbols(dims, symbols);
  SmallVector<int64_t> strides;
  for (AffineExpr s : getStrideVars(expr, numIter)) {
    auto c = dyn_cast<AffineConstantExpr>(s);
    strides.push_back(c ? c.getValue() : 0);
  }
  return strides;
}

/// SIMDScheduling.candidate_tilings for a pointwise kernel of `numel`.
static std::optional<SmallVector<CandidateTiling>>
candidateTilings(NodeOp node, int64_t numel,
                 const llvm::DenseMap<StringAttr, int64_t> &hints,
                 function_ref<bool(StringAttr)> isRemovedBuffer) {
  std::optional<SmallVector<int64_t>> ranges =
      evaluateAll(node.getRanges(), hints);
  std::optional<SmallVector<int64_t>> reduce =
      evaluateAll(node.getReduce(), hints);
  if (!ranges || !reduce)
    return std::nullopt;
  SmallVector<CandidateTiling> tilings;
  if (ranges->size() <= 1 && reduce->size() <= 1)
    return tilings;
  // The accesses, reads then writes, each (buffer, index) once.
  struct Access {
    StringAttr name;
    IndexExprAttr index;
  };
  SmallVector<Access> reads, writes;
  llvm::DenseSet<std::pair<StringAttr, IndexExprAttr>> seenReads, seenWrites;
  llvm::SetVector<StringAttr> writeNames;
  node.getBody().walk([&](Operation *op) {
    if (auto load = dyn_cast<LoadOp>(op)) {
      StringAttr name = getBufferName(load.getBuffer());
      if (seenReads.insert({name, load.getIndex()}).second)
        reads.push_back({name, load.getIndex()});
    } else if (auto store = dyn_cast<StoreOp>(op)) {
      StringAttr name = getBufferName(store.getBuffer());
      writeNames.insert(name);
      if (seenWrites.insert({name, store.getIndex()}).second)
        writes.push_back({name, store.getIndex()});
    }
  });
  int64_t collapsed = product(*ranges);
  // The default: no tiling, completed with the missing reduction size.
  tilings.push_back({{collapsed, numel / collapsed}, 0, "none"});
  unsigned numIter = ranges->size(), numReduce = reduce->size();
  int64_t all = collapsed * product(*reduce);
  for (const Access &access : llvm::concat<const Access>(reads, writes)) {
    if (isRemovedBuffer(access.name))
      continue;
    SmallVector<int64_t> strides =
        iterationStrides(access.index, numIter, numReduce, hints);
    auto unit = llvm::find(strides, 1);
    if (unit == strides.end())
      continue;
    size_t split = unit - strides.begin() + 1;
    if (split == strides.size())
      continue;
    // A broadcast after the split is not a real split.
    if (llvm::all_of(ArrayRef(strides).drop_front(split),
                     [](int64_t s) { return s == 0; }))
      continue;
    int64_t outer = product(ArrayRef(*ranges).take_front(split));
    int64_t inner = product(ArrayRef(*ranges).drop_front(split));
    int64_t score = 1;
    for (auto [size, stride] : llvm::zip(*ranges, strides))
      if (stride != 0)
        score *= size;
    if (writeNames.contains(access.name))
      score *= 2; // Contiguous writes matter more than reads.
    if (isGoodSize(outer))
      score *= 2;
    if (isGoodSize(inner))
      score *= 2;
    if (score - all >= 0)
      tilings.push_back({{outer, inner, numel / (outer * inner)},
                         score,
                         access.name.getValue().str()});
  }
  return tilings;
}

std::optional<SmallVector<int64_t>> mlir::inductor_sched::selectPointwiseTiling(
    ArrayRef<NodeOp> nodes, int64_t numel,
    const llvm::DenseMap<StringAttr, int64_t> &hints,
    function_ref<bool(StringAttr)> isRemovedBuffer) {
  // get_tiling_and_scores: each candidate counted once by name, ranked by
  // score (Counter.most_common: stable on ties).
  llvm::StringSet<> seenNames;
  SmallVector<CandidateTiling> ranked;
  for (NodeOp node : nodes) {
    auto candidates = candidateTilings(node, numel, hints, isRemovedBuffer);
    if (!candidates)
      return std::nullopt;
    for (CandidateTiling &c : *candidates)
      if (seenNames.insert(c.name).second)
        ranked.push_back(std::move(c));
  }
  llvm::stable_sort(ranked, [](const CandidateTiling &a,
                               const CandidateTiling &b) {
    return a.score > b.score;
  });
  // get_first_compatible_tiling.
  SmallVector<SmallVector<int64_t>> lengths;
  for (NodeOp node : nodes) {
    auto ranges = evaluateAll(node.getRanges(), hints);
    auto reduce = evaluateAll(node.getReduce(), hints);
    if (!ranges || !reduce)
      return std::nullopt;
    lengths.push_back(*ranges);
    lengths.push_back(*reduce);
  }
  for (const CandidateTiling &c : ranked) {
    bool fits = true;
    for (size_t i = 0; i < lengths.size() && fits; i += 2)
      fits = isSimdCompatible(c.tiling, {lengths[i], lengths[i + 1]});
    if (fits)
      return c.tiling;
  }
  return SmallVector<int64_t>{numel, 1};
}
