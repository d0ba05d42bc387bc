//===- SchedToLinalg.cpp - -convert-sched-to-linalg -----------------------===//
//
// Lowers a scheduled sched.graph to a func.func in which every compute node
// whose indexing is affine is one linalg.generic over strided memrefs, so
// upstream MLIR tools can tile and fuse it further.
//
// Inductor's index expressions are offsets into a buffer's storage. A load
// or store becomes an operand of the generic when its index is a constant
// plus loop variables with constant coefficients, each such coefficient is
// the stride of exactly one dimension of the buffer's layout (no dimension
// indexed by two variables) and every point stays inside the layout: the
// index is then the layout's offset plus `sum_d x_d * stride_d` with
// `x_d = const_d + p_k` (or `const_d` for a dimension no variable indexes),
// which is an affine map from the loop dimensions to the buffer's logical
// dimensions over a subview that starts at `const`.
//
//===----------------------------------------------------------------------===//

#include "InductorSched/Conversion/CInterface.h"
#include "InductorSched/Conversion/ExternKernels.h"
#include "InductorSched/Conversion/LoopBody.h"
#include "InductorSched/Conversion/LoweringUtils.h"
#include "InductorSched/Conversion/Passes.h"
#include "InductorSched/Dialect/Sched/IR/SchedOps.h"

#include "mlir/Dialect/Affine/IR/AffineOps.h"
#include "mlir/Dialect/Arith/IR/Arith.h"
#include "mlir/Dialect/ControlFlow/IR/ControlFlowOps.h"
#include "mlir/Dialect/Func/IR/FuncOps.h"
#include "mlir/Dialect/Linalg/IR/Linalg.h"
#include "mlir/Dialect/Math/IR/Math.h"
#include "mlir/Dialect/MemRef/IR/MemRef.h"
#include "mlir/Dialect/SCF/IR/SCF.h"
#include "mlir/IR/IRMapping.h"

#include <numeric>

namespace mlir::inductor_sched {
#define GEN_PASS_DEF_CONVERTSCHEDTOLINALGPASS
#include "InductorSched/Conversion/Passes.h.inc"
} // namespace mlir::inductor_sched

using namespace mlir;
using namespace mlir::inductor_sched;
using namespace mlir::inductor_sched::sched;

namespace {

/// `e` as `constant + sum_k coeffs[k] * d_k`, or failure when it is not
/// linear with constant coefficients (floordiv, mod, symbols, products of
/// dimensions).
bool linearize(AffineExpr e, int64_t scale, SmallVectorImpl<int64_t> &coeffs,
               int64_t &constant) {
  if (auto c = dyn_cast<AffineConstantExpr>(e)) {
    constant += scale * c.getValue();
    return true;
  }
  if (auto d = dyn_cast<AffineDimExpr>(e)) {
    if (d.getPosition() >= coeffs.size())
      return false;
    coeffs[d.getPosition()] += scale;
    return true;
  }
  auto bin = dyn_cast<AffineBinaryOpExpr>(e);
  if (!bin)
    return false;
  if (bin.getKind() == AffineExprKind::Add)
    return linearize(bin.getLHS(), scale, coeffs, constant) &&
           linearize(bin.getRHS(), scale, coeffs, constant);
  if (bin.getKind() == AffineExprKind::Mul) {
    if (auto c = dyn_cast<AffineConstantExpr>(bin.getRHS()))
      return linearize(bin.getLHS(), scale * c.getValue(), coeffs, constant);
    if (auto c = dyn_cast<AffineConstantExpr>(bin.getLHS()))
      return linearize(bin.getRHS(), scale * c.getValue(), coeffs, constant);
  }
  return false;
}

std::string printIndex(IndexExprAttr index) {
  std::string s;
  llvm::raw_string_ostream os(s);
  index.print(os, "p");
  return s;
}

/// One operand of the generic: the buffer it reads or writes, the part of
/// the buffer's memref it covers and its indexing map.
struct Access {
  Value buffer;
  /// The buffer's dimensions in order of decreasing stride (empty: already
  /// so): a memref.transpose to that order comes first, so a column-major
  /// or channels-last layout collapses as a row-major one does.
  SmallVector<int64_t> permutation;
  /// Dimensions split into several (a memref.expand_shape after the
  /// transpose: groups, and the expanded sizes), where loop variables walk
  /// one dimension in a mixed radix (p1 over rows 8 apart, p2 within).
  SmallVector<ReassociationIndices> expansion;
  SmallVector<int64_t> expandedSizes;
  /// Dimensions of the buffer's memref collapsed into one (empty: none).
  SmallVector<ReassociationIndices> reassociation;
  SmallVector<int64_t> offsets, sizes;
  bool subview = false;
  AffineMap map;
  /// A scratch output (no buffer): a memref.alloc of `sizes` and this
  /// element type, for the generic only.
  Type scratchType;
};

/// A reduction whose accumulator is several values or not its result
/// (argmax/argmin: value and position; Welford: mean, m2, weight) or whose
/// combine is LoopBody's (any, xor_sum): each accumulator value is an
/// output of the generic, a stored result's or a scratch one.
struct AccumulatorOutputs {
  ReductionOp red;
  /// Accumulator value -> index among the generic's outputs.
  SmallVector<int64_t> output;
};

/// A node as a linalg.generic, before it is built.
struct GenericPlan {
  SmallVector<int64_t> loopOf; // node loop variable -> generic dim, or -1
  SmallVector<utils::IteratorType> iterators;
  SmallVector<Access, 2> inputs, outputs;
  SmallVector<LoadOp> loads;
  /// Store or store_reduction, in body order, one per output.
  SmallVector<Operation *> stores;
  /// Ops emitted inside the generic's body on the flat storage of the
  /// buffers they read, at the point's variables (linalg.index): loads no
  /// indexing map describes (floordiv/mod, indirect), indirect_indexing,
  /// masked sub-blocks (and the loads in them).
  DenseSet<Operation *> inBody;
  /// The storage roots those ops read.
  SetVector<Value> inBodyRoots;
  SmallVector<AccumulatorOutputs> accumulators;
};

class GraphLowering {
public:
  GraphLowering(GraphOp graph, bool allowFallback)
      : graph(graph), allowFallback(allowFallback), b(graph),
        loc(graph.getLoc()) {}

  FailureOr<func::FuncOp> run();

private:
  LogicalResult collectStorage();
  Value typedView(Value buffer);
  LogicalResult lowerKernel(Operation *op);
  /// Emits the fallback diagnostic for `op`: an error, or a remark with
  /// allow-fallback (success: the node is left out).
  LogicalResult notRepresentable(Operation *op, StringRef name,
                                 const Twine &why);
  /// Why `node` is not a linalg.generic, or the plan for one.
  FailureOr<GenericPlan> plan(NodeOp node, std::string &why);
  bool planAccess(NodeOp node, Value buffer, IndexExprAttr index,
                  const GenericPlan &p, Access &out, std::string &why);
  /// Whether `op` (a load, indirect_indexing or masked sub-block) can be
  /// emitted in the body; records the roots it reads in `p`.
  bool planInBody(Operation *op, GenericPlan &p, llvm::raw_ostream &os);
  LogicalResult build(NodeOp node, const GenericPlan &p);
  /// The 1-D memref of `root`'s storage from its base, which index
  /// expressions address.
  Value flatView(Value root);

  GraphOp graph;
  bool allowFallback;
  OpBuilder b;
  Location loc;
  func::FuncOp func;

  DenseMap<Value, Value> rootOf;
  DenseMap<Value, StaticLayout> layouts;
  /// Root to the memref its storage lives in (an argument or an alloc);
  /// buffer to its strided memref, made on demand.
  DenseMap<Value, Value> base, typed;
  DenseMap<Value, unsigned> outputStorage;
  DenseMap<Value, Value> flat;
  /// Collapsed views made so far: memref, reassociation, view.
  SmallVector<std::tuple<Value, SmallVector<ReassociationIndices>, Value>>
      collapsed;
};

LogicalResult GraphLowering::collectStorage() {
  return collectBufferStorage(graph, "-convert-sched-to-linalg", rootOf,
                              layouts);
}

Value GraphLowering::typedView(Value buffer) {
  if (Value v = typed.lookup(buffer))
    return v;
  Value root = rootOf[buffer];
  const StaticLayout &layout = layouts[buffer];
  Value storage = base[root];
  if (layout == layouts[root] &&
      cast<MemRefType>(storage.getType()) == layout.memrefType())
    return typed[buffer] = storage;
  OpBuilder::InsertionGuard guard(b);
  b.setInsertionPointAfterValue(storage);
  Value view = memref::ReinterpretCastOp::create(
      b, buffer.getLoc(), layout.memrefType(), storage, layout.offset,
      layout.sizes, layout.strides);
  return typed[buffer] = view;
}

Value GraphLowering::flatView(Value root) {
  if (Value v = flat.lookup(root))
    return v;
  const StaticLayout &layout = layouts[root];
  Value storage = base[root];
  OpBuilder::InsertionGuard guard(b);
  b.setInsertionPointAfterValue(storage);
  Value view = memref::ReinterpretCastOp::create(
      b, root.getLoc(), MemRefType::get({layout.extent()}, layout.dtype),
      storage, 0, ArrayRef<int64_t>{layout.extent()}, ArrayRef<int64_t>{1});
  return flat[root] = view;
}

bool GraphLowering::planInBody(Operation *op, GenericPlan &p,
                               llvm::raw_ostream &os) {
  if (auto load = dyn_cast<LoadOp>(op)) {
    StringAttr name = getBufferName(load.getBuffer());
    if (!load.getIndex().getSizeSymbols().empty()) {
      os << "index [" << printIndex(load.getIndex()) << "] of '"
         << name.getValue() << "' uses symbols";
      return false;
    }
    Value root = rootOf.lookup(load.getBuffer());
    if (!root || !layouts.count(root)) {
      os << "'" << name.getValue() << "' has no strided layout";
      return false;
    }
    p.inBody.insert(op);
    p.inBodyRoots.insert(root);
    return true;
  }
  if (auto indirect = dyn_cast<IndirectIndexingOp>(op)) {
    if (!indirect.getSize().getConstantValue()) {
      os << "indirect indexing against a symbolic size";
      return false;
    }
    p.inBody.insert(op);
    return true;
  }
  if (auto expr = dyn_cast<IndexExprOp>(op)) {
    if (!expr.getIndex().getSizeSymbols().empty()) {
      os << "sched.index_expr with a size symbol";
      return false;
    }
    p.inBody.insert(op);
    return true;
  }
  if (auto masked = dyn_cast<MaskedOp>(op)) {
    for (Operation &inner : masked.getBody().front()) {
      if (isa<YieldOp>(inner))
        continue;
      if (isa<LoadOp, IndirectIndexingOp, IndexExprOp, MaskedOp>(inner)) {
        if (!planInBody(&inner, p, os))
          return false;
        continue;
      }
      if (!isa<arith::ArithDialect, math::MathDialect>(inner.getDialect()) ||
          inner.getNumRegions() != 0) {
        os << "'" << inner.getName() << "' in a masked subblock";
        return false;
      }
    }
    p.inBody.insert(op);
    return true;
  }
  os << "'" << op->getName() << "' in its body";
  return false;
}

LogicalResult GraphLowering::notRepresentable(Operation *op, StringRef name,
                                              const Twine &why) {
  if (allowFallback) {
    op->emitRemark() << "node '" << name
                     << "' is not affine-representable, left out by "
                        "-convert-sched-to-linalg: "
                     << why;
    return success();
  }
  return op->emitError() << "node '" << name
                         << "' is not affine-representable by "
                            "-convert-sched-to-linalg: "
                         << why;
}

bool GraphLowering::planAccess(NodeOp node, Value buffer, IndexExprAttr index,
                               const GenericPlan &p, Access &out,
                               std::string &why) {
  llvm::raw_string_ostream os(why);
  StringAttr name = getBufferName(buffer);
  unsigned numVars = node.getNumLoopVars();
  if (!index.getSymbols().empty()) {
    os << "index [" << printIndex(index) << "] of '" << name.getValue()
       << "' uses symbols";
    return false;
  }
  SmallVector<int64_t> coeffs(numVars, 0);
  int64_t constant = 0;
  if (!linearize(index.getExpr(), 1, coeffs, constant)) {
    os << "index [" << printIndex(index) << "] of '" << name.getValue()
       << "' is not linear in the loop variables";
    return false;
  }
  auto lit = layouts.find(buffer);
  if (lit == layouts.end()) {
    os << "'" << name.getValue() << "' has no strided layout";
    return false;
  }
  StaticLayout full = lit->second;
  // Dimensions by decreasing stride (stable; a dimension of size 1 keeps
  // its place among those of its stride).
  SmallVector<int64_t> perm(full.sizes.size());
  std::iota(perm.begin(), perm.end(), 0);
  llvm::stable_sort(perm, [&](int64_t x, int64_t y) {
    return full.strides[x] > full.strides[y];
  });
  out.permutation.clear();
  if (!llvm::is_sorted(perm)) {
    out.permutation = perm;
    StaticLayout permuted = full;
    for (auto [k, d] : llvm::enumerate(perm)) {
      permuted.sizes[k] = full.sizes[d];
      permuted.strides[k] = full.strides[d];
    }
    full = permuted;
  }
  SmallVector<int64_t> ranges;
  for (Attribute a : node.getRanges())
    ranges.push_back(*cast<IndexExprAttr>(a).getConstantValue());
  for (Attribute a : node.getReduce())
    ranges.push_back(*cast<IndexExprAttr>(a).getConstantValue());
  // A dimension that several variables split: their coefficients are its
  // stride times 1, r1, r1*r2, ... (each the ranges below it), and their
  // ranges multiply to its size. It becomes that many dimensions.
  out.expansion.clear();
  out.expandedSizes.clear();
  {
    StaticLayout expanded;
    expanded.dtype = full.dtype;
    expanded.offset = full.offset;
    SmallVector<ReassociationIndices> groups;
    bool any = false;
    for (unsigned d = 0; d < full.sizes.size(); ++d) {
      int64_t stride = full.strides[d], size = full.sizes[d];
      // The variables on this dimension, by coefficient.
      SmallVector<std::pair<int64_t, unsigned>> on;
      for (unsigned k = 0; k < numVars; ++k)
        if (coeffs[k] != 0 && p.loopOf[k] >= 0 && stride > 0 &&
            coeffs[k] % stride == 0 && coeffs[k] / stride < size)
          on.push_back({coeffs[k] / stride, k});
      llvm::sort(on);
      bool radix = on.size() >= 2 && on.front().first == 1;
      int64_t m = 1;
      for (auto [mult, k] : on) {
        radix &= mult == m;
        m *= ranges[k];
      }
      radix &= m == size;
      // Only where no other dimension has this stride (the split is then
      // the only reading of these coefficients).
      for (unsigned e = 0; radix && e < full.sizes.size(); ++e)
        for (auto [mult, k] : on)
          radix &=
              e == d || full.sizes[e] <= 1 || full.strides[e] != stride * mult;
      ReassociationIndices group;
      if (!radix) {
        group.push_back(expanded.sizes.size());
        expanded.sizes.push_back(size);
        expanded.strides.push_back(stride);
      } else {
        any = true;
        for (auto [mult, k] : llvm::reverse(on)) {
          group.push_back(expanded.sizes.size());
          expanded.sizes.push_back(ranges[k]);
          expanded.strides.push_back(stride * mult);
        }
      }
      groups.push_back(group);
    }
    if (any) {
      out.expansion = groups;
      out.expandedSizes = expanded.sizes;
      full = expanded;
    }
  }
  // Inductor merges contiguous dimensions into one loop variable (p0 over
  // all 128 elements of an 8x16 buffer): such a variable indexes a
  // memref.collapse_shape of the dimensions it spans.
  SmallVector<int64_t> groupEnd(full.sizes.size(), -1); // first dim -> last
  for (unsigned k = 0; k < numVars; ++k) {
    if (coeffs[k] == 0 || p.loopOf[k] < 0)
      continue;
    for (unsigned d = 0; d < full.sizes.size(); ++d) {
      if (full.sizes[d] <= 1 || full.strides[d] != coeffs[k] ||
          ranges[k] <= full.sizes[d])
        continue;
      int64_t prod = full.sizes[d];
      int64_t j = d, inner = d;
      while (prod < ranges[k] && j > 0 &&
             (full.sizes[j - 1] == 1 ||
              full.strides[j - 1] == full.strides[inner] * full.sizes[inner])) {
        --j;
        if (full.sizes[j] != 1)
          inner = j;
        prod *= full.sizes[j];
      }
      if (prod != ranges[k])
        continue;
      bool overlaps = false;
      for (int64_t e = j; e <= (int64_t)d; ++e)
        overlaps |= groupEnd[e] >= 0;
      for (int64_t e = 0; e < j; ++e)
        overlaps |= groupEnd[e] >= j;
      if (!overlaps)
        groupEnd[j] = d;
      break;
    }
  }
  StaticLayout l;
  l.dtype = full.dtype;
  l.offset = full.offset;
  out.reassociation.clear();
  bool collapsed = false;
  for (unsigned d = 0; d < full.sizes.size();) {
    unsigned last = groupEnd[d] >= 0 ? groupEnd[d] : d;
    ReassociationIndices group;
    int64_t size = 1;
    for (unsigned e = d; e <= last; ++e) {
      group.push_back(e);
      size *= full.sizes[e];
    }
    collapsed |= last != d;
    l.sizes.push_back(size);
    l.strides.push_back(full.strides[last]);
    out.reassociation.push_back(group);
    d = last + 1;
  }
  if (!collapsed)
    out.reassociation.clear();
  unsigned rank = l.sizes.size();
  SmallVector<int64_t> varOf(rank, -1);
  for (unsigned k = 0; k < numVars; ++k) {
    if (coeffs[k] == 0 || p.loopOf[k] < 0)
      continue; // not used, or always 0
    int64_t found = -1;
    for (unsigned d = 0; d < rank; ++d) {
      if (l.sizes[d] <= 1 || l.strides[d] != coeffs[k])
        continue;
      if (found >= 0) {
        found = -2;
        break;
      }
      found = d;
    }
    if (found < 0 || varOf[found] >= 0) {
      os << "in index [" << printIndex(index) << "] of '" << name.getValue()
         << "', p" << k << " (coefficient " << coeffs[k]
         << ") is not the stride of exactly one dimension of its own";
      return false;
    }
    varOf[found] = k;
  }
  // The constant, less the layout's offset, spread over the dimensions
  // from the largest stride down.
  int64_t rest = constant - l.offset;
  out.offsets.assign(rank, 0);
  SmallVector<unsigned> order;
  for (unsigned d = 0; d < rank; ++d)
    if (l.sizes[d] > 1 && l.strides[d] > 0)
      order.push_back(d);
  llvm::stable_sort(order, [&](unsigned x, unsigned y) {
    return l.strides[x] > l.strides[y];
  });
  for (unsigned d : order) {
    if (rest < 0)
      break;
    out.offsets[d] = rest / l.strides[d];
    rest -= out.offsets[d] * l.strides[d];
  }
  if (rest != 0) {
    os << "the constant part of index [" << printIndex(index) << "] of '"
       << name.getValue() << "' is not a position in its layout";
    return false;
  }
  SmallVector<AffineExpr> results;
  MLIRContext *ctx = node.getContext();
  for (unsigned d = 0; d < rank; ++d) {
    int64_t size = varOf[d] >= 0 ? ranges[varOf[d]] : 1;
    if (out.offsets[d] + size > l.sizes[d]) {
      os << "index [" << printIndex(index) << "] of '" << name.getValue()
         << "' leaves dimension " << d << " of its layout";
      return false;
    }
    out.sizes.push_back(size);
    if (out.offsets[d] != 0 || size != l.sizes[d])
      out.subview = true;
    results.push_back(varOf[d] >= 0
                          ? getAffineDimExpr(p.loopOf[varOf[d]], ctx)
                          : getAffineConstantExpr(0, ctx));
  }
  out.buffer = buffer;
  out.map = AffineMap::get(p.iterators.size(), 0, results, ctx);
  return true;
}

/// Reductions whose accumulator is their result, combined in the body by
/// combineReduction.
static bool isPlainReduction(ReductionOp red) {
  ReductionKind kind = red.getKind();
  return (kind == ReductionKind::sum || kind == ReductionKind::prod ||
          kind == ReductionKind::max || kind == ReductionKind::min) &&
         red.getInputs().size() == 1 && red.getResults().size() == 1 &&
         red.getInputs()[0].getType() == red.getResults()[0].getType();
}

FailureOr<GenericPlan> GraphLowering::plan(NodeOp node, std::string &why) {
  llvm::raw_string_ostream os(why);
  GenericPlan p;
  unsigned numRanges = node.getRanges().size();
  unsigned k = 0;
  for (ArrayAttr ranges : {node.getRanges(), node.getReduce()}) {
    for (Attribute a : ranges) {
      std::optional<int64_t> v = cast<IndexExprAttr>(a).getConstantValue();
      if (!v) {
        os << "range of p" << k << " is not a constant";
        return failure();
      }
      if (*v == 1) {
        p.loopOf.push_back(-1);
      } else {
        p.loopOf.push_back(p.iterators.size());
        p.iterators.push_back(k < numRanges ? utils::IteratorType::parallel
                                            : utils::IteratorType::reduction);
      }
      ++k;
    }
  }
  DenseSet<Value> reductionResults;
  DenseSet<Value> loadedRoots;
  // A store or store_reduction: one output of the generic.
  auto addOutput = [&](Operation *store, Value buffer, IndexExprAttr index) {
    Access a;
    if (!planAccess(node, buffer, index, p, a, why))
      return false;
    p.outputs.push_back(a);
    p.stores.push_back(store);
    return true;
  };
  for (Operation &op : node.getBodyBlock()) {
    if (auto load = dyn_cast<LoadOp>(op)) {
      // An input of the generic where an indexing map describes the
      // access; else a load in its body (a gather, as tensor.extract is
      // on tensors).
      Access a;
      std::string operandWhy;
      if (!load.getIndirect().empty() ||
          !planAccess(node, load.getBuffer(), load.getIndex(), p, a,
                      operandWhy)) {
        if (!planInBody(&op, p, os))
          return failure();
        loadedRoots.insert(rootOf.lookup(load.getBuffer()));
        continue;
      }
      p.inputs.push_back(a);
      p.loads.push_back(load);
      loadedRoots.insert(rootOf.lookup(load.getBuffer()));
      continue;
    }
    if (auto store = dyn_cast<StoreOp>(op)) {
      if (!store.getIndirect().empty()) {
        os << "indirect store";
        return failure();
      }
      if (store.getMode()) {
        os << "atomic_add store";
        return failure();
      }
      if (node.isReduction()) {
        os << "a store in a reduction node";
        return failure();
      }
      if (!addOutput(store, store.getBuffer(), store.getIndex()))
        return failure();
      continue;
    }
    if (auto red = dyn_cast<ReductionOp>(op)) {
      for (Value result : red.getResults())
        for (Operation *user : result.getUsers())
          if (!isa<StoreReductionOp>(user)) {
            os << "a reduction result used by other than store_reduction";
            return failure();
          }
      for (Value result : red.getResults())
        reductionResults.insert(result);
      if (!isPlainReduction(red))
        p.accumulators.push_back(
            {red, SmallVector<int64_t>(accumulatorTypes(red).size(), -1)});
      continue;
    }
    if (auto store = dyn_cast<StoreReductionOp>(op)) {
      if (!reductionResults.count(store.getValue())) {
        os << "a store_reduction of a value that is not a reduction";
        return failure();
      }
      if (!addOutput(store, store.getBuffer(), store.getIndex()))
        return failure();
      auto result = cast<OpResult>(store.getValue());
      for (AccumulatorOutputs &acc : p.accumulators) {
        if (acc.red != result.getOwner())
          continue;
        int64_t &slot =
            acc.output[accumulatorOfResult(acc.red, result.getResultNumber())];
        if (slot >= 0) {
          os << "a reduction result stored twice";
          return failure();
        }
        slot = p.outputs.size() - 1;
      }
      continue;
    }
    if (isa<IndexExprOp, IndirectIndexingOp, MaskedOp>(op)) {
      // Values of the loop variables (linalg.index in the body), indices
      // from loaded values, and masked sub-blocks (scf.if in the body).
      if (!planInBody(&op, p, os))
        return failure();
      continue;
    }
    if (!isa<arith::ArithDialect, math::MathDialect>(op.getDialect()) ||
        op.getNumRegions() != 0) {
      os << "'" << op.getName() << "' in its body";
      return failure();
    }
  }
  if (p.outputs.empty()) {
    os << "no stores";
    return failure();
  }
  // Accumulator values no store takes: scratch outputs shaped like a
  // stored result of the same reduction.
  for (AccumulatorOutputs &acc : p.accumulators) {
    auto stored = llvm::find_if(acc.output, [](int64_t o) { return o >= 0; });
    if (stored == acc.output.end()) {
      os << "a reduction none of whose results is stored";
      return failure();
    }
    Access like = p.outputs[*stored];
    for (auto [k, slot] : llvm::enumerate(acc.output)) {
      if (slot >= 0)
        continue;
      Access scratch;
      scratch.sizes = like.sizes;
      scratch.map = like.map;
      scratch.scratchType = accumulatorTypes(acc.red)[k];
      slot = p.outputs.size();
      p.outputs.push_back(scratch);
      p.stores.push_back(nullptr);
    }
  }
  DenseSet<Value> storedRoots;
  for (const Access &a : p.outputs)
    if (a.buffer && !storedRoots.insert(rootOf.lookup(a.buffer)).second) {
      os << "two stores into the storage of '"
         << getBufferName(a.buffer).getValue() << "'";
      return failure();
    }
  for (Value root : p.inBodyRoots)
    if (storedRoots.count(root)) {
      os << "a load in its body of the storage it writes, '"
         << getBufferName(root).getValue() << "'";
      return failure();
    }
  if (node.isReduction())
    for (Value root : storedRoots)
      if (loadedRoots.count(root)) {
        os << "a reduction that reads its output's storage";
        return failure();
      }
  // Every point writes its own elements (what tiling and parallelizing the
  // generic assume), and a read of stored storage is of the element the
  // same point writes (an in-place update).
  for (const Access &out : p.outputs) {
    for (auto [dim, it] : llvm::enumerate(p.iterators))
      if (it == utils::IteratorType::parallel &&
          !out.map.isFunctionOfDim(dim)) {
        os << "its store into '" << getBufferName(out.buffer).getValue()
           << "' writes an element at more than one point";
        return failure();
      }
    for (const Access &in : p.inputs)
      if (out.buffer && rootOf.lookup(in.buffer) == rootOf.lookup(out.buffer) &&
          !(layouts[in.buffer] == layouts[out.buffer] && in.map == out.map &&
            in.offsets == out.offsets && in.sizes == out.sizes &&
            in.reassociation == out.reassociation &&
            in.permutation == out.permutation &&
            in.expansion == out.expansion)) {
        os << "it reads the storage of '"
           << getBufferName(out.buffer).getValue()
           << "' at other elements than it writes";
        return failure();
      }
  }
  // Linalg needs every loop dimension to be a plain dimension of some
  // operand, which gives its range.
  for (unsigned v = 0; v < p.loopOf.size(); ++v) {
    if (p.loopOf[v] < 0)
      continue;
    bool indexed = false;
    for (ArrayRef<Access> accesses : {ArrayRef(p.inputs), ArrayRef(p.outputs)})
      for (const Access &a : accesses)
        indexed |= a.map.isFunctionOfDim(p.loopOf[v]);
    if (!indexed) {
      os << "loop variable p" << v << " indexes no buffer";
      return failure();
    }
  }
  return p;
}

LogicalResult GraphLowering::build(NodeOp node, const GenericPlan &p) {
  Location nodeLoc = node.getLoc();
  for (Value root : p.inBodyRoots)
    flatView(root);
  bool bodyFailed = false, operandFailed = false;
  auto operand = [&](const Access &a) -> Value {
    Value v = typedView(a.buffer);
    if (!a.permutation.empty()) {
      SmallVector<unsigned> perm(a.permutation.begin(), a.permutation.end());
      v = memref::TransposeOp::create(
          b, nodeLoc, v,
          AffineMapAttr::get(
              AffineMap::getPermutationMap(perm, b.getContext())));
    }
    if (!a.expansion.empty()) {
      auto type = cast<MemRefType>(v.getType());
      FailureOr<MemRefType> expanded =
          memref::ExpandShapeOp::computeExpandedType(type, a.expandedSizes,
                                                     a.expansion);
      if (failed(expanded)) {
        operandFailed = true;
        return v;
      }
      v = memref::ExpandShapeOp::create(b, nodeLoc, *expanded, v, a.expansion);
    }
    if (!a.reassociation.empty()) {
      auto it = llvm::find_if(collapsed, [&](const auto &c) {
        return std::get<0>(c) == v && std::get<1>(c) == a.reassociation;
      });
      if (it != collapsed.end()) {
        v = std::get<2>(*it);
      } else {
        Value c = memref::CollapseShapeOp::create(b, nodeLoc, v,
                                                  a.reassociation);
        collapsed.emplace_back(v, a.reassociation, c);
        v = c;
      }
    }
    if (!a.subview)
      return v;
    SmallVector<int64_t> ones(a.sizes.size(), 1);
    return memref::SubViewOp::create(b, nodeLoc, v, a.offsets, a.sizes, ones);
  };
  SmallVector<Value> ins, outs;
  SmallVector<AffineMap> maps;
  for (const Access &a : p.inputs) {
    ins.push_back(operand(a));
    maps.push_back(a.map);
  }
  SmallVector<Value> scratch;
  for (auto [a, store] : llvm::zip(p.outputs, p.stores)) {
    Value out;
    if (a.buffer) {
      out = operand(a);
    } else {
      out = memref::AllocOp::create(b, nodeLoc,
                                    MemRefType::get(a.sizes, a.scratchType));
      scratch.push_back(out);
    }
    outs.push_back(out);
    maps.push_back(a.map);
    auto sr = dyn_cast_if_present<StoreReductionOp>(store);
    if (!sr)
      continue;
    auto red = sr.getValue().getDefiningOp<ReductionOp>();
    if (!isPlainReduction(red))
      continue;
    Value init = getReductionIdentity(b, nodeLoc, red.getKind(),
                                      red.getResults()[0].getType());
    linalg::FillOp::create(b, nodeLoc, ValueRange{init}, ValueRange{out});
  }
  if (operandFailed)
    return node.emitOpError("an operand's split dimensions have no strided "
                            "memref.expand_shape; not supported by "
                            "-convert-sched-to-linalg");
  // Every accumulator value's output starts at its identity.
  SmallVector<Accumulator> accumulators;
  for (const AccumulatorOutputs &ao : p.accumulators) {
    FailureOr<Accumulator> acc =
        makeAccumulator(b, ao.red, "-convert-sched-to-linalg");
    if (failed(acc))
      return failure();
    for (auto [init, slot] : llvm::zip(acc->inits, ao.output))
      linalg::FillOp::create(b, nodeLoc, ValueRange{init},
                             ValueRange{outs[slot]});
    accumulators.push_back(*acc);
  }
  auto generic = linalg::GenericOp::create(
      b, nodeLoc, ValueRange(ins), ValueRange(outs), maps, p.iterators,
      [&](OpBuilder &nb, Location l, ValueRange args) {
        IRMapping map;
        unsigned numIns = p.loads.size();
        for (auto [i, load] : llvm::enumerate(p.loads))
          map.map(LoadOp(load).getResult(), args[i]);
        DenseMap<Operation *, unsigned> outIndex;
        for (auto [i, store] : llvm::enumerate(p.stores))
          outIndex[store] = i;
        SmallVector<Value> yields(p.stores.size());
        // The node's loop variables from the generic's dims (a loop of
        // range 1 is 0), made when an op in the body first needs them.
        SmallVector<Value> vars;
        auto pointVars = [&]() -> ArrayRef<Value> {
          if (vars.empty())
            for (int64_t dim : p.loopOf)
              vars.push_back(
                  dim < 0 ? arith::ConstantIndexOp::create(nb, l, 0).getResult()
                          : linalg::IndexOp::create(nb, l, dim).getResult());
          return vars;
        };
        LoopBodyEmitter emitter(
            nb, "-convert-sched-to-linalg",
            {[&](Value buffer) { return flat.lookup(rootOf.lookup(buffer)); },
             /*varsFor=*/nullptr, /*reuseLoad=*/nullptr, /*record=*/nullptr,
             /*loadElement=*/nullptr});
        for (Operation &op : node.getBodyBlock()) {
          if (p.inBody.contains(&op)) {
            bodyFailed |= failed(emitter.emitOp(&op, map, pointVars()));
            continue;
          }
          if (auto red = dyn_cast<ReductionOp>(op)) {
            // An accumulator of several values: LoopBody's combine, the
            // point's position in the reduction ranges for argmax/argmin.
            auto it = llvm::find_if(
                p.accumulators, [&](const auto &ao) { return ao.red == red; });
            if (it == p.accumulators.end())
              continue;
            const AccumulatorOutputs &ao = *it;
            const Accumulator &acc = accumulators[it - p.accumulators.begin()];
            SmallVector<Value> state, inputs;
            for (int64_t slot : ao.output)
              state.push_back(args[numIns + slot]);
            for (Value in : red.getInputs())
              inputs.push_back(map.lookup(in));
            Value linear;
            if (red.getKind() == ReductionKind::argmax ||
                red.getKind() == ReductionKind::argmin) {
              // Row-major over the reduction ranges, as the SCF loops count.
              ArrayRef<Value> vars = pointVars();
              unsigned numRanges = node.getRanges().size();
              for (auto [k, e] : llvm::enumerate(node.getReduce())) {
                Value v = vars[numRanges + k];
                if (!linear) {
                  linear = v;
                  continue;
                }
                int64_t bound = *cast<IndexExprAttr>(e).getConstantValue();
                linear = arith::AddIOp::create(
                    nb, l,
                    arith::MulIOp::create(
                        nb, l, linear,
                        arith::ConstantIndexOp::create(nb, l, bound)),
                    v);
              }
            }
            SmallVector<Value> next =
                combine(nb, acc, state, inputs, linear, /*reassociate=*/false);
            for (auto [slot, v] : llvm::zip(ao.output, next))
              yields[slot] = v;
            continue;
          }
          if (isa<LoadOp>(op))
            continue;
          if (auto store = dyn_cast<StoreOp>(op)) {
            yields[outIndex[&op]] = map.lookup(store.getValue());
            continue;
          }
          if (auto sr = dyn_cast<StoreReductionOp>(op)) {
            auto red = sr.getValue().getDefiningOp<ReductionOp>();
            if (!isPlainReduction(red))
              continue; // its accumulator's yields are set already
            unsigned i = outIndex[&op];
            yields[i] = combineReduction(nb, red.getLoc(), red.getKind(),
                                args[numIns + i],
                                map.lookup(red.getInputs()[0]));
            continue;
          }
          Operation *clone = nb.clone(op, map);
          // The sched.* annotations of a node body are only valid there.
          for (NamedAttribute attr : llvm::to_vector(clone->getAttrs()))
            if (attr.getName().getValue().starts_with("sched."))
              clone->removeAttr(attr.getName());
        }
        bodyFailed |= emitter.hasFailed();
        linalg::YieldOp::create(nb, l, yields);
      });
  generic->setAttr("sched.node", node.getNameAttr());
  for (Value v : scratch)
    memref::DeallocOp::create(b, nodeLoc, v);
  return failure(bodyFailed);
}

LogicalResult GraphLowering::lowerKernel(Operation *op) {
  if (auto group = dyn_cast<GroupOp>(op)) {
    for (Operation &member : group.getBodyBlock())
      if (failed(lowerKernel(&member)))
        return failure();
    return success();
  }
  if (isa<NopOp>(op))
    return success();
  if (auto ext = dyn_cast<ExternOp>(op))
    return lowerExternKernel(
        b, ext, func, [&](Value v) { return typedView(v); },
        "-convert-sched-to-linalg");
  if (auto mo = dyn_cast<MultiOutputOp>(op))
    return notRepresentable(op, mo.getName(), "a multi-output kernel");
  auto node = dyn_cast<NodeOp>(op);
  if (!node)
    return success();
  std::string why;
  FailureOr<GenericPlan> p = plan(node, why);
  if (failed(p))
    return notRepresentable(op, node.getName(), why);
  return build(node, *p);
}

FailureOr<func::FuncOp> GraphLowering::run() {
  if (failed(collectStorage()))
    return failure();
  auto output = cast<OutputOp>(graph.getBodyBlock().getTerminator());

  FailureOr<CInterfaceSignature> signature = getCInterfaceSignature(
      graph, layouts, rootOf, "-convert-sched-to-linalg");
  if (failed(signature))
    return failure();
  outputStorage = signature->outputStorage;
  func = createCInterfaceFunction(b, graph, *signature);
  Block *entry = &func.getBody().front();

  unsigned argNo = 0;
  SmallVector<Value> allocs;
  for (Operation &op : graph.getBodyBlock()) {
    if (auto input = dyn_cast<InputOp>(op)) {
      Value arg = entry->getArgument(argNo++);
      base[input.getResult()] = typed[input.getResult()] = arg;
      continue;
    }
    if (auto buffer = dyn_cast<BufferOp>(op)) {
      Value root = buffer.getResult();
      if (!layouts.count(root))
        continue;
      const StaticLayout &l = layouts[root];
      auto it = outputStorage.find(root);
      if (it != outputStorage.end()) {
        base[root] = typed[root] = entry->getArgument(it->second);
        continue;
      }
      // Row-major storage is allocated with its shape; any other as the
      // flat storage it reaches, seen through its layout.
      MemRefType type = l.isIdentity()
                            ? l.memrefType()
                            : MemRefType::get({l.extent()}, l.dtype);
      auto alloc = memref::AllocOp::create(b, op.getLoc(), type);
      alloc->setAttr("sched.buffer", buffer.getNameAttr());
      base[root] = alloc;
      allocs.push_back(alloc);
      continue;
    }
    if (isa<NodeOp, GroupOp, ExternOp, NopOp, MultiOutputOp>(op))
      if (failed(lowerKernel(&op))) {
        func.erase();
        return failure();
      }
  }
  copyOutputsToArguments(b, graph, func, *signature, rootOf,
                         [&](Value out) { return typedView(out); });
  for (Value alloc : allocs)
    memref::DeallocOp::create(b, loc, alloc);
  func::ReturnOp::create(b, output.getLoc());
  return func;
}

struct ConvertSchedToLinalgPass
    : public inductor_sched::impl::ConvertSchedToLinalgPassBase<
          ConvertSchedToLinalgPass> {
  using Base::Base;

  void runOnOperation() override {
    bool failedAny = false;
    for (auto graph :
         llvm::make_early_inc_range(getOperation().getOps<GraphOp>())) {
      GraphLowering lowering(graph, allowFallback);
      if (succeeded(lowering.run()))
        graph.erase();
      else
        failedAny = true;
    }
    if (failedAny)
      signalPassFailure();
  }
};

} // namespace
