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
};

/// Scheduler._init up to the fusion loop, in its order: read/write
/// dependencies, compute_dependencies, topological sort, dead-node
/// elimination, ancestors. Adds passes that run on sched.graph ops.
void buildPreFusionPipeline(OpPassManager &pm,
                            const SchedulerPipelineOptions &options);

/// Registers -sched-pre-fusion.
void registerPipelines();

} // namespace inductor_sched
} // namespace mlir

#endif // INDUCTORSCHED_TRANSFORMS_PIPELINES_H
