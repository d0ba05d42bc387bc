//===- SchedulerGraph.h - Inductor's scheduler state ------------*- C++ -*-===//
//
// The state `Scheduler._init` builds and transforms, in memory: scheduler
// nodes with their read/write dependencies, buffers with their users, the
// mutation renaming, removed nodes and buffers, ancestors and orders.
//
// Each step of `_init` is a method (computeReadWrites for S2–S4,
// computeDependencies for S7, topologicalSort for S8, deadNodeElimination
// for S9, computeAncestors for S10). `load` reads the state a sched.graph
// records in its attributes and `store` writes it back, so each step can run
// as its own pass and its results are visible to FileCheck; other compilers
// can also run every step on one SchedulerGraph without going through the
// attributes.
//
// Attributes (all prefixed `sched.`):
//   on nodes:   reads, writes (dependencies), renames (the mutation renames
//               applied to them), ancestors, min_order, max_order
//   on buffers: users (#sched.user)
//   on graphs:  mutation_renames, mutation_real_name ([[from, to], ...]),
//               mutated_inputs, removed_operations, removed_buffers
//
//===----------------------------------------------------------------------===//

#ifndef INDUCTORSCHED_ANALYSIS_SCHEDULERGRAPH_H
#define INDUCTORSCHED_ANALYSIS_SCHEDULERGRAPH_H

#include "InductorSched/Analysis/Dependencies.h"

#include "llvm/ADT/DenseSet.h"
#include "llvm/ADT/MapVector.h"

#include <deque>
#include <memory>

namespace mlir::inductor_sched {

struct SchedulerNode;

/// Inductor's NodeUser. A null `node` is the graph's OUTPUT.
struct NodeUser {
  SchedulerNode *node = nullptr;
  bool canInplace = false;
  bool isWeak = false;
};

/// Inductor's SchedulerBuffer: a buffer some node writes.
struct SchedulerBuffer {
  StringAttr name;
  Operation *defOp = nullptr;
  SchedulerNode *definingOp = nullptr;
  /// The buffer this one mutates (`get_mutations()`), or null.
  StringAttr mutates;
  /// The buffer this one aliases (`get_aliases()`), or null.
  StringAttr aliases;
  SmallVector<NodeUser> users;
};

/// Inductor's BaseSchedulerNode, for a node, extern, nop or multi-output op,
/// or a FusedSchedulerNode made of such nodes.
struct SchedulerNode {
  /// The sched.node, sched.extern, sched.nop or sched.multi_output op; for a
  /// fused node, its sched.group once stored (null before).
  Operation *op = nullptr;
  StringAttr name;
  /// The single-op members of a fused or foreach node, in order; empty for
  /// a single op.
  SmallVector<SchedulerNode *> snodes;
  /// The parts of a foreach node (ForeachKernelSchedulerNode.snodes): single
  /// nodes, or fused nodes once a part fused with a neighbour; empty for
  /// other nodes. Parts are not in the graph's node list.
  SmallVector<SchedulerNode *> parts;
  /// For the C++ backend's OuterLoopFusedSchedulerNode: the loops its outer
  /// nodes (single or fused) share, and those nodes; 0 and empty otherwise.
  int64_t outerLoopFusionDepth = 0;
  SmallVector<SchedulerNode *> outerNodes;
  ReadWrites readWrites;
  /// Reads not satisfied by graph inputs or constants.
  DepSet unmet;
  SmallVector<SchedulerBuffer *> outputs;
  llvm::SetVector<StringAttr> ancestors;
  int64_t minOrder = 0;
  int64_t maxOrder = 0;
  /// Whether merge_loops ran on this node (its sizes are then tuples).
  bool loopsMerged = false;
  /// The mutation renames compute_dependencies applied to this node's
  /// dependencies (update_mutated_names); re-applied whenever they are
  /// re-extracted from the body.
  llvm::MapVector<StringAttr, StringAttr> mutationRenames;
  /// Buffers no later node uses (compute_last_usage); for a fused node's
  /// members, no later member.
  llvm::SetVector<StringAttr> lastUsage;

  bool isFused() const { return !snodes.empty(); }
  bool isForeach() const { return !parts.empty(); }
  /// Inductor's `snodes` of a fused or foreach node: the parts of a foreach
  /// node, else the single-op members.
  ArrayRef<SchedulerNode *> getMembers() const {
    return isForeach() ? ArrayRef<SchedulerNode *>(parts)
                       : ArrayRef<SchedulerNode *>(snodes);
  }
  /// The single-op nodes this node is made of (itself if not fused).
  ArrayRef<SchedulerNode *> getNodes() const {
    return isFused() ? ArrayRef<SchedulerNode *>(snodes)
                     : ArrayRef<SchedulerNode *>(selfRef);
  }
  bool isReduction() const;
  /// Extern, nop and multi-output nodes never fuse.
  bool isExternOrNop() const;
  /// The device the node's outputs live on.
  StringAttr getDevice() const;
  /// Inductor's `group` node: the first reduction member, else the first.
  const SchedulerNode *getGroupNode() const;

  bool hasSideEffects() const;
  /// Whether this node could write its output over the buffer `read` reads.
  bool canInplace(Attribute read) const;
  /// Inductor's class name: SchedulerNode, ExternKernelSchedulerNode, ...
  StringRef getKindName() const;

  SchedulerNode *selfRef = this;
};

/// Inductor's fusion settings (torch/_inductor/config.py), with its defaults.
struct FusionOptions {
  /// config.max_fusion_size: most single ops in one fused node.
  int64_t maxFusionSize = 64;
  /// config.aggressive_fusion: fuse pairs that share no data.
  bool aggressiveFusion = false;
  /// config.score_fusion_memory_threshold, in bytes.
  int64_t scoreFusionMemoryThreshold = 10;
  /// Pairs considered per buffer for each node
  /// (config.max_fusion_buffer_group_pairwise_attempts).
  int64_t maxPairwiseAttempts = 64;
  /// Fusions to make before stopping (-1: no limit), to bisect a decision.
  int64_t fuel = -1;
  /// Answer ancestor and cycle questions as Inductor does, from every node's
  /// ancestor set (quadratic on deep graphs; needs compute_ancestors with
  /// sets). Off: searches bounded by topological orders, with the same
  /// answers; kept to cross-check the two.
  bool useAncestorSets = false;
  /// config.max_fusion_unique_io_buffers (-1: None, Inductor's default):
  /// refuse a fusion whose node would read and write more distinct buffers
  /// than this, not counting those the fusion makes internal.
  int64_t maxFusionUniqueIOBuffers = -1;
  /// config.loop_index_inversion_in_fusion (on by default in 2.11).
  bool loopIndexInversion = true;
  /// config.triton.tiling_prevents_pointwise_fusion and
  /// tiling_prevents_reduction_fusion (both on by default).
  bool tilingPreventsPointwiseFusion = true;
  bool tilingPreventsReductionFusion = true;
  /// For tests only: a deliberately broken rule. Every weak dependency of a
  /// mutation is taken as fusable (no in-place check), so the differential
  /// tests can show that they catch the races this lets through.
  bool testIgnoreWeakDeps = false;
};

/// Why a candidate pair was not fused.
enum class FusionRefusalKind { Legality, Cycle, Memory, Distance, Size, Score };
StringRef stringifyFusionRefusalKind(FusionRefusalKind kind);

/// One decision of the fusion loop about a candidate pair.
struct FusionDecision {
  unsigned round = 0;
  StringAttr node1, node2;
  bool fused = false;
  FusionRefusalKind kind = FusionRefusalKind::Legality;
  std::string reason;
  int64_t score = 0;
  /// The first op of node1, to report the decision at.
  Operation *anchor = nullptr;
  /// Whether it was made in the final round that may reorder loops.
  bool reorderRound = false;
};

/// The orders reorder_for_peak_memory compares, in the order it tries them.
enum class PeakMemoryMethod { Baseline, Lpmf, Bfs, Dfs };
StringRef stringifyPeakMemoryMethod(PeakMemoryMethod method);
std::optional<PeakMemoryMethod> symbolizePeakMemoryMethod(StringRef name);

struct PeakMemoryOptions {
  /// Keep this method's order whatever its estimated peak (to inspect one
  /// heuristic); none: the candidate with the smallest peak, as Inductor.
  std::optional<PeakMemoryMethod> method;
};

/// What reorder_for_peak_memory estimated and chose.
struct PeakMemoryReport {
  /// Each candidate's estimated peak in bytes, in the order tried.
  SmallVector<std::pair<PeakMemoryMethod, int64_t>, 4> peaks;
  PeakMemoryMethod chosen = PeakMemoryMethod::Baseline;
};

/// A loop reordering the fusion loop made to let a pair share data
/// (shared_data_after_reordering_loop). It stays even if the pair is then
/// refused.
struct LoopReorderDecision {
  unsigned round = 0;
  /// The pair being judged, and the node whose loops were reordered.
  StringAttr node1, node2, reordered;
  /// New iteration loop i runs old loop order[i].
  SmallVector<unsigned> order;
  /// The shared buffer whose accesses guided the order.
  StringAttr buffer;
  /// The first op of the reordered node.
  Operation *anchor = nullptr;
  /// Not a loop permutation but loop_index_inversion_in_fusion: the node
  /// now reads contiguously and writes at the inverse index (no order).
  bool indexInversion = false;
};

struct SchedulerOptions {
  /// Inductor's config.loop_ordering_after_fusion (on by default in 2.11):
  /// GPU nodes keep unmerged loops and unnormalized dependencies.
  bool loopOrderingAfterFusion = true;
};

class SchedulerGraph {
public:
  /// Reads the scheduler state recorded in `graph`. Fails with a located
  /// error on IR the scheduler cannot take (groups before fusion, a
  /// dependency on a buffer nothing defines).
  static FailureOr<std::unique_ptr<SchedulerGraph>>
  load(sched::GraphOp graph, const SchedulerOptions &options = {});

  /// S2–S4: each node's read/write dependencies from its body (or its
  /// inputs and outputs), unmet dependencies pruned of available buffers.
  void computeReadWrites();
  /// S7: users, mutation renaming, fake dependencies, keep-alive users.
  LogicalResult computeDependencies();
  /// S8: Inductor's DFS order. Fails, naming the cycle, if there is one.
  LogicalResult topologicalSort();
  /// S9: removes nodes whose outputs have only weak or removed users and
  /// which have no side effects; prunes weak dependencies on them.
  void deadNodeElimination();
  /// S10: min/max order and, when `withSets`, each node's ancestor set
  /// (Inductor's compute_ancestors). The sets hold every transitive
  /// producer, so on a chain of n nodes they total n^2/2 names, as in
  /// Inductor; callers that only need the order can skip them.
  void computeAncestors(bool withSets = true);

  /// S14: Inductor's fuse_nodes. Up to 10 rounds of fuse_nodes_once: pairs
  /// that share buffers, best score first, fused greedily when can_fuse
  /// holds and no cycle results. Records every decision about a candidate
  /// pair in `decisions` when given.
  /// Loop reorders are recorded in `loopReorders` when given.
  LogicalResult
  fuseNodes(const FusionOptions &options,
            std::vector<FusionDecision> *decisions = nullptr,
            std::vector<LoopReorderDecision> *loopReorders = nullptr);

  /// S15: Inductor's merge_loops under loop ordering after fusion: the
  /// loops of every GPU compute node (alone or fused) are merged and its
  /// dependencies re-extracted in normalized form, fake dependencies kept.
  /// The fused nodes' own dependencies and groups are left as they were, as
  /// in Inductor.
  void mergeLoops(bool loopOrderingAfterFusion);

  /// S18: Inductor's reorder_for_peak_memory (memory.py): estimates the
  /// peak memory of the current order and of the LPMF, BFS and DFS
  /// topological orders of the fused nodes, and keeps the smallest (the
  /// earlier on a tie, so the current order if nothing is better). Fails,
  /// naming the cycle, if the nodes' memory edges form one.
  LogicalResult reorderForPeakMemory(const PeakMemoryOptions &options = {},
                                     PeakMemoryReport *report = nullptr);

  /// S12: Inductor's create_foreach_nodes: the surviving compute nodes of
  /// each sched.graph_list become one foreach node (its parts run as one
  /// kernel), appended after the other nodes, then the nodes are sorted
  /// topologically again.
  LogicalResult createForeachNodes();

  /// S17: Inductor's create_combo_kernel_nodes (config.combo_kernels): the
  /// nodes of each level of the dependence graph, per GPU device, in chunks
  /// of 8, become foreach nodes (externs, nops, foreach nodes and, with
  /// `pointwiseOnly`, reductions left out; chunks of fewer than two kept
  /// as they are); then the nodes are re-sorted and redundant weak
  /// dependencies pruned.
  LogicalResult createComboKernels(bool pointwiseOnly = false);

  /// _prune_redundant_deps (PyTorch 2.11): drops the weak dependencies of
  /// `node` on a fused producer that is itself, or that it also depends on
  /// for real when fusing the two would mutate in place.
  void pruneRedundantDeps(SchedulerNode &node);

  /// Scheduler.fusable_weak_dep: whether `weak`, a dependency of `n2` on an
  /// output of `n1`, allows fusing them: `n2` writes the mutated buffer
  /// once, exactly where `n1` (at most one part of a foreach `n1`) reads its
  /// previous version.
  bool fusableWeakDep(sched::WeakDepAttr weak, const SchedulerNode *n1,
                      const SchedulerNode *n2) const;

  /// S21: Inductor's compute_last_usage: walking backwards from the graph
  /// outputs, each node's last usage is the buffers it uses (through
  /// aliases, by real name for mutations) that no later node uses; inside a
  /// fused node, the same among its members.
  void computeLastUsage();

  /// Writes the state back into the graph: attributes, the node order, and
  /// the removal of dead nodes and of buffers nothing uses any more.
  void store();

  /// Whether the graph recorded read/write dependencies
  /// (computeReadWrites ran) and users (computeDependencies ran).
  bool hasReadWrites() const { return readWritesKnown; }
  bool hasUsers() const { return usersKnown; }
  /// Whether every node records its ancestor set (compute_ancestors ran).
  bool hasAncestors() const { return ancestorsKnown; }
  /// Whether every node records its min/max order (compute_ancestors ran).
  bool hasOrders() const { return ordersKnown; }
  /// Whether fusion made groups: the steps before fusion need single ops.
  bool hasFusedNodes() const {
    return llvm::any_of(nodes, [](SchedulerNode *n) { return n->isFused(); });
  }
  /// The graph's outputs, mutated graph inputs, and what dead-node
  /// elimination removed.
  ArrayRef<StringAttr> getOutputNames() const { return outputNames; }
  const llvm::SetVector<StringAttr> &getMutatedInputs() const {
    return mutatedInputs;
  }
  const llvm::MapVector<StringAttr, StringAttr> &getMutationRenames() const {
    return mutationRenames;
  }
  /// Inductor's mutation_real_name: each mutation's buffer to the buffer
  /// it ultimately writes.
  const llvm::MapVector<StringAttr, StringAttr> &getMutationRealName() const {
    return mutationRealName;
  }
  /// Whether `name` is a graph input (Inductor's graph_inputs; constants are
  /// not).
  bool isGraphInput(StringAttr name) const {
    return graphInputs.contains(name);
  }
  const llvm::SetVector<StringAttr> &getRemovedOperations() const {
    return removedOperations;
  }
  const llvm::SetVector<StringAttr> &getRemovedBuffers() const {
    return removedBuffers;
  }

  ArrayRef<SchedulerNode *> getNodes() const { return nodes; }
  SchedulerBuffer *lookupBuffer(StringAttr name) const {
    return nameToBuf.lookup(name);
  }
  SchedulerNode *lookupNode(StringAttr name) const {
    return nameToNode.lookup(name);
  }
  bool isAvailable(StringAttr name) const { return available.contains(name); }
  /// The op that defines buffer `name`: a graph input or constant, or a
  /// buffer some node writes.
  Operation *lookupDefOp(StringAttr name) const {
    if (SchedulerBuffer *buf = lookupBuffer(name))
      return buf->defOp;
    return inputDefs.lookup(name);
  }
  /// Inductor's `rename`: follows mutation_renames to the newest version.
  StringAttr rename(StringAttr name) const;
  sched::GraphOp getGraph() const { return graph; }

private:
  friend class Fuser;
  explicit SchedulerGraph(sched::GraphOp graph) : graph(graph) {}
  void setReadWrites(SchedulerNode &node, ReadWrites rw);
  /// SchedulerNode.refresh_dependencies: re-extracts a compute node's
  /// dependencies from its body after a loop rewrite, keeping the fake Weak
  /// and Star ones and re-applying its mutation renames.
  void refreshDependencies(SchedulerNode &leaf, bool normalize);
  /// refresh_group_node_dependencies: a fused or foreach node's merged
  /// dependencies, and its members' unmet ones that no member writes.
  static void refreshGroupDependencies(SchedulerNode &group);
  /// Where a foreach node's ancestors come from: its parts' sets (a node
  /// made from whole nodes), its leaves' sets (one rebuilt by fusion, under
  /// Inductor's ancestor-set option), or nowhere.
  enum class ForeachAncestors { None, OfParts, OfLeaves };
  /// A foreach node's leaves, outputs and name (the parts' names joined by
  /// `_`), and its ancestors, from `fe.parts`.
  static void assembleForeachNode(SchedulerNode &fe, ForeachAncestors from,
                                  MLIRContext *ctx);
  /// A ForeachKernelSchedulerNode made of `parts`, registered as the
  /// fused node of their ops.
  SchedulerNode *makeForeachNode(ArrayRef<SchedulerNode *> parts);
  FailureOr<SchedulerNode *> loadGroup(sched::GroupOp group,
                                       unsigned &withReadWrites);
  SchedulerNode *loadNode(Operation &op, unsigned &withReadWrites);
  void registerMutations(SchedulerNode *node);
  void loadOrders(SchedulerNode &node);
  void reorderIR();

  sched::GraphOp graph;
  SchedulerOptions options;
  std::deque<SchedulerNode> nodeStorage;
  std::deque<SchedulerBuffer> bufferStorage;
  std::vector<SchedulerNode *> nodes;
  llvm::DenseMap<StringAttr, SchedulerBuffer *> nameToBuf;
  llvm::DenseMap<StringAttr, SchedulerNode *> nameToNode;
  /// Inductor's name_to_fused_node: each op's name to the node holding it.
  llvm::DenseMap<StringAttr, SchedulerNode *> nameToFusedNode;
  /// Graph inputs and constants (Inductor's available_buffer_names), in
  /// graph order, and the subset that are graph inputs.
  llvm::SetVector<StringAttr> available;
  llvm::DenseSet<StringAttr> graphInputs;
  llvm::DenseMap<StringAttr, Operation *> inputDefs;
  SmallVector<StringAttr> outputNames;
  llvm::MapVector<StringAttr, StringAttr> mutationRenames;
  llvm::MapVector<StringAttr, StringAttr> mutationRealName;
  llvm::SetVector<StringAttr> mutatedInputs;
  llvm::SetVector<StringAttr> removedOperations;
  llvm::SetVector<StringAttr> removedBuffers;
  bool readWritesKnown = false;
  bool usersKnown = false;
  bool ancestorsKnown = false;
  bool ordersKnown = false;
  bool lastUsageKnown = false;
  bool orderChanged = false;
};

} // namespace mlir::inductor_sched

#endif // INDUCTORSCHED_ANALYSIS_SCHEDULERGRAPH_H
