//===- SchedToGPU.cpp - -convert-sched-to-gpu -----------------------------===//
//
// Lowers a scheduled sched.graph to a host func.func that launches one
// gpu.launch per kernel of the schedule (a fused group or a lone node).
//
// Storage model: as in -convert-sched-to-scf, every storage root (a graph
// input or a sched.buffer) is a flat 1-D memref from its base pointer, since
// Inductor's index expressions are storage offsets. Here the function's
// arguments are those flat memrefs themselves (device pointers with a
// static extent), so the host function can take bare pointers.
//
// Each kernel is mapped the way Triton kernels from Inductor are, by shape
// (see the pass description): a flattened grid for pointwise kernels, a
// block per row for reductions along contiguous memory, a thread per output
// for reductions across rows.
//
//===----------------------------------------------------------------------===//

#include "InductorSched/Analysis/MergeLoops.h"
#include "InductorSched/Conversion/SchedToGPU/EvictionHints.h"

#include "InductorSched/Conversion/LoopBody.h"
#include "InductorSched/Conversion/LoweringUtils.h"
#include "InductorSched/Conversion/Passes.h"
#include "InductorSched/Dialect/Sched/IR/SchedOps.h"

#include "mlir/Dialect/Affine/IR/AffineOps.h"
#include "mlir/Dialect/Arith/IR/Arith.h"
#include "mlir/Dialect/ControlFlow/IR/ControlFlow.h"
#include "mlir/Dialect/Func/IR/FuncOps.h"
#include "mlir/Dialect/GPU/IR/GPUDialect.h"
#include "mlir/Dialect/LLVMIR/LLVMDialect.h"
#include "mlir/Dialect/Math/IR/Math.h"
#include "mlir/Dialect/MemRef/IR/MemRef.h"
#include "mlir/Dialect/SCF/IR/SCF.h"
#include "mlir/IR/IRMapping.h"
#include "llvm/Support/SaveAndRestore.h"

#include <map>

namespace mlir::inductor_sched {
#define GEN_PASS_DEF_CONVERTSCHEDTOGPUPASS
#include "InductorSched/Conversion/Passes.h.inc"
} // namespace mlir::inductor_sched

using namespace mlir;
using namespace mlir::inductor_sched;
using namespace mlir::inductor_sched::sched;

namespace {

constexpr int64_t kWarp = 32;
/// Points of a reduction a thread loads per loop iteration, so that many
/// loads are in flight at once.
constexpr int64_t kUnroll = 4;
/// Threads-per-row kernels whose threads take at most this many points of
/// a row keep them in registers: every member's loop is unrolled, and a
/// later member's load of an element reuses the earlier load or store.
constexpr int64_t kMaxPersistent = 32;
/// Consecutive points a thread takes at once where it can: four 32-bit
/// elements make one 128-bit access.
constexpr int64_t kVector = 4;

/// How a kernel's points are spread over the grid.
enum class Strategy {
  /// No reduction: a flattened 1-D grid, `kPointsPerThread` points a thread.
  Pointwise,
  /// `threadsPerRow` threads (a warp to a block) per output row: they
  /// stride over the reduction (loads contiguous along it coalesce), then a
  /// warp-shuffle and shared-memory tree merges their partials.
  ThreadsPerRow,
  /// One thread per output, or `rowSplits` threads in different warps:
  /// each walks its part of the reduction serially, and the parts merge
  /// through shared memory. Threads take rows in an order where neighbours
  /// read neighbouring elements.
  ThreadPerRow,
};

StringRef stringifyStrategy(Strategy s) {
  switch (s) {
  case Strategy::Pointwise:
    return "pointwise";
  case Strategy::ThreadsPerRow:
    return "threads_per_row";
  case Strategy::ThreadPerRow:
    return "thread_per_row";
  }
  llvm_unreachable("unknown strategy");
}

SmallVector<int64_t> constantBounds(ArrayAttr exprs) {
  SmallVector<int64_t> bounds;
  for (IndexExprAttr e : getIndexExprs(exprs))
    bounds.push_back(*e.getConstantValue());
  return bounds;
}

int64_t product(ArrayRef<int64_t> v) {
  int64_t p = 1;
  for (int64_t x : v)
    p *= x;
  return p;
}

/// One kernel's nodes, in member order, and its iteration space: `outer`
/// points (rows), each with `reduce` reduction points.
struct KernelPlan {
  SmallVector<NodeOp> nodes;
  int64_t outer = 1, reduce = 1;
  Strategy strategy = Strategy::Pointwise;
  /// Threads a block: block-size, or more for a threads-per-row kernel of
  /// reductions only (reduction-block-size).
  int64_t blockSize = 0;
  /// ThreadsPerRow: threads sharing a row (a power of two, 32 to blockSize;
  /// fewer, a thread a point, for rows shorter than a warp).
  int64_t threadsPerRow = 1;
  /// ThreadsPerRow: each thread's points of the row live in registers
  /// (reduce / threadsPerRow of them, at most kMaxPersistent).
  bool persistent = false;
  /// Pointwise and persistent kernels: each thread takes its points in
  /// runs of this many consecutive ones (kVector where the ranges allow),
  /// whose loads and stores of contiguous elements become 128-bit ones.
  int64_t vectorWidth = 1;
  /// ThreadPerRow: the iteration ranges of the first reduction member, and
  /// the order in which consecutive threads walk them (slowest first).
  SmallVector<int64_t> rowBounds;
  SmallVector<unsigned> rowOrder;
  /// ThreadPerRow: threads a row, blockSize / rowSplits rows a block; the
  /// threads of a row are that many thread ids apart.
  int64_t rowSplits = 1;
};

/// Thread-per-row kernels with few rows split each row's reduction until
/// about this many threads run (four waves of 2048 threads on each of an
/// H100's 132 multiprocessors). Measured on an H200, 4096 x 4096
/// transpose_add_sum's partial sums (131072 rows of 128): 0.0576 ms
/// unsplit, 0.0575 with 2 parts, 0.051 with 4, 0.0495 with 8
/// (bench/README.md).
constexpr int64_t kSplitTargetThreads = 1 << 20;

/// Inductor keeps a reduction's row in registers (a persistent reduction)
/// up to this many points, for inner reductions and for others; longer
/// rows are a loop, whose loads carry eviction hints
/// (choices.py, `should_use_persistent_reduction`).
constexpr int64_t kInductorPersistentInner = 1024;
constexpr int64_t kInductorPersistentOther = 64;

/// Whether an index has no size symbols or indirect operands, so equal
/// attributes at equal variables are the same element.
bool isPlainIndex(IndexExprAttr index) { return index.getSymbols().empty(); }

/// The loads among `ops` whose element the access cache can track (no
/// indirect operands or symbols), to emit a run's loads first.
SmallVector<Operation *> plainLoads(ArrayRef<Operation *> ops) {
  SmallVector<Operation *> loads;
  for (Operation *op : ops)
    if (auto load = dyn_cast<LoadOp>(op);
        load && load.getIndirect().empty() && isPlainIndex(load.getIndex()))
      loads.push_back(op);
  return loads;
}

/// One of a thread's points of a persistent row: `base` (a multiple of the
/// run width) + `offset`, and that sum as a value.
struct RowPoint {
  Value base;
  int64_t offset;
  Value value;
};

class GpuGraphLowering {
public:
  GpuGraphLowering(GraphOp graph, const ConvertSchedToGPUPassOptions &options)
      : graph(graph), options(options), b(graph), loc(graph.getLoc()),
        body(b, "-convert-sched-to-gpu",
             {[this](Value buffer) { return flat.lookup(rootOf[buffer]); },
              nullptr,
              [this](LoadOp load, ArrayRef<Value> vars) {
                return reuseLoad(load, vars);
              },
              [this](Value buffer, IndexExprAttr index, ArrayRef<Value> vars,
                     Value value, bool isStore) {
                return recordAccess(buffer, index, vars, value, isStore);
              },
              [this](LoadOp load, Value storage, Value index) {
                return hintedLoad(load, storage, index);
              }},
             /*atomicAdds=*/true) {}

  FailureOr<func::FuncOp> run();

private:
  LogicalResult lowerKernel(Operation *kernel);
  LogicalResult lowerGemm(ExternOp op);
  Value deviceAddress(Value buffer);
  /// kernel<N>_<suffix>, N counting the graph's kernels, as a symbol name.
  std::string nextKernelName(StringRef suffix);
  FailureOr<KernelPlan> plan(Operation *kernel, ArrayRef<NodeOp> nodes);
  LogicalResult emitLaunch(Operation *kernel, const KernelPlan &plan);
  LogicalResult emitPointwise(const KernelPlan &plan, gpu::LaunchOp launch);
  LogicalResult emitRows(const KernelPlan &plan, gpu::LaunchOp launch,
                         ArrayRef<Value> scratch);
  bool membersConflictAcross(size_t i);
  LogicalResult emitReduction(NodeOp node, Value row, Value lane,
                              int64_t threads, ArrayRef<Value> scratch,
                              unsigned &nextScratch,
                              ArrayRef<RowPoint> points = {});
  LogicalResult emitPoint(NodeOp node, Value linear);
  LogicalResult emitPoint(NodeOp node, ArrayRef<Value> vars);
  LogicalResult emitRun(NodeOp node, ArrayRef<SmallVector<Value>> at,
                        int64_t runWidth);
  SmallVector<Value> shiftedVars(Value base, int64_t j,
                                 ArrayRef<int64_t> bounds,
                                 int64_t width = kVector);
  SmallVector<Value> pointVars(NodeOp node, const KernelPlan &plan, Value row,
                               const RowPoint &r);
  SmallVector<Value> delinearize(Value linear, ArrayRef<int64_t> bounds);
  int64_t loopRunWidth(NodeOp node, int64_t threads, int64_t total);
  SmallVector<Value> perThreadAccumulator(const Accumulator &acc,
                                          ArrayRef<SmallVector<Value>> inputs,
                                          ArrayRef<RowPoint> points);
  bool dominatesInsertion(Value v);
  Value reuseLoad(LoadOp load, ArrayRef<Value> vars);
  bool recordAccess(Value buffer, IndexExprAttr index, ArrayRef<Value> vars,
                    Value value, bool isStore);
  std::vector<const void *> accessKey(Value root, IndexExprAttr index,
                                      ArrayRef<Value> vars);
  void findRegisterCandidates(ArrayRef<Operation *> kernels);
  bool hintsPay(const KernelPlan &plan, const DenseSet<Value> &kernelLocal);
  EvictionHint hintFor(LoadOp load);
  Value policyFor(EvictionHint hint);
  Value hintedLoad(LoadOp load, Value storage, Value index);
  void emitHintedRunLoads(ArrayRef<Operation *> ops,
                          ArrayRef<SmallVector<Value>> at, int64_t width);
  Value shuffleXor(Value v, int32_t offset);
  Value constIndex(int64_t v) {
    return arith::ConstantIndexOp::create(b, loc, v);
  }

  GraphOp graph;
  const ConvertSchedToGPUPassOptions &options;
  OpBuilder b;
  Location loc;
  LoopBodyEmitter body;
  func::FuncOp func;

  DenseMap<Value, Value> rootOf;
  DenseMap<Value, StaticLayout> layouts;
  DenseMap<Value, Value> flat;
  DenseMap<StringAttr, Value> byName;
  DenseMap<Value, unsigned> outputStorage, deallocAfter;
  unsigned kernelCount = 0;
  /// The kernel's gpu.thread_id x, while its body is emitted.
  Value threadIdX;
  /// While a kernel's rows are emitted: how many thread ids apart the
  /// threads sharing a row are (1: neighbours in a warp; a split
  /// thread-per-row kernel: rows a block).
  int64_t laneStride = 1;

  /// Within a kernel whose threads run their points as straight-line code
  /// (pointwise, persistent rows): the value of each element loaded or
  /// stored so far, by (storage root, index, the variables it uses), so a
  /// later load reuses it. Off elsewhere (a loop would carry stale values).
  bool cacheAccesses = false;
  std::map<std::vector<const void *>, Value> accessCache;
  std::map<std::pair<const void *, std::vector<int64_t>>, SmallVector<Value>>
      delinearized, shifted;
  /// pointVars' row * reduce + base, by (row, base): one value a run.
  std::map<std::pair<const void *, const void *>, Value> runStarts;
  /// Persistent rows: each warp's merged accumulators of a reduction, by
  /// (kind, type, its inputs at every point), for a later equal reduction.
  std::map<std::vector<const void *>, SmallVector<Value>> mergedReductions;
  std::vector<const void *> pendingMergeKey;
  /// Intermediate buffers that only this kernel touches and that are no
  /// output: their stores stay in registers (Inductor's removed buffers).
  /// A load that finds no stored value puts its buffer in
  /// `missedRegisterRoots`, and the kernel is emitted again with it in
  /// memory.
  DenseSet<Value> registerRoots, missedRegisterRoots;
  /// Root to the one kernel that touches it (null: several or none).
  DenseMap<Value, Operation *> onlyKernel;

  /// While a reduction kernel that Inductor would loop over and whose
  /// loads take hints (eviction-hints, hintsPay) is emitted: its loads
  /// carry Inductor's eviction hints, except loads of storages it stores
  /// to (`storedRoots`).
  bool hintLoads = false;
  DenseSet<Value> storedRoots;
  /// By storage, the last member that loads it; `currentMember` is the
  /// member being emitted. Without a persistent row's access cache, a
  /// later member reads the storage from memory again.
  DenseMap<Value, unsigned> lastMemberLoading;
  /// By member of the kernel being emitted, the storages it loads and
  /// those it stores to (membersConflictAcross).
  struct MemberAccesses {
    DenseSet<Value> reads, writes;
  };
  SmallVector<MemberAccesses> memberAccesses;
  unsigned currentMember = 0;
  bool persistentRows = false;
  /// While a run's points are emitted: loads contiguous along the run stay
  /// plain memref.loads the backend merges, unless emitHintedRunLoads made
  /// them one hinted vector load.
  bool inRun = false;
  gpu::LaunchOp currentLaunch;
  /// The kernel's L2 policy registers, evict_first and evict_last.
  Value policies[2];
};

} // namespace

//===----------------------------------------------------------------------===//
// Planning
//===----------------------------------------------------------------------===//

FailureOr<KernelPlan> GpuGraphLowering::plan(Operation *kernel,
                                             ArrayRef<NodeOp> nodes) {
  KernelPlan plan;
  plan.nodes.assign(nodes.begin(), nodes.end());
  plan.blockSize = options.blockSize;
  // The rows and reduction of the first reduction member define the
  // kernel's iteration space, as Inductor's (numel, rnumel) of the group.
  NodeOp first = nodes.front();
  for (NodeOp node : nodes)
    if (!node.getReduce().empty()) {
      first = node;
      break;
    }
  plan.outer = product(constantBounds(first.getRanges()));
  plan.reduce = product(constantBounds(first.getReduce()));
  for (NodeOp node : nodes) {
    int64_t n = product(constantBounds(node.getRanges()));
    int64_t r = product(constantBounds(node.getReduce()));
    bool fits = node.getReduce().empty()
                    ? (n == plan.outer * plan.reduce || n == plan.outer)
                    : (n == plan.outer && r == plan.reduce);
    if (!fits)
      return kernel->emitOpError("member '")
             << node.getName() << "' iterates over " << n << " x " << r
             << " points, which do not map onto the kernel's " << plan.outer
             << " x " << plan.reduce << "; not supported by "
             << "-convert-sched-to-gpu";
  }
  // Runs of kVector consecutive points stay in one row of every member
  // when each member's innermost range is a multiple of it.
  auto innermostDivisible = [&](bool reduction) {
    return llvm::all_of(nodes, [&](NodeOp node) {
      SmallVector<int64_t> bounds = constantBounds(
          reduction && !node.getReduce().empty() ? node.getReduce()
                                                 : node.getRanges());
      return !bounds.empty() && bounds.back() % kVector == 0;
    });
  };
  if (plan.reduce == 1) {
    plan.strategy = Strategy::Pointwise;
    if (plan.outer % kVector == 0 &&
        options.pointsPerThread % kVector == 0 && innermostDivisible(false))
      plan.vectorWidth = kVector;
    return plan;
  }
  // Which loads of the reductions are contiguous along the innermost
  // reduction variable, and along which iteration variable some load is.
  bool contiguousRow = false;
  std::optional<unsigned> contiguousOuter;
  for (NodeOp node : nodes) {
    if (node.getReduce().empty())
      continue;
    unsigned numOuter = node.getRanges().size();
    unsigned dim = numOuter + node.getReduce().size() - 1;
    bool shaped = node == first;
    node.walk([&](LoadOp load) {
      if (std::optional<int64_t> s = strideAlong(load.getIndex(), dim))
        contiguousRow |= *s == 1;
      for (unsigned d = 0; shaped && d < numOuter; ++d)
        if (std::optional<int64_t> s = strideAlong(load.getIndex(), d);
            s && *s == 1 && !contiguousOuter)
          contiguousOuter = d;
    });
  }
  // A thread per row for short reductions that some load reads across
  // rows (a transposed operand: neighbouring threads then read neighbouring
  // elements, and each thread's own row stays in L1), or for reductions
  // across rows when there are rows enough to fill the GPU; otherwise
  // threads share a row.
  bool threadPerRow =
      contiguousOuter
          ? plan.reduce <= options.maxSerialReduction
          : !contiguousRow && plan.outer >= options.minRowsPerThread;
  if (threadPerRow) {
    plan.strategy = Strategy::ThreadPerRow;
    plan.rowBounds = constantBounds(first.getRanges());
    for (unsigned d = 0; d < plan.rowBounds.size(); ++d)
      if (!contiguousOuter || d != *contiguousOuter)
        plan.rowOrder.push_back(d);
    if (contiguousOuter)
      plan.rowOrder.push_back(*contiguousOuter);
    // Splits keep whole blocks of rows (barriers stay uniform), a warp of
    // rows a block, and at least a serial run of the reduction a thread.
    auto splitFits = [&](int64_t s) {
      int64_t rowsPerBlock = options.blockSize / s;
      return rowsPerBlock >= kWarp && options.blockSize % s == 0 &&
             plan.outer % rowsPerBlock == 0 &&
             plan.reduce >= s * std::max<int64_t>(options.serialRunWidth, 1);
    };
    if (options.rowSplits > 0) {
      plan.rowSplits = llvm::PowerOf2Ceil(options.rowSplits);
      if (!splitFits(plan.rowSplits))
        plan.rowSplits = 1;
    } else {
      while (plan.outer * plan.rowSplits < kSplitTargetThreads &&
             splitFits(plan.rowSplits * 2))
        plan.rowSplits *= 2;
    }
    return plan;
  }
  // About row-points-per-thread points a thread, from a warp to a block
  // per row; rows share a block only when they fill it exactly (barriers
  // stay uniform).
  plan.strategy = Strategy::ThreadsPerRow;
  int64_t tpr = llvm::PowerOf2Ceil(
      llvm::divideCeil(plan.reduce, options.rowPointsPerThread));
  // A kernel of reductions only keeps nothing of the row for later
  // members, so it need not hold the row in registers:
  // reduction-threads-per-row (when set) may give it fewer threads a row
  // and more rows a block. Its rows may also take up to
  // reduction-block-size threads, a block of their own. Measured on an
  // H200 (bench/README.md): sum+amax of 8192 rows of 4096 took 0.0383 ms
  // with 256 threads a row, 0.0371 with 512; 512 threads for every kernel
  // slowed layernorm, whose later members hold the row, twofold.
  bool reductionsOnly = llvm::all_of(
      nodes, [](NodeOp node) { return !node.getReduce().empty(); });
  if (reductionsOnly && options.reductionThreadsPerRow > 0)
    tpr = llvm::PowerOf2Ceil(options.reductionThreadsPerRow);
  int64_t maxThreads =
      reductionsOnly ? std::max(options.blockSize, options.reductionBlockSize)
                     : options.blockSize;
  tpr = std::clamp<int64_t>(
      tpr, kWarp,
      static_cast<int64_t>(llvm::bit_floor(static_cast<uint64_t>(maxThreads))));
  plan.blockSize = std::max(options.blockSize, tpr);
  // Rows shorter than a warp take a thread a point (rounded up to a power
  // of two), several rows a warp, so the row stays in registers for the
  // members after its reduction, as in Triton's persistent kernel; the
  // block shrinks (to a warp at least) until its rows divide the rows.
  if (plan.reduce < kWarp && options.reductionThreadsPerRow <= 0) {
    int64_t subTpr = llvm::PowerOf2Ceil(plan.reduce);
    int64_t rows = options.blockSize / subTpr;
    while (plan.outer % rows != 0 && rows * subTpr > kWarp)
      rows /= 2;
    if (plan.outer % rows == 0) {
      tpr = subTpr;
      plan.blockSize = rows * subTpr;
    }
  }
  if (plan.outer % (plan.blockSize / tpr) != 0)
    tpr = plan.blockSize;
  plan.threadsPerRow = tpr;
  plan.persistent =
      plan.reduce % tpr == 0 && plan.reduce / tpr <= kMaxPersistent;
  if (plan.persistent && plan.reduce % (tpr * kVector) == 0 &&
      innermostDivisible(true))
    plan.vectorWidth = kVector;
  return plan;
}

//===----------------------------------------------------------------------===//
// Kernel bodies
//===----------------------------------------------------------------------===//

/// Whether `v` is usable at the builder's insertion point: defined in its
/// block or in a block around it (values are emitted in order).
bool GpuGraphLowering::dominatesInsertion(Value v) {
  Block *defBlock = v.getParentBlock();
  for (Block *blk = b.getInsertionBlock(); blk;) {
    if (blk == defBlock)
      return true;
    Operation *parent = blk->getParentOp();
    blk = parent ? parent->getBlock() : nullptr;
  }
  return false;
}

SmallVector<Value> GpuGraphLowering::delinearize(Value linear,
                                                 ArrayRef<int64_t> bounds) {
  // The same position in the same ranges: the same variables, so the access
  // cache sees equal indices of different members as equal.
  auto key = std::make_pair(linear.getAsOpaquePointer(),
                            std::vector<int64_t>(bounds.begin(), bounds.end()));
  if (auto it = delinearized.find(key);
      it != delinearized.end() &&
      llvm::all_of(it->second, [&](Value v) { return dominatesInsertion(v); }))
    return it->second;
  SmallVector<Value> vars(bounds.size());
  for (int d = bounds.size() - 1; d >= 0; --d) {
    if (bounds[d] == 1) {
      vars[d] = constIndex(0);
      continue;
    }
    if (d == 0) {
      vars[d] = linear;
      break;
    }
    Value bound = constIndex(bounds[d]);
    vars[d] = arith::RemUIOp::create(b, loc, linear, bound);
    linear = arith::DivUIOp::create(b, loc, linear, bound);
  }
  delinearized[key] = vars;
  return vars;
}

/// The variables of a pointwise member at reduction point `r` of row `row`
/// (a kernel with a reduction): its ranges split where their product is
/// the kernel's rows, when they do, so its variables are the reduction
/// members'; else its point row * reduce + r, delinearized.
SmallVector<Value> GpuGraphLowering::pointVars(NodeOp node,
                                               const KernelPlan &plan,
                                               Value row, const RowPoint &r) {
  SmallVector<int64_t> bounds = constantBounds(node.getRanges());
  int64_t prefix = 1;
  for (size_t split = 0; split <= bounds.size(); ++split) {
    if (prefix == plan.outer &&
        product(ArrayRef(bounds).drop_front(split)) == plan.reduce) {
      SmallVector<Value> vars = delinearize(row, ArrayRef(bounds).take_front(split));
      llvm::append_range(
          vars, shiftedVars(r.base, r.offset, ArrayRef(bounds).drop_front(split)));
      return vars;
    }
    if (split < bounds.size())
      prefix *= bounds[split];
  }
  // As the run's first point's, shifted: a run stays in one innermost row
  // (plan.vectorWidth divides the innermost range and the reduction).
  Value &first =
      runStarts[{row.getAsOpaquePointer(), r.base.getAsOpaquePointer()}];
  if (!first || !dominatesInsertion(first))
    first = arith::AddIOp::create(
        b, loc, arith::MulIOp::create(b, loc, row, constIndex(plan.reduce)),
        r.base);
  return shiftedVars(first, r.offset, bounds);
}

/// A node's whole body at one point, `linear` its row-major position in
/// the node's iteration ranges (a pointwise node).
LogicalResult GpuGraphLowering::emitPoint(NodeOp node, Value linear) {
  return emitPoint(node, delinearize(linear, constantBounds(node.getRanges())));
}

LogicalResult GpuGraphLowering::emitPoint(NodeOp node, ArrayRef<Value> vars) {
  IRMapping map;
  SmallVector<Operation *> ops;
  for (Operation &op : node.getBodyBlock())
    ops.push_back(&op);
  return body.emitOps(ops, map, vars);
}

std::vector<const void *> GpuGraphLowering::accessKey(Value root,
                                                      IndexExprAttr index,
                                                      ArrayRef<Value> vars) {
  std::vector<const void *> key{root.getAsOpaquePointer(),
                                index.getAsOpaquePointer()};
  for (auto [d, v] : llvm::enumerate(vars))
    key.push_back(index.usesDim(d) && v ? v.getAsOpaquePointer() : nullptr);
  return key;
}

Value GpuGraphLowering::reuseLoad(LoadOp load, ArrayRef<Value> vars) {
  if (!cacheAccesses || !isPlainIndex(load.getIndex()))
    return Value();
  Value root = rootOf.lookup(load.getBuffer());
  auto it = accessCache.find(accessKey(root, load.getIndex(), vars));
  if (it == accessCache.end() || !dominatesInsertion(it->second) ||
      it->second.getType() != load.getResult().getType()) {
    if (registerRoots.contains(root))
      missedRegisterRoots.insert(root);
    return Value();
  }
  return it->second;
}

/// Whether two access keys of one storage name different elements: the
/// same index, the same variables but one, which differs by a nonzero
/// constant (x + c against x, the points of one run), the index's
/// coefficient on it nonzero.
static bool provablyDifferent(const std::vector<const void *> &a,
                              const std::vector<const void *> &b) {
  if (a.size() != b.size() || a[1] != b[1])
    return false;
  auto index = cast<IndexExprAttr>(
      Attribute::getFromOpaquePointer(a[1]));
  auto offsetOf = [](Value v) -> std::pair<Value, int64_t> {
    if (auto add = v.getDefiningOp<arith::AddIOp>())
      if (auto c = add.getRhs().getDefiningOp<arith::ConstantIndexOp>())
        return {add.getLhs(), c.value()};
    return {v, 0};
  };
  int differing = 0;
  bool distinct = false;
  for (size_t i = 2; i < a.size(); ++i) {
    if (a[i] == b[i])
      continue;
    if (!a[i] || !b[i] || ++differing > 1)
      return false;
    auto [x, cx] = offsetOf(Value::getFromOpaquePointer(a[i]));
    auto [y, cy] = offsetOf(Value::getFromOpaquePointer(b[i]));
    std::optional<int64_t> stride = strideAlong(index, i - 2);
    distinct = x == y && cx != cy && stride && *stride != 0;
  }
  return distinct;
}

bool GpuGraphLowering::recordAccess(Value buffer, IndexExprAttr index,
                                    ArrayRef<Value> vars, Value value,
                                    bool isStore) {
  Value root = rootOf.lookup(buffer);
  if (!cacheAccesses)
    return true;
  if (isStore) {
    // Another index of the same storage may be the same element, unless
    // it is the same index at a point that provably differs.
    std::vector<const void *> key =
        isPlainIndex(index) ? accessKey(root, index, vars)
                            : std::vector<const void *>{};
    std::vector<const void *> lo{root.getAsOpaquePointer()};
    auto it = accessCache.lower_bound(lo);
    while (it != accessCache.end() &&
           it->first.front() == root.getAsOpaquePointer()) {
      if (!key.empty() && provablyDifferent(it->first, key))
        ++it;
      else
        it = accessCache.erase(it);
    }
    if (!value || !isPlainIndex(index)) {
      if (registerRoots.contains(root))
        missedRegisterRoots.insert(root); // untracked: keep it in memory
      return true;
    }
  }
  if (value && isPlainIndex(index))
    accessCache[accessKey(root, index, vars)] = value;
  return !(isStore && registerRoots.contains(root));
}

//===----------------------------------------------------------------------===//
// Eviction hints
//===----------------------------------------------------------------------===//

/// Whether a kernel's loads take Inductor's hints. Measured on an H200
/// under do_bench's L2 flush (bench/README.md): they take time off kernels
/// that only reduce, whose loads the hints keep from writing back the
/// flush's dirty lines, up to eviction-hint-max-bytes of storages read; on
/// kernels that also store a full rows x reduction output (the stores'
/// own lines evict those dirty lines anyway) or read more, the hints cost
/// a few percent. Storages in `kernelLocal` (only this kernel's, no
/// output) count neither way.
bool GpuGraphLowering::hintsPay(const KernelPlan &plan,
                                const DenseSet<Value> &kernelLocal) {
  int64_t points = plan.outer * plan.reduce;
  DenseSet<Value> read;
  int64_t bytes = 0;
  for (NodeOp node : plan.nodes) {
    bool full = node.getReduce().empty() &&
                product(constantBounds(node.getRanges())) == points;
    WalkResult walk = node.walk([&](Operation *op) {
      if (auto store = dyn_cast<StoreOp>(op);
          store && full &&
          !kernelLocal.contains(rootOf.lookup(store.getBuffer())))
        return WalkResult::interrupt();
      if (auto load = dyn_cast<LoadOp>(op)) {
        Value root = rootOf.lookup(load.getBuffer());
        if (!kernelLocal.contains(root) && read.insert(root).second) {
          auto type = cast<MemRefType>(flat.lookup(root).getType());
          bytes +=
              type.getNumElements() * (type.getElementTypeBitWidth() + 7) / 8;
        }
      }
      return WalkResult::advance();
    });
    if (walk.wasInterrupted())
      return false;
  }
  return bytes <= options.evictionHintMaxBytes;
}

EvictionHint GpuGraphLowering::hintFor(LoadOp load) {
  if (!hintLoads || !load.getIndirect().empty() ||
      !isPlainIndex(load.getIndex()))
    return EvictionHint::None;
  Value root = rootOf.lookup(load.getBuffer());
  if (storedRoots.contains(root))
    return EvictionHint::None;
  bool readAgain =
      !persistentRows && lastMemberLoading.lookup(root) > currentMember;
  return inductorEvictionHint(load, load->getParentOfType<NodeOp>(), readAgain);
}

Value GpuGraphLowering::policyFor(EvictionHint hint) {
  Value &policy = policies[hint == EvictionHint::First ? 0 : 1];
  if (!policy) {
    OpBuilder::InsertionGuard guard(b);
    b.setInsertionPointToStart(&currentLaunch.getBody().front());
    policy = emitCachePolicy(b, loc, hint);
  }
  return policy;
}

/// The LoopBodyEmitter's loads: a hinted scalar load where the load has a
/// hint, except for loads a run's backend may merge (contiguous along it).
Value GpuGraphLowering::hintedLoad(LoadOp load, Value storage, Value index) {
  EvictionHint hint = hintFor(load);
  if (hint == EvictionHint::None)
    return Value();
  auto node = load->getParentOfType<NodeOp>();
  unsigned runDim = node.getRanges().size() + node.getReduce().size() - 1;
  if (std::optional<int64_t> s = strideAlong(load.getIndex(), runDim);
      inRun && s && *s == 1)
    return Value();
  SmallVector<Value> v = emitHintedLoad(b, loc, hint, policyFor(hint), storage,
                                        index, load.getResult().getType(), 1);
  return v.empty() ? Value() : v.front();
}

/// Ahead of the bodies of runs of `width` points (`at`, in run order, each
/// run's first innermost variable a multiple of `width`): each hinted load
/// among `ops` that is an aligned run along the innermost variable as
/// 128-bit hinted loads, their elements left in the access cache for the
/// bodies.
void GpuGraphLowering::emitHintedRunLoads(ArrayRef<Operation *> ops,
                                          ArrayRef<SmallVector<Value>> at,
                                          int64_t width) {
  if (!hintLoads || !cacheAccesses || width < 2)
    return;
  SmallVector<Operation *> loads = plainLoads(ops);
  for (size_t first = 0; first + width <= at.size(); first += width) {
    ArrayRef<Value> start = at[first];
    if (start.empty())
      continue;
    // Point first + j is `start` with j added to the innermost variable.
    bool run = true;
    for (int64_t j = 1; run && j < width; ++j) {
      ArrayRef<Value> vars = at[first + j];
      auto add = vars.back().getDefiningOp<arith::AddIOp>();
      auto c = add ? add.getRhs().getDefiningOp<arith::ConstantIndexOp>()
                   : arith::ConstantIndexOp();
      run = vars.drop_back() == start.drop_back() && c &&
            add.getLhs() == start.back() && c.value() == j;
    }
    if (!run)
      continue;
    unsigned dim = start.size() - 1;
    for (Operation *op : loads) {
      auto load = cast<LoadOp>(op);
      Type type = load.getResult().getType();
      EvictionHint hint = hintFor(load);
      if (hint == EvictionHint::None || !type.isIntOrFloat() ||
          type.getIntOrFloatBitWidth() < 32)
        continue;
      int64_t vector =
          std::min<int64_t>(width, 128 / type.getIntOrFloatBitWidth());
      if (width % vector != 0 || !isAlignedRun(load.getIndex(), dim, vector) ||
          reuseLoad(load, start))
        continue;
      IRMapping map;
      Value index = body.index(load, load.getIndex(), start, {}, map);
      Value root = rootOf.lookup(load.getBuffer());
      for (int64_t j = 0; j < width; j += vector) {
        Value at0 = j == 0 ? index
                           : arith::AddIOp::create(b, loc, index, constIndex(j))
                                 .getResult();
        SmallVector<Value> elements =
            emitHintedLoad(b, loc, hint, policyFor(hint),
                           body.storage(load.getBuffer()), at0, type, vector);
        for (auto [k, v] : llvm::enumerate(elements))
          accessCache[accessKey(root, load.getIndex(), at[first + j + k])] = v;
      }
    }
  }
}

/// gpu.shuffle xor of any scalar: 32-bit values directly, narrower ones
/// widened, 64-bit ones as two 32-bit halves.
Value GpuGraphLowering::shuffleXor(Value v, int32_t offset) {
  Type t = v.getType();
  auto shuffle32 = [&](Value x) {
    return gpu::ShuffleOp::create(b, loc, x, offset, kWarp,
                                  gpu::ShuffleMode::XOR)
        .getShuffleResult();
  };
  unsigned width = t.getIntOrFloatBitWidth();
  if (width == 32)
    return shuffle32(v);
  if (auto ft = dyn_cast<FloatType>(t)) {
    if (width < 32)
      return arith::TruncFOp::create(
          b, loc, t, shuffle32(arith::ExtFOp::create(b, loc, b.getF32Type(), v)));
    Value bits = arith::BitcastOp::create(b, loc, b.getI64Type(), v);
    return arith::BitcastOp::create(b, loc, t, shuffleXor(bits, offset));
  }
  if (width < 32)
    return arith::TruncIOp::create(
        b, loc, t, shuffle32(arith::ExtUIOp::create(b, loc, b.getI32Type(), v)));
  Value lo = arith::TruncIOp::create(b, loc, b.getI32Type(), v);
  Value hi = arith::TruncIOp::create(
      b, loc, b.getI32Type(),
      arith::ShRUIOp::create(b, loc, v,
                             arith::ConstantOp::create(
                                 b, loc, b.getIntegerAttr(t, 32))));
  Value lo2 = arith::ExtUIOp::create(b, loc, t, shuffle32(lo));
  Value hi2 = arith::ExtUIOp::create(b, loc, t, shuffle32(hi));
  return arith::OrIOp::create(
      b, loc, lo2,
      arith::ShLIOp::create(
          b, loc, hi2,
          arith::ConstantOp::create(b, loc, b.getIntegerAttr(t, 32))));
}

/// The run width of a reduction loop: kVector consecutive points a thread
/// (serial-run-width for a thread alone on its row or its part) when the
/// reduction divides into whole runs of every thread, the runs stay in one
/// innermost row, and the body stores nothing (its loads are then safely reused
/// within an iteration); else 1.
int64_t GpuGraphLowering::loopRunWidth(NodeOp node, int64_t threads,
                                       int64_t total) {
  SmallVector<int64_t> bounds = constantBounds(node.getReduce());
  bool stores = node.walk([](Operation *op) {
                      return isa<StoreOp>(op) ? WalkResult::interrupt()
                                              : WalkResult::advance();
                    })
                    .wasInterrupted();
  // A thread walking its row (or its part of a split row) alone takes
  // whole 32-byte sectors of a contiguous operand at once
  // (serial-run-width points).
  int64_t width =
      threads == 1 || laneStride > 1 ? options.serialRunWidth : kVector;
  if (stores || width < 2 || bounds.back() % width != 0 ||
      total % (threads * width) != 0)
    return 1;
  return width;
}

/// A thread's accumulators over its points of a persistent row (`inputs`
/// of the reduction at each point, in point order). Welford's is two
/// passes over the values held in registers (mean, then the squared
/// deviations from it, weight the count), one division instead of one a
/// point; threads' triples then merge with Chan's formula.
SmallVector<Value> GpuGraphLowering::perThreadAccumulator(
    const Accumulator &acc, ArrayRef<SmallVector<Value>> inputs,
    ArrayRef<RowPoint> points) {
  Type t = acc.op.getResults().front().getType();
  if (acc.op.getKind() == ReductionKind::welford_reduce) {
    SmallVector<Value> xs;
    for (ArrayRef<Value> in : inputs)
      xs.push_back(castTo(b, loc, in.front(), t));
    Value sum = xs.front();
    for (Value x : ArrayRef(xs).drop_front())
      sum = arith::AddFOp::create(b, loc, sum, x);
    Value count = constantOf(b, loc, t, static_cast<double>(xs.size()), 0);
    Value mean = arith::DivFOp::create(b, loc, sum, count);
    Value m2 = constantOf(b, loc, t, 0.0, 0);
    for (Value x : xs) {
      Value d = arith::SubFOp::create(b, loc, x, mean);
      m2 = arith::AddFOp::create(b, loc, m2, arith::MulFOp::create(b, loc, d, d));
    }
    return {mean, m2, count};
  }
  SmallVector<Value> state(acc.inits);
  for (auto [in, r] : llvm::zip(inputs, points))
    state = combine(b, acc, state, in, r.value, /*reassociate=*/false);
  return state;
}

/// One reduction node at row `row`. With `threads` > 1, that many
/// consecutive threads share the row (`lane` is the caller's position
/// among them): each takes every threads-th point, `kUnroll` points an
/// iteration (their loads in flight together), and they merge their
/// partials through warp shuffles and, across warps, `scratch` (shared
/// memory, a slot per warp of the block for each accumulator value); the
/// row's lane 0 runs the code after the reductions. With one thread, it
/// does it all. With `points` (a persistent kernel), the thread's points
/// are those, as straight-line code, instead of a loop.
LogicalResult GpuGraphLowering::emitReduction(NodeOp node, Value row,
                                              Value lane, int64_t threads,
                                              ArrayRef<Value> scratch,
                                              unsigned &nextScratch,
                                              ArrayRef<RowPoint> points) {
  SmallVector<int64_t> reduceBounds = constantBounds(node.getReduce());
  int64_t total = product(reduceBounds);
  SmallVector<Value> outer =
      delinearize(row, constantBounds(node.getRanges()));

  SmallVector<Accumulator> accs;
  SmallVector<Value> inits;
  for (Operation &op : node.getBodyBlock())
    if (auto red = dyn_cast<ReductionOp>(op)) {
      FailureOr<Accumulator> acc =
          makeAccumulator(b, red, "-convert-sched-to-gpu");
      if (failed(acc))
        return failure();
      acc->first = inits.size();
      llvm::append_range(inits, acc->inits);
      accs.push_back(*acc);
    }
  SmallVector<Operation *> inLoop, after;
  splitAroundReductions(node, inLoop, after);

  // The accumulators after the point `r` (its variables `vars`).
  auto pointAt = [&](ArrayRef<Value> vars, Value r,
                     ValueRange args) -> FailureOr<SmallVector<Value>> {
    IRMapping map;
    if (failed(body.emitOps(inLoop, map, vars)))
      return failure();
    SmallVector<Value> next;
    for (const Accumulator &acc : accs) {
      SmallVector<Value> inputs;
      for (Value in : acc.op.getInputs())
        inputs.push_back(map.lookup(in));
      llvm::append_range(next,
                         combine(b, acc, args.slice(acc.first, acc.inits.size()),
                                 inputs, r, /*reassociate=*/false));
    }
    return next;
  };
  auto point = [&](Value r, ValueRange args) {
    SmallVector<Value> vars(outer);
    llvm::append_range(vars, delinearize(r, reduceBounds));
    return pointAt(vars, r, args);
  };
  SmallVector<Value> finals;
  // A persistent row: the body at every point first, then each
  // accumulator over the thread's values. The same reductions of the same
  // values (layernorm's three welford_reduce nodes) are merged once.
  bool reused = false;
  if (!points.empty()) {
    SmallVector<SmallVector<SmallVector<Value>>> inputsAt(accs.size());
    SmallVector<SmallVector<Value>> at;
    for (const RowPoint &r : points) {
      SmallVector<Value> vars(outer);
      llvm::append_range(vars, shiftedVars(r.base, r.offset, reduceBounds));
      at.push_back(vars);
    }
    // The points are runs of points sharing a base.
    size_t width = 1;
    while (width < points.size() && points[width].base == points.front().base)
      ++width;
    llvm::SaveAndRestore runGuard(inRun, width > 1);
    emitHintedRunLoads(inLoop, at, width);
    for (ArrayRef<Value> vars : at) {
      IRMapping map;
      if (failed(body.emitOps(inLoop, map, vars)))
        return failure();
      for (auto [a, acc] : llvm::enumerate(accs)) {
        SmallVector<Value> inputs;
        for (Value in : acc.op.getInputs())
          inputs.push_back(map.lookup(in));
        inputsAt[a].push_back(inputs);
      }
    }
    std::vector<const void *> key;
    for (auto [a, acc] : llvm::enumerate(accs)) {
      key.push_back(reinterpret_cast<const void *>(
          static_cast<uintptr_t>(acc.op.getKind()) + 1));
      key.push_back(acc.op.getResults().front().getType().getAsOpaquePointer());
      for (ArrayRef<Value> inputs : inputsAt[a])
        for (Value v : inputs)
          key.push_back(v.getAsOpaquePointer());
    }
    if (auto it = mergedReductions.find(key);
        it != mergedReductions.end() &&
        llvm::all_of(it->second, [&](Value v) { return dominatesInsertion(v); })) {
      finals = it->second;
      reused = true;
    } else {
      for (auto [a, acc] : llvm::enumerate(accs)) {
        SmallVector<Value> state = perThreadAccumulator(acc, inputsAt[a], points);
        llvm::append_range(finals, state);
      }
    }
    if (!reused)
      pendingMergeKey = key;
  } else if (int64_t width = loopRunWidth(node, threads, total); width > 1) {
    // Runs of `width` consecutive points a thread an iteration, a run of
    // every thread of the row next to each other: the run's loads first (a
    // 128-bit load where contiguous), then the bodies, in point order.
    int64_t chunk = threads * width;
    auto loop = scf::ForOp::create(b, loc, constIndex(0), constIndex(total),
                                   constIndex(chunk), inits);
    OpBuilder::InsertionGuard guard(b);
    b.setInsertionPointToStart(loop.getBody());
    Value base = arith::AddIOp::create(
        b, loc, loop.getInductionVar(),
        arith::MulIOp::create(b, loc, lane, constIndex(width)));
    // Loads reused within one iteration only: the loop body stores nothing,
    // and cached values from before the loop stay valid in it.
    bool wasCaching = cacheAccesses;
    cacheAccesses = true;
    llvm::SaveAndRestore runGuard(inRun, true);
    SmallVector<Operation *> loads = plainLoads(inLoop);
    SmallVector<SmallVector<Value>> at;
    for (int64_t j = 0; j < width; ++j) {
      SmallVector<Value> vars(outer);
      llvm::append_range(vars, shiftedVars(base, j, reduceBounds, width));
      at.push_back(vars);
    }
    emitHintedRunLoads(loads, at, width);
    for (ArrayRef<Value> vars : at) {
      IRMapping map;
      if (failed(body.emitOps(loads, map, vars)))
        return failure();
    }
    SmallVector<Value> args(loop.getRegionIterArgs());
    for (int64_t j = 0; j < width; ++j) {
      Value r = j == 0 ? base
                       : arith::AddIOp::create(b, loc, base, constIndex(j))
                             .getResult();
      FailureOr<SmallVector<Value>> next = pointAt(at[j], r, args);
      if (failed(next))
        return failure();
      args = *next;
    }
    cacheAccesses = wasCaching;
    scf::YieldOp::create(b, loc, args);
    finals.assign(loop.getResults().begin(), loop.getResults().end());
  } else {
  int64_t unroll = threads > 1 ? kUnroll : 1;
  int64_t chunk = threads * unroll;
  auto loop = scf::ForOp::create(b, loc, constIndex(0),
                                 constIndex(llvm::alignTo(total, chunk)),
                                 constIndex(chunk), inits);
  {
    OpBuilder::InsertionGuard guard(b);
    b.setInsertionPointToStart(loop.getBody());
    SmallVector<Value> args(loop.getRegionIterArgs());
    Value base = arith::AddIOp::create(b, loc, loop.getInductionVar(), lane);
    for (int64_t u = 0; u < unroll; ++u) {
      Value r = u == 0 ? base
                       : arith::AddIOp::create(b, loc, base,
                                               constIndex(u * threads))
                             .getResult();
      if (total % chunk == 0) {
        FailureOr<SmallVector<Value>> next = point(r, args);
        if (failed(next))
          return failure();
        args = *next;
        continue;
      }
      // The last iteration's points past the end keep the accumulators.
      Value inside = arith::CmpIOp::create(b, loc, arith::CmpIPredicate::ult,
                                           r, constIndex(total));
      auto ifInside =
          scf::IfOp::create(b, loc, ValueRange(args).getTypes(), inside, true);
      {
        OpBuilder::InsertionGuard inner(b);
        b.setInsertionPointToStart(ifInside.thenBlock());
        FailureOr<SmallVector<Value>> next = point(r, args);
        if (failed(next))
          return failure();
        scf::YieldOp::create(b, loc, *next);
        b.setInsertionPointToStart(ifInside.elseBlock());
        scf::YieldOp::create(b, loc, args);
      }
      args.assign(ifInside.getResults().begin(), ifInside.getResults().end());
    }
    scf::YieldOp::create(b, loc, args);
  }
  finals.assign(loop.getResults().begin(), loop.getResults().end());
  }

  auto emitAfter = [&](ValueRange results) -> LogicalResult {
    IRMapping map;
    for (const Accumulator &acc : accs)
      mapReductionResults(map, acc, results);
    SmallVector<Value> vars(outer);
    vars.append(reduceBounds.size(), Value());
    return body.emitOps(after, map, vars);
  };
  if (threads == 1)
    return emitAfter(finals);

  // Within each warp: a butterfly, so every lane ends with the warp's
  // partial. The merge keeps Inductor's tie rules (argmax: lower position).
  auto merge = [&](ArrayRef<Value> a, ArrayRef<Value> other) {
    SmallVector<Value> out;
    for (const Accumulator &acc : accs)
      llvm::append_range(
          out, mergeAccumulators(
                   b, acc, ValueRange(a).slice(acc.first, acc.inits.size()),
                   ValueRange(other).slice(acc.first, acc.inits.size())));
    return out;
  };
  // Rows narrower than a warp stay within their aligned group of lanes.
  for (int32_t offset = std::min<int64_t>(threads, kWarp) / 2;
       !reused && laneStride == 1 && offset >= 1; offset /= 2) {
    SmallVector<Value> other;
    for (Value v : finals)
      other.push_back(shuffleXor(v, offset));
    finals = merge(finals, other);
  }
  if (!points.empty() && !reused)
    mergedReductions[pendingMergeKey] = finals;
  // Every thread of the row ends with the merged accumulators and runs the
  // code after the reductions, so its results stay in registers for the
  // members after (the access cache forwards the stored values); lane 0
  // alone does the stores.
  Value isLane0 = arith::CmpIOp::create(b, loc, arith::CmpIPredicate::eq, lane,
                                        constIndex(0));
  auto afterOnEveryLane = [&](ValueRange results) {
    body.setStoreGuard(isLane0);
    LogicalResult result = emitAfter(results);
    body.setStoreGuard(Value());
    return result;
  };
  if (threads <= kWarp && laneStride == 1)
    return afterOnEveryLane(finals);
  unsigned base = nextScratch;
  nextScratch += finals.size();
  // After the barrier every thread of the row merges its row's `count`
  // partials in order: slots first, first + stride, ...
  auto mergeSlots = [&](Value first, int64_t stride, int64_t count) {
    auto slot = [&](unsigned i, int64_t s) {
      Value at =
          s == 0 ? first
                 : arith::AddIOp::create(b, loc, first, constIndex(s * stride))
                       .getResult();
      return memref::LoadOp::create(b, loc, scratch[base + i], ValueRange{at})
          .getResult();
    };
    SmallVector<Value> merged;
    for (unsigned i = 0; i < finals.size(); ++i)
      merged.push_back(slot(i, 0));
    for (int64_t s = 1; s < count; ++s) {
      SmallVector<Value> other;
      for (unsigned i = 0; i < finals.size(); ++i)
        other.push_back(slot(i, s));
      merged = merge(merged, other);
    }
    return merged;
  };
  if (laneStride > 1) {
    // A split row: its threads are laneStride apart, in different warps.
    // Each leaves its partial in its own slot (the parts' order is the
    // points').
    for (auto [i, v] : llvm::enumerate(finals))
      memref::StoreOp::create(b, loc, v, scratch[base + i],
                              ValueRange{threadIdX});
    gpu::BarrierOp::create(b, loc);
    Value local = arith::SubIOp::create(
        b, loc, threadIdX,
        arith::MulIOp::create(b, loc, lane, constIndex(laneStride)));
    return afterOnEveryLane(mergeSlots(local, laneStride, threads));
  }
  // Lane 0 of each warp leaves its partial in shared memory, a slot per
  // warp.
  Value warp = arith::DivUIOp::create(b, loc, threadIdX, constIndex(kWarp));
  Value isWarpLane0 = arith::CmpIOp::create(
      b, loc, arith::CmpIPredicate::eq,
      arith::RemUIOp::create(b, loc, lane, constIndex(kWarp)), constIndex(0));
  auto ifWarpLane0 = scf::IfOp::create(b, loc, isWarpLane0, /*withElse=*/false);
  {
    OpBuilder::InsertionGuard guard(b);
    b.setInsertionPoint(ifWarpLane0.thenBlock()->getTerminator());
    for (auto [i, v] : llvm::enumerate(finals))
      memref::StoreOp::create(b, loc, v, scratch[base + i], ValueRange{warp});
  }
  gpu::BarrierOp::create(b, loc);
  Value firstWarp = arith::DivUIOp::create(
      b, loc, arith::SubIOp::create(b, loc, threadIdX, lane), constIndex(kWarp));
  return afterOnEveryLane(mergeSlots(firstWarp, 1, threads / kWarp));
}

LogicalResult GpuGraphLowering::emitPointwise(const KernelPlan &plan,
                                              gpu::LaunchOp launch) {
  Value tid = launch.getThreadIds().x;
  int64_t perThread = options.pointsPerThread;
  int64_t width = plan.vectorWidth;
  // Runs of `width` consecutive points; run i of a thread starts at
  // (block * perThread / width + i) * blockSize * width + tid * width, so a
  // warp's accesses of each run are contiguous.
  Value blockStart = arith::MulIOp::create(
      b, loc, launch.getBlockIds().x,
      constIndex(options.blockSize * perThread));
  Value start = arith::AddIOp::create(
      b, loc, blockStart,
      arith::MulIOp::create(b, loc, tid, constIndex(width)));
  for (int64_t i = 0; i < perThread / width; ++i) {
    Value base =
        i == 0 ? start
               : arith::AddIOp::create(b, loc, start,
                                       constIndex(i * options.blockSize * width))
                     .getResult();
    // A run is inside or outside as a whole (outer is a multiple of width).
    Value inside = arith::CmpIOp::create(b, loc, arith::CmpIPredicate::ult,
                                         base, constIndex(plan.outer));
    auto ifInside = scf::IfOp::create(b, loc, inside, /*withElse=*/false);
    OpBuilder::InsertionGuard guard(b);
    b.setInsertionPoint(ifInside.thenBlock()->getTerminator());
    // Member by member, each at every point of the run: a member reads
    // what an earlier one wrote at the same point, in the same thread.
    for (NodeOp node : plan.nodes) {
      SmallVector<int64_t> bounds = constantBounds(node.getRanges());
      SmallVector<SmallVector<Value>> at;
      for (int64_t j = 0; j < width; ++j)
        at.push_back(shiftedVars(base, j, bounds));
      if (failed(emitRun(node, at, width)))
        return failure();
    }
  }
  return success();
}

/// The variables of point base + j of `bounds`, base a multiple of the run
/// width: base's with j added to the innermost one, when the run stays in
/// one innermost row; else its own.
SmallVector<Value> GpuGraphLowering::shiftedVars(Value base, int64_t j,
                                                 ArrayRef<int64_t> bounds,
                                                 int64_t width) {
  if (j == 0)
    return delinearize(base, bounds);
  // The same point of the same ranges: the same values (see delinearize).
  auto key = std::make_pair(base.getAsOpaquePointer(),
                            std::vector<int64_t>(bounds.begin(), bounds.end()));
  key.second.push_back(j);
  if (auto it = shifted.find(key);
      it != shifted.end() &&
      llvm::all_of(it->second, [&](Value v) { return dominatesInsertion(v); }))
    return it->second;
  SmallVector<Value> vars;
  if (!bounds.empty() && bounds.back() % width == 0) {
    vars = delinearize(base, bounds);
    vars.back() = arith::AddIOp::create(b, loc, vars.back(), constIndex(j));
  } else {
    vars = delinearize(arith::AddIOp::create(b, loc, base, constIndex(j)),
                       bounds);
  }
  shifted[key] = vars;
  return vars;
}

/// A node's body at each point of a run (`at`, their variables): first its
/// plain loads at every point, next to each other so the backend may merge
/// contiguous ones into one wide load, then the whole body at each point
/// (those loads reused from the access cache).
LogicalResult GpuGraphLowering::emitRun(NodeOp node,
                                        ArrayRef<SmallVector<Value>> at,
                                        int64_t runWidth) {
  llvm::SaveAndRestore runGuard(inRun, runWidth > 1);
  if (at.size() > 1 && cacheAccesses) {
    SmallVector<Operation *> ops;
    for (Operation &op : node.getBodyBlock())
      ops.push_back(&op);
    emitHintedRunLoads(ops, at, runWidth);
    SmallVector<Operation *> loads = plainLoads(ops);
    for (ArrayRef<Value> vars : at) {
      IRMapping map;
      if (failed(body.emitOps(loads, map, vars)))
        return failure();
    }
  }
  for (ArrayRef<Value> vars : at)
    if (failed(emitPoint(node, vars)))
      return failure();
  return success();
}

LogicalResult GpuGraphLowering::emitRows(const KernelPlan &plan,
                                         gpu::LaunchOp launch,
                                         ArrayRef<Value> scratch) {
  Value tid = launch.getThreadIds().x;
  Value blockId = launch.getBlockIds().x;
  OpBuilder::InsertionGuard guard(b);
  Value row, lane;
  laneStride = 1;
  int64_t threads = plan.threadsPerRow;
  if (plan.strategy == Strategy::ThreadPerRow) {
    // Thread t walks the rows in plan.rowOrder (its fastest dimension is
    // the one a load is contiguous along); `row` is the point's position
    // in the ranges' own order, which every member shares. With splits,
    // thread ids rowsPerBlock apart share a row (`lane` is the part), so
    // a warp still takes neighbouring rows.
    int64_t rowsPerBlock = options.blockSize / plan.rowSplits;
    Value local = tid;
    if (plan.rowSplits > 1) {
      local = arith::RemUIOp::create(b, loc, tid, constIndex(rowsPerBlock));
      lane = arith::DivUIOp::create(b, loc, tid, constIndex(rowsPerBlock));
    } else {
      lane = constIndex(0);
    }
    Value t = arith::AddIOp::create(
        b, loc,
        arith::MulIOp::create(b, loc, blockId, constIndex(rowsPerBlock)),
        local);
    if (plan.outer % rowsPerBlock != 0) {
      Value inside = arith::CmpIOp::create(b, loc, arith::CmpIPredicate::ult, t,
                                           constIndex(plan.outer));
      auto ifInside = scf::IfOp::create(b, loc, inside, /*withElse=*/false);
      b.setInsertionPoint(ifInside.thenBlock()->getTerminator());
    }
    SmallVector<int64_t> permuted;
    for (unsigned d : plan.rowOrder)
      permuted.push_back(plan.rowBounds[d]);
    SmallVector<Value> vars = delinearize(t, permuted);
    SmallVector<int64_t> strides(plan.rowBounds.size(), 1);
    for (int d = plan.rowBounds.size() - 2; d >= 0; --d)
      strides[d] = strides[d + 1] * plan.rowBounds[d + 1];
    row = constIndex(0);
    for (auto [k, d] : llvm::enumerate(plan.rowOrder))
      row = arith::AddIOp::create(
          b, loc, row,
          arith::MulIOp::create(b, loc, vars[k], constIndex(strides[d])));
    threads = plan.rowSplits;
    laneStride = rowsPerBlock;
  } else {
    int64_t rowsPerBlock = plan.blockSize / threads;
    row = arith::AddIOp::create(
        b, loc,
        arith::MulIOp::create(b, loc, blockId, constIndex(rowsPerBlock)),
        arith::DivUIOp::create(b, loc, tid, constIndex(threads)));
    lane = arith::RemUIOp::create(b, loc, tid, constIndex(threads));
  }
  // A persistent kernel's points of the row, one set for every member:
  // runs of `width` consecutive points, a run of every thread of the row
  // next to each other.
  SmallVector<RowPoint> points;
  if (plan.persistent) {
    int64_t width = plan.vectorWidth;
    Value first = width == 1 ? lane
                             : arith::MulIOp::create(b, loc, lane,
                                                     constIndex(width))
                                   .getResult();
    for (int64_t k = 0; k < plan.reduce / (threads * width); ++k) {
      Value base = k == 0 ? first
                          : arith::AddIOp::create(
                                b, loc, first, constIndex(k * threads * width))
                                .getResult();
      for (int64_t j = 0; j < width; ++j)
        points.push_back(
            {base, j,
             j == 0 ? base
                    : arith::AddIOp::create(b, loc, base, constIndex(j))
                          .getResult()});
    }
  }
  unsigned nextScratch = 0;
  for (auto [i, constNode] : llvm::enumerate(plan.nodes)) {
    NodeOp node = constNode;
    currentMember = i;
    if (!node.getReduce().empty()) {
      if (failed(emitReduction(node, row, lane, threads, scratch, nextScratch,
                               points)))
        return failure();
    } else if (product(constantBounds(node.getRanges())) == plan.outer) {
      // One point per row (code on the row's reductions): lane 0's.
      Value isLane0 = arith::CmpIOp::create(b, loc, arith::CmpIPredicate::eq,
                                            lane, constIndex(0));
      auto ifLane0 = scf::IfOp::create(b, loc, isLane0, false);
      OpBuilder::InsertionGuard inner(b);
      b.setInsertionPoint(ifLane0.thenBlock()->getTerminator());
      if (failed(emitPoint(node, row)))
        return failure();
    } else if (!points.empty()) {
      // A pointwise member over rows x reduction points, at this thread's
      // points of the row.
      SmallVector<SmallVector<Value>> at;
      for (const RowPoint &r : points)
        at.push_back(pointVars(node, plan, row, r));
      if (failed(emitRun(node, at, plan.vectorWidth)))
        return failure();
    } else {
      // A pointwise member over rows x reduction points: point r of row
      // `row` is row * reduce + r of its ranges, as Inductor splits them.
      auto loop = scf::ForOp::create(b, loc, lane, constIndex(plan.reduce),
                                     constIndex(threads));
      OpBuilder::InsertionGuard inner(b);
      b.setInsertionPoint(loop.getBody()->getTerminator());
      Value r = loop.getInductionVar();
      if (failed(emitPoint(node, pointVars(node, plan, row, {r, 0, r}))))
        return failure();
    }
    // What one thread stored, a later member may read from another (or
    // overwrite what another read).
    if (threads > 1 && i + 1 < plan.nodes.size() &&
        membersConflictAcross(i))
      gpu::BarrierOp::create(b, loc);
  }
  return success();
}

/// Whether members 0..i and the members after i touch a storage in common
/// that one of them writes: only then must the threads of a row wait for
/// each other between member i and i + 1. Register buffers do not count:
/// every thread of the row holds their values (the emission is retried
/// without one whose load missed).
bool GpuGraphLowering::membersConflictAcross(size_t i) {
  DenseSet<Value> readBefore, writtenBefore;
  for (const MemberAccesses &m : ArrayRef(memberAccesses).take_front(i + 1)) {
    readBefore.insert(m.reads.begin(), m.reads.end());
    writtenBefore.insert(m.writes.begin(), m.writes.end());
  }
  for (const MemberAccesses &m : ArrayRef(memberAccesses).drop_front(i + 1)) {
    for (Value root : m.reads)
      if (writtenBefore.contains(root) && !registerRoots.contains(root))
        return true;
    for (Value root : m.writes)
      if ((writtenBefore.contains(root) || readBefore.contains(root)) &&
          !registerRoots.contains(root))
        return true;
  }
  return false;
}

LogicalResult GpuGraphLowering::emitLaunch(Operation *kernel,
                                           const KernelPlan &plan) {
  int64_t blocks;
  if (plan.strategy == Strategy::Pointwise)
    blocks = llvm::divideCeil(plan.outer,
                              options.blockSize * options.pointsPerThread);
  else if (plan.strategy == Strategy::ThreadsPerRow)
    blocks = plan.outer / (plan.blockSize / plan.threadsPerRow);
  else
    blocks = llvm::divideCeil(plan.outer, options.blockSize / plan.rowSplits);
  if (blocks > std::numeric_limits<int32_t>::max())
    return kernel->emitOpError("needs ")
           << blocks << " blocks, more than a 1-D grid has";
  // Shared memory for the block-wide merge: per accumulator value of each
  // reduction member, one slot per warp.
  // Split thread-per-row kernels: one slot per thread instead.
  SmallVector<Type> scratchTypes;
  bool split = plan.strategy == Strategy::ThreadPerRow && plan.rowSplits > 1;
  if ((plan.strategy == Strategy::ThreadsPerRow &&
       plan.threadsPerRow > kWarp) ||
      split) {
    auto space = gpu::AddressSpaceAttr::get(b.getContext(),
                                            gpu::AddressSpace::Workgroup);
    for (NodeOp node : plan.nodes)
      node.walk([&](ReductionOp red) {
        for (Type v : accumulatorTypes(red))
          scratchTypes.push_back(
              MemRefType::get({split ? plan.blockSize : plan.blockSize / kWarp},
                              v, MemRefLayoutAttrInterface(), space));
      });
  }
  StringRef suffix;
  if (auto attr = kernel->getAttrOfType<StringAttr>("name"))
    suffix = attr.getValue();
  std::string name = nextKernelName(suffix);
  // Buffers only this kernel touches may live in registers where its
  // threads run straight-line code; each one a load misses goes back to
  // memory, and the kernel is emitted again.
  DenseSet<Value> candidates;
  cacheAccesses = plan.strategy == Strategy::Pointwise || plan.persistent;
  if (cacheAccesses)
    for (auto [root, only] : onlyKernel)
      if (only == kernel && isa<BufferOp>(root.getDefiningOp()) &&
          !outputStorage.count(root))
        candidates.insert(root);
  // Inductor's eviction hints, in the reduction kernels it would loop over.
  hintLoads = options.evictionHints && plan.strategy != Strategy::Pointwise &&
              plan.reduce > (plan.strategy == Strategy::ThreadsPerRow
                                 ? kInductorPersistentInner
                                 : kInductorPersistentOther) &&
              hintsPay(plan, candidates);
  persistentRows = plan.persistent;
  storedRoots.clear();
  lastMemberLoading.clear();
  memberAccesses.assign(plan.nodes.size(), {});
  for (auto [i, member] : llvm::enumerate(plan.nodes)) {
    unsigned index = i;
    MemberAccesses &accesses = memberAccesses[i];
    NodeOp(member).walk([&](Operation *op) {
      if (auto store = dyn_cast<StoreOp>(op)) {
        accesses.writes.insert(rootOf.lookup(store.getBuffer()));
      } else if (auto red = dyn_cast<StoreReductionOp>(op)) {
        accesses.writes.insert(rootOf.lookup(red.getBuffer()));
      } else if (auto load = dyn_cast<LoadOp>(op)) {
        Value root = rootOf.lookup(load.getBuffer());
        accesses.reads.insert(root);
        lastMemberLoading[root] = index;
      }
    });
    storedRoots.insert(accesses.writes.begin(), accesses.writes.end());
  }
  for (;;) {
    registerRoots = candidates;
    policies[0] = policies[1] = Value();
    missedRegisterRoots.clear();
    accessCache.clear();
    delinearized.clear();
    shifted.clear();
    runStarts.clear();
    mergedReductions.clear();
    Value one = constIndex(1);
    auto launch = gpu::LaunchOp::create(
        b, kernel->getLoc(), constIndex(blocks), one, one,
        constIndex(plan.blockSize), one, one,
        /*dynamicSharedMemorySize=*/nullptr, /*asyncTokenType=*/nullptr,
        /*asyncDependencies=*/{}, scratchTypes, /*privateAttributions=*/{},
        nullptr, nullptr, nullptr,
        /*module=*/nullptr, FlatSymbolRefAttr::get(b.getContext(), name));
    launch->setAttr("sched.strategy",
                    b.getStringAttr(stringifyStrategy(plan.strategy)));
    if (plan.strategy == Strategy::ThreadsPerRow)
      launch->setAttr("sched.threads_per_row",
                      b.getI64IntegerAttr(plan.threadsPerRow));
    if (split)
      launch->setAttr("sched.row_splits", b.getI64IntegerAttr(plan.rowSplits));
    if (plan.persistent)
      launch->setAttr("sched.persistent", b.getUnitAttr());
    LogicalResult result = success();
    {
      OpBuilder::InsertionGuard guard(b);
      b.setInsertionPointToStart(&launch.getBody().front());
      threadIdX = launch.getThreadIds().x;
      currentLaunch = launch;
      result = plan.strategy == Strategy::Pointwise
                   ? emitPointwise(plan, launch)
                   : emitRows(plan, launch,
                              SmallVector<Value>(
                                  launch.getWorkgroupAttributions()));
      gpu::TerminatorOp::create(b, loc);
    }
    if (failed(result) || body.hasFailed())
      return failure();
    if (missedRegisterRoots.empty()) {
      SmallVector<Attribute> names;
      for (Value root : registerRoots)
        names.push_back(cast<BufferOp>(root.getDefiningOp()).getNameAttr());
      llvm::sort(names, [](Attribute a, Attribute b) {
        return cast<StringAttr>(a).getValue() < cast<StringAttr>(b).getValue();
      });
      if (!names.empty())
        launch->setAttr("sched.register_buffers", b.getArrayAttr(names));
      break;
    }
    launch.erase();
    for (Value root : missedRegisterRoots)
      candidates.erase(root);
  }
  cacheAccesses = false;
  hintLoads = false;
  registerRoots.clear();
  return success();
}

std::string GpuGraphLowering::nextKernelName(StringRef suffix) {
  std::string name = ("kernel" + Twine(kernelCount++)).str();
  if (!suffix.empty())
    name += "_" + suffix.str();
  for (char &c : name)
    if (!llvm::isAlnum(c) && c != '_')
      c = '_';
  return name;
}

/// The device address (an i64) of element 0 of `buffer`: its storage's
/// pointer plus its layout's offset.
Value GpuGraphLowering::deviceAddress(Value buffer) {
  Value storage = flat.lookup(rootOf.lookup(buffer));
  const StaticLayout &l = layouts[buffer];
  Value base = memref::ExtractAlignedPointerAsIndexOp::create(b, loc, storage);
  int64_t bytes = l.offset * (l.dtype.getIntOrFloatBitWidth() / 8);
  if (bytes != 0)
    base = arith::AddIOp::create(b, loc, base, constIndex(bytes));
  return arith::IndexCastOp::create(b, loc, b.getI64Type(), base);
}

/// Inductor's extern mm, bmm and addmm: one sched_cuda_gemm call
/// (runtime/cuda/CublasGemm.cpp, cuBLAS's strided batched sgemm) on the
/// buffers' layouts, after a broadcast of addmm's bias into the output.
LogicalResult GpuGraphLowering::lowerGemm(ExternOp op) {
  StringRef kernel = op.getKernel();
  bool addmm = kernel == "extern_kernels.addmm";
  unsigned rank = kernel == "extern_kernels.bmm" ? 3 : 2;
  if (op.getConstantArgs() && !op.getConstantArgs()->empty())
    return op.emitOpError("constant arguments (alpha, beta) of ")
           << kernel << " are not supported by -convert-sched-to-gpu yet";
  SmallVector<Value> ins, outs;
  for (Value v : op.getInputs())
    if (isa<BufferType>(v.getType()))
      ins.push_back(v);
  for (Value v : op.getWrites())
    if (isa<BufferType>(v.getType()))
      outs.push_back(v);
  auto layoutOf = [&](Value v) -> const StaticLayout * {
    auto it = layouts.find(v);
    return it == layouts.end() ? nullptr : &it->second;
  };
  if (ins.size() != (addmm ? 3u : 2u) || outs.size() != 1 ||
      llvm::any_of(llvm::concat<Value>(ins, outs),
                   [&](Value v) { return !layoutOf(v); }))
    return op.emitOpError("expects ") << (addmm ? "bias, a, b" : "a, b")
                                      << " and one output for " << kernel;
  const StaticLayout &la = *layoutOf(ins[ins.size() - 2]);
  const StaticLayout &lb = *layoutOf(ins.back());
  const StaticLayout &lc = *layoutOf(outs[0]);
  for (const StaticLayout *l : {&la, &lb, &lc})
    if (l->sizes.size() != rank)
      return op.emitOpError("expects operands of rank ")
             << rank << " for " << kernel;
  for (Value v : llvm::concat<Value>(ins, outs))
    if (!layoutOf(v)->dtype.isF32())
      return op.emitOpError("cuBLAS's sgemm takes float32 operands; ")
             << layoutOf(v)->dtype << " is not supported by "
             << "-convert-sched-to-gpu yet";
  // (batch, rows, cols) and their strides; a 2-D operand is one batch.
  auto dims = [&](const StaticLayout &l) {
    SmallVector<int64_t, 6> d;
    if (rank == 2)
      d = {1, l.sizes[0], l.sizes[1], 0, l.strides[0], l.strides[1]};
    else
      d = {l.sizes[0],   l.sizes[1],   l.sizes[2],
           l.strides[0], l.strides[1], l.strides[2]};
    return d;
  };
  SmallVector<int64_t, 6> da = dims(la), db = dims(lb), dc = dims(lc);
  int64_t batch = dc[0], m = dc[1], n = dc[2], k = da[2];
  if (da[0] != batch || db[0] != batch || da[1] != m || db[1] != k ||
      db[2] != n)
    return op.emitOpError("operand sizes do not make a matrix product for ")
           << kernel;
  // cuBLAS takes each operand in one of two orders: one of its two
  // dimensions contiguous (or of size 1); the output row-major.
  auto takes = [](ArrayRef<int64_t> d) {
    return d[1] == 1 || d[2] == 1 || d[5] == 1 || d[4] == 1;
  };
  if (!takes(da) || !takes(db) || !(dc[5] == 1 || n == 1) ||
      (m > 1 && dc[4] < n))
    return op.emitOpError("an operand layout of ")
           << kernel << " that cuBLAS does not take (neither dimension "
           << "contiguous) needs a copy, not supported by "
              "-convert-sched-to-gpu "
              "yet";
  if (addmm) {
    // The bias, broadcast to [m, n], into the output first (beta = 1).
    const StaticLayout &lbias = *layoutOf(ins[0]);
    int64_t si = 0, sj = 0;
    if (lbias.sizes.size() == 1) {
      sj = lbias.sizes[0] == 1 ? 0 : lbias.strides[0];
    } else if (lbias.sizes.size() == 2) {
      si = lbias.sizes[0] == 1 ? 0 : lbias.strides[0];
      sj = lbias.sizes[1] == 1 ? 0 : lbias.strides[1];
    } else {
      return op.emitOpError("an addmm bias of rank ")
             << lbias.sizes.size() << " is not supported";
    }
    int64_t total = m * n;
    Value one = constIndex(1);
    auto launch = gpu::LaunchOp::create(
        b, op.getLoc(), constIndex(llvm::divideCeil(total, options.blockSize)),
        one, one, constIndex(options.blockSize), one, one, nullptr, nullptr, {},
        {}, {}, nullptr, nullptr, nullptr, nullptr,
        FlatSymbolRefAttr::get(b.getContext(),
                               nextKernelName(("bias_" + op.getName()).str())));
    launch->setAttr("sched.strategy", b.getStringAttr("pointwise"));
    OpBuilder::InsertionGuard guard(b);
    b.setInsertionPointToStart(&launch.getBody().front());
    b.setInsertionPoint(gpu::TerminatorOp::create(b, loc));
    Value t = arith::AddIOp::create(
        b, loc,
        arith::MulIOp::create(b, loc, launch.getBlockIds().x,
                              constIndex(options.blockSize)),
        launch.getThreadIds().x);
    Value inside = arith::CmpIOp::create(b, loc, arith::CmpIPredicate::ult, t,
                                         constIndex(total));
    auto ifInside = scf::IfOp::create(b, loc, inside, /*withElse=*/false);
    b.setInsertionPoint(ifInside.thenBlock()->getTerminator());
    Value i = arith::DivUIOp::create(b, loc, t, constIndex(n));
    Value j = arith::RemUIOp::create(b, loc, t, constIndex(n));
    auto at = [&](int64_t offset, int64_t rowStride, int64_t colStride) {
      return arith::AddIOp::create(
          b, loc, constIndex(offset),
          arith::AddIOp::create(
              b, loc, arith::MulIOp::create(b, loc, i, constIndex(rowStride)),
              arith::MulIOp::create(b, loc, j, constIndex(colStride))));
    };
    Value v = memref::LoadOp::create(b, loc, flat.lookup(rootOf[ins[0]]),
                                     ValueRange{at(lbias.offset, si, sj)});
    memref::StoreOp::create(b, loc, v, flat.lookup(rootOf[outs[0]]),
                            ValueRange{at(lc.offset, dc[4], dc[5])});
  }
  auto i64 = b.getI64Type();
  SmallVector<Type> argTypes(15, i64);
  argTypes.push_back(b.getF32Type());
  auto type = b.getFunctionType(argTypes, {});
  auto module = func->getParentOfType<ModuleOp>();
  auto decl = module.lookupSymbol<func::FuncOp>("sched_cuda_gemm");
  if (!decl) {
    OpBuilder::InsertionGuard guard(b);
    b.setInsertionPoint(func);
    decl = func::FuncOp::create(b, loc, "sched_cuda_gemm", type);
    decl.setPrivate();
  }
  auto c64 = [&](int64_t v) {
    return arith::ConstantOp::create(b, loc, b.getI64IntegerAttr(v))
        .getResult();
  };
  SmallVector<Value> args = {deviceAddress(ins[ins.size() - 2]),
                             deviceAddress(ins.back()),
                             deviceAddress(outs[0]),
                             c64(batch),
                             c64(m),
                             c64(n),
                             c64(k),
                             c64(da[3]),
                             c64(da[4]),
                             c64(da[5]),
                             c64(db[3]),
                             c64(db[4]),
                             c64(db[5]),
                             c64(dc[3]),
                             c64(dc[4])};
  args.push_back(arith::ConstantOp::create(
      b, loc, b.getF32FloatAttr(addmm ? 1.0f : 0.0f)));
  auto call = func::CallOp::create(b, op.getLoc(), decl, args);
  call->setAttr("sched.extern_kernel", b.getStringAttr(kernel));
  return success();
}

LogicalResult GpuGraphLowering::lowerKernel(Operation *kernel) {
  if (isa<NopOp>(kernel))
    return success();
  if (auto ext = dyn_cast<ExternOp>(kernel)) {
    StringRef name = ext.getKernel();
    if (name == "extern_kernels.mm" || name == "extern_kernels.bmm" ||
        name == "extern_kernels.addmm")
      return lowerGemm(ext);
    return kernel->emitOpError("extern kernel '")
           << name
           << "' is not supported by -convert-sched-to-gpu yet (only mm, bmm "
              "and addmm, through cuBLAS)";
  }
  if (isa<MultiOutputOp>(kernel))
    return kernel->emitOpError(
        "multi-output kernels are not supported by -convert-sched-to-gpu yet");
  auto group = dyn_cast<GroupOp>(kernel);
  if (group && (options.unfused || group.getKind() != GroupKind::fused)) {
    // Every member its own kernel (foreach parts are independent).
    SmallVector<Operation *> leaves;
    for (Operation &member : group.getBodyBlock())
      leaves.push_back(&member);
    for (Operation *leaf : leaves)
      if (failed(lowerKernel(leaf)))
        return failure();
    return success();
  }
  SmallVector<Operation *> leaves;
  collectKernelLeaves(kernel, leaves);
  SmallVector<NodeOp> nodes;
  for (Operation *leaf : leaves) {
    auto node = dyn_cast<NodeOp>(leaf);
    if (!node)
      return leaf->emitOpError("in a fused group is not supported by "
                               "-convert-sched-to-gpu");
    nodes.push_back(node);
  }
  FailureOr<KernelPlan> p = plan(kernel, nodes);
  if (failed(p))
    return failure();
  // A pointwise member over rows x reduction points whose loops were
  // merged across the row boundary gets the kernel's (rows, reduction)
  // ranges back, so its indices are its reduction members' and their loads
  // of the same elements are shared (the access cache matches indices).
  if (p->strategy != Strategy::Pointwise)
    for (NodeOp node : p->nodes)
      if (node.getReduce().empty() &&
          product(constantBounds(node.getRanges())) == p->outer * p->reduce)
        splitRangesAt(node, p->outer);
  return emitLaunch(kernel, *p);
}

//===----------------------------------------------------------------------===//
// The host function
//===----------------------------------------------------------------------===//

FailureOr<func::FuncOp> GpuGraphLowering::run() {
  if (failed(collectBufferStorage(
          graph, "-convert-sched-to-gpu yet", rootOf, layouts,
          [&](Operation &op, Value result) {
            if (auto def = dyn_cast<BufferDefOpInterface>(op))
              byName[def.getBufferNameAttr()] = result;
          })))
    return failure();
  auto output = cast<OutputOp>(graph.getBodyBlock().getTerminator());
  SmallVector<InputOp> inputs;
  SmallVector<Operation *> kernels;
  for (Operation &op : graph.getBodyBlock()) {
    if (auto input = dyn_cast<InputOp>(op))
      inputs.push_back(input);
    else if (isa<NodeOp, GroupOp, ExternOp, NopOp, MultiOutputOp>(op))
      kernels.push_back(&op);
  }
  auto flatType = [](const StaticLayout &l) {
    return MemRefType::get({l.extent()}, l.dtype);
  };
  SmallVector<Type> argTypes;
  for (InputOp input : inputs)
    argTypes.push_back(flatType(layouts[input.getResult()]));
  // An output is computed in the caller's memory: the storage of an
  // intermediate buffer, the first output that names it. An output whose
  // storage is a graph input's, with its layout (a mutated input), is that
  // input: no argument (`sched.output_aliases` names the input). Other
  // outputs (views, repeats) would need a copy, which is not done yet.
  SmallVector<Attribute> aliases;
  for (auto [i, out] : llvm::enumerate(output.getOutputs())) {
    if (!layouts.count(out))
      return output.emitOpError("an output without a strided layout is not "
                                "supported by -convert-sched-to-gpu");
    Value root = rootOf[out];
    if (auto input = dyn_cast<InputOp>(root.getDefiningOp());
        input && layouts[out] == layouts[root]) {
      aliases.push_back(input.getNameAttr());
      continue;
    }
    if (!isa<BufferOp>(root.getDefiningOp()) ||
        !(layouts[out] == layouts[root]) ||
        !outputStorage.try_emplace(root, argTypes.size()).second)
      return output.emitOpError("output #")
             << i << " is not an intermediate buffer's own storage; its copy "
             << "is not supported by -convert-sched-to-gpu yet";
    aliases.push_back(b.getStringAttr(""));
    argTypes.push_back(flatType(layouts[root]));
  }
  deallocAfter = planDeallocations(kernels, byName, rootOf);
  for (Operation *kernel : kernels)
    kernel->walk([&](Operation *op) {
      for (Value operand : op->getOperands())
        if (Value root = rootOf.lookup(operand)) {
          auto [it, inserted] = onlyKernel.try_emplace(root, kernel);
          if (!inserted && it->second != kernel)
            it->second = nullptr;
        }
    });

  func = func::FuncOp::create(b, loc, graph.getSymName(),
                              b.getFunctionType(argTypes, {}));
  SmallVector<Attribute> argNames, outputNames;
  for (InputOp input : inputs)
    argNames.push_back(input.getNameAttr());
  for (auto [out, alias] : llvm::zip(output.getOutputs(), aliases)) {
    outputNames.push_back(getBufferName(out));
    if (cast<StringAttr>(alias).empty())
      argNames.push_back(getBufferName(out));
  }
  func->setAttr("sched.arg_names", b.getArrayAttr(argNames));
  func->setAttr("sched.num_inputs", b.getI64IntegerAttr(inputs.size()));
  func->setAttr("sched.outputs", b.getArrayAttr(outputNames));
  // Each input's and output's layout, for callers that make tensors:
  // [sizes, strides, offset], in elements.
  SmallVector<Attribute> layoutAttrs;
  auto describe = [&](Value v) {
    const StaticLayout &l = layouts[v];
    layoutAttrs.push_back(b.getArrayAttr(
        {b.getDenseI64ArrayAttr(l.sizes), b.getDenseI64ArrayAttr(l.strides),
         b.getI64IntegerAttr(l.offset)}));
  };
  for (InputOp input : inputs)
    describe(input.getResult());
  for (Value out : output.getOutputs())
    describe(out);
  func->setAttr("sched.layouts", b.getArrayAttr(layoutAttrs));
  func->setAttr("sched.output_aliases", b.getArrayAttr(aliases));
  Block *entry = func.addEntryBlock();
  b.setInsertionPointToStart(entry);

  unsigned argNo = 0;
  SmallVector<std::pair<unsigned, Value>> pendingDeallocs; // kernel, alloc
  unsigned kernelNo = 0;
  for (Operation &op : graph.getBodyBlock()) {
    if (auto input = dyn_cast<InputOp>(op)) {
      flat[input.getResult()] = entry->getArgument(argNo++);
      continue;
    }
    if (auto buffer = dyn_cast<BufferOp>(op)) {
      Value root = buffer.getResult();
      if (!layouts.count(root))
        continue;
      if (auto it = outputStorage.find(root); it != outputStorage.end()) {
        flat[root] = entry->getArgument(it->second);
        continue;
      }
      auto alloc = gpu::AllocOp::create(
          b, op.getLoc(), flatType(layouts[root]), /*asyncToken=*/Type(),
          ValueRange{}, ValueRange{}, ValueRange{});
      alloc->setAttr("sched.buffer", buffer.getNameAttr());
      flat[root] = alloc.getMemref();
      auto dealloc = deallocAfter.find(root);
      pendingDeallocs.push_back(
          {dealloc == deallocAfter.end() ? ~0u : dealloc->second,
           alloc.getMemref()});
      continue;
    }
    if (isa<NodeOp, GroupOp, ExternOp, NopOp, MultiOutputOp>(op)) {
      if (failed(lowerKernel(&op)) || body.hasFailed()) {
        func.erase();
        return failure();
      }
      for (auto &[k, alloc] : pendingDeallocs)
        if (alloc && k == kernelNo) {
          gpu::DeallocOp::create(b, loc, /*asyncToken=*/Type(), ValueRange{},
                                 alloc);
          alloc = Value();
        }
      ++kernelNo;
    }
  }
  for (auto &[k, alloc] : pendingDeallocs)
    if (alloc)
      gpu::DeallocOp::create(b, loc, Type(), ValueRange{}, alloc);
  func::ReturnOp::create(b, output.getLoc());
  // Buffers that lived in registers only are never allocated.
  SmallVector<gpu::AllocOp> allocs(func.getOps<gpu::AllocOp>());
  for (gpu::AllocOp alloc : allocs) {
    Value memref = alloc.getMemref();
    if (!llvm::all_of(memref.getUsers(),
                      [](Operation *user) { return isa<gpu::DeallocOp>(user); }))
      continue;
    for (Operation *user : llvm::make_early_inc_range(memref.getUsers()))
      user->erase();
    alloc.erase();
  }
  return func;
}

namespace {
struct ConvertSchedToGPUPass
    : public inductor_sched::impl::ConvertSchedToGPUPassBase<
          ConvertSchedToGPUPass> {
  using ConvertSchedToGPUPassBase::ConvertSchedToGPUPassBase;

  void runOnOperation() override {
    ModuleOp module = getOperation();
    if (blockSize % kWarp != 0 || blockSize < kWarp || blockSize > 1024) {
      module.emitError("block-size must be a multiple of 32 from 32 to 1024");
      return signalPassFailure();
    }
    if (reductionBlockSize < 0 || reductionBlockSize > 1024) {
      module.emitError("reduction-block-size must be from 0 to 1024");
      return signalPassFailure();
    }
    if (rowPointsPerThread < 1) {
      module.emitError("row-points-per-thread must be at least 1");
      return signalPassFailure();
    }
    if (rowSplits < 0 || rowSplits > blockSize / kWarp) {
      module.emitError("row-splits must be from 0 to block-size / 32");
      return signalPassFailure();
    }
    // Field by field: a positional list would shift when options are added.
    ConvertSchedToGPUPassOptions options;
    options.blockSize = blockSize;
    options.pointsPerThread = pointsPerThread;
    options.rowPointsPerThread = rowPointsPerThread;
    options.reductionThreadsPerRow = reductionThreadsPerRow;
    options.reductionBlockSize = reductionBlockSize;
    options.minRowsPerThread = minRowsPerThread;
    options.maxSerialReduction = maxSerialReduction;
    options.serialRunWidth = serialRunWidth;
    options.rowSplits = rowSplits;
    options.evictionHints = evictionHints;
    options.evictionHintMaxBytes = evictionHintMaxBytes;
    options.unfused = unfused;
    SmallVector<GraphOp> graphs(module.getOps<GraphOp>());
    bool failedAny = false;
    for (GraphOp graph : graphs) {
      GpuGraphLowering lowering(graph, options);
      if (failed(lowering.run()))
        failedAny = true;
      else
        graph.erase();
    }
    if (failedAny)
      return signalPassFailure();
    module->setAttr(gpu::GPUDialect::getContainerModuleAttrName(),
                    UnitAttr::get(&getContext()));
  }
};
} // namespace
