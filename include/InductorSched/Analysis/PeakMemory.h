//===- PeakMemory.h - Inductor's peak-memory model --------------*- C++ -*-===//
//
// torch/_inductor/memory.py: a model of the memory a schedule of (fused)
// scheduler nodes holds, its estimated peak for a given order, and the
// three topological orders `reorder_for_peak_memory` tries (LPMF, BFS,
// DFS). SchedulerGraph::reorderForPeakMemory chooses among them; the model
// can also be queried on its own.
//
// The model (Inductor's memory planning info):
//   - freeable inputs: graph inputs some node reads, except the ones Inductor
//     cannot free (names starting with primals_, arg, fwd_rng_state,
//     bwd_rng_state, tangents); allocated before the first node;
//   - each written buffer's bytes when allocated and when freed: a mutation
//     or a NoneLayout costs nothing, a MultiOutputLayout allocates what its
//     MultiOutput children free, anything else is numel x dtype size;
//   - a buffer's successors are the nodes with an unmet dependency on it; a
//     mutated buffer also gets its mutations' successors, since its memory
//     lives until the last of them;
//   - graph outputs are never freed; a buffer nothing reads is freed after
//     the node that writes it.
//
//===----------------------------------------------------------------------===//

#ifndef INDUCTORSCHED_ANALYSIS_PEAKMEMORY_H
#define INDUCTORSCHED_ANALYSIS_PEAKMEMORY_H

#include "InductorSched/Analysis/SchedulerGraph.h"

#include <vector>

namespace mlir::inductor_sched {

class PeakMemoryModel {
public:
  /// A buffer of the model: a freeable graph input or a buffer some node
  /// writes (Inductor's MemoryPlanningInfoForBuffer).
  struct Buffer {
    StringAttr name;
    int64_t sizeAlloc = 0;
    int64_t sizeFree = 0;
    /// The nodes (indices into getNodes()) that must run before it can be
    /// freed, in node order.
    SmallVector<unsigned> succNodes;
    /// The node that writes it, or -1 for a freeable input.
    int64_t producer = -1;
    bool isGraphOutput = false;
  };

  /// Inductor's prepare_planning_info for the nodes of `graph` in their
  /// current order, which is the baseline.
  explicit PeakMemoryModel(const SchedulerGraph &graph);

  /// Inductor's validate_graph_acyclic: a cycle among the nodes'
  /// predecessors is reported as an error on the graph, naming it.
  LogicalResult verify() const;

  ArrayRef<SchedulerNode *> getNodes() const { return nodes; }
  /// Freeable inputs first, then the buffers nodes write, in node order.
  ArrayRef<Buffer> getBuffers() const { return buffers; }
  const Buffer *lookupBuffer(StringAttr name) const;
  /// The bytes a node allocates: the sum of its outputs' allocations.
  int64_t getNodeSize(unsigned node) const { return info[node].size; }

  /// Inductor's estimate_peak_memory: the largest prefix sum of the bytes
  /// allocated and freed by the nodes of `order` (a permutation of
  /// getNodes()), freeable inputs counted from the start.
  int64_t estimatePeakMemory(ArrayRef<SchedulerNode *> order) const;

  /// topological_sort_lpmf, "least peak memory first": repeatedly runs the
  /// ready node that stays under the peak so far and leaves the least
  /// memory behind (or, if none stays under, raises the peak least).
  std::vector<SchedulerNode *> topologicalSortLpmf() const;
  /// topological_sort_bfs: runs the ready node whose predecessors ran
  /// earliest (the sorted list of their positions), FIFO-like.
  std::vector<SchedulerNode *> topologicalSortBfs() const;
  /// topological_sort_dfs: a DFS that visits nodes, and each node's
  /// producers, by increasing bytes written plus bytes read.
  std::vector<SchedulerNode *> topologicalSortDfs() const;
  /// The order `method` gives (the current one for the baseline).
  std::vector<SchedulerNode *> getOrder(PeakMemoryMethod method) const;

private:
  struct NodeInfo {
    int64_t size = 0;
    SmallVector<unsigned, 2> outputs;
    SmallVector<unsigned> predBuffers;
    SmallVector<unsigned> predNodes;
    SmallVector<unsigned> succNodes;
    /// Producers of the node's unmet dependencies, one per dependency.
    SmallVector<unsigned> unmetProducers;
  };

  void computeBufferSizes(const SchedulerGraph &graph);

  sched::GraphOp graphOp;
  std::vector<SchedulerNode *> nodes;
  std::vector<NodeInfo> info;
  std::vector<Buffer> buffers;
  /// The scheduler buffer behind each written buffer (null for inputs).
  std::vector<SchedulerBuffer *> schedulerBuffers;
  llvm::DenseMap<StringAttr, unsigned> bufferIndex;
  llvm::DenseMap<const SchedulerNode *, unsigned> nodeIndex;
};

} // namespace mlir::inductor_sched

#endif // INDUCTORSCHED_ANALYSIS_PEAKMEMORY_H
