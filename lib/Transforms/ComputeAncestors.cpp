//===- ComputeAncestors.cpp - -sched-compute-ancestors ----------------------===//
//
// Scheduler._init S10: ancestors and min/max order. A thin driver over SchedulerGraph.
//
//===----------------------------------------------------------------------===//

#include "InductorSched/Analysis/SchedulerGraph.h"
#include "InductorSched/Transforms/PassUtils.h"
#include "InductorSched/Transforms/Passes.h"

namespace mlir::inductor_sched {
#define GEN_PASS_DEF_SCHEDCOMPUTEANCESTORSPASS
#include "InductorSched/Transforms/Passes.h.inc"
} // namespace mlir::inductor_sched

using namespace mlir;
using namespace mlir::inductor_sched;

namespace {
struct SchedComputeAncestorsPass
    : public inductor_sched::impl::SchedComputeAncestorsPassBase<SchedComputeAncestorsPass> {
  using Base::Base;

  void runOnOperation() override {
    auto graph = SchedulerGraph::load(getOperation());
    if (failed(graph) || failed(requireNoGroups(**graph)) || failed(requireReadWrites(**graph)))
      return signalPassFailure();
    (*graph)->computeAncestors(recordAncestors);
    (*graph)->store();
  }
};
} // namespace
