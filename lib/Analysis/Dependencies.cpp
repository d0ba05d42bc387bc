//===- Dependencies.cpp - Inductor's read/write dependencies --------------===//
//
// Mirrors torch/_inductor/dependencies.py (extract_read_writes,
// _RecordLoadStoreInner.canonicalize) and sizevars.py (_simplify_loops).
//
//===----------------------------------------------------------------------===//

#include "InductorSched/Analysis/Dependencies.h"
#include "InductorSched/Analysis/ExprSpace.h"

#include "llvm/ADT/TypeSwitch.h"

using namespace mlir;
using namespace mlir::inductor_sched;
using namespace mlir::inductor_sched::sched;

StringAttr mlir::inductor_sched::getDepName(Attribute dep) {
  return llvm::TypeSwitch<Attribute, StringAttr>(dep)
      .Case<MemoryDepAttr, StarDepAttr, WeakDepAttr>(
          [](auto d) { return d.getName(); })
      .Default([](Attribute) { return StringAttr(); });
}

StringAttr mlir::inductor_sched::getDepMode(Attribute dep) {
  return llvm::TypeSwitch<Attribute, StringAttr>(dep)
      .Case<MemoryDepAttr, StarDepAttr>([](auto d) { return d.getMode(); })
      .Default([](Attribute) { return StringAttr(); });
}

Attribute mlir::inductor_sched::renameDep(Attribute dep, StringAttr name) {
  MLIRContext *ctx = dep.getContext();
  return llvm::TypeSwitch<Attribute, Attribute>(dep)
      .Case([&](MemoryDepAttr d) {
        return MemoryDepAttr::get(ctx, name, d.getIndex(), d.getRanges(),
                                  d.getVarPrefix(), d.getMode());
      })
      .Case([&](StarDepAttr d) {
        return StarDepAttr::get(ctx, name, d.getMode());
      })
      .Case([&](WeakDepAttr d) {
        return WeakDepAttr::get(ctx, name, d.getMutatingBuf(), d.getIsFake());
      })
      .Default([](Attribute a) { return a; });
}

bool mlir::inductor_sched::shouldNormalizeDeps(StringRef device,
                                               bool loopOrderingAfterFusion) {
  return isCpuDevice(device) || !loopOrderingAfterFusion;
}

//===----------------------------------------------------------------------===//
// _simplify_loops
//===----------------------------------------------------------------------===//

namespace {
/// Compares expressions of one ExprSpace by their canonical attributes.
struct ExprEq {
  const ExprSpace &space;
  bool operator()(AffineExpr a, AffineExpr b) const {
    if (a == b)
      return true;
    auto ca = dyn_cast<AffineConstantExpr>(a);
    auto cb = dyn_cast<AffineConstantExpr>(b);
    if (ca && cb)
      return ca.getValue() == cb.getValue();
    return space.exportExpr(a) == space.exportExpr(b);
  }
};
} // namespace

static AffineExpr substituteDims(AffineExpr expr, unsigned numDims,
                                 function_ref<AffineExpr(unsigned)> value) {
  SmallVector<AffineExpr> dims;
  for (unsigned d = 0; d < numDims; ++d)
    dims.push_back(value(d));
  return expr.replaceDims(dims);
}

SmallVector<AffineExpr> mlir::inductor_sched::getStrideVars(AffineExpr index,
                                                           unsigned numDims) {
  MLIRContext *ctx = index.getContext();
  AffineExpr zero = getAffineConstantExpr(0, ctx);
  AffineExpr base = substituteDims(index, numDims, [&](unsigned) { return zero; });
  SmallVector<AffineExpr> strides;
  for (unsigned v = 0; v < numDims; ++v) {
    AffineExpr at1 = substituteDims(index, numDims, [&](unsigned d) {
      return d == v ? getAffineConstantExpr(1, ctx) : zero;
    });
    strides.push_back(at1 - base);
  }
  return strides;
}

SimplifiedLoops
mlir::inductor_sched::simplifyLoops(ArrayRef<AffineExpr> sizesIn,
                                    ArrayRef<AffineExpr> indices) {
  unsigned n = sizesIn.size();
  SimplifiedLoops result;
  if (n == 0)
    return result;
  MLIRContext *ctx = sizesIn.front().getContext();
  // The symbols of all expressions, for canonical comparisons.
  ExprSpace space(ctx);
  unsigned maxSymbols = 0;
  auto countSymbols = [&](AffineExpr e) {
    e.walk([&](AffineExpr s) {
      if (auto sym = dyn_cast<AffineSymbolExpr>(s))
        maxSymbols = std::max(maxSymbols, sym.getPosition() + 1);
    });
  };
  llvm::for_each(sizesIn, countSymbols);
  llvm::for_each(indices, countSymbols);
  for (unsigned s = 0; s < maxSymbols; ++s)
    space.symbol(StringAttr::get(ctx, "__s" + std::to_string(s)));
  ExprEq equal{space};

  SmallVector<std::optional<AffineExpr>> sizes(sizesIn.begin(), sizesIn.end());
  SmallVector<SmallVector<AffineExpr>> strides;
  for (AffineExpr index : indices)
    strides.push_back(getStrideVars(index, n));
  for (auto &size : sizes)
    if (auto c = dyn_cast<AffineConstantExpr>(*size); c && c.getValue() == 1)
      size.reset();

  // Two fresh variables for the sound test, past every dimension in use.
  unsigned fresh = n;
  for (AffineExpr index : indices)
    index.walk([&](AffineExpr e) {
      if (auto d = dyn_cast<AffineDimExpr>(e))
        fresh = std::max(fresh, d.getPosition() + 1);
    });
  AffineExpr m1 = getAffineDimExpr(fresh, ctx);
  AffineExpr m2 = getAffineDimExpr(fresh + 1, ctx);
  auto canMergeDims = [&](unsigned a, unsigned b) {
    for (size_t k = 0; k < indices.size(); ++k) {
      AffineExpr index = indices[k];
      if (!equal(strides[k][a] * *sizes[a], strides[k][b]))
        return false;
      // The sound test: walking b then a must equal walking the merged loop.
      auto subst = [&](AffineExpr va, AffineExpr vb) {
        return substituteDims(index, n, [&](unsigned d) {
          return d == a   ? va
                 : d == b ? vb
                          : getAffineDimExpr(d, ctx);
        });
      };
      if (!equal(subst(m1 * *sizes[a], m2),
                 subst(getAffineConstantExpr(0, ctx), m1 + m2)))
        return false;
    }
    return true;
  };

  bool changed = true;
  while (changed) {
    changed = false;
    for (unsigned ri = 0; ri < n; ++ri)
      for (unsigned rj = 0; rj < n; ++rj) {
        unsigned i = n - 1 - ri, j = n - 1 - rj;
        if (i == j || !sizes[i] || !sizes[j])
          continue;
        if (canMergeDims(i, j)) {
          changed = true;
          sizes[i] = *sizes[i] * *sizes[j];
          sizes[j].reset();
        }
      }
  }

  // Each surviving loop becomes a new variable, in order; merged-away loops
  // and size-1 loops contribute 0.
  unsigned next = 0;
  for (auto &size : sizes) {
    if (size) {
      result.reindex.push_back(getAffineDimExpr(next++, ctx));
      result.sizes.push_back(*size);
    } else {
      result.reindex.push_back(getAffineConstantExpr(0, ctx));
    }
  }
  return result;
}

AffineExpr mlir::inductor_sched::getContiguousIndex(ArrayRef<AffineExpr> sizes,
                                                  unsigned firstDim) {
  MLIRContext *ctx = sizes.empty() ? nullptr : sizes.front().getContext();
  if (!ctx)
    return AffineExpr();
  AffineExpr stride = getAffineConstantExpr(1, ctx);
  AffineExpr index = getAffineConstantExpr(0, ctx);
  for (unsigned d = sizes.size(); d-- > 0;) {
    index = index + getAffineDimExpr(firstDim + d, ctx) * stride;
    stride = stride * sizes[d];
  }
  return index;
}

//===----------------------------------------------------------------------===//
// extract_read_writes
//===----------------------------------------------------------------------===//

namespace {
/// Turns the index of one load or store into Inductor's canonical
/// (index, var_names, sizes) triple.
class DepCanonicalizer {
public:
  DepCanonicalizer(NodeOp node, bool normalize)
      : ctx(node.getContext()), space(ctx), normalize(normalize) {
    for (Attribute a : llvm::concat<const Attribute>(node.getRanges(),
                                                     node.getReduce()))
      sizes.push_back(space.import(cast<IndexExprAttr>(a)));
    contiguous = getContiguousIndex(sizes);
  }

  MemoryDepAttr get(StringAttr name, IndexExprAttr indexAttr,
                    StoreModeAttr mode) {
    AffineExpr index = space.import(indexAttr);
    SmallVector<AffineExpr> depSizes;
    if (!normalize) {
      // Keep the node's loops; drop those of size 1.
      unsigned next = 0;
      SmallVector<AffineExpr> renumber;
      for (AffineExpr size : sizes) {
        auto c = dyn_cast<AffineConstantExpr>(size);
        if (c && c.getValue() == 1) {
          renumber.push_back(getAffineConstantExpr(0, ctx));
          continue;
        }
        renumber.push_back(getAffineDimExpr(next++, ctx));
        depSizes.push_back(size);
      }
      index = index.replaceDims(renumber);
    } else {
      SimplifiedLoops loops = simplifyLoops(sizes, {index, contiguous});
      index = index.replaceDims(loops.reindex);
      depSizes = loops.sizes;
    }
    // A reduction writes buf[d0]: drop trailing variables the index does
    // not use, as downstream readers will not have them.
    while (!depSizes.empty() && !index.isFunctionOfDim(depSizes.size() - 1))
      depSizes.pop_back();
    SmallVector<IndexExprAttr> ranges;
    for (AffineExpr s : depSizes)
      ranges.push_back(space.exportExpr(s));
    StringAttr modeAttr =
        mode ? StringAttr::get(ctx, stringifyStoreMode(mode.getValue()))
             : StringAttr();
    return MemoryDepAttr::get(ctx, name, space.exportExpr(index), ranges,
                              StringAttr::get(ctx, normalize ? "c" : "d"),
                              modeAttr);
  }

private:
  MLIRContext *ctx;
  ExprSpace space;
  bool normalize;
  SmallVector<AffineExpr> sizes;
  AffineExpr contiguous;
};
} // namespace

ReadWrites mlir::inductor_sched::extractReadWrites(NodeOp node,
                                                   bool normalize) {
  ReadWrites rw;
  DepCanonicalizer canon(node, normalize);
  node.getBody().walk([&](Operation *op) {
    if (auto load = dyn_cast<LoadOp>(op))
      rw.reads.insert(canon.get(getBufferName(load.getBuffer()),
                                load.getIndex(), {}));
    else if (auto store = dyn_cast<StoreOp>(op))
      rw.writes.insert(canon.get(getBufferName(store.getBuffer()),
                                 store.getIndex(), store.getModeAttr()));
    else if (auto store = dyn_cast<StoreReductionOp>(op))
      rw.writes.insert(canon.get(getBufferName(store.getBuffer()),
                                 store.getIndex(), {}));
  });
  return rw;
}

ReadWrites
mlir::inductor_sched::getWholeBufferReadWrites(SchedulerNodeOpInterface node) {
  ReadWrites rw;
  MLIRContext *ctx = node->getContext();
  ValueRange inputs = llvm::TypeSwitch<Operation *, ValueRange>(node)
                          .Case<ExternOp, NopOp>(
                              [](auto op) { return op.getInputs(); })
                          .Case([](MultiOutputOp op) {
                            return op->getOperands().take_front(1);
                          })
                          .Default([](Operation *) { return ValueRange(); });
  for (Value input : inputs)
    rw.reads.insert(StarDepAttr::get(ctx, getBufferName(input), {}));
  for (Value output : node.getWrittenBuffers())
    rw.writes.insert(StarDepAttr::get(ctx, getBufferName(output), {}));
  return rw;
}

MemoryDepAttr mlir::inductor_sched::mergeDepLoops(MemoryDepAttr dep,
                                                  ExprSpace &space,
                                                  AffineExpr index,
                                                  ArrayRef<AffineExpr> sizes,
                                                  StringRef prefix) {
  MLIRContext *ctx = dep.getContext();
  // index_prevent_reordering: only loops adjacent in this order merge.
  SimplifiedLoops loops =
      simplifyLoops(sizes, {index, getContiguousIndex(sizes)});
  SmallVector<IndexExprAttr> ranges;
  for (AffineExpr s : loops.sizes)
    ranges.push_back(space.exportExpr(s));
  return MemoryDepAttr::get(ctx, dep.getName(),
                            space.exportExpr(index.replaceDims(loops.reindex)),
                            ranges, StringAttr::get(ctx, prefix),
                            dep.getMode());
}

MemoryDepAttr mlir::inductor_sched::normalizeDep(MemoryDepAttr dep) {
  ExprSpace space(dep.getContext());
  SmallVector<AffineExpr> sizes;
  for (IndexExprAttr r : dep.getRanges())
    sizes.push_back(space.import(r));
  return mergeDepLoops(dep, space, space.import(dep.getIndex()), sizes, "c");
}
