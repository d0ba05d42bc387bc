//===- ComputeDependencies.cpp - -sched-compute-dependencies ----------------===//
//
// Scheduler._init S7: users, mutation renaming, fake dependencies. A thin driver over SchedulerGraph.
//
//===----------------------------------------------------------------------===//

#include "InductorSched/Analysis/SchedulerGraph.h"
#include "InductorSched/Transforms/PassUtils.h"
#include "InductorSched/Transforms/Passes.h"

namespace mlir::inductor_sched {
#define GEN_PASS_DEF_SCHEDCOMPUTEDEPENDENCIESPASS
#include "InductorSched/Transforms/Passes.h.inc"
} // namespace mlir::inductor_sched

using namespace mlir;
using namespace mlir::inductor_sched;

namespace {
struct SchedComputeDependenciesPass
    : public inductor_sched::impl::SchedComputeDependenciesPassBase<SchedComputeDependenciesPass> {
  using Base::Base;

  void runOnOperation() override {
    auto graph = SchedulerGraph::load(getOperation());
    if (failed(graph) || failed(requireNoGroups(**graph)) || failed(requireReadWrites(**graph)))
      return signalPassFailure();
    if ((*graph)->hasUsers()) {
      getOperation().emitOpError("already has users; dependencies are "
                                 "computed once");
      return signalPassFailure();
    }
    if (failed((*graph)->computeDependencies()))
      return signalPassFailure();
    (*graph)->store();
  }
};
} // namespace
