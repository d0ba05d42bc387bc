//===- CreateForeachNodes.cpp - -sched-create-foreach-nodes ---------------===//
//
// Scheduler._init S12: foreach nodes from graph lists. A thin driver over
// SchedulerGraph.
//
//===----------------------------------------------------------------------===//

#include "InductorSched/Analysis/SchedulerGraph.h"
#include "InductorSched/Transforms/PassUtils.h"
#include "InductorSched/Transforms/Passes.h"

namespace mlir::inductor_sched {
#define GEN_PASS_DEF_SCHEDCREATEFOREACHNODESPASS
#include "InductorSched/Transforms/Passes.h.inc"
} // namespace mlir::inductor_sched

using namespace mlir;
using namespace mlir::inductor_sched;

namespace {
struct SchedCreateForeachNodesPass
    : public inductor_sched::impl::SchedCreateForeachNodesPassBase<
          SchedCreateForeachNodesPass> {
  using Base::Base;

  void runOnOperation() override {
    auto graph = SchedulerGraph::load(getOperation());
    if (failed(graph) || failed(requireNoGroups(**graph)) ||
        failed(requireUsers(**graph)))
      return signalPassFailure();
    if (failed(requireOrders(**graph)))
      return signalPassFailure();
    if (failed((*graph)->createForeachNodes()))
      return signalPassFailure();
    (*graph)->store();
  }
};
} // namespace
