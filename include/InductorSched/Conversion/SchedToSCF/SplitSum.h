//===- SplitSum.h - A sum whose terms read in two orientations -*- C++ -*-===//
//
// `(a + b.t()).sum(0)`: each output point p sums a[p, r] + b[r, p] over r.
// Outer vectorization (lanes over p) reads b[r, p..p+W] as one vector but
// must gather a[p..p+W, r], one row per lane, a point at a time. With
// reassociation allowed the sum splits: the terms read contiguously across
// the lanes accumulate as lane vectors, those read contiguously along the
// reduction accumulate a lane at a time as vectors along the reduction
// (streaming each row), and the two partial sums add at the end.
//
//===----------------------------------------------------------------------===//

#ifndef INDUCTORSCHED_CONVERSION_SCHEDTOSCF_SPLITSUM_H
#define INDUCTORSCHED_CONVERSION_SCHEDTOSCF_SPLITSUM_H

#include "InductorSched/Dialect/Sched/IR/SchedOps.h"

#include <optional>

namespace mlir::inductor_sched {

/// The two halves of a float sum reduction's input: the leaves of its tree
/// of `arith.addf`, by the orientation of their loads, and the body ops
/// each half needs (in body order; an op both need is in both).
struct SplitSum {
  /// Terms whose loads have stride 0 or 1 along the lanes' variable.
  SmallVector<Value> laneTerms;
  /// The other terms: their loads have stride 0 or 1 along the reduction
  /// variable.
  SmallVector<Value> rowTerms;
  SmallVector<Operation *> laneOps, rowOps;
};

/// How `red` (a `sum` of one float input) splits, given the ops of the
/// reduction loop body (`inLoop`, in order), the lanes' iteration variable
/// `laneDim` and the reduction variable `reduceDim`; none when a term reads
/// in neither orientation (or in both: a gather either way), when an
/// intermediate sum has another user, or when one half would be empty.
std::optional<SplitSum> planSplitSum(sched::ReductionOp red,
                                     ArrayRef<Operation *> inLoop,
                                     unsigned laneDim, unsigned reduceDim);

} // namespace mlir::inductor_sched

#endif // INDUCTORSCHED_CONVERSION_SCHEDTOSCF_SPLITSUM_H
