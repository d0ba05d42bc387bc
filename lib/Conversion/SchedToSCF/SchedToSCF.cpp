//===- SchedToSCF.cpp - -convert-sched-to-scf -----------------------------===//
//
// Lowers a scheduled sched.graph to a func.func of scf loop nests over
// memrefs, so the schedule runs on a CPU and can be checked numerically.
//
// Storage model: Inductor's index expressions are offsets into a buffer's
// storage (they include the layout's offset), so each storage root (a graph
// input or a sched.buffer) is addressed through a flat 1-D memref taken from
// its base pointer. Mutations, aliases and views share their root's flat
// memref; strided views of a root (for extern kernels and output copies) are
// memref.reinterpret_casts of it.
//
//===----------------------------------------------------------------------===//

#include "InductorSched/Conversion/CInterface.h"
#include "InductorSched/Conversion/ExternKernels.h"
#include "InductorSched/Conversion/LoopBody.h"
#include "InductorSched/Conversion/LoweringUtils.h"
#include "InductorSched/Conversion/Passes.h"
#include "InductorSched/Conversion/SchedToSCF/SplitSum.h"
#include "InductorSched/Dialect/Sched/IR/SchedOps.h"

#include "mlir/Dialect/Affine/IR/AffineOps.h"
#include "mlir/Dialect/Arith/IR/Arith.h"
#include "mlir/Dialect/ControlFlow/IR/ControlFlow.h"
#include "mlir/Dialect/Func/IR/FuncOps.h"
#include "mlir/Dialect/Linalg/IR/Linalg.h"
#include "mlir/Dialect/Math/IR/Math.h"
#include "mlir/Dialect/MemRef/IR/MemRef.h"
#include "mlir/Dialect/SCF/IR/SCF.h"
#include "mlir/Dialect/Vector/IR/VectorOps.h"
#include "mlir/IR/IRMapping.h"
#include "llvm/ADT/MapVector.h"
#include "llvm/ADT/SetVector.h"

namespace mlir::inductor_sched {
#define GEN_PASS_DEF_CONVERTSCHEDTOSCFPASS
#include "InductorSched/Conversion/Passes.h.inc"
} // namespace mlir::inductor_sched

using namespace mlir;
using namespace mlir::inductor_sched;
using namespace mlir::inductor_sched::sched;

/// Vectorized reductions (with reassociation): lanes a vector along the
/// reduction loop, and how many such vectors accumulate side by side where
/// the loop divides (independent chains: one vector's max or sum waits on
/// the latency of the previous step's; on the VM one chain made softmax's
/// max loop latency-bound, see docs/cpu-codegen.md).
constexpr unsigned kLanes = 8;
constexpr unsigned kAccumulatorVectors = 4;
/// Outer-vectorized reductions: lanes a vector where an operand is gathered
/// a lane at a time, where none is, and where a split sum takes the
/// gathered terms apart. Measured on the 2-core VM (docs/cpu-codegen.md): a
/// column sum of 8192 x 8192 took 48.7 ms at 16 lanes, 23.6 at 64, 20.8 at
/// 128; (a + b.t()).sum(0) split 65.3 ms at 16, 40.5 at 64, 64.8 at 128.
constexpr unsigned kOuterLanes = 16;
constexpr unsigned kWideOuterLanes = 128;
constexpr unsigned kSplitOuterLanes = 64;
/// Streaming stores: lanes a vector (256 bits of 32-bit elements, AVX2's
/// width), the alignment a non-temporal vector store needs, and the storage
/// size from which stores stream (past the caches they would otherwise
/// fill with lines nothing reads soon).
constexpr unsigned kStreamingLanes = 8;
constexpr int64_t kStreamingAlignment = 32;
constexpr int64_t kStreamingStoreBytes = int64_t(64) << 20;
/// The boundary of PyTorch's allocations for transparent huge pages
/// (THP_MEM_ALLOC_ENABLE=1; sched-run --bench-huge-page-outputs too).
constexpr int64_t kHugePageBytes = int64_t(2) << 20;
/// prefetch-next-outer: points a step (a 64-byte line of 32-bit elements).
constexpr int64_t kPrefetchStep = 16;

namespace {

/// code is emitted (a reduction variable after the reduction loop).
using LoopVars = SmallVector<Value>;

/// One sched.graph being lowered.
class GraphLowering {
public:
  GraphLowering(GraphOp graph, const SchedToSCFOptions &options)
      : graph(graph), options(options), b(graph), loc(graph.getLoc()),
        body(b, "-convert-sched-to-scf",
             {[this](Value buffer) { return storageOf(buffer); },
              [this](Value buffer, ArrayRef<Value> vars) {
                return varsFor(buffer, vars);
              },
              /*reuseLoad=*/nullptr, /*record=*/nullptr,
              /*loadElement=*/nullptr}) {}

  FailureOr<func::FuncOp> run();

private:
  LogicalResult collectStorage();
  Value typedView(Value buffer);
  Value index(Operation *op, IndexExprAttr expr, ArrayRef<Value> vars,
              ValueRange indirect, IRMapping &map) {
    return body.index(op, expr, vars, indirect, map);
  }
  Value constIndex(int64_t v) {
    return arith::ConstantIndexOp::create(b, loc, v);
  }

  LogicalResult lowerKernel(Operation *kernel);
  LogicalResult lowerMembers(ArrayRef<Operation *> members, bool share);
  LogicalResult lowerNest(ArrayRef<NodeOp> nodes);
  LogicalResult lowerReductionRun(ArrayRef<NodeOp> nodes, LoopVars &vars,
                                  unsigned outerLanes = 1);
  LogicalResult lowerExtern(ExternOp op);
  LogicalResult emitOps(ArrayRef<Operation *> ops, IRMapping &map,
                        ArrayRef<Value> vars) {
    return body.emitOps(ops, map, vars);
  }
  /// `ops` on `width`-lane vectors along loop variable `dim`; stores (a
  /// pointwise nest's) are vector stores, non-temporal and 32-byte aligned
  /// into the storages in `streamed`.
  LogicalResult emitVectorOps(ArrayRef<Operation *> ops, IRMapping &map,
                              ArrayRef<Value> vars, unsigned dim,
                              unsigned width,
                              const DenseSet<Value> *streamed = nullptr);
  bool streamable(ArrayRef<NodeOp> nodes, unsigned dim,
                  DenseSet<Value> &streamed);
  Value streamingPays(Value mem);
  Value lastPageResident(Value mem);
  func::FuncOp libcFunction(StringRef name, TypeRange args, Type result);
  /// While a tiled reduction step is emitted: the lanes' values of a
  /// transposed load there (a column of its tile), instead of a gather.
  DenseMap<Operation *, Value> tiledLoads;
  void inKernelRegion(StringRef name, function_ref<void()> body);

  GraphOp graph;
  const SchedToSCFOptions &options;
  OpBuilder b;
  Location loc;
  LoopBodyEmitter body;
  func::FuncOp func;
  /// The block of the kernel being lowered (its scf.execute_region's).
  Block *kernelBlock = nullptr;

  /// Every buffer value to the input or sched.buffer whose storage it uses.
  DenseMap<Value, Value> rootOf;
  DenseMap<Value, StaticLayout> layouts;
  /// Root to its flat 1-D memref; typed (strided) views, made on demand.
  DenseMap<Value, Value> flat, typed;
  /// Roots whose storage is the caller's output memref of that index.
  DenseMap<Value, unsigned> outputStorage;
  /// Kernel index after which a root is freed (absent: at the end).
  DenseMap<Value, unsigned> deallocAfter;
  DenseMap<Value, Value> allocs;
  DenseMap<StringAttr, Value> byName;

  /// Outer-loop fusion (Inductor's OuterLoopFusedSchedulerNode): the
  /// iteration variables of the loops the kernel's members share, while
  /// they are lowered.
  LoopVars outerVars;
  /// Kernel to its outer-loop depth, where it is lowered that way.
  DenseMap<Operation *, unsigned> outerDepth;
  /// Roots that live in one outer-loop fused kernel, one outer point at a
  /// time: a per-point scratch (Inductor's local buffer) of this many
  /// elements replaces their storage; and the scratch while it exists.
  llvm::MapVector<Value, std::pair<Operation *, int64_t>> localBuffers;
  DenseMap<Value, Value> local;
  /// prefetch-next-outer, while an outer-loop fused kernel is lowered: the
  /// loads of its members that read a storage other than a local buffer
  /// contiguously along their one inner loop and move with the last outer
  /// loop, with that inner loop's extent (one of each index and storage).
  SmallVector<std::pair<LoadOp, int64_t>> nextOuterLoads;
  int64_t lastOuterBound = 0;
  void collectNextOuterLoads(GroupOp group, unsigned depth);
  void emitNextOuterPrefetches(int64_t extent, Value step);

  void planOuterLoops(ArrayRef<Operation *> kernels);
  Value storageOf(Value buffer) {
    Value root = rootOf[buffer];
    if (Value l = local.lookup(root))
      return l;
    return flat[root];
  }
  /// The variables an index into `buffer` uses: a local buffer's offsets
  /// are those of one outer point, so the outer variables are zeros.
  SmallVector<Value> varsFor(Value buffer, ArrayRef<Value> vars) {
    SmallVector<Value> v(vars);
    if (local.count(rootOf[buffer]))
      for (unsigned d = 0; d < outerVars.size() && d < v.size(); ++d)
        v[d] = constIndex(0);
    return v;
  }
};

} // namespace

//===----------------------------------------------------------------------===//
// Storage
//===----------------------------------------------------------------------===//

LogicalResult GraphLowering::collectStorage() {
  return collectBufferStorage(
      graph, "-convert-sched-to-scf yet", rootOf, layouts,
      [&](Operation &op, Value result) {
        if (auto def = dyn_cast<BufferDefOpInterface>(op))
          byName[def.getBufferNameAttr()] = result;
      });
}

Value GraphLowering::typedView(Value buffer) {
  if (Value v = typed.lookup(buffer))
    return v;
  const StaticLayout &layout = layouts[buffer];
  Value root = rootOf[buffer];
  const StaticLayout &rootLayout = layouts[root];
  if (Value v = typed.lookup(root);
      v && layout.sizes == rootLayout.sizes &&
      layout.strides == rootLayout.strides && layout.offset == rootLayout.offset)
    return typed[buffer] = v;
  OpBuilder::InsertionGuard guard(b);
  // Right after the flat memref, so the view dominates every kernel.
  b.setInsertionPointAfterValue(flat[root]);
  Value view = memref::ReinterpretCastOp::create(
      b, buffer.getLoc(), layout.memrefType(), flat[root], layout.offset,
      layout.sizes, layout.strides);
  typed[buffer] = view;
  return view;
}


static bool sameValue(Value a, Value b) {
  if (a == b)
    return true;
  Operation *da = a.getDefiningOp(), *db = b.getDefiningOp();
  if (!da || !db || cast<OpResult>(a).getResultNumber() !=
                        cast<OpResult>(b).getResultNumber())
    return false;
  if (!isa<NodeOp>(da->getParentOp()) || !isa<NodeOp>(db->getParentOp()))
    return false;
  if (da->getName() != db->getName() ||
      da->getAttrDictionary() != db->getAttrDictionary() ||
      da->getResultTypes() != db->getResultTypes() ||
      da->getNumOperands() != db->getNumOperands() ||
      da->getNumRegions() != 0 || db->getNumRegions() != 0)
    return false;
  for (auto [x, y] : llvm::zip(da->getOperands(), db->getOperands()))
    if (!sameValue(x, y))
      return false;
  return true;
}

static SmallVector<Operation *> topLevelOps(NodeOp node) {
  SmallVector<Operation *> ops;
  for (Operation &op : node.getBodyBlock())
    ops.push_back(&op);
  return ops;
}

/// Whether `op` of a reduction loop body can run on vectors along loop
/// variable `dim`: loads with stride 0 or 1 along it, elementwise arith and
/// math ops on integer and float scalars.
static bool isVectorizable(Operation *op, unsigned dim, bool gather = false) {
  auto scalar = [](Type t) { return isa<FloatType, IntegerType>(t); };
  if (auto load = dyn_cast<LoadOp>(op)) {
    std::optional<int64_t> stride = strideAlong(load.getIndex(), dim);
    return load.getIndirect().empty() && stride &&
           (gather || *stride == 0 || *stride == 1) &&
           scalar(load.getResult().getType());
  }
  if (!isa<arith::ArithDialect, math::MathDialect>(op->getDialect()) ||
      op->getNumRegions() != 0 || isa<arith::IndexCastOp>(op))
    return false;
  return llvm::all_of(op->getOperandTypes(), scalar) &&
         llvm::all_of(op->getResultTypes(), scalar);
}

LogicalResult GraphLowering::emitVectorOps(ArrayRef<Operation *> ops,
                                           IRMapping &map, ArrayRef<Value> vars,
                                           unsigned dim, unsigned width,
                                           const DenseSet<Value> *streamed) {
  auto vec = [&](Type t) { return VectorType::get({width}, t); };
  for (Operation *op : ops) {
    Location opLoc = op->getLoc();
    if (auto store = dyn_cast<StoreOp>(op)) {
      Value i = index(op, store.getIndex(), varsFor(store.getBuffer(), vars),
                      {}, map);
      Value mem = storageOf(store.getBuffer());
      auto vs = vector::StoreOp::create(b, opLoc, map.lookup(store.getValue()),
                                        mem, ValueRange{i});
      if (streamed && streamed->contains(mem)) {
        vs.setNontemporal(true);
        vs.setAlignmentAttr(b.getI64IntegerAttr(kStreamingAlignment));
      }
      continue;
    }
    if (auto load = dyn_cast<LoadOp>(op)) {
      if (Value column = tiledLoads.lookup(op)) {
        map.map(load.getResult(), column);
        continue;
      }
      Value i = index(op, load.getIndex(), varsFor(load.getBuffer(), vars), {},
                      map);
      Value mem = storageOf(load.getBuffer());
      Type t = load.getResult().getType();
      Value v;
      int64_t stride = *strideAlong(load.getIndex(), dim);
      if (stride == 1) {
        v = vector::LoadOp::create(b, opLoc, vec(t), mem, ValueRange{i});
      } else if (stride == 0) {
        v = vector::BroadcastOp::create(
            b, opLoc, vec(t), memref::LoadOp::create(b, opLoc, mem, i));
      } else { // a gather: one scalar load per lane
        SmallVector<Value> elems;
        for (unsigned l = 0; l < width; ++l) {
          Value at = l == 0 ? i
                            : arith::AddIOp::create(b, opLoc, i,
                                                    constIndex(l * stride))
                                  .getResult();
          elems.push_back(memref::LoadOp::create(b, opLoc, mem, at));
        }
        v = vector::FromElementsOp::create(b, opLoc, vec(t), elems);
      }
      map.map(load.getResult(), v);
      continue;
    }
    if (auto cst = dyn_cast<arith::ConstantOp>(op)) {
      Value c = arith::ConstantOp::create(b, opLoc, cst.getValue());
      map.map(cst.getResult(),
              vector::BroadcastOp::create(b, opLoc, vec(c.getType()), c));
      continue;
    }
    OperationState state(opLoc, op->getName());
    for (Value operand : op->getOperands())
      state.addOperands(map.lookup(operand));
    for (Type t : op->getResultTypes())
      state.addTypes(vec(t));
    for (NamedAttribute attr : op->getAttrs())
      if (!attr.getName().getValue().starts_with("sched."))
        state.addAttribute(attr.getName(), attr.getValue());
    Operation *clone = b.create(state);
    map.map(op->getResults(), clone->getResults());
  }
  return success();
}

/// Whether a nest of pointwise `nodes` can run on vectors along loop
/// variable `dim` (every op vectorizable, stores plain and contiguous
/// along it, a storage both stored and loaded only at one index: each
/// point reads what the same point wrote), and, into `streamed`, the
/// storages its stores may stream: at least kStreamingStoreBytes, no local
/// buffer, not read in the nest, every store an aligned run of
/// kStreamingLanes.
bool GraphLowering::streamable(ArrayRef<NodeOp> nodes, unsigned dim,
                               DenseSet<Value> &streamed) {
  // `unstreamable`: stored in a run that is not aligned, or a kernel's
  // local buffer.
  DenseSet<Value> stored, loaded, unstreamable;
  DenseMap<Value, SmallVector<IndexExprAttr>> indexes;
  for (NodeOp node : nodes) {
    if (node.isReduction())
      return false;
    for (Operation &op : node.getBodyBlock()) {
      if (auto store = dyn_cast<StoreOp>(op)) {
        std::optional<int64_t> s = strideAlong(store.getIndex(), dim);
        Type t = store.getValue().getType();
        if (store.getMode() || !store.getIndirect().empty() || !s || *s != 1 ||
            !t.isIntOrFloat() || t.getIntOrFloatBitWidth() != 32)
          return false;
        Value mem = storageOf(store.getBuffer());
        stored.insert(mem);
        indexes[mem].push_back(store.getIndex());
        if (!isAlignedRun(store.getIndex(), dim, kStreamingLanes) ||
            local.count(rootOf.lookup(store.getBuffer())))
          unstreamable.insert(mem);
        continue;
      }
      if (!isVectorizable(&op, dim))
        return false;
      if (auto load = dyn_cast<LoadOp>(op)) {
        loaded.insert(storageOf(load.getBuffer()));
        indexes[storageOf(load.getBuffer())].push_back(load.getIndex());
      }
    }
  }
  for (Value mem : stored) {
    if (loaded.contains(mem)) {
      // A point reading another point's element would see the vector
      // order, not the serial one.
      if (llvm::any_of(indexes[mem], [&](IndexExprAttr i) {
            return i != indexes[mem].front();
          }))
        return false;
      continue;
    }
    auto type = cast<MemRefType>(mem.getType());
    if (!unstreamable.contains(mem) &&
        type.getNumElements() * 4 >= kStreamingStoreBytes)
      streamed.insert(mem);
  }
  return true;
}

/// Whether non-temporal stores into storage `mem` pay, checked at run time:
/// it is 32-byte aligned, and either its last page was resident when the
/// kernel began (lastPageResident) or it starts on a huge-page boundary.
/// A huge page's fault zeroes 2 MiB, a whole L2 of the host's cores, so
/// plain stores into it miss as into memory the caller reuses; on the
/// 16-core host streaming into fresh huge pages was 2-9% faster, into
/// fresh 4 KiB pages 5-13% slower (bench/README.md, session 18).
Value GraphLowering::streamingPays(Value mem) {
  Value ptr = memref::ExtractAlignedPointerAsIndexOp::create(b, loc, mem);
  auto isMultipleOf = [&](int64_t bytes) -> Value {
    Value rem = arith::RemUIOp::create(b, loc, ptr, constIndex(bytes));
    return arith::CmpIOp::create(b, loc, arith::CmpIPredicate::eq, rem,
                                 constIndex(0));
  };
  Value aligned = isMultipleOf(kStreamingAlignment);
  Value cached = arith::OrIOp::create(b, loc, lastPageResident(mem),
                                      isMultipleOf(kHugePageBytes));
  return arith::AndIOp::create(b, loc, aligned, cached);
}

/// Whether the page holding the last element of storage `mem` was resident
/// when the current kernel began (mincore(2) on it, at the top of the
/// kernel's region; false where mincore fails). A page the kernel first
/// touches is zeroed by the OS on the fault, through the cache: a
/// non-temporal store then writes its line to memory a second time, where
/// a plain store only overwrites the cached zeros. Storage just allocated
/// (a fresh output, say) has none of its pages resident but the first,
/// where malloc wrote its header; storage the caller reuses has all.
Value GraphLowering::lastPageResident(Value mem) {
  OpBuilder::InsertionGuard guard(b);
  b.setInsertionPointToStart(kernelBlock);
  Type i32 = b.getI32Type(), indexType = b.getIndexType();
  func::FuncOp pageSizeFn = libcFunction("getpagesize", {}, i32);
  func::FuncOp mincoreFn =
      libcFunction("mincore", {indexType, indexType, indexType}, i32);
  Value pageSize = arith::IndexCastOp::create(
      b, loc, indexType, func::CallOp::create(b, loc, pageSizeFn).getResult(0));
  auto type = cast<MemRefType>(mem.getType());
  int64_t lastByte =
      type.getNumElements() * (type.getElementTypeBitWidth() / 8) - 1;
  Value last = arith::AddIOp::create(
      b, loc, memref::ExtractAlignedPointerAsIndexOp::create(b, loc, mem),
      constIndex(lastByte));
  Value page = arith::SubIOp::create(
      b, loc, last, arith::RemUIOp::create(b, loc, last, pageSize));
  auto status = memref::AllocaOp::create(
      b, loc, MemRefType::get({1}, b.getI8Type()));
  Value statusPtr =
      memref::ExtractAlignedPointerAsIndexOp::create(b, loc, status);
  Value rc = func::CallOp::create(b, loc, mincoreFn,
                                  ValueRange{page, pageSize, statusPtr})
                 .getResult(0);
  Value byte = memref::LoadOp::create(b, loc, status, constIndex(0));
  Value one = arith::ConstantIntOp::create(b, loc, b.getI8Type(), 1);
  Value zero8 = arith::ConstantIntOp::create(b, loc, b.getI8Type(), 0);
  Value zero32 = arith::ConstantIntOp::create(b, loc, i32, 0);
  Value called =
      arith::CmpIOp::create(b, loc, arith::CmpIPredicate::eq, rc, zero32);
  Value resident = arith::CmpIOp::create(
      b, loc, arith::CmpIPredicate::ne,
      arith::AndIOp::create(b, loc, byte, one), zero8);
  return arith::AndIOp::create(b, loc, called, resident);
}

/// The module's declaration of C library function `name` (pointers and
/// size_t as index), made on first use.
func::FuncOp GraphLowering::libcFunction(StringRef name, TypeRange args,
                                         Type result) {
  auto module = func->getParentOfType<ModuleOp>();
  if (auto decl = module.lookupSymbol<func::FuncOp>(name))
    return decl;
  OpBuilder::InsertionGuard guard(b);
  b.setInsertionPointToStart(module.getBody());
  auto decl = func::FuncOp::create(b, loc, name,
                                   b.getFunctionType(args, {result}));
  decl.setPrivate();
  return decl;
}

/// The split sum (SplitSum.h) of an outer-vectorized run of `nodes` whose
/// lanes go along the last of `numVars` iteration variables: with
/// reassociation and no transposed tiles, for one node with one reduction
/// loop (a multiple of kLanes), one reduction and no store.
static std::optional<SplitSum>
planOuterSplitSum(ArrayRef<NodeOp> nodes, unsigned numVars,
                  const SchedToSCFOptions &options) {
  if (!options.reassociate || options.transposedTileDepth > 1 ||
      nodes.size() != 1)
    return std::nullopt;
  NodeOp node = nodes[0];
  SmallVector<IndexExprAttr> reduce = getIndexExprs(node.getReduce());
  if (reduce.size() != 1 || !reduce[0].getConstantValue() ||
      *reduce[0].getConstantValue() % kLanes != 0)
    return std::nullopt;
  SmallVector<ReductionOp> reds;
  node.walk([&](ReductionOp red) { reds.push_back(red); });
  bool stores = node
                    .walk([](StoreOp) { return WalkResult::interrupt(); })
                    .wasInterrupted();
  if (reds.size() != 1 || stores)
    return std::nullopt;
  SmallVector<Operation *> inLoop, after;
  splitAroundReductions(node, inLoop, after);
  return planSplitSum(reds[0], inLoop, numVars - 1, numVars);
}

/// Reduction nodes with the same iteration and reduction ranges, at one
/// point of the iteration space (`vars` holds the iteration variables): one
/// reduction loop nest carries every reduction of every node; the code after
/// each node's reductions then runs in node order.
LogicalResult GraphLowering::lowerReductionRun(ArrayRef<NodeOp> nodes,
                                               LoopVars &vars,
                                               unsigned outerLanes) {
  SmallVector<int64_t> bounds;
  NodeOp first = nodes.front();
  for (IndexExprAttr r : getIndexExprs(first.getReduce()))
    bounds.push_back(*r.getConstantValue());

  // Per node: reductions, and the ops that depend on their results (run
  // after the loop), with what those need from the rest of the body.
  struct NodeParts {
    SmallVector<Accumulator> accs;
    SmallVector<Operation *> inLoop, after;
  };
  SmallVector<NodeParts> parts(nodes.size());
  SmallVector<Value> inits;
  bool hasStore = llvm::any_of(nodes, [](NodeOp node) {
    return node.walk([](StoreOp) { return WalkResult::interrupt(); })
        .wasInterrupted();
  });
  for (auto [constNode, part] : llvm::zip(nodes, parts)) {
    NodeOp node = constNode;
    for (Operation &op : node.getBodyBlock()) {
      auto red = dyn_cast<ReductionOp>(op);
      if (!red)
        continue;
      // The same reduction in another node of the run (layernorm's three
      // welford_reduce nodes) is computed once, as Inductor's CSE does.
      const Accumulator *same = nullptr;
      if (!hasStore)
        for (NodeParts &earlier : parts)
          for (const Accumulator &prev : earlier.accs)
            if (!same && prev.op.getKind() == red.getKind() &&
                prev.op->getResultTypes() == red->getResultTypes() &&
                prev.op.getInputs().size() == red.getInputs().size() &&
                llvm::all_of_zip(prev.op.getInputs(), red.getInputs(),
                                 sameValue))
              same = &prev;
      if (same) {
        Accumulator acc = *same;
        acc.op = red;
        acc.alias = true;
        part.accs.push_back(acc);
        continue;
      }
      FailureOr<Accumulator> acc =
          makeAccumulator(b, red, "-convert-sched-to-scf");
      if (failed(acc))
        return failure();
      acc->first = inits.size();
      llvm::append_range(inits, acc->inits);
      part.accs.push_back(*acc);
    }
    splitAroundReductions(node, part.inLoop, part.after);
  }

  // Row-major position of a reduction point, for argmax/argmin.
  bool needsPosition = llvm::any_of(parts, [](const NodeParts &part) {
    return llvm::any_of(part.accs, [](const Accumulator &acc) {
      return acc.op.getKind() == ReductionKind::argmax ||
             acc.op.getKind() == ReductionKind::argmin;
    });
  });
  // With `reassociate`, the innermost reduction loop may keep partial
  // accumulators for `lanes` interleaved points, merged in lane order after
  // the loop (as Inductor's vectorized reductions do; the order of the
  // float operations changes). Vector mode: the body runs on vectors of
  // `lanes` points (stride-1 loads become vector loads), each accumulator a
  // vector. Otherwise, for a Welford reduction (a chain through a division
  // LLVM does not vectorize), `lanes` scalar copies of the body. Other runs
  // rely on fastmath<reassoc> and LLVM's loop vectorizer.
  unsigned lanes = 1;
  bool vectorMode = false;
  const unsigned width = inits.size();
  auto allAccs = [&](function_ref<bool(const Accumulator &)> pred) {
    return llvm::all_of(parts, [&](const NodeParts &part) {
      return llvm::all_of(part.accs, pred);
    });
  };
  auto anyAcc = [&](function_ref<bool(const Accumulator &)> pred) {
    return !allAccs([&](const Accumulator &a) { return !pred(a); });
  };
  // Outer mode (lowerNest chose it): vars.back() is the first of
  // `outerLanes` consecutive points of the last iteration loop, and each
  // vector lane accumulates its own point, in the serial order.
  const bool outerMode = outerLanes > 1;
  if (outerMode) {
    vectorMode = true;
  } else if (options.reassociate && !bounds.empty() &&
             bounds.back() % kLanes == 0 &&
      allAccs([](const Accumulator &a) {
        return a.op.getKind() != ReductionKind::argmax &&
               a.op.getKind() != ReductionKind::argmin;
      })) {
    unsigned dim = vars.size() + bounds.size() - 1;
    vectorMode = allAccs([](const Accumulator &a) {
      Type t = a.op.getResults().front().getType();
      return llvm::all_of(a.op.getInputs(),
                          [&](Value in) { return in.getType() == t; });
    });
    for (NodeParts &part : parts)
      for (Operation *op : part.inLoop)
        vectorMode &= isVectorizable(op, dim);
    if (vectorMode ||
        anyAcc([](const Accumulator &a) {
          return a.op.getKind() == ReductionKind::welford_reduce ||
                 a.op.getKind() == ReductionKind::welford_combine;
        }))
      lanes = kLanes;
    // kAccumulatorVectors vectors as one wide vector: LLVM splits it into
    // registers whose chains are independent; folded back after the loop.
    if (vectorMode && bounds.back() % (kLanes * kAccumulatorVectors) == 0)
      lanes = kLanes * kAccumulatorVectors;
  }
  const unsigned vectorWidth = outerMode ? outerLanes : lanes;
  const unsigned vectorDim =
      outerMode ? vars.size() - 1 : vars.size() + bounds.size() - 1;
  SmallVector<Value> laneInits;
  if (vectorMode) {
    for (Value init : inits)
      laneInits.push_back(vector::BroadcastOp::create(
          b, loc, VectorType::get({vectorWidth}, init.getType()), init));
  } else {
    for (unsigned l = 0; l < lanes; ++l)
      llvm::append_range(laneInits, inits);
  }

  SmallVector<Value> rivs;
  std::function<SmallVector<Value>(unsigned, ValueRange)> nest =
      [&](unsigned d, ValueRange accs) -> SmallVector<Value> {
    if (d == bounds.size()) {
      LoopVars all(vars);
      llvm::append_range(all, rivs);
      Value linear;
      if (needsPosition) {
        linear = rivs.front();
        for (auto [riv, bound] : llvm::drop_begin(llvm::zip(rivs, bounds)))
          linear = arith::AddIOp::create(
              b, loc, arith::MulIOp::create(b, loc, linear, constIndex(bound)),
              riv);
      }
      SmallVector<Value> next(accs.begin(), accs.end());
      for (NodeParts &part : parts) {
        IRMapping map;
        if (failed(vectorMode ? emitVectorOps(part.inLoop, map, all,
                                              vectorDim, vectorWidth)
                              : emitOps(part.inLoop, map, all)))
          return {};
        for (const Accumulator &acc : part.accs) {
          if (acc.alias)
            continue;
          SmallVector<Value> inputs;
          for (Value in : acc.op.getInputs())
            inputs.push_back(map.lookup(in));
          unsigned n = acc.inits.size();
          SmallVector<Value> updated =
              combine(b, acc, accs.slice(acc.first, n), inputs, linear,
                      options.reassociate, vectorMode ? vectorWidth : 1);
          llvm::copy(updated, next.begin() + acc.first);
        }
      }
      return next;
    }
    bool split = lanes > 1 && !outerMode && d + 1 == bounds.size();
    // Outer mode with a transposed operand (a gather across the lanes that
    // is contiguous along this innermost reduction loop), with
    // transposed-tile-depth: the loop steps by `depth` points, each step
    // first loading the operand's lanes x depth tile as contiguous rows
    // (one a lane) and taking its columns apart in registers; the points
    // then read those columns, in the serial order (bit-exact).
    SmallVector<Operation *> transposed;
    int64_t depth = options.transposedTileDepth;
    if (depth > 1 && outerMode && d + 1 == bounds.size() && !hasStore &&
        bounds[d] % depth == 0) {
      unsigned rdim = vars.size() + bounds.size() - 1;
      for (NodeParts &part : parts)
        for (Operation *op : part.inLoop)
          if (auto load = dyn_cast<LoadOp>(op)) {
            std::optional<int64_t> across =
                strideAlong(load.getIndex(), vectorDim);
            std::optional<int64_t> along = strideAlong(load.getIndex(), rdim);
            if (across && *across != 0 && *across != 1 && along == 1)
              transposed.push_back(op);
          }
    }
    // Each transposed operand's tile at reduction point `iv` (the step's
    // first): row `lane` is its lane's `depth` consecutive elements; the
    // result is its columns, one vector over the lanes a point.
    auto loadColumns = [&](Location l, Value iv) {
      rivs.push_back(iv);
      LoopVars all(vars);
      llvm::append_range(all, rivs);
      rivs.pop_back();
      DenseMap<Operation *, SmallVector<Value>> columns;
      for (Operation *op : transposed) {
        auto load = cast<LoadOp>(op);
        IRMapping none;
        Value first = index(op, load.getIndex(), varsFor(load.getBuffer(), all),
                            {}, none);
        int64_t across = *strideAlong(load.getIndex(), vectorDim);
        Type t = load.getResult().getType();
        SmallVector<Value> rows;
        for (int64_t lane = 0; lane < vectorWidth; ++lane) {
          Value at = lane == 0 ? first
                               : arith::AddIOp::create(
                                     b, l, first, constIndex(lane * across))
                                     .getResult();
          rows.push_back(vector::LoadOp::create(
              b, l, VectorType::get({depth}, t), storageOf(load.getBuffer()),
              ValueRange{at}));
        }
        for (int64_t u = 0; u < depth; ++u) {
          SmallVector<Value> elems;
          for (Value row : rows)
            elems.push_back(
                vector::ExtractOp::create(b, l, row, ArrayRef<int64_t>{u}));
          columns[op].push_back(vector::FromElementsOp::create(
              b, l, VectorType::get({int64_t(vectorWidth)}, t), elems));
        }
      }
      return columns;
    };
    bool tiled = !transposed.empty();
    bool failedInner = false;
    auto loop = scf::ForOp::create(
        b, loc, constIndex(0), constIndex(bounds[d]),
        constIndex(tiled   ? depth
                   : split ? lanes
                           : 1),
        accs, [&](OpBuilder &nb, Location l, Value iv, ValueRange args) {
          OpBuilder::InsertionGuard guard(b);
          b.setInsertionPointToEnd(nb.getInsertionBlock());
          SmallVector<Value> inner;
          if (tiled) {
            // The step's points in order, each reading its column.
            DenseMap<Operation *, SmallVector<Value>> columns =
                loadColumns(l, iv);
            inner.assign(args.begin(), args.end());
            for (int64_t u = 0; u < depth && !failedInner; ++u) {
              for (Operation *op : transposed)
                tiledLoads[op] = columns[op][u];
              rivs.push_back(
                  u == 0 ? iv
                         : arith::AddIOp::create(b, l, iv, constIndex(u))
                               .getResult());
              SmallVector<Value> next = nest(d + 1, inner);
              rivs.pop_back();
              failedInner |= next.empty() && !inner.empty();
              if (!failedInner)
                inner = next;
            }
            tiledLoads.clear();
          } else if (split && !vectorMode) {
            for (unsigned lane = 0; lane < lanes; ++lane) {
              rivs.push_back(lane == 0 ? iv
                                       : arith::AddIOp::create(
                                             b, l, iv, constIndex(lane))
                                             .getResult());
              SmallVector<Value> one =
                  nest(d + 1, args.slice(lane * width, width));
              rivs.pop_back();
              failedInner |= one.empty() && width != 0;
              llvm::append_range(inner, one);
            }
          } else {
            rivs.push_back(iv);
            inner = nest(d + 1, args);
            rivs.pop_back();
            failedInner |= inner.empty() && !args.empty();
          }
          if (failedInner)
            inner.assign(args.begin(), args.end()); // failed; keep IR valid
          scf::YieldOp::create(b, l, inner);
        });
    if (tiled)
      loop->setAttr("sched.transposed_tile", b.getI64IntegerAttr(depth));
    if (failedInner)
      return {};
    return SmallVector<Value>(loop.getResults());
  };
  // Outer mode, with reassociation: one sum whose terms read in both
  // orientations splits (SplitSum.h). The lanes' terms accumulate as lane
  // vectors over the reduction; then, a lane at a time, the rows' terms as
  // kLanes-wide vectors along the reduction, summed across and inserted
  // into a lane vector; the two vectors add up to the sums.
  std::optional<SplitSum> splitSum;
  if (outerMode)
    splitSum = planOuterSplitSum(nodes, vars.size(), options);
  auto emitSplitSum = [&]() -> SmallVector<Value> {
    auto reassoc = arith::FastMathFlags::reassoc;
    bool failedTerms = false;
    // A loop over the reduction by `step`, adding to `init` the sum of one
    // half's terms at `at` and the reduction variable, as `width`-lane
    // vectors along `dim`.
    auto accumulate = [&](ArrayRef<Operation *> ops, ArrayRef<Value> leaves,
                          ArrayRef<Value> at, unsigned dim, unsigned width,
                          int64_t step, Value init) -> Value {
      auto loop = scf::ForOp::create(
          b, loc, constIndex(0), constIndex(bounds[0]), constIndex(step),
          ValueRange{init},
          [&](OpBuilder &nb, Location l, Value iv, ValueRange args) {
            OpBuilder::InsertionGuard guard(b);
            b.setInsertionPointToEnd(nb.getInsertionBlock());
            LoopVars all(at.begin(), at.end());
            all.push_back(iv);
            IRMapping map;
            Value acc = args.front();
            if (failed(emitVectorOps(ops, map, all, dim, width))) {
              failedTerms = true;
            } else {
              Value sum = map.lookup(leaves.front());
              for (Value leaf : leaves.drop_front())
                sum = arith::AddFOp::create(b, l, sum, map.lookup(leaf),
                                            reassoc);
              acc = arith::AddFOp::create(b, l, acc, sum, reassoc);
            }
            scf::YieldOp::create(b, l, acc);
          });
      return loop.getResult(0);
    };
    Value lanesSum =
        accumulate(splitSum->laneOps, splitSum->laneTerms, vars, vectorDim,
                   vectorWidth, /*step=*/1, laneInits.front());
    Type t = parts[0].accs[0].op.getResults().front().getType();
    Value rowInit = vector::BroadcastOp::create(
        b, loc, VectorType::get({kLanes}, t),
        arith::ConstantOp::create(b, loc, b.getZeroAttr(t)));
    auto rowsLoop = scf::ForOp::create(
        b, loc, constIndex(0), constIndex(vectorWidth), constIndex(1),
        ValueRange{laneInits.front()},
        [&](OpBuilder &nb, Location l, Value lane, ValueRange lanesAcc) {
          OpBuilder::InsertionGuard guard(b);
          b.setInsertionPointToEnd(nb.getInsertionBlock());
          LoopVars at(vars);
          at.back() = arith::AddIOp::create(b, l, vars.back(), lane);
          Value rowSum =
              accumulate(splitSum->rowOps, splitSum->rowTerms, at,
                         /*dim=*/vars.size(), kLanes, kLanes, rowInit);
          Value row = vector::ReductionOp::create(
              b, l, vector::CombiningKind::ADD, rowSum, reassoc);
          scf::YieldOp::create(
              b, l,
              vector::InsertOp::create(b, l, row, lanesAcc.front(),
                                       OpFoldResult(lane))
                  .getResult());
        });
    if (failedTerms)
      return {};
    return {arith::AddFOp::create(b, loc, lanesSum, rowsLoop.getResult(0),
                                  reassoc)};
  };
  SmallVector<Value> laneFinals = splitSum ? emitSplitSum() : nest(0, laneInits);
  if (body.hasFailed() || (laneFinals.empty() && !laneInits.empty()))
    return failure();
  if (outerMode) {
    // Each lane is its own point: the code after the reductions, per lane.
    for (unsigned lane = 0; lane < outerLanes; ++lane) {
      LoopVars outer(vars);
      if (lane)
        outer.back() =
            arith::AddIOp::create(b, loc, vars.back(), constIndex(lane));
      outer.append(bounds.size(), Value());
      for (NodeParts &part : parts) {
        IRMapping map;
        for (const Accumulator &acc : part.accs) {
          SmallVector<Value> r;
          for (Value v : ValueRange(laneFinals).slice(acc.first,
                                                      acc.inits.size()))
            r.push_back(vector::ExtractOp::create(b, loc, v, lane));
          map.map(acc.op.getResults(), r);
        }
        if (failed(emitOps(part.after, map, outer)))
          return failure();
      }
    }
    return success();
  }
  // Wide accumulators: their kLanes-lane slices merged in order, so that
  // lane i holds points i, i + kLanes, ... of the row.
  if (vectorMode && lanes > kLanes) {
    SmallVector<Value> folded;
    for (Value v : laneFinals)
      folded.push_back(vector::ExtractStridedSliceOp::create(
          b, loc, v, ArrayRef<int64_t>{0}, ArrayRef<int64_t>{kLanes},
          ArrayRef<int64_t>{1}));
    for (unsigned slice = 1; slice < lanes / kLanes; ++slice)
      for (NodeParts &part : parts)
        for (const Accumulator &acc : part.accs) {
          if (acc.alias)
            continue;
          unsigned n = acc.inits.size();
          SmallVector<Value> other;
          for (Value v : ValueRange(laneFinals).slice(acc.first, n))
            other.push_back(vector::ExtractStridedSliceOp::create(
                b, loc, v, ArrayRef<int64_t>{int64_t(slice * kLanes)},
                ArrayRef<int64_t>{kLanes}, ArrayRef<int64_t>{1}));
          SmallVector<Value> merged = mergeAccumulators(
              b, acc, ValueRange(folded).slice(acc.first, n), other);
          llvm::copy(merged, folded.begin() + acc.first);
        }
    laneFinals = std::move(folded);
    lanes = kLanes;
  }
  // Lane 0, then every other lane merged into it in lane order.
  if (vectorMode) {
    SmallVector<Value> flat;
    for (unsigned lane = 0; lane < lanes; ++lane)
      for (Value v : laneFinals)
        flat.push_back(vector::ExtractOp::create(b, loc, v, lane));
    laneFinals = std::move(flat);
  }
  SmallVector<Value> finals(laneFinals.begin(), laneFinals.begin() + width);
  for (unsigned lane = 1; lane < lanes; ++lane)
    for (NodeParts &part : parts)
      for (const Accumulator &acc : part.accs) {
        if (acc.alias)
          continue;
        unsigned n = acc.inits.size();
        SmallVector<Value> merged = mergeAccumulators(
            b, acc, ValueRange(finals).slice(acc.first, n),
            ValueRange(laneFinals).slice(lane * width + acc.first, n));
        llvm::copy(merged, finals.begin() + acc.first);
      }

  // After the loop: reduction variables are gone.
  LoopVars outer(vars);
  outer.append(bounds.size(), Value());
  for (NodeParts &part : parts) {
    IRMapping map;
    for (const Accumulator &acc : part.accs)
      mapReductionResults(map, acc, finals);
    if (failed(emitOps(part.after, map, outer)))
      return failure();
  }
  return success();
}

/// Nodes with the same iteration ranges, in one loop nest over them.
LogicalResult GraphLowering::lowerNest(ArrayRef<NodeOp> nodes) {
  SmallVector<int64_t> bounds;
  NodeOp first = nodes.front();
  for (IndexExprAttr r : getIndexExprs(first.getRanges())) {
    std::optional<int64_t> v = r.getConstantValue();
    if (!v)
      return first.emitOpError(
          "symbolic ranges are not supported by -convert-sched-to-scf yet");
    bounds.push_back(*v);
  }
  for (NodeOp node : nodes)
    for (IndexExprAttr r : getIndexExprs(node.getReduce()))
      if (!r.getConstantValue())
        return node.emitOpError(
            "symbolic ranges are not supported by -convert-sched-to-scf yet");

  // Points of a nest are independent (Inductor's CPU kernels run their
  // outer loop in parallel too), except where a store accumulates
  // (atomic_add) or scatters (indirect index: duplicates would race).
  unsigned shared = outerVars.size();
  bool parallel = options.parallel && !bounds.empty() && shared == 0;
  for (NodeOp node : nodes)
    node.walk([&](StoreOp store) {
      if (store.getMode() || !store.getIndirect().empty())
        parallel = false;
    });

  // Outer-loop vectorization, for reductions that read across the
  // reduction loop with a stride (a column sum, a transposed read): the
  // last iteration loop steps by `outerLanes` points, one per vector lane,
  // each accumulating in the serial order (bit-exact); loads contiguous
  // along that loop are vector loads, others gathers. Nodes without a
  // reduction run once per lane.
  // Width: the outer-lanes option where set and dividing the range; else
  // kWideOuterLanes where no operand is gathered across the lanes (a
  // column sum: a thread then reads runs of each row, not 64 bytes),
  // kSplitOuterLanes where a split sum takes the gathered terms apart;
  // else 16 (a gathered row a lane: wider would thrash the TLB).
  unsigned outerLanes = 1;
  const bool optionDivides =
      options.outerLanes > 1 && bounds.size() > shared &&
      bounds.back() % options.outerLanes == 0;
  if (bounds.size() > shared &&
      (optionDivides || bounds.back() % kOuterLanes == 0)) {
    unsigned dim = bounds.size() - 1;
    bool ok = llvm::any_of(nodes, [](NodeOp n) { return n.isReduction(); });
    bool strided = false, gathered = false;
    for (NodeOp node : nodes) {
      if (!ok || !node.isReduction())
        continue;
      unsigned rdim = bounds.size() + getIndexExprs(node.getReduce()).size() - 1;
      for (Operation &op : node.getBodyBlock()) {
        if (auto red = dyn_cast<ReductionOp>(op)) {
          Type t = red.getResults().front().getType();
          ok &= red.getKind() != ReductionKind::argmax &&
                red.getKind() != ReductionKind::argmin &&
                llvm::all_of(red.getInputs(),
                             [&](Value in) { return in.getType() == t; });
          continue;
        }
        if (isa<StoreReductionOp>(op))
          continue;
        ok &= isVectorizable(&op, dim, /*gather=*/true);
        if (auto load = dyn_cast<LoadOp>(op)) {
          std::optional<int64_t> along = strideAlong(load.getIndex(), dim);
          std::optional<int64_t> across = strideAlong(load.getIndex(), rdim);
          strided |= along == 1 && across && *across != 0 && *across != 1;
          gathered |= along && *along != 0 && *along != 1;
        }
      }
    }
    if (ok && strided) {
      outerLanes = kOuterLanes;
      if (optionDivides)
        outerLanes = options.outerLanes;
      else if (options.outerLanes == 0 && !gathered &&
               bounds.back() % kWideOuterLanes == 0)
        outerLanes = kWideOuterLanes;
      else if (options.outerLanes == 0 && gathered &&
               bounds.back() % kSplitOuterLanes == 0 &&
               planOuterSplitSum(nodes, bounds.size(), options))
        outerLanes = kSplitOuterLanes;
    }
  }

  // Streaming stores: a pointwise nest whose innermost loop is contiguous
  // runs as vectors; stores into `streamed` are non-temporal where they pay
  // for every such storage (streamingPays, checked once, before the loops).
  unsigned vectorLanes = 1;
  DenseSet<Value> streamed;
  Value streams;
  if (options.streamingStores && outerLanes == 1 && bounds.size() > shared &&
      bounds.back() % kStreamingLanes == 0 &&
      streamable(nodes, bounds.size() - 1, streamed)) {
    vectorLanes = kStreamingLanes;
    for (Value mem : streamed) {
      Value ok = streamingPays(mem);
      streams =
          streams ? arith::AndIOp::create(b, loc, streams, ok).getResult() : ok;
    }
  }

  // prefetch-next-outer: a pointwise nest with one loop inside the
  // kernel's outer loops, whose ops all run on vectors along it, steps a
  // line (kPrefetchStep points, as vectors) at a time and prefetches, each
  // step, the next outer point's line of the kernel's inputs of that
  // extent. (A prefetch in a scalar loop would keep LLVM from vectorizing
  // it.)
  bool prefetch =
      shared > 0 && bounds.size() == shared + 1 && outerLanes == 1 &&
      bounds.back() % kPrefetchStep == 0 &&
      llvm::none_of(nodes, [](NodeOp n) { return n.isReduction(); }) &&
      llvm::any_of(nextOuterLoads,
                   [&](auto &l) { return l.second == bounds.back(); });
  if (prefetch && vectorLanes == 1) {
    DenseSet<Value> notStreamed;
    if (streamable(nodes, bounds.size() - 1, notStreamed))
      vectorLanes = kPrefetchStep;
    else
      prefetch = false;
  }

  LoopVars vars;
  OpBuilder::InsertionGuard guard(b);
  for (auto [d, bound] : llvm::enumerate(bounds)) {
    int64_t step = d + 1 == bounds.size() ? outerLanes * vectorLanes : 1;
    if (d < shared) { // the kernel's outer loops (planOuterLoops checked)
      vars.push_back(outerVars[d]);
      continue;
    }
    if (d == 0 && parallel) {
      auto loop = scf::ParallelOp::create(
          b, loc, ValueRange{constIndex(0)}, ValueRange{constIndex(bound)},
          ValueRange{constIndex(step)});
      loop->setAttr("sched.parallel", b.getUnitAttr());
      vars.push_back(loop.getInductionVars().front());
      b.setInsertionPoint(loop.getBody()->getTerminator());
      continue;
    }
    auto loop = scf::ForOp::create(b, loc, constIndex(0), constIndex(bound),
                                   constIndex(step));
    vars.push_back(loop.getInductionVar());
    b.setInsertionPoint(loop.getBody()->getTerminator());
    if (prefetch) // d is the last loop
      emitNextOuterPrefetches(bound, vars.back());
  }
  // At each point, the members in order; consecutive reductions over the
  // same reduction ranges share their reduction loop.
  for (size_t i = 0; i < nodes.size();) {
    NodeOp node = nodes[i];
    if (!node.isReduction() && vectorLanes > 1) {
      unsigned dim = bounds.size() - 1;
      auto emit = [&](const DenseSet<Value> *into) {
        IRMapping map;
        return emitVectorOps(topLevelOps(node), map, vars, dim, vectorLanes,
                             into);
      };
      if (!streams) {
        if (failed(emit(nullptr)))
          return failure();
      } else {
        auto ifStreams = scf::IfOp::create(b, loc, streams, /*withElse=*/true);
        OpBuilder::InsertionGuard inner(b);
        b.setInsertionPoint(ifStreams.thenBlock()->getTerminator());
        if (failed(emit(&streamed)))
          return failure();
        b.setInsertionPoint(ifStreams.elseBlock()->getTerminator());
        if (failed(emit(nullptr)))
          return failure();
      }
      ++i;
      continue;
    }
    if (!node.isReduction()) {
      for (unsigned lane = 0; lane < outerLanes; ++lane) {
        LoopVars at(vars);
        if (lane)
          at.back() = arith::AddIOp::create(b, loc, vars.back(),
                                            constIndex(lane));
        IRMapping map;
        if (failed(emitOps(topLevelOps(node), map, at)))
          return failure();
      }
      ++i;
      continue;
    }
    // A reduction that reads what an earlier one of the run stores (its
    // result, after that one's loop: log_softmax's sum of exp(x - max))
    // starts a new run.
    llvm::SmallDenseSet<Value> written;
    auto noteWrites = [&](NodeOp n) {
      for (Value w : n.getWrites())
        if (Value root = rootOf.lookup(w))
          written.insert(root);
    };
    auto readsWritten = [&](NodeOp n) {
      return n.walk([&](LoadOp load) {
                return written.contains(rootOf.lookup(load.getBuffer()))
                           ? WalkResult::interrupt()
                           : WalkResult::advance();
              })
          .wasInterrupted();
    };
    noteWrites(node);
    size_t j = i + 1;
    while (j < nodes.size() && NodeOp(nodes[j]).isReduction() &&
           NodeOp(nodes[j]).getReduce() == node.getReduce() &&
           !readsWritten(nodes[j])) {
      noteWrites(nodes[j]);
      ++j;
    }
    if (failed(lowerReductionRun(nodes.slice(i, j - i), vars, outerLanes)))
      return failure();
    i = j;
  }
  return success();
}

//===----------------------------------------------------------------------===//
// Kernels
//===----------------------------------------------------------------------===//

void GraphLowering::inKernelRegion(StringRef name, function_ref<void()> body) {
  auto region = scf::ExecuteRegionOp::create(b, loc, TypeRange{});
  region->setAttr("sched.kernel", b.getStringAttr(name));
  Block *block = &region.getRegion().emplaceBlock();
  OpBuilder::InsertionGuard guard(b);
  b.setInsertionPointToStart(block);
  kernelBlock = block;
  body();
  kernelBlock = nullptr;
  scf::YieldOp::create(b, loc);
}

LogicalResult GraphLowering::lowerMembers(ArrayRef<Operation *> members,
                                          bool share) {
  for (size_t i = 0; i < members.size();) {
    Operation *member = members[i];
    if (auto group = dyn_cast<GroupOp>(member)) {
      // A part of a foreach kernel: its own members, shared if fused.
      SmallVector<Operation *> inner;
      for (Operation &m : group.getBodyBlock())
        inner.push_back(&m);
      if (group.getKind() == GroupKind::fused && options.reverseFusedMembers)
        std::reverse(inner.begin(), inner.end());
      if (failed(lowerMembers(inner, share &&
                                         group.getKind() == GroupKind::fused)))
        return failure();
      ++i;
      continue;
    }
    if (auto ext = dyn_cast<ExternOp>(member)) {
      if (failed(lowerExtern(ext)))
        return failure();
      ++i;
      continue;
    }
    if (isa<NopOp>(member)) {
      ++i;
      continue;
    }
    auto node = dyn_cast<NodeOp>(member);
    if (!node)
      return member->emitOpError("not supported by -convert-sched-to-scf yet");
    SmallVector<NodeOp> run{node};
    size_t j = i + 1;
    while (share && j < members.size()) {
      auto next = dyn_cast<NodeOp>(members[j]);
      if (!next || next.getRanges() != node.getRanges())
        break;
      run.push_back(next);
      ++j;
    }
    if (failed(lowerNest(run)))
      return failure();
    i = j;
  }
  return success();
}

void GraphLowering::collectNextOuterLoads(GroupOp group, unsigned depth) {
  nextOuterLoads.clear();
  group.walk([&](LoadOp load) {
    auto node = dyn_cast<NodeOp>(load->getParentOp()); // not masked
    Value root = rootOf.lookup(load.getBuffer());
    if (!node || !root || local.count(root) || !load.getIndirect().empty())
      return;
    SmallVector<IndexExprAttr> vars(getIndexExprs(node.getRanges()));
    llvm::append_range(vars, getIndexExprs(node.getReduce()));
    if (vars.size() != depth + 1 || !vars.back().getConstantValue())
      return;
    std::optional<int64_t> along = strideAlong(load.getIndex(), depth);
    std::optional<int64_t> outer = strideAlong(load.getIndex(), depth - 1);
    if (along != 1 || !outer || *outer == 0)
      return;
    int64_t extent = *vars.back().getConstantValue();
    bool seen = llvm::any_of(nextOuterLoads, [&](auto &known) {
      return known.second == extent &&
             rootOf.lookup(known.first.getBuffer()) == root &&
             known.first.getIndex() == load.getIndex();
    });
    if (!seen)
      nextOuterLoads.push_back({load, extent});
  });
}

/// At inner point `step` of a pointwise nest of `extent` points: a
/// prefetch of each nextOuterLoads line of that extent at the next point
/// of the last outer loop (the last point's own, past lastOuterBound).
void GraphLowering::emitNextOuterPrefetches(int64_t extent, Value step) {
  LoopVars at(outerVars);
  Value next = arith::AddIOp::create(b, loc, outerVars.back(), constIndex(1));
  at.back() =
      arith::MinUIOp::create(b, loc, next, constIndex(lastOuterBound - 1));
  at.push_back(step);
  for (auto &[load, loadExtent] : nextOuterLoads) {
    if (loadExtent != extent)
      continue;
    IRMapping none;
    Value i = index(load, load.getIndex(), varsFor(load.getBuffer(), at), {},
                    none);
    // Locality 2: into L2 (a row of a few ten KiB would crowd L1).
    memref::PrefetchOp::create(b, loc, storageOf(load.getBuffer()),
                               ValueRange{i}, /*isWrite=*/false,
                               /*localityHint=*/2, /*isDataCache=*/true);
  }
}

LogicalResult GraphLowering::lowerKernel(Operation *kernel) {
  if (isa<NopOp>(kernel))
    return success();
  auto group = dyn_cast<GroupOp>(kernel);
  if (group && options.unfused) {
    // Every member its own kernel, in the members' order.
    SmallVector<Operation *> leaves;
    collectKernelLeaves(group, leaves);
    for (Operation *leaf : leaves)
      if (failed(lowerKernel(leaf)))
        return failure();
    return success();
  }
  auto name = kernel->getAttrOfType<StringAttr>("name");
  LogicalResult result = success();
  inKernelRegion(name ? name.getValue() : "", [&] {
    if (!group) {
      result = lowerMembers({kernel}, /*share=*/false);
      return;
    }
    SmallVector<Operation *> members;
    for (Operation &m : group.getBodyBlock())
      members.push_back(&m);
    bool fused = group.getKind() == GroupKind::fused;
    if (fused && options.reverseFusedMembers)
      std::reverse(members.begin(), members.end());
    auto depth = outerDepth.find(kernel);
    if (depth == outerDepth.end()) {
      // Grouped nodes stay apart; foreach parts are independent kernels.
      result = lowerMembers(members, fused);
      return;
    }
    // Outer-loop fusion: one nest over the outer loops, each member's own
    // loops inside it, in member order, as Inductor's C++ codegen does.
    SmallVector<int64_t> bounds;
    auto firstNode = cast<NodeOp>(members.front());
    for (IndexExprAttr r :
         ArrayRef(getIndexExprs(firstNode.getRanges())).take_front(depth->second))
      bounds.push_back(*r.getConstantValue());
    bool parallel = options.parallel;
    group.walk([&](StoreOp store) {
      if (store.getMode() || !store.getIndirect().empty())
        parallel = false;
    });
    OpBuilder::InsertionGuard guard(b);
    // Local buffers: scratch for one outer point, on the stack: in the
    // parallel body (an automatic allocation scope: one per point and
    // thread), or before a serial nest (reused by every point).
    auto makeLocals = [&] {
      for (auto &[root, where] : localBuffers)
        if (where.first == kernel) {
          auto type = MemRefType::get({where.second}, layouts[root].dtype);
          auto scratch = memref::AllocaOp::create(b, loc, type);
          scratch->setAttr("sched.local_buffer",
                           cast<BufferOp>(root.getDefiningOp()).getNameAttr());
          local[root] = scratch;
        }
    };
    if (!parallel)
      makeLocals();
    for (auto [d, bound] : llvm::enumerate(bounds)) {
      if (d == 0 && parallel) {
        auto loop = scf::ParallelOp::create(
            b, loc, ValueRange{constIndex(0)}, ValueRange{constIndex(bound)},
            ValueRange{constIndex(1)});
        loop->setAttr("sched.parallel", b.getUnitAttr());
        outerVars.push_back(loop.getInductionVars().front());
        b.setInsertionPoint(loop.getBody()->getTerminator());
        makeLocals();
        continue;
      }
      auto loop = scf::ForOp::create(b, loc, constIndex(0), constIndex(bound),
                                     constIndex(1));
      outerVars.push_back(loop.getInductionVar());
      b.setInsertionPoint(loop.getBody()->getTerminator());
    }
    if (options.prefetchNextOuter) {
      collectNextOuterLoads(group, bounds.size());
      lastOuterBound = bounds.back();
    }
    result = lowerMembers(members, /*share=*/true);
    nextOuterLoads.clear();
    outerVars.clear();
    local.clear();
  });
  return result;
}

/// Which fused groups are lowered with outer-loop fusion (the scheduler's
/// sched.outer_loop_fusion_depth), and which of their buffers become local.
void GraphLowering::planOuterLoops(ArrayRef<Operation *> kernels) {
  if (options.unfused)
    return;
  for (Operation *kernel : kernels) {
    auto group = dyn_cast<GroupOp>(kernel);
    auto attr = kernel->getAttrOfType<IntegerAttr>(
        "sched.outer_loop_fusion_depth");
    if (!group || group.getKind() != GroupKind::fused || !attr ||
        attr.getInt() <= 0)
      continue;
    unsigned depth = attr.getInt();
    // Every member a node whose first `depth` ranges are the same constants.
    std::optional<SmallVector<int64_t>> outer;
    bool ok = !group.getBodyBlock().empty();
    for (Operation &m : group.getBodyBlock()) {
      auto node = dyn_cast<NodeOp>(m);
      if (!node) {
        ok = false;
        break;
      }
      SmallVector<IndexExprAttr> ranges = getIndexExprs(node.getRanges());
      if (ranges.size() < depth) {
        ok = false;
        break;
      }
      SmallVector<int64_t> mine;
      for (IndexExprAttr r : ArrayRef(ranges).take_front(depth)) {
        std::optional<int64_t> v = r.getConstantValue();
        ok &= v.has_value();
        mine.push_back(v.value_or(0));
      }
      if (!outer)
        outer = mine;
      ok &= *outer == mine;
    }
    if (!ok)
      continue;
    outerDepth[kernel] = depth;

    // A buffer of the graph (not an input, output, alias or view) that only
    // this kernel touches, row-major, whose outer dimensions are the outer
    // loops, every access at one index expression whose outer variables
    // select its row: each outer point then uses only its own row, which
    // lives in a scratch of one row (Inductor's local buffers).
    for (Operation &op : graph.getBodyBlock()) {
      auto buffer = dyn_cast<BufferOp>(op);
      if (!buffer || !layouts.count(buffer.getResult()) ||
          outputStorage.count(buffer.getResult()))
        continue;
      Value root = buffer.getResult();
      const StaticLayout &l = layouts[root];
      if (l.offset != 0 || l.sizes.size() < depth)
        continue;
      bool rowMajor = true;
      int64_t expected = 1;
      for (int i = l.sizes.size() - 1; i >= 0; --i) {
        rowMajor &= l.sizes[i] == 1 || l.strides[i] == expected;
        expected *= l.sizes[i];
      }
      if (!rowMajor || ArrayRef(l.sizes).take_front(depth) != ArrayRef(*outer))
        continue;
      int64_t rowElems = 1;
      for (int64_t s : ArrayRef(l.sizes).drop_front(depth))
        rowElems *= s;
      if (rowElems * std::max(1u, l.dtype.getIntOrFloatBitWidth() / 8) >
          (64 << 10))
        continue; // keep stack scratch small (OpenMP worker stacks)
      bool onlyHere = llvm::all_of(root.getUsers(), [&](Operation *user) {
        return kernel->isProperAncestor(user);
      });
      for (auto &[v, r] : rootOf)
        onlyHere &= r != root || v == root;
      if (!onlyHere)
        continue;
      std::optional<IndexExprAttr> index;
      bool sameIndex = true;
      for (Operation *user : root.getUsers()) {
        IndexExprAttr e;
        if (auto load = dyn_cast<LoadOp>(user))
          e = load.getIndex(), sameIndex &= load.getIndirect().empty();
        else if (auto store = dyn_cast<StoreOp>(user))
          e = store.getIndex(),
          sameIndex &= store.getIndirect().empty() && !store.getMode();
        else if (auto store = dyn_cast<StoreReductionOp>(user))
          e = store.getIndex();
        else if (isa<NodeOp>(user))
          continue; // its writes() list
        else {
          sameIndex = false;
          break;
        }
        if (!index)
          index = e;
        sameIndex &= *index == e;
      }
      if (!sameIndex || !index || !index->getSymbols().empty())
        continue;
      // The index is (row-major strides . outer variables) + the rest,
      // the rest not using the outer variables.
      AffineExpr e = index->getExpr();
      unsigned nDims = std::max<unsigned>(index->getNumDimsUsed(), depth);
      MLIRContext *ctx = e.getContext();
      SmallVector<AffineExpr> zeroOuter;
      AffineExpr expectedOuter = getAffineConstantExpr(0, ctx);
      for (unsigned d = 0; d < nDims + 8; ++d) {
        zeroOuter.push_back(d < depth ? getAffineConstantExpr(0, ctx)
                                      : getAffineDimExpr(d, ctx));
        if (d < depth)
          expectedOuter = expectedOuter + getAffineDimExpr(d, ctx) * l.strides[d];
      }
      AffineExpr rest = e.replaceDims(zeroOuter);
      AffineExpr diff =
          simplifyAffineExpr(e - rest - expectedOuter, nDims + 8, 0);
      auto zero = dyn_cast<AffineConstantExpr>(diff);
      if (!e.isPureAffine() || !zero || zero.getValue() != 0)
        continue;
      localBuffers[root] = {kernel, rowElems};
    }
  }
}

LogicalResult GraphLowering::lowerExtern(ExternOp op) {
  return lowerExternKernel(
      b, op, func, [&](Value v) { return typedView(v); },
      "-convert-sched-to-scf");
}

//===----------------------------------------------------------------------===//
// The graph
//===----------------------------------------------------------------------===//

FailureOr<func::FuncOp> GraphLowering::run() {
  if (failed(collectStorage()))
    return failure();
  auto output = cast<OutputOp>(graph.getBodyBlock().getTerminator());

  SmallVector<Operation *> kernels;
  for (Operation &op : graph.getBodyBlock())
    if (isa<NodeOp, GroupOp, ExternOp, NopOp, MultiOutputOp>(op))
      kernels.push_back(&op);
  FailureOr<CInterfaceSignature> signature =
      getCInterfaceSignature(graph, layouts, rootOf, "-convert-sched-to-scf");
  if (failed(signature))
    return failure();
  outputStorage = signature->outputStorage;
  deallocAfter = planDeallocations(kernels, byName, rootOf);
  planOuterLoops(kernels);

  func = createCInterfaceFunction(b, graph, *signature);
  Block *entry = &func.getBody().front();

  auto flatType = [](const StaticLayout &l) {
    return MemRefType::get({l.extent()}, l.dtype);
  };
  unsigned argNo = 0;
  SmallVector<std::pair<unsigned, Value>> pendingDeallocs; // kernel, alloc
  auto freeAfter = [&](unsigned kernel) {
    for (auto &[k, alloc] : pendingDeallocs)
      if (alloc && k == kernel) {
        memref::DeallocOp::create(b, loc, alloc);
        alloc = Value();
      }
  };
  unsigned kernelNo = 0;
  for (Operation &op : graph.getBodyBlock()) {
    if (auto input = dyn_cast<InputOp>(op)) {
      Value root = input.getResult();
      const StaticLayout &l = layouts[root];
      Value arg = entry->getArgument(argNo++);
      typed[root] = arg;
      flat[root] = memref::ReinterpretCastOp::create(
          b, op.getLoc(), flatType(l), arg, 0, ArrayRef<int64_t>{l.extent()},
          ArrayRef<int64_t>{1});
      continue;
    }
    if (auto buffer = dyn_cast<BufferOp>(op)) {
      Value root = buffer.getResult();
      if (!layouts.count(root))
        continue;
      const StaticLayout &l = layouts[root];
      auto it = outputStorage.find(root);
      if (it != outputStorage.end()) {
        Value arg = entry->getArgument(it->second);
        typed[root] = arg;
        flat[root] = memref::ReinterpretCastOp::create(
            b, op.getLoc(), flatType(l), arg, 0, ArrayRef<int64_t>{l.extent()},
            ArrayRef<int64_t>{1});
        continue;
      }
      if (localBuffers.count(root))
        continue; // a scratch in its kernel's outer loop body
      auto alloc = memref::AllocOp::create(b, op.getLoc(), flatType(l));
      alloc->setAttr("sched.buffer", buffer.getNameAttr());
      flat[root] = alloc;
      auto dealloc = deallocAfter.find(root);
      pendingDeallocs.push_back(
          {dealloc == deallocAfter.end() ? ~0u : dealloc->second, alloc});
      continue;
    }
    if (isa<NodeOp, GroupOp, ExternOp, NopOp, MultiOutputOp>(op)) {
      if (failed(lowerKernel(&op)) || body.hasFailed()) {
        func.erase();
        return failure();
      }
      freeAfter(kernelNo++);
    }
  }
  copyOutputsToArguments(b, graph, func, *signature, rootOf,
                         [&](Value out) { return typedView(out); });
  for (auto &[k, alloc] : pendingDeallocs)
    if (alloc)
      memref::DeallocOp::create(b, loc, alloc);
  func::ReturnOp::create(b, output.getLoc());
  return func;
}

FailureOr<func::FuncOp>
mlir::inductor_sched::lowerGraphToSCF(GraphOp graph,
                                      const SchedToSCFOptions &options) {
  GraphLowering lowering(graph, options);
  FailureOr<func::FuncOp> func = lowering.run();
  if (succeeded(func))
    graph.erase();
  return func;
}

namespace {
struct ConvertSchedToSCFPass
    : public inductor_sched::impl::ConvertSchedToSCFPassBase<
          ConvertSchedToSCFPass> {
  using Base::Base;

  void runOnOperation() override {
    SchedToSCFOptions opts;
    opts.unfused = unfused;
    opts.reverseFusedMembers = testReverseMembers;
    opts.parallel = parallel;
    opts.reassociate = reassociate;
    opts.outerLanes = outerLanes;
    opts.transposedTileDepth = transposedTileDepth;
    opts.streamingStores = streamingStores;
    opts.prefetchNextOuter = prefetchNextOuter;
    bool failedAny = false;
    for (auto graph :
         llvm::make_early_inc_range(getOperation().getOps<GraphOp>()))
      failedAny |= failed(lowerGraphToSCF(graph, opts));
    if (failedAny)
      signalPassFailure();
  }
};
} // namespace
