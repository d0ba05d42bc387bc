//===- SchedToGPU.h - sched graphs to GPU kernels ---------------*- C++ -*-===//
//
// -sched-lower-to-nvvm: -convert-sched-to-gpu, kernel outlining, NVVM and a
// cubin per module (ptxas from the CUDA toolkit), host code in the LLVM
// dialect calling the mgpu* runtime functions (runtime/cuda provides them).
//
//===----------------------------------------------------------------------===//

#ifndef INDUCTORSCHED_CONVERSION_SCHEDTOGPU_SCHEDTOGPU_H
#define INDUCTORSCHED_CONVERSION_SCHEDTOGPU_SCHEDTOGPU_H

#include "mlir/Pass/PassOptions.h"

#include <string>

namespace mlir {
class OpPassManager;
namespace inductor_sched {

struct SchedLowerToNVVMOptions
    : public PassPipelineOptions<SchedLowerToNVVMOptions> {
  Option<int64_t> blockSize{*this, "block-size",
                            llvm::cl::desc("Threads per block"),
                            llvm::cl::init(256)};
  Option<int64_t> pointsPerThread{
      *this, "points-per-thread",
      llvm::cl::desc("Points each thread of a pointwise kernel takes"),
      llvm::cl::init(4)};
  Option<int64_t> rowPointsPerThread{
      *this, "row-points-per-thread",
      llvm::cl::desc("Threads-per-row kernels: about this many points of a "
                     "row a thread"),
      llvm::cl::init(8)};
  Option<int64_t> reductionThreadsPerRow{
      *this, "reduction-threads-per-row",
      llvm::cl::desc("Kernels of reductions only: threads a row (0: as "
                     "row-points-per-thread says)"),
      llvm::cl::init(0)};
  Option<int64_t> reductionBlockSize{
      *this, "reduction-block-size",
      llvm::cl::desc("Kernels of reductions only: threads a row may take "
                     "(a block of their own)"),
      llvm::cl::init(512)};
  Option<int64_t> serialRunWidth{
      *this, "serial-run-width",
      llvm::cl::desc("Thread-per-row reductions: consecutive points an "
                     "iteration"),
      llvm::cl::init(8)};
  Option<int64_t> rowSplits{
      *this, "row-splits",
      llvm::cl::desc("Thread-per-row reductions: threads a row; 0: enough "
                     "for about 2^20 threads"),
      llvm::cl::init(0)};
  Option<bool> evictionHints{
      *this, "eviction-hints",
      llvm::cl::desc("Inductor's eviction hints on the loads of reduction "
                     "kernels it would loop over (sm_80 and later)"),
      llvm::cl::init(true)};
  Option<int64_t> evictionHintMaxBytes{
      *this, "eviction-hint-max-bytes",
      llvm::cl::desc("eviction-hints: only in kernels that read at most "
                     "this many bytes and store no full-size output"),
      llvm::cl::init(268435456)};
  Option<bool> unfused{*this, "unfused",
                       llvm::cl::desc("Every node its own kernel"),
                       llvm::cl::init(false)};
  Option<std::string> chip{*this, "chip", llvm::cl::desc("GPU architecture"),
                           llvm::cl::init("sm_90")};
  Option<std::string> format{
      *this, "format",
      llvm::cl::desc("Kernel binary: isa (PTX text), bin (cubin), fatbin"),
      llvm::cl::init("bin")};
  Option<std::string> toolkit{
      *this, "toolkit",
      llvm::cl::desc("CUDA toolkit whose ptxas makes the cubin"),
      llvm::cl::init("/usr/local/cuda")};
  Option<int> optLevel{*this, "opt-level",
                       llvm::cl::desc("Optimization level of the NVPTX "
                                      "backend"),
                       llvm::cl::init(3)};
};

/// -convert-sched-to-gpu, then upstream passes: kernel outlining, async
/// launches on one stream per call, NVVM, the kernel binary, host LLVM with
/// bare-pointer arguments.
void buildSchedLowerToNVVMPipeline(OpPassManager &pm,
                                   const SchedLowerToNVVMOptions &options);

/// The same up to outlined kernels in the gpu and NVVM dialects, before
/// any binary is made (for tests that read the kernels).
void buildSchedToNVVMKernelsPipeline(OpPassManager &pm,
                                     const SchedLowerToNVVMOptions &options);

/// Registers -sched-lower-to-nvvm and -sched-to-nvvm-kernels.
void registerGPUConversionPipelines();

} // namespace inductor_sched
} // namespace mlir

#endif // INDUCTORSCHED_CONVERSION_SCHEDTOGPU_SCHEDTOGPU_H
