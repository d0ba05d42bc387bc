//===- CreateComboKernels.cpp - -sched-create-combo-kernels ---------------===//
//
// Scheduler._init S17: combo kernels. A thin driver over SchedulerGraph.
//
//===----------------------------------------------------------------------===//

#include "InductorSched/Analysis/SchedulerGraph.h"
#include "InductorSched/Transforms/PassUtils.h"
#include "InductorSched/Transforms/Passes.h"

namespace mlir::inductor_sched {
#define GEN_PASS_DEF_SCHEDCREATECOMBOKERNELSPASS
#include "InductorSched/Transforms/Passes.h.inc"
} // namespace mlir::inductor_sched

using namespace mlir;
using namespace mlir::inductor_sched;

namespace {
struct SchedCreateComboKernelsPass
    : public inductor_sched::impl::SchedCreateComboKernelsPassBase<
          SchedCreateComboKernelsPass> {
  using Base::Base;

  void runOnOperation() override {
    auto graph = SchedulerGraph::load(getOperation());
    if (failed(graph) || failed(requireUsers(**graph)))
      return signalPassFailure();
    if (failed(requireOrders(**graph)))
      return signalPassFailure();
    if (failed((*graph)->createComboKernels(pointwiseOnly)))
      return signalPassFailure();
    (*graph)->store();
  }
};
} // namespace
