//===- DebugStr.cpp - -sched-debug-str --------------------------------------===//
//
// Prints the scheduler state as Inductor's debug_str(). A thin driver over SchedulerGraph.
//
//===----------------------------------------------------------------------===//

#include "InductorSched/Analysis/DebugStr.h"
#include "InductorSched/Transforms/PassUtils.h"
#include "InductorSched/Transforms/Passes.h"

namespace mlir::inductor_sched {
#define GEN_PASS_DEF_SCHEDDEBUGSTRPASS
#include "InductorSched/Transforms/Passes.h.inc"
} // namespace mlir::inductor_sched

using namespace mlir;
using namespace mlir::inductor_sched;

namespace {
struct SchedDebugStrPass
    : public inductor_sched::impl::SchedDebugStrPassBase<SchedDebugStrPass> {
  using Base::Base;

  void runOnOperation() override {
    auto graph = SchedulerGraph::load(getOperation());
    if (failed(graph) || failed(requireReadWrites(**graph)))
      return signalPassFailure();
    printDebugStr(**graph, llvm::outs());
    llvm::outs().flush();
    markAllAnalysesPreserved();
  }
};
} // namespace
