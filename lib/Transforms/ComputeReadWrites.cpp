//===- ComputeReadWrites.cpp - -sched-compute-read-writes -------------------===//
//
// Scheduler._init S2-S4: each node's read/write dependencies. A thin driver over SchedulerGraph.
//
//===----------------------------------------------------------------------===//

#include "InductorSched/Analysis/SchedulerGraph.h"
#include "InductorSched/Transforms/PassUtils.h"
#include "InductorSched/Transforms/Passes.h"

namespace mlir::inductor_sched {
#define GEN_PASS_DEF_SCHEDCOMPUTEREADWRITESPASS
#include "InductorSched/Transforms/Passes.h.inc"
} // namespace mlir::inductor_sched

using namespace mlir;
using namespace mlir::inductor_sched;

namespace {
struct SchedComputeReadWritesPass
    : public inductor_sched::impl::SchedComputeReadWritesPassBase<SchedComputeReadWritesPass> {
  using Base::Base;

  void runOnOperation() override {
    SchedulerOptions options;
    options.loopOrderingAfterFusion = loopOrderingAfterFusion;
    auto graph = SchedulerGraph::load(getOperation(), options);
    if (failed(graph) || failed(requireNoGroups(**graph)))
      return signalPassFailure();
    (*graph)->computeReadWrites();
    (*graph)->store();
  }
};
} // namespace
