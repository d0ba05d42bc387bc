//===- DeadNodeElimination.cpp - -sched-dead-node-elimination ---------------===//
//
// Scheduler._init S9: remove nodes nothing needs. A thin driver over SchedulerGraph.
//
//===----------------------------------------------------------------------===//

#include "InductorSched/Analysis/SchedulerGraph.h"
#include "InductorSched/Transforms/PassUtils.h"
#include "InductorSched/Transforms/Passes.h"

namespace mlir::inductor_sched {
#define GEN_PASS_DEF_SCHEDDEADNODEELIMINATIONPASS
#include "InductorSched/Transforms/Passes.h.inc"
} // namespace mlir::inductor_sched

using namespace mlir;
using namespace mlir::inductor_sched;

namespace {
struct SchedDeadNodeEliminationPass
    : public inductor_sched::impl::SchedDeadNodeEliminationPassBase<SchedDeadNodeEliminationPass> {
  using Base::Base;

  void runOnOperation() override {
    auto graph = SchedulerGraph::load(getOperation());
    if (failed(graph) || failed(requireNoGroups(**graph)) || failed(requireUsers(**graph)))
      return signalPassFailure();
    (*graph)->deadNodeElimination();
    (*graph)->store();
  }
};
} // namespace
