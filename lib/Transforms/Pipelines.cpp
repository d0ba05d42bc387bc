//===- Pipelines.cpp - InductorSched pass pipelines -----------------------===//

#include "InductorSched/Transforms/Pipelines.h"
#include "InductorSched/Transforms/Passes.h"

#include "mlir/Pass/PassManager.h"
#include "mlir/Pass/PassRegistry.h"

using namespace mlir;
using namespace mlir::inductor_sched;

void mlir::inductor_sched::buildPreFusionPipeline(
    OpPassManager &pm, const SchedulerPipelineOptions &options) {
  SchedComputeReadWritesPassOptions readWrites;
  readWrites.loopOrderingAfterFusion = options.loopOrderingAfterFusion;
  pm.addPass(createSchedComputeReadWritesPass(readWrites));
  pm.addPass(createSchedComputeDependenciesPass());
  pm.addPass(createSchedTopologicalSortPass());
  pm.addPass(createSchedDeadNodeEliminationPass());
  SchedComputeAncestorsPassOptions ancestors;
  ancestors.recordAncestors = options.recordAncestors;
  pm.addPass(createSchedComputeAncestorsPass(ancestors));
  pm.addPass(createSchedCreateForeachNodesPass());
}

void mlir::inductor_sched::buildSchedulePipeline(
    OpPassManager &pm, const SchedulerPipelineOptions &options) {
  SchedulerPipelineOptions preFusion;
  preFusion.loopOrderingAfterFusion = options.loopOrderingAfterFusion;
  // The sets are quadratic on deep graphs; fusion needs them only to
  // cross-check its own searches.
  preFusion.recordAncestors = options.ancestorSets;
  buildPreFusionPipeline(pm, preFusion);
  SchedFuseNodesPassOptions fusion;
  fusion.maxFusionSize = options.maxFusionSize;
  fusion.maxFusionUniqueIOBuffers = options.maxFusionUniqueIOBuffers;
  fusion.aggressiveFusion = options.aggressiveFusion;
  fusion.scoreFusionMemoryThreshold = options.scoreFusionMemoryThreshold;
  fusion.loopOrderingAfterFusion = options.loopOrderingAfterFusion;
  fusion.ancestorSets = options.ancestorSets;
  fusion.loopIndexInversion = options.loopIndexInversion;
  fusion.testIgnoreWeakDeps = options.testIgnoreWeakDeps;
  pm.addPass(createSchedFuseNodesPass(fusion));
  SchedMergeLoopsPassOptions merge;
  merge.loopOrderingAfterFusion = options.loopOrderingAfterFusion;
  pm.addPass(createSchedMergeLoopsPass(merge));
  if (options.comboKernels)
    pm.addPass(createSchedCreateComboKernelsPass());
  SchedReorderForPeakMemoryPassOptions reorder;
  reorder.enable = options.reorderForPeakMemory;
  pm.addPass(createSchedReorderForPeakMemoryPass(reorder));
  pm.addPass(createSchedComputeLastUsagePass());
}

void mlir::inductor_sched::registerPipelines() {
  PassPipelineRegistration<SchedulerPipelineOptions>(
      "sched-pre-fusion",
      "Scheduler._init up to the fusion loop: read/write dependencies, "
      "compute_dependencies, topological sort, dead-node elimination and "
      "ancestors, in Inductor's order",
      [](OpPassManager &pm, const SchedulerPipelineOptions &options) {
        buildPreFusionPipeline(pm.nest<sched::GraphOp>(), options);
      });
  PassPipelineRegistration<SchedulerPipelineOptions>(
      "sched-schedule",
      "Scheduler._init as implemented so far: the -sched-pre-fusion steps, "
      "the fusion loop (-sched-fuse-nodes), loop merging "
      "(-sched-merge-loops), the peak-memory reorder "
      "(-sched-reorder-for-peak-memory) and last usage "
      "(-sched-compute-last-usage)",
      [](OpPassManager &pm, const SchedulerPipelineOptions &options) {
        buildSchedulePipeline(pm.nest<sched::GraphOp>(), options);
      });
}
