//===- ComputeLastUsage.cpp - -sched-compute-last-usage -------------------===//
//
// Scheduler._init S21: where each buffer is used for the last time. A thin
// driver over SchedulerGraph.
//
//===----------------------------------------------------------------------===//

#include "InductorSched/Analysis/SchedulerGraph.h"
#include "InductorSched/Transforms/PassUtils.h"
#include "InductorSched/Transforms/Passes.h"

namespace mlir::inductor_sched {
#define GEN_PASS_DEF_SCHEDCOMPUTELASTUSAGEPASS
#include "InductorSched/Transforms/Passes.h.inc"
} // namespace mlir::inductor_sched

using namespace mlir;
using namespace mlir::inductor_sched;

namespace {
struct SchedComputeLastUsagePass
    : public inductor_sched::impl::SchedComputeLastUsagePassBase<
          SchedComputeLastUsagePass> {
  using Base::Base;

  void runOnOperation() override {
    auto graph = SchedulerGraph::load(getOperation());
    if (failed(graph) || failed(requireReadWrites(**graph)))
      return signalPassFailure();
    (*graph)->computeLastUsage();
    (*graph)->store();
  }
};
} // namespace
