//===- MergeLoops.h - Inductor's LoopBody.merge_loops -----------*- C++ -*-===//
//
// After fusion, Inductor merges the loops of GPU nodes that it kept apart
// for loop ordering after fusion (Scheduler.merge_loops, S15).
//
//===----------------------------------------------------------------------===//

#ifndef INDUCTORSCHED_ANALYSIS_MERGELOOPS_H
#define INDUCTORSCHED_ANALYSIS_MERGELOOPS_H

#include "InductorSched/Dialect/Sched/IR/SchedOps.h"

namespace mlir::inductor_sched {

/// LoopBody.merge_loops: merges the iteration loops, and separately the
/// reduction loops, of `node` wherever every index of its body walks them
/// contiguously, and rewrites its ranges and indices. Returns whether any
/// loop was merged or dropped.
bool mergeLoops(sched::NodeOp node);

} // namespace mlir::inductor_sched

#endif // INDUCTORSCHED_ANALYSIS_MERGELOOPS_H
