//===- DagReachability.h - Ancestor queries on a fixed DAG ------*- C++ -*-===//
//
// Inductor keeps, for every node, the set of all its transitive producers
// (compute_ancestors) and answers "is some op of A an ancestor of some op of
// B" by set intersection. On deep graphs those sets total n^2/2 names. The
// fusion loop only ever asks that question about the ops of the graph before
// fusion, whose edges never change, so this class answers it without the
// sets: a backward search from B's ops that cannot leave the part of the
// graph where an op of A could still be, bounded by two topological orders
// (a node reachable from `f` comes after `f` in both; FELINE, Veloso et al.
// 2014).
//
//===----------------------------------------------------------------------===//

#ifndef INDUCTORSCHED_ANALYSIS_DAGREACHABILITY_H
#define INDUCTORSCHED_ANALYSIS_DAGREACHABILITY_H

#include "mlir/Support/LLVM.h"
#include "llvm/ADT/ArrayRef.h"
#include "llvm/ADT/SmallVector.h"

#include <cstdint>
#include <vector>

namespace mlir::inductor_sched {

class DagReachability {
public:
  /// `preds[i]` lists the direct predecessors of node `i`; the graph must be
  /// acyclic.
  explicit DagReachability(std::vector<SmallVector<unsigned, 2>> preds);

  /// Whether some node of `from` is a strict ancestor of some node of `to`.
  bool reaches(ArrayRef<unsigned> from, ArrayRef<unsigned> to);

  /// Nodes expanded by all queries so far (for benchmarks and tests).
  uint64_t getNodesVisited() const { return visitedTotal; }

private:
  std::vector<SmallVector<unsigned, 2>> preds;
  /// Two topological orders (Kahn's algorithm taking the lowest, then the
  /// highest-numbered ready node first), as different as possible so that
  /// together they rule out most unrelated pairs.
  std::vector<unsigned> firstOrder, secondOrder;
  /// Per-query marks: a node is visited (or a source) in this query when
  /// its entry equals the query's epoch.
  std::vector<uint32_t> visitedEpoch, sourceEpoch;
  uint32_t epoch = 0;
  SmallVector<unsigned> stack;
  uint64_t visitedTotal = 0;
};

} // namespace mlir::inductor_sched

#endif // INDUCTORSCHED_ANALYSIS_DAGREACHABILITY_H
