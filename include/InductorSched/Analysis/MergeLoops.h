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

/// The inverse of merging, at one boundary: splits one iteration range of
/// the pointwise `node` in two so that its leading ranges cover exactly
/// `points` points, rewriting its indices (p_d -> inner * p_d + p_{d+1}).
/// A kernel's lowering uses it to give a member the (rows, reduction)
/// ranges of the kernel, so its indices match its reduction members'.
/// Returns whether a range was split; false when a boundary is already
/// there, or when none can be made (symbolic sizes, or `points` not a
/// product of leading ranges and a divisor of the next).
bool splitRangesAt(sched::NodeOp node, int64_t points);

} // namespace mlir::inductor_sched

#endif // INDUCTORSCHED_ANALYSIS_MERGELOOPS_H
