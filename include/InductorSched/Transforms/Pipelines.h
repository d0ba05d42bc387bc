//===- Pipelines.h - InductorSched pass pipelines ---------------*- C++ -*-===//

#ifndef INDUCTORSCHED_TRANSFORMS_PIPELINES_H
#define INDUCTORSCHED_TRANSFORMS_PIPELINES_H

#include "mlir/Pass/PassOptions.h"

namespace mlir {
class OpPassManager;
namespace inductor_sched {

struct SchedulerPipelineOptions
    : public PassPipelineOptions<SchedulerPipelineOptions> {
  Option<bool> loopOrderingAfterFusion{
      *this, "loop-ordering-after-fusion",
      llvm::cl::desc("Inductor's config.loop_ordering_after_fusion"),
      llvm::cl::init(true)};
  Option<bool> recordAncestors{
      *this, "record-ancestors",
      llvm::cl::desc("Record every node's ancestor set (quadratic in the "
                     "depth of the graph)"),
      llvm::cl::init(true)};
  Option<bool> ancestorSets{
      *this, "ancestor-sets",
      llvm::cl::desc("-sched-schedule: fuse with Inductor's ancestor-set "
                     "algorithm (quadratic; for cross-checking)"),
      llvm::cl::init(false)};
  Option<int64_t> maxFusionSize{*this, "max-fusion-size",
                                llvm::cl::desc("Inductor's max_fusion_size"),
                                llvm::cl::init(64)};
  Option<int64_t> maxFusionUniqueIOBuffers{
      *this, "max-fusion-unique-io-buffers",
      llvm::cl::desc("Inductor's max_fusion_unique_io_buffers (-1: None)"),
      llvm::cl::init(-1)};
  Option<bool> aggressiveFusion{
      *this, "aggressive-fusion",
      llvm::cl::desc("Inductor's aggressive_fusion"), llvm::cl::init(false)};
  Option<int64_t> scoreFusionMemoryThreshold{
      *this, "score-fusion-memory-threshold",
      llvm::cl::desc("Inductor's score_fusion_memory_threshold"),
      llvm::cl::init(10)};
  Option<bool> loopIndexInversion{
      *this, "loop-index-inversion",
      llvm::cl::desc("Inductor's config.loop_index_inversion_in_fusion"),
      llvm::cl::init(true)};
  Option<bool> testIgnoreWeakDeps{
      *this, "test-ignore-weak-deps",
      llvm::cl::desc("For tests only: a deliberately broken fusion rule "
                     "(-sched-fuse-nodes' option of that name)"),
      llvm::cl::init(false)};
  Option<bool> comboKernels{
      *this, "combo-kernels",
      llvm::cl::desc("Inductor's config.combo_kernels: group independent "
                     "nodes into combo (foreach) kernels after fusion"),
      llvm::cl::init(false)};
  Option<bool> reorderForPeakMemory{
      *this, "reorder-for-peak-memory",
      llvm::cl::desc("Inductor's reorder_for_peak_memory"),
      llvm::cl::init(true)};
};

/// Scheduler._init up to the fusion loop, in its order: read/write
/// dependencies, compute_dependencies, topological sort, dead-node
/// elimination, ancestors. Adds passes that run on sched.graph ops.
void buildPreFusionPipeline(OpPassManager &pm,
                            const SchedulerPipelineOptions &options);

/// The whole of Scheduler._init implemented so far: the pre-fusion pipeline,
/// the fusion loop, loop merging, the peak-memory reorder and last usage.
void buildSchedulePipeline(OpPassManager &pm,
                           const SchedulerPipelineOptions &options);

/// Registers -sched-pre-fusion and -sched-schedule.
void registerPipelines();

} // namespace inductor_sched
} // namespace mlir

#endif // INDUCTORSCHED_TRANSFORMS_PIPELINES_H
