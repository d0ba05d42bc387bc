//===- DebugStr.h - Inductor's debug_str() text -----------------*- C++ -*-===//
//
// Prints the scheduler state in the text format of Inductor's
// BaseSchedulerNode.debug_str(), so it can be diffed line for line against
// an Inductor log (TORCH_LOGS=+schedule or the dumps in inductor-dumps/).
//
//===----------------------------------------------------------------------===//

#ifndef INDUCTORSCHED_ANALYSIS_DEBUGSTR_H
#define INDUCTORSCHED_ANALYSIS_DEBUGSTR_H

#include "InductorSched/Analysis/SchedulerGraph.h"

namespace mlir::inductor_sched {

/// Inductor's text for a dependency: `MemoryDep('buf0', d0, {d0: 8})`,
/// `StarDep(name='arg0_1', mode=None)`, `WeakDep(name='buf0', ...)`.
std::string formatDep(Attribute dep);

/// Sympy's text for an index expression whose loop variables are
/// `<prefix><k>`: `16*d0 + d1`, `(p0//4)`, `ModularIndexing(p0, 1, 4)`.
std::string formatSympy(sched::IndexExprAttr expr, StringRef prefix);

/// Every node of `graph`, in order, as `debug_str()` prints it, separated by
/// blank lines.
void printDebugStr(const SchedulerGraph &graph, llvm::raw_ostream &os);

} // namespace mlir::inductor_sched

#endif // INDUCTORSCHED_ANALYSIS_DEBUGSTR_H
