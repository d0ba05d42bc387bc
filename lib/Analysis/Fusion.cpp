//===- Fusion.cpp - Inductor's fusion loop --------------------------------===//
//
// Scheduler.fuse_nodes and everything it calls: candidate discovery
// (get_possible_fusions), scoring (choices.score_fusion), legality
// (Scheduler.can_fuse, can_fuse_vertical, fusable_read_and_write,
// fusable_weak_dep, will_fusion_create_cycle, the peak-memory and distance
// guards), the backends' rules (SIMDScheduling for GPUs, CppScheduling for
// CPUs), FusedSchedulerNode construction and _prune_redundant_deps.
//
//===----------------------------------------------------------------------===//

#include "InductorSched/Analysis/DagReachability.h"
#include "InductorSched/Analysis/ExprSpace.h"
#include "InductorSched/Analysis/LoopReorder.h"
#include "InductorSched/Analysis/SimdTiling.h"
#include "InductorSched/Analysis/SchedulerGraph.h"
#include "InductorSched/Analysis/SizeHint.h"

#include "mlir/IR/Builders.h"

#include "llvm/ADT/DenseSet.h"
#include "llvm/ADT/StringExtras.h"
#include "llvm/ADT/StringSet.h"

#include <unordered_map>

using namespace mlir;
using namespace mlir::inductor_sched;
using namespace mlir::inductor_sched::sched;

StringRef mlir::inductor_sched::stringifyFusionRefusalKind(
    FusionRefusalKind kind) {
  switch (kind) {
  case FusionRefusalKind::Legality:
    return "legality";
  case FusionRefusalKind::Cycle:
    return "cycle";
  case FusionRefusalKind::Memory:
    return "memory";
  case FusionRefusalKind::Distance:
    return "distance";
  case FusionRefusalKind::Size:
    return "size";
  case FusionRefusalKind::Score:
    return "score";
  }
  return "unknown";
}

namespace {
struct Refusal {
  FusionRefusalKind kind;
  std::string reason;
};
using MaybeRefusal = std::optional<Refusal>;

MaybeRefusal refuse(FusionRefusalKind kind, const Twine &reason) {
  return Refusal{kind, reason.str()};
}

/// The loop sizes of a single-op compute node: (iteration, reduction).
std::pair<SmallVector<IndexExprAttr>, SmallVector<IndexExprAttr>>
getSizes(const SchedulerNode *node) {
  auto op = cast<NodeOp>(node->op);
  return {getIndexExprs(op.getRanges()), getIndexExprs(op.getReduce())};
}

bool isCpu(StringAttr device) {
  return device && isCpuDevice(device.getValue());
}
} // namespace

namespace mlir::inductor_sched {
class Fuser {
public:
  Fuser(SchedulerGraph &g, const FusionOptions &options,
        std::vector<FusionDecision> *decisions,
        std::vector<LoopReorderDecision> *loopReorders)
      : g(g), options(options), decisions(decisions),
        loopReorders(loopReorders),
        ctx(g.getGraph().getContext()), space(ctx), sizeHints(g) {
    if (ArrayAttr noFuse = g.getGraph().getNoFuseBuffersAttr())
      for (Attribute name : noFuse)
        noFuseBuffers.insert(cast<StringAttr>(name));
    buildOpGraph();
  }

  LogicalResult run() {
    // Inductor: at most 10 rounds; stop when a round changes nothing or a
    // single node is left.
    for (round = 0; round < 10; ++round) {
      size_t before = g.nodes.size();
      if (failed(fuseNodesOnce()))
        return failure();
      if (g.nodes.size() == before || g.nodes.size() == 1) {
        ++round;
        break;
      }
    }
    // PyTorch 2.11 then runs one more round in which loops may be reordered
    // to match (is_reorder_round). It runs under loop ordering after fusion
    // or loop_index_inversion_in_fusion (both on by default); only under
    // LOAF can it reorder.
    if (!g.options.loopOrderingAfterFusion && !options.loopIndexInversion)
      return success();
    reorderRound = true;
    return fuseNodesOnce();
  }

private:
  //===--------------------------------------------------------------------===//
  // Node queries
  //===--------------------------------------------------------------------===//

  static bool sharesOp(const SchedulerNode *a,
                       const llvm::SetVector<StringAttr> &names) {
    return llvm::any_of(a->getNodes(), [&](SchedulerNode *member) {
      return names.contains(member->name);
    });
  }

  SchedulerNode *fusedOf(SchedulerNode *node) {
    return g.nameToFusedNode.lookup(node->getNodes().front()->name);
  }

  /// Names of every buffer a node's dependencies mention, reads first.
  static llvm::SetVector<StringAttr> usedBufferNames(const SchedulerNode *n) {
    llvm::SetVector<StringAttr> names;
    for (Attribute d : n->readWrites.reads)
      names.insert(getDepName(d));
    for (Attribute d : n->readWrites.writes)
      names.insert(getDepName(d));
    return names;
  }

  static bool ownsBuffer(const SchedulerNode *n, StringAttr name) {
    return llvm::any_of(n->outputs,
                        [&](SchedulerBuffer *b) { return b->name == name; });
  }

  AffineExpr product(ArrayRef<IndexExprAttr> sizes) {
    AffineExpr p = getAffineConstantExpr(1, ctx);
    for (IndexExprAttr s : sizes)
      p = p * space.import(s);
    return p;
  }

  IndexExprAttr canonical(AffineExpr e) { return space.exportExpr(e); }

  /// The value of a size expression under the graph's size hints, or none if
  /// it uses an unbacked symbol.
  std::optional<int64_t> evalHint(IndexExprAttr e) {
    return sizeHints.evaluate(e);
  }

  /// Elements and element size of the buffer `name` stands for.
  std::optional<std::pair<int64_t, int64_t>> bufferExtent(StringAttr name) {
    return sizeHints.getBufferExtent(name);
  }

  /// Inductor's `size_hint(dep.get_numel(), fallback=0)`: the elements a
  /// dependency touches (a broadcast only the loops its index uses, an
  /// indirect index the whole buffer, a WeakDep 1).
  int64_t depNumelHint(Attribute dep) {
    if (isa<WeakDepAttr>(dep))
      return 1;
    auto extent = bufferExtent(getDepName(dep));
    auto mem = dyn_cast<MemoryDepAttr>(dep);
    if (!extent)
      return 0;
    if (!mem || mem.getIndex().getNumIndirect() != 0)
      return extent->first;
    int64_t numel = 1;
    for (auto [i, r] : llvm::enumerate(mem.getRanges())) {
      if (!mem.getIndex().usesDim(i))
        continue;
      std::optional<int64_t> v = evalHint(r);
      if (!v)
        return 0;
      numel *= *v;
    }
    return numel;
  }

  /// Inductor's dep_size_hint: the bytes a dependency touches (0 when it
  /// involves unbacked symbols).
  int64_t depSizeHint(Attribute dep) { return sizeHints.getDepSizeHint(dep); }

  /// Inductor's score_fusion_memory: bytes of the dependencies both nodes
  /// have, compared as whole values.
  int64_t scoreFusionMemory(const SchedulerNode *a, const SchedulerNode *b) {
    llvm::DenseSet<Attribute> other;
    for (Attribute d : b->readWrites.reads)
      other.insert(d);
    for (Attribute d : b->readWrites.writes)
      other.insert(d);
    llvm::DenseSet<Attribute> counted;
    int64_t score = 0;
    auto add = [&](Attribute d) {
      if (other.contains(d) && counted.insert(d).second)
        score += depSizeHint(d);
    };
    llvm::for_each(a->readWrites.reads, add);
    llvm::for_each(a->readWrites.writes, add);
    return score;
  }

  static int64_t distance(const SchedulerNode *a, const SchedulerNode *b) {
    return std::max(std::abs(a->minOrder - b->maxOrder),
                    std::abs(b->minOrder - a->maxOrder));
  }

  //===--------------------------------------------------------------------===//
  // Backend rules
  //===--------------------------------------------------------------------===//

  /// select_tiling over the single-op members of `nodes`, in order.
  std::optional<SmallVector<int64_t>>
  tilingOf(ArrayRef<const SchedulerNode *> nodes, int64_t numel) {
    SmallVector<NodeOp> members;
    for (const SchedulerNode *n : nodes)
      for (SchedulerNode *m : n->getNodes())
        members.push_back(cast<NodeOp>(m->op));
    return selectPointwiseTiling(
        members, numel, sizeHints.getHints(),
        [&](StringAttr b) { return g.getRemovedBuffers().contains(b); });
  }

  /// tilingOf({node}), cached: a node's tiling changes only when its loops
  /// are rewritten (reordered, inverted, recomputed), which clears the
  /// cache.
  std::optional<SmallVector<int64_t>> nodeTiling(const SchedulerNode *node,
                                                 int64_t numel) {
    auto [it, inserted] = tilingCache.try_emplace({node, numel});
    if (inserted)
      it->second = tilingOf({node}, numel);
    return it->second;
  }

  static std::string formatTiling(ArrayRef<int64_t> tiling) {
    std::string s = "[";
    llvm::raw_string_ostream os(s);
    llvm::interleaveComma(tiling, os);
    os << "]";
    return s;
  }

  /// The hinted value of every size, for is_compatible.
  std::optional<SmallVector<int64_t>> hinted(ArrayRef<IndexExprAttr> sizes) {
    SmallVector<int64_t> out;
    for (IndexExprAttr s : sizes) {
      std::optional<int64_t> v = evalHint(s);
      if (!v)
        return std::nullopt;
      out.push_back(*v);
    }
    return out;
  }

  /// SIMDScheduling.can_fuse, the same in both directions.
  MaybeRefusal simdCanFuse(const SchedulerNode *n1, const SchedulerNode *n2) {
    auto [vars1, reduce1] = getSizes(n1->getGroupNode());
    auto [vars2, reduce2] = getSizes(n2->getGroupNode());
    IndexExprAttr numel1 = canonical(product(vars1));
    IndexExprAttr rnumel1 = canonical(product(reduce1));
    IndexExprAttr numel2 = canonical(product(vars2));
    IndexExprAttr rnumel2 = canonical(product(reduce2));
    auto sizes = [&](IndexExprAttr a, IndexExprAttr b) {
      std::string s;
      llvm::raw_string_ostream os(s);
      os << "(";
      a.print(os, "");
      os << ", ";
      b.print(os, "");
      os << ")";
      return s;
    };
    bool red1 = n1->isReduction(), red2 = n2->isReduction();
    if (red1 && red2) {
      if (numel1 == numel2 && rnumel1 == rnumel2)
        return std::nullopt;
      return refuse(FusionRefusalKind::Legality,
                    "numel/rnumel mismatch (reduce) " + sizes(numel1, rnumel1) +
                        " vs " + sizes(numel2, rnumel2));
    }
    if (!red1 && !red2) {
      if (numel1 != numel2 || rnumel1 != rnumel2)
        return refuse(FusionRefusalKind::Legality,
                      "numel/rnumel mismatch (non-reduce) " +
                          sizes(numel1, rnumel1) + " vs " +
                          sizes(numel2, rnumel2));
      if (!options.tilingPreventsPointwiseFusion)
        return std::nullopt;
      // A bad combined tiling: a side that wants a 2-D tiling must keep it.
      std::optional<int64_t> numel = evalHint(numel1);
      auto t1 = numel ? nodeTiling(n1, *numel) : std::nullopt;
      auto t2 = numel ? nodeTiling(n2, *numel) : std::nullopt;
      if (!t1 || !t2 || (t1->size() <= 2 && t2->size() <= 2))
        return std::nullopt; // Neither wants a 2-D tiling: nothing to keep.
      auto t3 = tilingOf({n1, n2}, *numel);
      if (!t3)
        return std::nullopt;
      bool same = true;
      if (t1->size() > 2)
        same = t2->size() > 2 ? *t1 == *t2 && *t2 == *t3 : *t1 == *t3;
      else if (t2->size() > 2)
        same = *t2 == *t3;
      if (!same)
        return refuse(FusionRefusalKind::Legality,
                      "tiling mismatch (" + formatTiling(*t1) + ", " +
                          formatTiling(*t2) + ", " + formatTiling(*t3) + ")");
      return std::nullopt;
    }
    // One pointwise node (p) and one reduction (r).
    const SchedulerNode *p = red1 ? n2 : n1;
    IndexExprAttr numelP = red1 ? numel2 : numel1;
    IndexExprAttr numelR = red1 ? numel1 : numel2;
    IndexExprAttr rnumelR = red1 ? rnumel1 : rnumel2;
    if (numelP == canonical(space.import(numelR) * space.import(rnumelR))) {
      // The pointwise part runs inside the reduction loop: every member's
      // loops must split onto (numel, rnumel).
      auto groups = hinted({numelR, rnumelR});
      for (SchedulerNode *member : p->getNodes()) {
        auto [vars, reduce] = getSizes(member);
        auto v = hinted(vars), r = hinted(reduce);
        if (!groups || !v || !r || !isSimdCompatible(*groups, {*v, *r}))
          return refuse(FusionRefusalKind::Legality,
                        "the loops of '" + member->name.getValue() +
                            "' do not split onto the reduction's " +
                            sizes(numelR, rnumelR));
      }
      if (!options.tilingPreventsReductionFusion)
        return std::nullopt;
      // The pointwise side's own tiling must be flat or the reduction's.
      std::optional<int64_t> numel = evalHint(numelP);
      auto tiling = numel ? nodeTiling(p, *numel) : std::nullopt;
      if (!tiling || !groups)
        return std::nullopt;
      if (*tiling != SmallVector<int64_t>{*numel, 1} &&
          *tiling != SmallVector<int64_t>{(*groups)[0], (*groups)[1], 1})
        return refuse(FusionRefusalKind::Legality,
                      "invalid tiling for reduction: '" +
                          p->name.getValue() + "' is tiled " +
                          formatTiling(*tiling));
      return std::nullopt;
    }
    if (numelP != numelR)
      return refuse(FusionRefusalKind::Legality,
                    "numel/rnumel mismatch (pointwise and reduction) " +
                        sizes(numel1, rnumel1) + " vs " +
                        sizes(numel2, rnumel2));
    return std::nullopt;
  }

  /// The ComputedBuffer's own sizes (`node.data.get_size()`): its output
  /// layout's sizes.
  static ArrayRef<IndexExprAttr> dataSizes(const SchedulerNode *n) {
    return cast<BufferType>(n->outputs.front()->defOp->getResult(0).getType())
        .getSizes();
  }

  /// CppScheduling's ReasonFusedNodes.
  enum class CppFuseReason {
    None,
    SameVarsReduce,
    CompatibleReduction,
    CompatibleRangesNoReduction
  };

  bool cppWhyFuse(const SchedulerNode *n1, const SchedulerNode *n2) {
    return cppWhyFuseReason(n1, n2) != CppFuseReason::None;
  }

  /// CppScheduling._why_fuse_nodes.
  CppFuseReason cppWhyFuseReason(const SchedulerNode *n1,
                                 const SchedulerNode *n2) {
    auto [vars1, reduce1] = getSizes(n1->getGroupNode());
    auto [vars2, reduce2] = getSizes(n2->getGroupNode());
    if (vars1 == vars2 && reduce1 == reduce2)
      return CppFuseReason::SameVarsReduce;
    SmallVector<IndexExprAttr> both(vars2);
    both.append(reduce2);
    if (reduce1.empty() && vars1 == both)
      return CppFuseReason::CompatibleReduction;
    return cppCompatibleRanges(n1, n2)
               ? CppFuseReason::CompatibleRangesNoReduction
               : CppFuseReason::None;
  }

  /// CppScheduling._can_fuse_nodes_with_compatible_ranges: pointwise loop
  /// nests over the same elements, one of them a single loop over a lone
  /// node whose buffer has the other's shape.
  bool cppCompatibleRanges(const SchedulerNode *n1, const SchedulerNode *n2) {
    auto [vars1, reduce1] = getSizes(n1->getGroupNode());
    auto [vars2, reduce2] = getSizes(n2->getGroupNode());
    if (!reduce1.empty() || !reduce2.empty() ||
        canonical(product(vars1)) != canonical(product(vars2)) ||
        (vars1.size() != 1 && vars2.size() != 1))
      return false;
    const SchedulerNode *recompute = vars1.size() < vars2.size() ? n1 : n2;
    const SchedulerNode *ref = vars1.size() < vars2.size() ? n2 : n1;
    if (recompute->isFused())
      return false;
    std::optional<ArrayRef<IndexExprAttr>> refSizes;
    for (SchedulerNode *member : ref->getNodes()) {
      if (refSizes && *refSizes != dataSizes(member))
        return false;
      refSizes = dataSizes(member);
    }
    return *refSizes == dataSizes(recompute);
  }

  /// CppScheduling.fuse for compatible ranges: the single-loop node is
  /// recomputed (recompute_size_and_body) on the other's loops, so that
  /// both run one loop nest. Inductor re-simplifies the node's original
  /// body under the other's indexing constraints; here its one loop is
  /// split row-major onto the other's loops, which is what that gives
  /// when the other's loops keep its buffer's dimension order.
  void cppRecomputeForCompatibleRanges(SchedulerNode *n1, SchedulerNode *n2) {
    auto vars1 = getSizes(n1->getGroupNode()).first;
    auto vars2 = getSizes(n2->getGroupNode()).first;
    SchedulerNode *recompute = vars1.size() < vars2.size() ? n1 : n2;
    SmallVector<IndexExprAttr> refVars =
        vars1.size() < vars2.size() ? vars2 : vars1;
    auto node = cast<NodeOp>(recompute->op);
    SmallVector<AffineExpr> sizes;
    for (IndexExprAttr r : refVars)
      sizes.push_back(space.import(r));
    AffineExpr flat = getContiguousIndex(sizes);
    node.getBody().walk([&](Operation *op) {
      if (auto a = op->getAttrOfType<IndexExprAttr>("index"))
        op->setAttr("index", space.exportExpr(
                                 space.import(a).replaceDims({flat})));
    });
    node.setRangesAttr(
        Builder(ctx).getArrayAttr(SmallVector<Attribute>(refVars.begin(),
                                                         refVars.end())));
    g.refreshDependencies(*recompute, /*normalize=*/true);
    tilingCache.clear();
  }

  MaybeRefusal cppCanFuseHorizontal(const SchedulerNode *n1,
                                    const SchedulerNode *n2) {
    // config.cpp.max_horizontal_fusion_size
    if (n1->getNodes().size() + n2->getNodes().size() > 16)
      return refuse(FusionRefusalKind::Size,
                    "more than 16 nodes in a CPU kernel");
    if (!cppCanFuseHorizontalImpl(n1, n2))
      return refuse(FusionRefusalKind::Legality,
                    "CPU loop nests do not match");
    return std::nullopt;
  }

  /// CppScheduling._can_fuse_horizontal_impl: an outer-loop fused node
  /// fuses only through its outer loops.
  bool cppCanFuseHorizontalImpl(const SchedulerNode *n1,
                                const SchedulerNode *n2) {
    if (n1->outerLoopFusionDepth || n2->outerLoopFusionDepth)
      return false;
    return cppWhyFuse(n1, n2);
  }

  /// CppScheduling._get_outer_loop_fusion_depth: how many outer loops the
  /// two nodes share (the last outer node of node1 with the first of
  /// node2); 0 disables outer-loop fusion.
  int64_t cppOuterLoopFusionDepth(const SchedulerNode *n1,
                                  const SchedulerNode *n2) {
    const SchedulerNode *last =
        n1->outerLoopFusionDepth ? n1->outerNodes.back() : n1;
    const SchedulerNode *first =
        n2->outerLoopFusionDepth ? n2->outerNodes.front() : n2;
    auto [vars1, reduce1] = getSizes(last->getGroupNode());
    auto [vars2, reduce2] = getSizes(first->getGroupNode());
    if (vars1.empty() && vars2.empty() && !reduce1.empty() && !reduce2.empty())
      return 0; // Reductions only.
    if (n1->outerLoopFusionDepth && n2->outerLoopFusionDepth)
      return n1->outerLoopFusionDepth == n2->outerLoopFusionDepth
                 ? n1->outerLoopFusionDepth
                 : 0;
    size_t depth = std::min(vars1.size(), vars2.size());
    if (depth < 1 ||
        ArrayRef(vars1).take_front(depth) != ArrayRef(vars2).take_front(depth))
      return 0;
    // Joining an outer-loop fused node: at the same depth only.
    for (const SchedulerNode *n : {n1, n2})
      if (n->outerLoopFusionDepth &&
          n->outerLoopFusionDepth != static_cast<int64_t>(depth))
        return 0;
    return depth;
  }

  /// CppScheduling.can_fuse_vertical_outer_loop: a vertical pair whose loop
  /// nests do not match, but which share outer loops.
  bool cppCanFuseVerticalOuterLoop(const SchedulerNode *n1,
                                   const SchedulerNode *n2) {
    return isAncestor(n1, n2) &&
           !(cppCanFuseHorizontalImpl(n1, n2) && !n1->isReduction()) &&
           cppOuterLoopFusionDepth(n1, n2) >= 1;
  }

  /// CppScheduling.can_fuse_vertical: matching loop nests with a pointwise
  /// producer (no limit on the number of nodes), or else outer-loop fusion.
  MaybeRefusal cppCanFuseVertical(const SchedulerNode *n1,
                                  const SchedulerNode *n2) {
    if (cppCanFuseHorizontalImpl(n1, n2) && !n1->isReduction())
      return std::nullopt;
    if (cppCanFuseVerticalOuterLoop(n1, n2))
      return std::nullopt;
    if (!cppCanFuseHorizontalImpl(n1, n2))
      return refuse(FusionRefusalKind::Legality,
                    "CPU loop nests do not match and share no outer loop");
    return refuse(FusionRefusalKind::Legality,
                  "CPU producer is a reduction and shares no outer loop");
  }

  //===--------------------------------------------------------------------===//
  // Loop reordering (the reorder round under LOAF)
  //===--------------------------------------------------------------------===//

  /// ReadWrites.buffer_names(): the buffers of MemoryDeps whose index is not
  /// a constant (load_seed), in order.
  static llvm::SetVector<StringAttr> memoryBufferNames(const SchedulerNode *n) {
    llvm::SetVector<StringAttr> names;
    for (Attribute d : llvm::concat<const Attribute>(
             n->readWrites.reads.getArrayRef(),
             n->readWrites.writes.getArrayRef()))
      if (auto mem = dyn_cast<MemoryDepAttr>(d);
          mem && !mem.getIndex().getConstantValue())
        names.insert(mem.getName());
    return names;
  }

  Attribute normalizeWithStrideOrder(Attribute dep) {
    if (auto mem = dyn_cast<MemoryDepAttr>(dep))
      return normalizeDepWithStrideOrder(mem, sizeHints.getHints());
    return dep;
  }

  /// reorder_loops_by_dep_pair: reorders the iteration loops of `node` (of
  /// every member, if fused, when they all have the same iteration sizes)
  /// so that `selfDep` walks its buffer as `otherDep` does. Returns whether
  /// it reordered.
  bool reorderLoopsByDepPair(SchedulerNode *node, MemoryDepAttr selfDep,
                             MemoryDepAttr otherDep,
                             const SchedulerNode *n1,
                             const SchedulerNode *n2) {
    std::optional<ArrayAttr> iterSizes;
    for (SchedulerNode *m : node->getNodes()) {
      auto op = dyn_cast<NodeOp>(m->op);
      if (!op || (iterSizes && *iterSizes != op.getRanges()))
        return false;
      iterSizes = op.getRanges();
    }
    size_t numVars = selfDep.getRanges().size();
    if (!iterSizes || iterSizes->size() != numVars ||
        otherDep.getRanges().size() != numVars)
      return false;
    std::optional<SmallVector<unsigned>> order =
        decideLoopOrderToMatch(selfDep, otherDep,
                               sizeHints.getHints());
    if (!order || order->empty())
      return false;
    for (SchedulerNode *m : node->getNodes()) {
      reorderIterLoops(cast<NodeOp>(m->op), *order);
      g.refreshDependencies(*m, /*normalize=*/false);
    }
    tilingCache.clear();
    if (node->isFused())
      SchedulerGraph::refreshGroupDependencies(*node);
    if (loopReorders)
      loopReorders->push_back({round, n1->name, n2->name, node->name, *order,
                               selfDep.getName(),
                               node->getNodes().front()->op});
    return true;
  }

  /// Scheduler.shared_data_after_reordering_loop: when two GPU nodes read
  /// or write a buffer in loop orders that differ only by a permutation,
  /// reorders the pointwise one's loops to match and returns the new shared
  /// bytes; -1 when it does not apply. The reorder stays even if the pair
  /// is then refused, as in Inductor.
  int64_t sharedDataAfterReorderingLoop(SchedulerNode *n1, SchedulerNode *n2) {
    if (isCpu(n1->getDevice()) || isCpu(n2->getDevice()))
      return -1;
    llvm::SetVector<StringAttr> names1 = memoryBufferNames(n1);
    llvm::SetVector<StringAttr> names2 = memoryBufferNames(n2);
    // OrderedSet's `&` walks the smaller set, the right-hand one on a tie.
    const auto &walked = names1.size() < names2.size() ? names1 : names2;
    const auto &other = names1.size() < names2.size() ? names2 : names1;
    auto lastDepByName = [](const SchedulerNode *n) {
      llvm::DenseMap<StringAttr, Attribute> byName;
      for (Attribute d : llvm::concat<const Attribute>(
               n->readWrites.reads.getArrayRef(),
               n->readWrites.writes.getArrayRef()))
        byName[getDepName(d)] = d;
      return byName;
    };
    llvm::DenseMap<StringAttr, Attribute> deps1 = lastDepByName(n1);
    llvm::DenseMap<StringAttr, Attribute> deps2 = lastDepByName(n2);
    // The largest shared buffer whose two accesses differ only in loop
    // order guides the reordering (the first one on a tie, as max() does).
    std::optional<std::tuple<int64_t, Attribute, Attribute>> best;
    for (StringAttr name : walked) {
      if (!other.contains(name))
        continue;
      Attribute lhs = deps1.lookup(name), rhs = deps2.lookup(name);
      if (normalizeWithStrideOrder(lhs) != normalizeWithStrideOrder(rhs))
        continue;
      int64_t numel = depNumelHint(lhs);
      if (!best || numel > std::get<0>(*best))
        best = {numel, lhs, rhs};
    }
    if (!best)
      return -1;
    auto lhs = dyn_cast<MemoryDepAttr>(std::get<1>(*best));
    auto rhs = dyn_cast<MemoryDepAttr>(std::get<2>(*best));
    if (!lhs || !rhs)
      return -1;
    if (lhs.getRanges().size() != rhs.getRanges().size())
      // Unmerged loops: equal once merged still counts as shared.
      return normalizeDep(lhs) == normalizeDep(rhs) ? depSizeHint(lhs) : -1;
    bool reordered = false;
    if (!n1->isReduction())
      reordered = reorderLoopsByDepPair(n1, lhs, rhs, n1, n2);
    else if (!n2->isReduction())
      reordered = reorderLoopsByDepPair(n2, rhs, lhs, n1, n2);
    return reordered ? scoreFusionMemory(n1, n2) : -1;
  }

  /// Scheduler.shared_data_after_inverting_indexing (PyTorch 2.11,
  /// loop_index_inversion_in_fusion): a one-loop GPU node2 that reads only
  /// node1's output, at a mixed-radix permutation of its loop, and writes
  /// contiguously is rewritten to read contiguously and write at the
  /// inverse permutation, so that it can fuse; returns the new shared bytes,
  /// or -1 when it does not apply. Like a loop reorder, the rewrite stays.
  int64_t sharedDataAfterInvertingIndexing(SchedulerNode *n1,
                                           SchedulerNode *n2) {
    if (isCpu(n1->getDevice()) || isCpu(n2->getDevice()))
      return -1;
    llvm::SetVector<StringAttr> names1 = memoryBufferNames(n1);
    if (llvm::none_of(memoryBufferNames(n2),
                      [&](StringAttr n) { return names1.contains(n); }))
      return -1;
    llvm::SetVector<StringAttr> unmet2;
    for (Attribute d : n2->unmet)
      unmet2.insert(getDepName(d));
    if (unmet2.size() > 1 ||
        llvm::any_of(unmet2, [&](StringAttr n) { return !names1.contains(n); }))
      return -1;
    if (n2->readWrites.reads.size() != 1 || n2->readWrites.writes.size() != 1)
      return -1;
    auto read = dyn_cast<MemoryDepAttr>(n2->readWrites.reads.front());
    auto write = dyn_cast<MemoryDepAttr>(n2->readWrites.writes.front());
    if (!read || !write)
      return -1;
    MemoryDepAttr write1;
    for (Attribute w : n1->readWrites.writes)
      if (getDepName(w) == read.getName())
        write1 = dyn_cast<MemoryDepAttr>(w); // the last one, as a dict keeps
    if (!write1)
      return -1;
    write1 = normalizeDep(write1);
    // Inductor compares sympy indices, whose variables carry the prefix.
    bool sameIndex = write1.getIndex() == write.getIndex() &&
                     (write1.getVarPrefix() == write.getVarPrefix() ||
                      write.getIndex().getNumDimsUsed() == 0);
    if (!sameIndex && write1.getRanges() != write.getRanges())
      return -1;
    if (read.getRanges() != write.getRanges() || read.getRanges().size() != 1)
      return -1;
    // The body: one loop, no masked sub-blocks, two index expressions of
    // which one is read.
    auto node = n2->isFused() ? NodeOp() : dyn_cast<NodeOp>(n2->op);
    if (!node || node.getRanges().size() != 1)
      return -1;
    llvm::SetVector<IndexExprAttr> indices, readIndices;
    bool masked = false;
    node.getBody().walk([&](Operation *op) {
      masked |= isa<MaskedOp>(op);
      if (auto a = op->getAttrOfType<IndexExprAttr>("index")) {
        indices.insert(a);
        if (isa<LoadOp>(op))
          readIndices.insert(a);
      }
    });
    if (masked || indices.size() != 2 || readIndices.size() != 1)
      return -1;
    IndexExprAttr readIndex = readIndices.front();
    IndexExprAttr writeIndex =
        indices.front() == readIndex ? indices.back() : indices.front();
    ExprSpace exprs(ctx);
    std::optional<AffineExpr> inverse =
        generateInverseFormula(exprs.import(readIndex), /*dim=*/0);
    if (!inverse)
      return -1;
    IndexExprAttr inverseIndex = exprs.exportExpr(*inverse);
    node.getBody().walk([&](Operation *op) {
      if (auto a = op->getAttrOfType<IndexExprAttr>("index"))
        op->setAttr("index", a == readIndex ? writeIndex : inverseIndex);
    });
    g.refreshDependencies(*n2, /*normalize=*/true);
    tilingCache.clear();
    if (loopReorders)
      loopReorders->push_back({round, n1->name, n2->name, n2->name, {},
                               read.getName(), n2->op,
                               /*indexInversion=*/true});
    return scoreFusionMemory(n1, n2);
  }

  //===--------------------------------------------------------------------===//
  // Scheduler rules
  //===--------------------------------------------------------------------===//

  bool fusableReadAndWrite(Attribute read, MemoryDepAttr write) {
    auto renamed = [&](StringAttr name) {
      auto it = g.mutationRenames.find(name);
      return it == g.mutationRenames.end() ? name : it->second;
    };
    if (auto r = dyn_cast<MemoryDepAttr>(read)) {
      if (renamed(r.getName()) != write.getName() ||
          r.getIndex().getNumIndirect() || write.getIndex().getNumIndirect())
        return false;
      MemoryDepAttr w = write;
      if (g.options.loopOrderingAfterFusion &&
          r.getRanges().size() != w.getRanges().size()) {
        r = normalizeDep(r);
        w = normalizeDep(w);
      }
      return r.getIndex() == w.getIndex() &&
             r.getRanges().size() >= w.getRanges().size() &&
             r.getRanges().take_front(w.getRanges().size()) == w.getRanges();
    }
    if (auto r = dyn_cast<StarDepAttr>(read))
      return r.getMode() == write.getMode() && write.getMode() &&
             renamed(r.getName()) == renamed(write.getName());
    return false;
  }

  MaybeRefusal canFuseVertical(const SchedulerNode *n1,
                               const SchedulerNode *n2) {
    llvm::MapVector<StringAttr, SmallVector<Attribute>> remaining;
    for (Attribute dep : n2->unmet) {
      StringAttr name = getDepName(dep);
      auto it = g.mutationRenames.find(name);
      if (it != g.mutationRenames.end())
        name = it->second;
      if (auto weak = dyn_cast<WeakDepAttr>(dep);
          weak &&
          (options.testIgnoreWeakDeps || g.fusableWeakDep(weak, n1, n2)))
        continue;
      remaining[name].push_back(dep);
    }
    for (Attribute w : n1->readWrites.writes) {
      auto write = dyn_cast<MemoryDepAttr>(w);
      if (!write)
        continue;
      StringAttr name = write.getName();
      auto it = g.mutationRenames.find(name);
      if (it != g.mutationRenames.end())
        name = it->second;
      auto deps = remaining.find(name);
      if (deps == remaining.end())
        continue;
      llvm::erase_if(deps->second, [&](Attribute read) {
        return fusableReadAndWrite(read, write);
      });
    }
    llvm::SetVector<StringAttr> names;
    for (auto &[key, deps] : remaining)
      for (Attribute d : deps)
        names.insert(getDepName(d));
    for (StringAttr name : names)
      if (ownsBuffer(n1, name))
        return refuse(FusionRefusalKind::Legality,
                      "memory deps did not match: '" + name.getValue() +
                          "' is read at other places than it is written");
    for (StringAttr name : names) {
      SchedulerBuffer *buf = g.lookupBuffer(name);
      if (!buf || !buf->definingOp)
        continue;
      SchedulerNode *producer = g.nameToFusedNode.lookup(buf->definingOp->name);
      if (producer && isAncestor(n1, producer))
        return refuse(FusionRefusalKind::Legality,
                      "intermediate nodes between node1 & node2: '" +
                          producer->name.getValue() + "'");
    }
    return std::nullopt;
  }

  //===--------------------------------------------------------------------===//
  // Ancestors and cycles without ancestor sets
  //===--------------------------------------------------------------------===//

  /// Numbers the ops and records their edges (a producer of an unmet
  /// dependency comes before its reader), as compute_ancestors sees them.
  /// Fusion never changes these edges: it only groups their ends.
  void buildOpGraph() {
    for (SchedulerNode *node : g.nodes)
      for (SchedulerNode *m : node->getNodes()) {
        opIndex[m] = fusedOfOp.size();
        fusedOfOp.push_back(node);
      }
    opPreds.resize(fusedOfOp.size());
    opSuccs.resize(fusedOfOp.size());
    for (auto [op, index] : opIndex)
      for (Attribute dep : op->unmet) {
        SchedulerBuffer *buf = g.lookupBuffer(getDepName(dep));
        if (!buf || !buf->definingOp)
          continue;
        auto producer = opIndex.find(buf->definingOp);
        if (producer == opIndex.end() || producer->second == index)
          continue;
        opPreds[index].push_back(producer->second);
        opSuccs[producer->second].push_back(index);
      }
    if (!options.useAncestorSets)
      reachability.emplace(opPreds);
  }

  /// The numbers of a node's ops; a node's members never change.
  ArrayRef<unsigned> opIndices(const SchedulerNode *n) {
    auto [it, inserted] = opIndicesOf.try_emplace(n);
    if (inserted)
      for (SchedulerNode *m : n->getNodes())
        it->second.push_back(opIndex.lookup(m));
    return it->second;
  }

  /// Whether an op of `a` is an ancestor of an op of `b` (Inductor:
  /// `a.get_operation_names() & b.ancestors`).
  bool isAncestor(const SchedulerNode *a, const SchedulerNode *b) {
    if (options.useAncestorSets)
      return sharesOp(a, b->ancestors);
    return reachability->reaches(opIndices(a), opIndices(b));
  }

  /// Calls `fn` on each fused node with an edge into (`forward`: out of)
  /// `node`, other than itself; a node may come more than once.
  template <typename Fn>
  void forEachNeighbour(const SchedulerNode *node, bool forward, Fn fn) {
    for (SchedulerNode *m : node->getNodes())
      for (unsigned o : (forward ? opSuccs : opPreds)[opIndex.lookup(m)])
        if (SchedulerNode *f = fusedOfOp[o]; f != node)
          fn(f);
  }

  /// The fused nodes strictly between `from` and `to` in the topological
  /// order that `from` reaches (`forward`) or that reach `from` (backward,
  /// `from` after `to`). Returns true if `to` is reached by a path of two
  /// edges or more: fusing `from` and `to` would then close a cycle.
  bool searchBetween(SchedulerNode *from, SchedulerNode *to, bool forward,
                     SmallVectorImpl<SchedulerNode *> &found) {
    int64_t bound = position.lookup(to);
    auto inside = [&](SchedulerNode *n) {
      return forward ? position.lookup(n) < bound : position.lookup(n) > bound;
    };
    llvm::DenseSet<SchedulerNode *> seen;
    SmallVector<SchedulerNode *> stack;
    bool cycle = false;
    auto visit = [&](SchedulerNode *n, bool direct) {
      if (n == to) {
        cycle |= !direct;
        return;
      }
      if (inside(n) && seen.insert(n).second) {
        stack.push_back(n);
        found.push_back(n);
      }
    };
    forEachNeighbour(from, forward, [&](SchedulerNode *n) { visit(n, true); });
    while (!stack.empty() && !cycle) {
      SchedulerNode *n = stack.pop_back_val();
      forEachNeighbour(n, forward, [&](SchedulerNode *m) { visit(m, false); });
    }
    return cycle;
  }

  /// Scheduler.will_fusion_create_cycle: whether a path between the two
  /// nodes passes through a third, so that the fused node would be both
  /// before and after it. Inductor walks the ancestor sets; the search here
  /// stays between the two nodes in the current topological order, and
  /// returns in `after` the nodes there that the earlier one reaches.
  bool willFusionCreateCycle(SchedulerNode *n1, SchedulerNode *n2,
                             SmallVectorImpl<SchedulerNode *> &after) {
    bool firstIsEarlier = position.lookup(n1) < position.lookup(n2);
    SchedulerNode *early = firstIsEarlier ? n1 : n2;
    SchedulerNode *late = firstIsEarlier ? n2 : n1;
    return searchBetween(early, late, /*forward=*/true, after);
  }

  /// Keeps `position` a topological order after `n1` and `n2` became
  /// `fused` (Pearce and Kelly's reordering for a new edge): the nodes
  /// between them that reach the later one move before the fused node,
  /// the ones the earlier one reaches (`after`) move behind it, each group
  /// in its old order, into the positions the moved nodes held.
  void placeFusedNode(SchedulerNode *n1, SchedulerNode *n2,
                      SchedulerNode *fused,
                      SmallVectorImpl<SchedulerNode *> &after) {
    bool firstIsEarlier = position.lookup(n1) < position.lookup(n2);
    SchedulerNode *early = firstIsEarlier ? n1 : n2;
    SchedulerNode *late = firstIsEarlier ? n2 : n1;
    SmallVector<SchedulerNode *> before;
    searchBetween(late, early, /*forward=*/false, before);
    auto byPosition = [&](const SchedulerNode *a, const SchedulerNode *b) {
      return position.lookup(a) < position.lookup(b);
    };
    llvm::sort(before, byPosition);
    llvm::sort(after, byPosition);
    SmallVector<int64_t> slots{position.lookup(early), position.lookup(late)};
    for (SchedulerNode *n : llvm::concat<SchedulerNode *>(before, after))
      slots.push_back(position.lookup(n));
    llvm::sort(slots);
    // One slot more than nodes: the earlier nodes take the lowest, the later
    // ones the highest, so that none moves against its edges.
    size_t next = 0;
    for (SchedulerNode *n : before)
      position[n] = slots[next++];
    position[fused] = slots[next++];
    next = slots.size() - after.size();
    for (SchedulerNode *n : after)
      position[n] = slots[next++];
    position.erase(n1);
    position.erase(n2);
  }

  /// Scheduler.will_fusion_create_cycle, from ancestor sets.
  bool willFusionCreateCycleFromSets(const SchedulerNode *n1,
                                     const SchedulerNode *n2) {
    llvm::DenseSet<StringAttr> combinedNames;
    for (const SchedulerNode *n : {n1, n2})
      for (SchedulerNode *m : n->getNodes())
        combinedNames.insert(m->name);
    llvm::SetVector<StringAttr> combinedAncestors;
    for (const SchedulerNode *n : {n1, n2})
      for (StringAttr a : n->ancestors)
        if (!combinedNames.contains(a))
          combinedAncestors.insert(a);
    llvm::DenseSet<SchedulerNode *> visited;
    std::function<bool(SchedulerNode *)> foundPath = [&](SchedulerNode *node) {
      if (!node || !node->isFused() || !visited.insert(node).second)
        return false;
      // Wholly upstream of both: cannot lie on a path between them.
      if (llvm::all_of(node->getNodes(), [&](SchedulerNode *m) {
            return combinedAncestors.contains(m->name);
          }))
        return false;
      for (StringAttr a : node->ancestors)
        if (combinedNames.contains(a))
          return true;
      for (StringAttr a : node->ancestors)
        if (!combinedAncestors.contains(a) &&
            foundPath(g.nameToFusedNode.lookup(a)))
          return true;
      return false;
    };
    return llvm::any_of(combinedAncestors, [&](StringAttr a) {
      return foundPath(g.nameToFusedNode.lookup(a));
    });
  }

  /// Scheduler.can_fusion_increase_peak_memory: fusing keeps alive inputs
  /// that each node alone would let the other reuse.
  std::optional<std::pair<int64_t, int64_t>>
  fusionIncreasesPeakMemory(const SchedulerNode *n1, const SchedulerNode *n2,
                            int64_t score) {
    auto reuseKeys = [&](const SchedulerNode *n) {
      // buffer_reuse_key: (device, dtype, storage size); -1 when symbolic.
      llvm::SetVector<std::tuple<StringAttr, Type, int64_t>> keys;
      for (Attribute read : n->readWrites.reads) {
        SchedulerBuffer *buf = g.lookupBuffer(getDepName(read));
        if (!buf || buf->users.size() != 1)
          continue;
        auto type = dyn_cast<BufferType>(buf->defOp->getResult(0).getType());
        if (!type)
          continue;
        keys.insert({type.getDevice(), type.getDtype(),
                     type.getStaticNumElements().value_or(-1)});
      }
      return keys;
    };
    auto lhs = reuseKeys(n1), rhs = reuseKeys(n2);
    int64_t overhead = 0;
    for (auto &key : lhs) {
      if (!rhs.contains(key))
        continue;
      if (std::get<2>(key) < 0)
        return std::nullopt; // A symbolic size: Inductor fuses.
      overhead += std::get<2>(key);
    }
    if (overhead > 32 * score)
      return std::make_pair(overhead, score);
    return std::nullopt;
  }

  /// Scheduler.fusion_prevent_too_many_reads_and_writes: the distinct
  /// buffers the fused node would read or write, less node2's reads of
  /// node1's writes and node1's writes no node outside the pair reads
  /// (can_buffer_be_removed_through_fusion: every user weak or in the pair,
  /// and no mutation's name).
  size_t uniqueIOBuffersAfterFusion(const SchedulerNode *n1,
                                    const SchedulerNode *n2) {
    llvm::DenseSet<const SchedulerNode *> fused;
    for (const SchedulerNode *n : {n1, n2})
      for (SchedulerNode *m : n->getNodes())
        fused.insert(m);
    llvm::SetVector<StringAttr> writes1, reads2;
    for (Attribute d : n1->readWrites.writes)
      writes1.insert(getDepName(d));
    for (Attribute d : n2->readWrites.reads)
      reads2.insert(getDepName(d));
    auto removable = [&](StringAttr name) {
      SchedulerBuffer *buf = g.lookupBuffer(name);
      if (!buf || g.getMutationRenames().count(name) ||
          g.getMutationRealName().count(name))
        return false;
      return llvm::all_of(buf->users, [&](const NodeUser &u) {
        return u.isWeak || (u.node && llvm::all_of(u.node->getNodes(),
                                                   [&](SchedulerNode *m) {
                                                     return fused.contains(m);
                                                   }));
      });
    };
    llvm::SetVector<StringAttr> unique;
    for (const SchedulerNode *n : {n1, n2})
      for (Attribute d : n->readWrites.reads)
        if (StringAttr name = getDepName(d);
            !(reads2.contains(name) && writes1.contains(name)))
          unique.insert(name);
    for (const SchedulerNode *n : {n1, n2})
      for (Attribute d : n->readWrites.writes)
        if (StringAttr name = getDepName(d);
            !(writes1.contains(name) && removable(name)))
          unique.insert(name);
    return unique.size();
  }

  /// Scheduler.can_fuse with choices.can_fuse, can_fuse_vertical and
  /// can_fuse_horizontal, and the backend's rules, in Inductor's order.
  MaybeRefusal canFuse(SchedulerNode *n1, SchedulerNode *n2, int64_t &score,
                       bool allowReorder = true) {
    score = 0;
    if (n1 == n2)
      return refuse(FusionRefusalKind::Legality, "a node with itself");
    // Discovery never pairs extern or nop nodes (unfusable_node), so these
    // two hold only for pairs a caller builds; kept as Inductor's checks.
    if (n1->isExternOrNop())
      return refuse(FusionRefusalKind::Legality, "node1 is extern or nop");
    if (n2->isExternOrNop())
      return refuse(FusionRefusalKind::Legality, "node2 is extern or nop");
    if (isAncestor(n2, n1))
      return refuse(FusionRefusalKind::Legality, "node1 must go before node2");
    for (const SchedulerNode *n : {n1, n2})
      for (SchedulerBuffer *b : n->outputs)
        if (noFuseBuffers.contains(b->name))
          return refuse(FusionRefusalKind::Legality,
                        "fusion for buffer explicit disabled: '" +
                            b->name.getValue() + "'");
    StringAttr device1 = n1->getDevice(), device2 = n2->getDevice();
    if (device1 != device2)
      return refuse(FusionRefusalKind::Legality,
                    "device mismatch (" + device1.getValue() + " vs " +
                        device2.getValue() + ")");
    score = scoreFusionMemory(n1, n2);
    if (allowReorder && reorderRound &&
        score < options.scoreFusionMemoryThreshold &&
        g.options.loopOrderingAfterFusion)
      if (int64_t reordered = sharedDataAfterReorderingLoop(n1, n2);
          reordered >= 0)
        score = reordered;
    if (allowReorder && options.loopIndexInversion &&
        score < options.scoreFusionMemoryThreshold)
      if (int64_t inverted = sharedDataAfterInvertingIndexing(n1, n2);
          inverted >= 0)
        score = inverted;
    if (score == 0 && (!options.aggressiveFusion || n1->isReduction() ||
                       n2->isReduction()))
      return refuse(FusionRefusalKind::Score, "no shared data");
    size_t members = n1->getNodes().size() + n2->getNodes().size();
    bool foreach = n1->isForeach() || n2->isForeach();
    if (!foreach && static_cast<int64_t>(members) > options.maxFusionSize)
      return refuse(FusionRefusalKind::Size,
                    "exceeds max fusion: " + Twine(members) + " > " +
                        Twine(options.maxFusionSize) + " nodes");
    if (auto peak = fusionIncreasesPeakMemory(n1, n2, score))
      return refuse(FusionRefusalKind::Memory,
                    "fusion will increase peak memory: reuse overhead " +
                        Twine(peak->first) + " > 32 x saving " +
                        Twine(peak->second));
    if (options.maxFusionUniqueIOBuffers >= 0)
      if (size_t io = uniqueIOBuffersAfterFusion(n1, n2);
          static_cast<int64_t>(io) > options.maxFusionUniqueIOBuffers)
        return refuse(FusionRefusalKind::Size,
                      "fusion_prevent_too_many_reads_and_writes: " +
                          Twine(io) + " unique I/O buffers > " +
                          Twine(options.maxFusionUniqueIOBuffers));
    bool cpu = isCpu(device1);
    // The backends' rules; SIMD sends foreach pairs to their own rule. The
    // C++ backend has none (Inductor 2.11 would fail unpacking the foreach
    // group), so it fuses no foreach node.
    auto backend = [&](bool vertical) -> MaybeRefusal {
      if (foreach && cpu)
        return refuse(FusionRefusalKind::Legality,
                      "the C++ backend does not fuse foreach nodes");
      if (foreach)
        return foreachCanFuse(n1, n2);
      if (cpu)
        return vertical ? cppCanFuseVertical(n1, n2)
                        : cppCanFuseHorizontal(n1, n2);
      return simdCanFuse(n1, n2);
    };
    if (isAncestor(n1, n2)) {
      if (MaybeRefusal r = canFuseVertical(n1, n2))
        return r;
      return backend(/*vertical=*/true);
    }
    if (score < options.scoreFusionMemoryThreshold)
      return refuse(FusionRefusalKind::Score,
                    "score_fusion_memory_threshold: " + Twine(score) + " < " +
                        Twine(options.scoreFusionMemoryThreshold));
    if (int64_t d = distance(n1, n2); d > 64)
      return refuse(FusionRefusalKind::Distance,
                    "nodes are too far apart: " + Twine(d) + " > 64");
    return backend(/*vertical=*/false);
  }

  /// choices.FusionScore (PyTorch 2.11): the template score first; then,
  /// when one pair shares more than 16 times the bytes of the other, memory
  /// alone; otherwise (same kind, memory, proximity).
  struct FusionScore {
    int templateScore;
    bool typeScore;
    int64_t memory;
    int64_t proximity;

    bool operator<(const FusionScore &other) const {
      if (templateScore != other.templateScore)
        return templateScore < other.templateScore;
      if (std::max(memory, other.memory) > std::min(memory, other.memory) * 16)
        return memory < other.memory;
      return std::tie(typeScore, memory, proximity) <
             std::tie(other.typeScore, other.memory, other.proximity);
    }
  };

  /// choices.score_fusion, compared highest first.
  FusionScore scoreFusion(const SchedulerNode *n1, const SchedulerNode *n2) {
    int64_t memory = scoreFusionMemory(n1, n2);
    // No templates here: prologue fusion (0) and epilogue-first never apply.
    int templateScore = 1 + (memory > 0);
    bool typeScore = n1->isReduction() == n2->isReduction() && memory > 0;
    return {templateScore, typeScore, memory, -distance(n1, n2)};
  }

  //===--------------------------------------------------------------------===//
  // The loop
  //===--------------------------------------------------------------------===//

  void record(const SchedulerNode *n1, const SchedulerNode *n2, bool fused,
              const Refusal &why, int64_t score) {
    if (!decisions)
      return;
    std::string key = (n1->name.getValue() + "|" + n2->name.getValue() + "|" +
                       why.reason)
                          .str();
    if (!fused && !recorded.insert(key).second)
      return;
    FusionDecision d;
    d.round = round;
    d.reorderRound = reorderRound;
    d.node1 = n1->name;
    d.node2 = n2->name;
    d.fused = fused;
    d.kind = why.kind;
    d.reason = why.reason;
    d.score = score;
    d.anchor = n1->getNodes().front()->op;
    decisions->push_back(std::move(d));
  }

  std::vector<std::pair<SchedulerNode *, SchedulerNode *>>
  getPossibleFusions() {
    std::vector<std::pair<SchedulerNode *, SchedulerNode *>> pairs;
    llvm::DenseSet<std::pair<SchedulerNode *, SchedulerNode *>> seen;
    auto checkAllPairs = [&](ArrayRef<SchedulerNode *> bucket) {
      for (size_t i = 0; i < bucket.size(); ++i) {
        size_t end = std::min<size_t>(bucket.size(),
                                      i + 1 + options.maxPairwiseAttempts);
        for (size_t j = i + 1; j < end; ++j) {
          SchedulerNode *n1 = bucket[i], *n2 = bucket[j];
          if (!seen.insert({n1, n2}).second)
            continue;
          int64_t score;
          MaybeRefusal why = canFuse(n1, n2, score);
          if (!why) {
            pairs.push_back({n1, n2});
            continue;
          }
          record(n1, n2, false, *why, score);
          // Foreach fusions depend on the order: try the other one.
          if (n2->isForeach()) {
            if (MaybeRefusal back = canFuse(n2, n1, score))
              record(n2, n1, false, *back, score);
            else
              pairs.push_back({n2, n1});
          }
        }
      }
    };
    llvm::MapVector<StringAttr, SmallVector<SchedulerNode *>> byBuffer;
    for (SchedulerNode *node : g.nodes) {
      if (node->isExternOrNop())
        continue;
      for (StringAttr name : usedBufferNames(node))
        byBuffer[name].push_back(node);
    }
    for (auto &[name, bucket] : byBuffer)
      checkAllPairs(bucket);
    if (options.aggressiveFusion) {
      // Nodes with equal groups: (device, numel, rnumel) on GPUs, (device,
      // loop sizes) on CPUs.
      llvm::MapVector<std::tuple<StringAttr, Attribute, Attribute>,
                      SmallVector<SchedulerNode *>>
          byGroup;
      for (SchedulerNode *node : g.nodes) {
        if (node->isExternOrNop())
          continue;
        if (node->isForeach()) {
          // Every foreach node's group is (device, (("combo_kernel",),)).
          byGroup[{node->getDevice(), StringAttr::get(ctx, "combo_kernel"),
                   Attribute()}]
              .push_back(node);
          continue;
        }
        auto op = cast<NodeOp>(node->getGroupNode()->op);
        Attribute vars = op.getRanges(), reduce = op.getReduce();
        if (!isCpu(node->getDevice())) {
          auto [v, r] = getSizes(node->getGroupNode());
          vars = canonical(product(v));
          reduce = canonical(product(r));
        }
        byGroup[{node->getDevice(), vars, reduce}].push_back(node);
      }
      for (auto &[key, bucket] : byGroup)
        checkAllPairs(bucket);
    }
    // get_possible_fusions_with_highest_priority: only the pairs of the
    // backend's best (smallest) priority stay. The C++ backend puts
    // outer-loop fusions last (priority 1), so they wait for a round in
    // which nothing else is left; other backends give every pair 0.
    auto priority = [&](SchedulerNode *n1, SchedulerNode *n2) {
      return isCpu(n1->getDevice()) && !n1->isForeach() && !n2->isForeach() &&
                     cppCanFuseVerticalOuterLoop(n1, n2)
                 ? 1
                 : 0;
    };
    if (!pairs.empty()) {
      SmallVector<int> priorities;
      for (auto &[n1, n2] : pairs)
        priorities.push_back(priority(n1, n2));
      int best = *llvm::min_element(priorities);
      std::vector<std::pair<SchedulerNode *, SchedulerNode *>> kept;
      for (auto [pair, p] : llvm::zip(pairs, priorities))
        if (p == best)
          kept.push_back(pair);
      pairs = std::move(kept);
    }
    // Python's sort(key=..., reverse=True) computes each key once and keeps
    // equal keys in order; so do we. (FusionScore's 16x rule is not a
    // lexicographic order, but it is a strict weak one on these keys, so any
    // stable sort agrees with Python's.)
    std::vector<std::pair<FusionScore, size_t>> keyed;
    keyed.reserve(pairs.size());
    for (auto [i, pair] : llvm::enumerate(pairs))
      keyed.push_back({scoreFusion(pair.first, pair.second), i});
    std::stable_sort(keyed.begin(), keyed.end(),
                     [](const auto &a, const auto &b) {
                       return b.first < a.first;
                     });
    std::vector<std::pair<SchedulerNode *, SchedulerNode *>> sorted;
    sorted.reserve(pairs.size());
    for (auto &[key, i] : keyed)
      sorted.push_back(pairs[i]);
    return sorted;
  }

  /// FusedSchedulerNode(node1.get_nodes() + node2.get_nodes()).
  /// backend.fuse: a foreach node when either is one, else a fused node.
  SchedulerNode *fuse(SchedulerNode *n1, SchedulerNode *n2) {
    SchedulerNode *fused;
    if (n1->isForeach() || n2->isForeach()) {
      fused = fuseForeach(n1, n2);
    } else if (isCpu(n1->getDevice()) &&
               cppWhyFuseReason(n1, n2) ==
                   CppFuseReason::CompatibleRangesNoReduction) {
      cppRecomputeForCompatibleRanges(n1, n2);
      fused = makeFused(n1, n2);
    } else if (isCpu(n1->getDevice()) && cppCanFuseVerticalOuterLoop(n1, n2)) {
      // OuterLoopFusedSchedulerNode.fuse: the outer nodes of both, flat.
      int64_t depth = cppOuterLoopFusionDepth(n1, n2);
      fused = makeFused(n1, n2);
      fused->outerLoopFusionDepth = depth;
      for (SchedulerNode *n : {n1, n2})
        if (n->outerLoopFusionDepth)
          fused->outerNodes.append(n->outerNodes);
        else
          fused->outerNodes.push_back(n);
    } else {
      fused = makeFused(n1, n2);
    }
    for (SchedulerNode *m : fused->snodes) {
      g.nameToFusedNode[m->name] = fused;
      fusedOfOp[opIndex.lookup(m)] = fused;
    }
    return fused;
  }

  /// ForeachKernelSchedulerNode.fuse: two foreach nodes fuse part by part;
  /// a foreach node and another node fuse that node into the one part it
  /// feeds or reads.
  SchedulerNode *fuseForeach(SchedulerNode *n1, SchedulerNode *n2) {
    SchedulerNode &fe = g.nodeStorage.emplace_back();
    if (n1->isForeach() && n2->isForeach()) {
      for (auto [l, r] : llvm::zip(n1->parts, n2->parts))
        fe.parts.push_back(makeFused(l, r));
      finishForeach(fe);
      SchedulerGraph::refreshGroupDependencies(fe);
      fe.minOrder = std::min(n1->minOrder, n2->minOrder);
      fe.maxOrder = std::max(n1->maxOrder, n2->maxOrder);
      return &fe;
    }
    SchedulerNode *foreach = n1->isForeach() ? n1 : n2;
    SchedulerNode *other = n1->isForeach() ? n2 : n1;
    SchedulerNode *part = n1->isForeach() ? producerPartFor(n1, n2)
                                          : consumerPartFor(n2, n1);
    SchedulerNode *merged = n1->isForeach() ? makeFused(part, other)
                                            : makeFused(other, part);
    for (SchedulerNode *p : foreach->parts)
      fe.parts.push_back(p == part ? merged : p);
    finishForeach(fe);
    // Inductor builds this node from the two it replaces
    // (prev_node_1/prev_node_2): the foreach node's dependencies first.
    DepSet writes = foreach->readWrites.writes;
    writes.insert(merged->readWrites.writes.begin(),
                  merged->readWrites.writes.end());
    DepSet reads;
    for (Attribute d : llvm::concat<const Attribute>(
             foreach->readWrites.reads.getArrayRef(),
             merged->readWrites.reads.getArrayRef()))
      if (!writes.contains(d))
        reads.insert(d);
    fe.readWrites = {std::move(reads), std::move(writes)};
    llvm::DenseSet<StringAttr> own;
    for (SchedulerBuffer *b : fe.outputs)
      own.insert(b->name);
    for (Attribute d : llvm::concat<const Attribute>(
             foreach->unmet.getArrayRef(), merged->unmet.getArrayRef()))
      if (!own.contains(getDepName(d)) && !fe.readWrites.writes.contains(d))
        fe.unmet.insert(d);
    fe.minOrder = std::min(foreach->minOrder, merged->minOrder);
    fe.maxOrder = std::max(foreach->maxOrder, merged->maxOrder);
    // Inductor does not rebuild read_to_node here: the new node takes no
    // producer into a part any more.
    builtByFusion.insert(&fe);
    return &fe;
  }

  /// A foreach node's leaves, outputs, name and ancestors from its parts
  /// (ancestors of its leaves, under Inductor's ancestor-set option).
  void finishForeach(SchedulerNode &fe) {
    SchedulerGraph::assembleForeachNode(
        fe,
        options.useAncestorSets ? SchedulerGraph::ForeachAncestors::OfLeaves
                                : SchedulerGraph::ForeachAncestors::None,
        ctx);
  }


  /// get_consumer_subnode_for: the part of `foreach` whose reads (the last
  /// part reading a buffer wins) include an output of `producer`.
  SchedulerNode *consumerPartFor(SchedulerNode *foreach,
                                 const SchedulerNode *producer) {
    if (builtByFusion.contains(foreach))
      return nullptr;
    llvm::DenseMap<StringAttr, SchedulerNode *> readToPart;
    for (SchedulerNode *p : foreach->parts)
      for (Attribute read : p->readWrites.reads)
        readToPart[getDepName(read)] = p;
    for (SchedulerBuffer *buf : producer->outputs)
      if (SchedulerNode *p = readToPart.lookup(buf->name))
        return p;
    return nullptr;
  }

  /// get_producer_subnode_for: the one part of `foreach` that produces
  /// what `consumer` reads, or null if none or several do.
  SchedulerNode *producerPartFor(SchedulerNode *foreach,
                                 const SchedulerNode *consumer) {
    llvm::DenseMap<const SchedulerNode *, SchedulerNode *> partOf;
    for (SchedulerNode *p : foreach->parts)
      for (SchedulerNode *m : p->getNodes())
        partOf[m] = p;
    llvm::SetVector<SchedulerNode *> producers;
    for (Attribute read : consumer->readWrites.reads) {
      SchedulerBuffer *buf = g.lookupBuffer(getDepName(read));
      if (buf && buf->definingOp)
        if (SchedulerNode *p = partOf.lookup(buf->definingOp))
          producers.insert(p);
    }
    return producers.size() == 1 ? producers.front() : nullptr;
  }

  /// ForeachKernelSchedulerNode.can_fuse, for pairs with a foreach node.
  MaybeRefusal foreachCanFuse(SchedulerNode *n1, SchedulerNode *n2) {
    auto partRefused = [&](SchedulerNode *l, SchedulerNode *r)
        -> MaybeRefusal {
      int64_t score;
      if (MaybeRefusal why = canFuse(l, r, score, /*allowReorder=*/false))
        return refuse(why->kind, "part '" + l->name.getValue() +
                                     "' with '" + r->name.getValue() +
                                     "': " + why->reason);
      return std::nullopt;
    };
    if (n1->isForeach() && n2->isForeach()) {
      if (n1->parts.size() != n2->parts.size())
        return refuse(FusionRefusalKind::Legality,
                      "foreach do not have same length");
      for (auto [l, r] : llvm::zip(n1->parts, n2->parts))
        if (MaybeRefusal why = partRefused(l, r))
          return why;
      return std::nullopt;
    }
    if (n2->isForeach()) {
      if (n1->isReduction())
        return refuse(FusionRefusalKind::Legality,
                      "candidate producer is a reduction, foreach ops cannot "
                      "be fused with reductions currently");
      if (SchedulerNode *part = consumerPartFor(n2, n1))
        return partRefused(n1, part);
      return refuse(FusionRefusalKind::Legality,
                    "candidate producer is not dep of any foreach consumer");
    }
    if (n2->isReduction())
      return refuse(FusionRefusalKind::Legality,
                    "candidate consumer is a reduction, foreach ops cannot be "
                    "fused with reductions currently");
    if (SchedulerNode *part = producerPartFor(n1, n2))
      return partRefused(part, n2);
    return refuse(FusionRefusalKind::Legality,
                  "candidate consumer has no dep in any foreach producer");
  }

  /// FusedSchedulerNode.fuse: node1's members, then node2's.
  SchedulerNode *makeFused(SchedulerNode *n1, SchedulerNode *n2) {
    SchedulerNode &fused = g.nodeStorage.emplace_back();
    std::string name;
    for (const SchedulerNode *n : {n1, n2})
      for (SchedulerNode *m : n->getNodes()) {
        fused.snodes.push_back(m);
        fused.outputs.append(m->outputs);
        name += (name.empty() ? "" : "_") + m->name.getValue().str();
      }
    fused.name = StringAttr::get(ctx, name);
    if (options.useAncestorSets)
      for (SchedulerNode *m : fused.snodes)
        fused.ancestors.insert(m->ancestors.begin(), m->ancestors.end());
    SchedulerGraph::refreshGroupDependencies(fused);
    fused.minOrder = fused.maxOrder = fused.snodes.front()->minOrder;
    for (SchedulerNode *m : fused.snodes) {
      fused.minOrder = std::min(fused.minOrder, m->minOrder);
      fused.maxOrder = std::max(fused.maxOrder, m->maxOrder);
    }
    return &fused;
  }

  LogicalResult fuseNodesOnce() {
    // PyTorch 2.11 prunes redundant weak dependencies at the start of every
    // round as well (the seed only does it at the end).
    for (SchedulerNode *node : g.nodes)
      g.pruneRedundantDeps(*node);
    // Inductor keeps an OrderedSet; its order does not matter, as the
    // nodes are sorted by min_order (unique per node) afterwards. Removing
    // from the middle of a vector on every fusion would be quadratic.
    std::vector<SchedulerNode *> fusedNodes(g.nodes.begin(), g.nodes.end());
    llvm::DenseSet<SchedulerNode *> fusedAway;
    // The nodes are in a topological order of the graph of fused nodes at
    // the start of every round; fusions keep it one.
    position.clear();
    for (auto [i, node] : llvm::enumerate(g.nodes))
      position[node] = i;
    for (auto [a, b] : getPossibleFusions()) {
      if (options.fuel >= 0 && fusionsMade >= options.fuel)
        break;
      SchedulerNode *n1 = fusedOf(a), *n2 = fusedOf(b);
      int64_t score;
      if (MaybeRefusal why = canFuse(n1, n2, score)) {
        record(n1, n2, false, *why, score);
        continue;
      }
      SmallVector<SchedulerNode *> after;
      if (options.useAncestorSets ? willFusionCreateCycleFromSets(n1, n2)
                                  : willFusionCreateCycle(n1, n2, after)) {
        record(n1, n2, false,
               {FusionRefusalKind::Cycle, "will create cycle"}, score);
        continue;
      }
      SchedulerNode *n3 = fuse(n1, n2);
      if (!options.useAncestorSets)
        placeFusedNode(n1, n2, n3, after);
      record(n1, n2, true, {FusionRefusalKind::Legality, "fused"}, score);
      ++fusionsMade;
      fusedAway.insert(n1);
      fusedAway.insert(n2);
      fusedNodes.push_back(n3);
    }
    std::vector<SchedulerNode *> sorted;
    for (SchedulerNode *n : fusedNodes)
      if (!fusedAway.contains(n))
        sorted.push_back(n);
    std::stable_sort(sorted.begin(), sorted.end(),
                     [](SchedulerNode *a, SchedulerNode *b) {
                       return a->minOrder < b->minOrder;
                     });
    g.nodes = std::move(sorted);
    g.orderChanged = true;
    if (failed(g.topologicalSort()))
      return failure();
    for (SchedulerNode *node : g.nodes)
      g.pruneRedundantDeps(*node);
    return success();
  }

  SchedulerGraph &g;
  const FusionOptions &options;
  std::vector<FusionDecision> *decisions;
  std::vector<LoopReorderDecision> *loopReorders;
  MLIRContext *ctx;
  ExprSpace space;
  SizeHintEvaluator sizeHints;
  const llvm::DenseMap<StringAttr, int64_t> &hints = sizeHints.getHints();
  llvm::StringSet<> recorded;
  /// The ops of the graph before fusion, numbered, with their edges; which
  /// fused node holds each; and ancestor queries on them.
  llvm::DenseMap<const SchedulerNode *, unsigned> opIndex;
  std::vector<SmallVector<unsigned, 2>> opPreds, opSuccs;
  std::vector<SchedulerNode *> fusedOfOp;
  /// Node-based, so that references to entries survive insertions.
  std::unordered_map<const SchedulerNode *, SmallVector<unsigned, 4>>
      opIndicesOf;
  std::optional<DagReachability> reachability;
  llvm::DenseMap<std::pair<const SchedulerNode *, int64_t>,
                 std::optional<SmallVector<int64_t>>>
      tilingCache;
  /// V.graph.no_fuse_buffer_names.
  llvm::DenseSet<StringAttr> noFuseBuffers;
  /// Foreach nodes made by fusing into a part (no read_to_node).
  llvm::DenseSet<const SchedulerNode *> builtByFusion;
  /// A topological order of the current (fused) nodes.
  llvm::DenseMap<const SchedulerNode *, int64_t> position;
  unsigned round = 0;
  bool reorderRound = false;
  int64_t fusionsMade = 0;
};
} // namespace mlir::inductor_sched

LogicalResult
SchedulerGraph::fuseNodes(const FusionOptions &fusionOptions,
                          std::vector<FusionDecision> *decisions,
                          std::vector<LoopReorderDecision> *loopReorders) {
  return Fuser(*this, fusionOptions, decisions, loopReorders).run();
}
