//===- ReorderForPeakMemory.cpp - -sched-reorder-for-peak-memory ----------===//
//
// Scheduler._init S18: the peak-memory reorder of the fused nodes. A thin
// driver over SchedulerGraph that can report the estimated peaks.
//
//===----------------------------------------------------------------------===//

#include "InductorSched/Analysis/PeakMemory.h"
#include "InductorSched/Transforms/PassUtils.h"
#include "InductorSched/Transforms/Passes.h"

namespace mlir::inductor_sched {
#define GEN_PASS_DEF_SCHEDREORDERFORPEAKMEMORYPASS
#include "InductorSched/Transforms/Passes.h.inc"
} // namespace mlir::inductor_sched

using namespace mlir;
using namespace mlir::inductor_sched;

namespace {
struct SchedReorderForPeakMemoryPass
    : public inductor_sched::impl::SchedReorderForPeakMemoryPassBase<
          SchedReorderForPeakMemoryPass> {
  using Base::Base;

  void runOnOperation() override {
    if (!enable)
      return markAllAnalysesPreserved();
    PeakMemoryOptions options;
    if (method != "best") {
      options.method = symbolizePeakMemoryMethod(method);
      if (!options.method) {
        getOperation().emitOpError("unknown peak-memory method '")
            << method << "'; expected best, baseline, lpmf, bfs or dfs";
        return signalPassFailure();
      }
    }
    auto graph = SchedulerGraph::load(getOperation());
    if (failed(graph) || failed(requireReadWrites(**graph)) ||
        failed(requireUsers(**graph)))
      return signalPassFailure();
    if (report)
      reportBuffers(**graph);
    PeakMemoryReport peaks;
    if (failed((*graph)->reorderForPeakMemory(options, &peaks)))
      return signalPassFailure();
    if (report) {
      InFlightDiagnostic remark = getOperation().emitRemark("peak memory: ");
      llvm::interleaveComma(peaks.peaks, remark, [&](const auto &entry) {
        remark << stringifyPeakMemoryMethod(entry.first) << " "
               << entry.second;
      });
      remark << "; chose " << stringifyPeakMemoryMethod(peaks.chosen);
    }
    (*graph)->store();
  }

  /// One remark per modelled buffer, at its definition: its bytes and the
  /// nodes that keep it alive.
  void reportBuffers(const SchedulerGraph &graph) {
    PeakMemoryModel model(graph);
    for (const PeakMemoryModel::Buffer &buf : model.getBuffers()) {
      InFlightDiagnostic remark =
          graph.lookupDefOp(buf.name)->emitRemark("memory of '")
          << buf.name.getValue() << "': "
          << (buf.producer < 0 ? "freeable input, " : "") << "alloc "
          << buf.sizeAlloc << ", free " << buf.sizeFree << ", successors [";
      llvm::interleaveComma(buf.succNodes, remark, [&](unsigned n) {
        remark << model.getNodes()[n]->name.getValue();
      });
      remark << "]";
      if (buf.isGraphOutput)
        remark << ", graph output (never freed)";
    }
  }
};
} // namespace
