//===- PassUtils.h - Shared checks of the scheduler passes ------*- C++ -*-===//

#ifndef INDUCTORSCHED_TRANSFORMS_PASSUTILS_H
#define INDUCTORSCHED_TRANSFORMS_PASSUTILS_H

#include "InductorSched/Analysis/SchedulerGraph.h"

namespace mlir::inductor_sched {

/// Each step of _init needs the state earlier steps recorded; these report
/// a missing step as an error on the graph.
inline LogicalResult requireReadWrites(const SchedulerGraph &graph) {
  if (graph.hasReadWrites() || graph.getNodes().empty())
    return success();
  return graph.getGraph().emitOpError(
      "has no read/write dependencies; run -sched-compute-read-writes first");
}

/// The steps before the fusion loop work on single ops.
inline LogicalResult requireNoGroups(const SchedulerGraph &graph) {
  if (!graph.hasFusedNodes())
    return success();
  return graph.getGraph().emitOpError(
      "has fused groups; this step of _init runs before fusion");
}

inline LogicalResult requireUsers(const SchedulerGraph &graph) {
  if (graph.hasUsers() || graph.getNodes().empty())
    return success();
  return graph.getGraph().emitOpError(
      "has no users; run -sched-compute-dependencies first");
}

inline LogicalResult requireOrders(const SchedulerGraph &graph) {
  if (graph.hasOrders() || graph.getNodes().empty())
    return success();
  return graph.getGraph().emitOpError(
      "has no node orders; run -sched-compute-ancestors first");
}

} // namespace mlir::inductor_sched

#endif // INDUCTORSCHED_TRANSFORMS_PASSUTILS_H
