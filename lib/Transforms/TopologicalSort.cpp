//===- TopologicalSort.cpp - -sched-topological-sort ------------------------===//
//
// Scheduler._init S8: Inductor's DFS topological order. A thin driver over SchedulerGraph.
//
//===----------------------------------------------------------------------===//

#include "InductorSched/Analysis/SchedulerGraph.h"
#include "InductorSched/Transforms/PassUtils.h"
#include "InductorSched/Transforms/Passes.h"

namespace mlir::inductor_sched {
#define GEN_PASS_DEF_SCHEDTOPOLOGICALSORTPASS
#include "InductorSched/Transforms/Passes.h.inc"
} // namespace mlir::inductor_sched

using namespace mlir;
using namespace mlir::inductor_sched;

namespace {
struct SchedTopologicalSortPass
    : public inductor_sched::impl::SchedTopologicalSortPassBase<SchedTopologicalSortPass> {
  using Base::Base;

  void runOnOperation() override {
    auto graph = SchedulerGraph::load(getOperation());
    if (failed(graph) || failed(requireReadWrites(**graph)) ||
        failed((*graph)->topologicalSort()))
      return signalPassFailure();
    (*graph)->store();
  }
};
} // namespace
