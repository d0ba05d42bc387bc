//===- MergeLoops.cpp - -sched-merge-loops --------------------------------===//
//
// Scheduler._init S15: merge the loops of GPU nodes after fusion. A thin
// driver over SchedulerGraph.
//
//===----------------------------------------------------------------------===//

#include "InductorSched/Analysis/SchedulerGraph.h"
#include "InductorSched/Transforms/PassUtils.h"
#include "InductorSched/Transforms/Passes.h"

namespace mlir::inductor_sched {
#define GEN_PASS_DEF_SCHEDMERGELOOPSPASS
#include "InductorSched/Transforms/Passes.h.inc"
} // namespace mlir::inductor_sched

using namespace mlir;
using namespace mlir::inductor_sched;

namespace {
struct SchedMergeLoopsPass
    : public inductor_sched::impl::SchedMergeLoopsPassBase<
          SchedMergeLoopsPass> {
  using Base::Base;

  void runOnOperation() override {
    auto graph = SchedulerGraph::load(getOperation());
    if (failed(graph) || failed(requireReadWrites(**graph)))
      return signalPassFailure();
    (*graph)->mergeLoops(loopOrderingAfterFusion);
    (*graph)->store();
  }
};
} // namespace
