//===- FuseNodes.cpp - -sched-fuse-nodes ----------------------------------===//
//
// Scheduler._init S14, the fusion loop; a driver over SchedulerGraph that
// also explains its decisions as remarks or JSON.
//
//===----------------------------------------------------------------------===//

#include "InductorSched/Analysis/SchedulerGraph.h"
#include "InductorSched/Transforms/PassUtils.h"
#include "InductorSched/Transforms/Passes.h"

#include "llvm/Support/JSON.h"
#include "llvm/Support/ToolOutputFile.h"
#include "mlir/Support/FileUtilities.h"

namespace mlir::inductor_sched {
#define GEN_PASS_DEF_SCHEDFUSENODESPASS
#include "InductorSched/Transforms/Passes.h.inc"
} // namespace mlir::inductor_sched

using namespace mlir;
using namespace mlir::inductor_sched;

namespace {
struct SchedFuseNodesPass
    : public inductor_sched::impl::SchedFuseNodesPassBase<SchedFuseNodesPass> {
  using Base::Base;

  void runOnOperation() override {
    SchedulerOptions schedulerOptions;
    schedulerOptions.loopOrderingAfterFusion = loopOrderingAfterFusion;
    auto graph = SchedulerGraph::load(getOperation(), schedulerOptions);
    if (failed(graph) || failed(requireUsers(**graph)))
      return signalPassFailure();
    if (failed(requireOrders(**graph)))
      return signalPassFailure();
    if (ancestorSets && !(*graph)->getNodes().empty() &&
        !(*graph)->hasAncestors()) {
      getOperation().emitOpError(
          "has no ancestor sets; run -sched-compute-ancestors with "
          "record-ancestors=true first");
      return signalPassFailure();
    }
    FusionOptions options;
    options.maxFusionSize = maxFusionSize;
    options.maxFusionUniqueIOBuffers = maxFusionUniqueIOBuffers;
    options.aggressiveFusion = aggressiveFusion;
    options.scoreFusionMemoryThreshold = scoreFusionMemoryThreshold;
    options.fuel = fuel;
    options.useAncestorSets = ancestorSets;
    options.loopIndexInversion = loopIndexInversion;
    options.testIgnoreWeakDeps = testIgnoreWeakDeps;
    options.tilingPreventsPointwiseFusion = tilingPreventsPointwiseFusion;
    options.tilingPreventsReductionFusion = tilingPreventsReductionFusion;
    std::vector<FusionDecision> decisions;
    std::vector<LoopReorderDecision> loopReorders;
    bool wantDecisions = explain || !report.empty();
    if (failed((*graph)->fuseNodes(options,
                                   wantDecisions ? &decisions : nullptr,
                                   wantDecisions ? &loopReorders : nullptr)))
      return signalPassFailure();
    if (explain) {
      for (const FusionDecision &d : decisions)
        if (!d.fused)
          d.anchor->emitRemark()
              << "not fusing '" << d.node1.getValue() << "' with '"
              << d.node2.getValue() << "' ["
              << stringifyFusionRefusalKind(d.kind) << "]: " << d.reason
              << " (shared bytes: " << d.score << ")";
      for (const LoopReorderDecision &r : loopReorders) {
        if (r.indexInversion) {
          r.anchor->emitRemark()
              << "inverted the indexing of '" << r.reordered.getValue()
              << "' to read '" << r.buffer.getValue()
              << "' contiguously, judging '" << r.node1.getValue()
              << "' with '" << r.node2.getValue() << "'";
          continue;
        }
        InFlightDiagnostic remark = r.anchor->emitRemark();
        remark << "reordered the loops of '" << r.reordered.getValue()
               << "' to [";
        llvm::interleaveComma(r.order, remark);
        remark << "] to walk '" << r.buffer.getValue() << "' as its partner "
               << "does, judging '" << r.node1.getValue() << "' with '"
               << r.node2.getValue() << "'";
      }
    }
    if (!report.empty() && failed(writeReport(decisions, loopReorders)))
      return signalPassFailure();
    (*graph)->store();
  }

  LogicalResult writeReport(ArrayRef<FusionDecision> decisions,
                            ArrayRef<LoopReorderDecision> loopReorders) {
    llvm::json::Array entries;
    for (const FusionDecision &d : decisions) {
      llvm::json::Object entry{{"round", d.round},
                               {"node1", d.node1.getValue()},
                               {"node2", d.node2.getValue()},
                               {"fused", d.fused},
                               {"shared_bytes", d.score}};
      if (d.reorderRound)
        entry["reorder_round"] = true;
      if (!d.fused) {
        entry["kind"] = stringifyFusionRefusalKind(d.kind);
        entry["reason"] = d.reason;
      }
      entries.push_back(std::move(entry));
    }
    llvm::json::Array reorders;
    for (const LoopReorderDecision &r : loopReorders)
      reorders.push_back(llvm::json::Object{
          {"round", r.round},
          {"node1", r.node1.getValue()},
          {"node2", r.node2.getValue()},
          {"reordered", r.reordered.getValue()},
          {"order", llvm::json::Array(r.order)},
          {"buffer", r.buffer.getValue()},
          {"index_inversion", r.indexInversion}});
    std::string error;
    auto file = openOutputFile(report, &error);
    if (!file)
      return getOperation().emitOpError("cannot write the fusion report: ")
             << error;
    file->os() << llvm::formatv(
        "{0:2}", llvm::json::Value(llvm::json::Object{
                     {"graph", getOperation().getSymName()},
                     {"decisions", std::move(entries)},
                     {"loop_reorders", std::move(reorders)}}));
    file->os() << "\n";
    file->keep();
    return success();
  }
};
} // namespace
