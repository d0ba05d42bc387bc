//===- Pipeline.cpp - -sched-lower-to-nvvm --------------------------------===//

#include "InductorSched/Conversion/Passes.h"

#include "mlir/Conversion/Passes.h"
#include "mlir/Dialect/Func/IR/FuncOps.h"
#include "mlir/Dialect/GPU/IR/GPUDialect.h"
#include "mlir/Dialect/GPU/Transforms/Passes.h"
#include "mlir/Dialect/LLVMIR/NVVMDialect.h"
#include "mlir/Dialect/MemRef/Transforms/Passes.h"
#include "mlir/Pass/PassManager.h"
#include "mlir/Pass/PassRegistry.h"
#include "mlir/Transforms/Passes.h"

using namespace mlir;
using namespace mlir::inductor_sched;

namespace {
/// Marks every memref argument of the outlined kernels 16-byte aligned
/// (`llvm.align`), so the backend may merge four contiguous 32-bit accesses
/// into one 128-bit access. The storages -convert-sched-to-gpu passes are
/// base pointers of allocations (the driver's and PyTorch's allocators
/// align them to 256 bytes; the C entry point requires 16).
struct AlignKernelArgumentsPass
    : public PassWrapper<AlignKernelArgumentsPass,
                         OperationPass<gpu::GPUModuleOp>> {
  MLIR_DEFINE_EXPLICIT_INTERNAL_INLINE_TYPE_ID(AlignKernelArgumentsPass)
  StringRef getArgument() const override { return "sched-align-kernel-args"; }
  void runOnOperation() override {
    getOperation().walk([](gpu::GPUFuncOp func) {
      if (!func.isKernel())
        return;
      for (auto [i, type] : llvm::enumerate(func.getArgumentTypes()))
        if (isa<MemRefType>(type))
          func.setArgAttr(i, "llvm.align",
                          IntegerAttr::get(IntegerType::get(func.getContext(), 64),
                                           16));
    });
  }
};
} // namespace

void mlir::inductor_sched::buildSchedToNVVMKernelsPipeline(
    OpPassManager &pm, const SchedLowerToNVVMOptions &options) {
  ConvertSchedToGPUPassOptions toGPU;
  toGPU.blockSize = options.blockSize;
  toGPU.pointsPerThread = options.pointsPerThread;
  toGPU.rowPointsPerThread = options.rowPointsPerThread;
  toGPU.serialRunWidth = options.serialRunWidth;
  toGPU.rowSplits = options.rowSplits;
  toGPU.reductionThreadsPerRow = options.reductionThreadsPerRow;
  toGPU.reductionBlockSize = options.reductionBlockSize;
  toGPU.unfused = options.unfused;
  // createpolicy and L2::cache_hint loads need sm_80.
  StringRef chip = options.chip;
  unsigned arch = 0;
  bool sm80 = chip.consume_front("sm_") &&
              !chip.take_while(llvm::isDigit).getAsInteger(10, arch) &&
              arch >= 80;
  toGPU.evictionHints = options.evictionHints && sm80;
  toGPU.evictionHintMaxBytes = options.evictionHintMaxBytes;
  pm.addPass(createConvertSchedToGPUPass(toGPU));
  pm.addPass(createLowerAffinePass());
  // Before any canonicalization: it would hoist the kernels' constants to
  // the host, and outlining would pass them as kernel parameters, hiding
  // loop bounds from the NVPTX backend.
  pm.addPass(createGpuKernelOutliningPass());
  pm.addPass(createCanonicalizerPass());
  pm.addPass(createCSEPass());
  // Launches, allocations and frees on one stream per call, in order; the
  // function waits for them at its end (runtime/cuda says which stream).
  pm.addNestedPass<func::FuncOp>(createGpuAsyncRegionPass());
  pm.addNestedPass<gpu::GPUModuleOp>(
      std::make_unique<AlignKernelArgumentsPass>());
  GpuNVVMAttachTargetOptions target;
  target.chip = options.chip;
  target.features = "+ptx80";
  target.optLevel = options.optLevel;
  pm.addPass(createGpuNVVMAttachTarget(target));
  OpPassManager &kernels = pm.nest<gpu::GPUModuleOp>();
  kernels.addPass(createSCFToControlFlowPass());
  kernels.addPass(memref::createExpandStridedMetadataPass());
  kernels.addPass(createLowerAffinePass());
  ConvertGpuOpsToNVVMOpsOptions nvvm;
  nvvm.useBarePtrCallConv = true;
  kernels.addPass(createConvertGpuOpsToNVVMOps(nvvm));
  kernels.addPass(createCanonicalizerPass());
  kernels.addPass(createCSEPass());
  kernels.addPass(createReconcileUnrealizedCastsPass());
}

void mlir::inductor_sched::buildSchedLowerToNVVMPipeline(
    OpPassManager &pm, const SchedLowerToNVVMOptions &options) {
  buildSchedToNVVMKernelsPipeline(pm, options);
  // The host: bare device pointers in, mgpu* runtime calls.
  pm.addPass(createSCFToControlFlowPass());
  pm.addPass(memref::createExpandStridedMetadataPass());
  pm.addPass(createLowerAffinePass());
  pm.addPass(createArithToLLVMConversionPass());
  pm.addPass(createConvertIndexToLLVMPass());
  GpuToLLVMConversionPassOptions host;
  host.hostBarePtrCallConv = true;
  host.kernelBarePtrCallConv = true;
  pm.addPass(createGpuToLLVMConversionPass(host));
  pm.addPass(createConvertControlFlowToLLVMPass());
  pm.addPass(createReconcileUnrealizedCastsPass());
  GpuModuleToBinaryPassOptions binary;
  binary.toolkitPath = options.toolkit;
  binary.compilationTarget = options.format;
  pm.addPass(createGpuModuleToBinaryPass(binary));
}

void mlir::inductor_sched::registerGPUConversionPipelines() {
  PassPipelineRegistration<SchedLowerToNVVMOptions>(
      "sched-lower-to-nvvm",
      "Lower scheduled sched graphs for NVIDIA GPUs: -convert-sched-to-gpu, "
      "kernel outlining, NVVM, a kernel binary through ptxas, host code in "
      "the LLVM dialect calling the mgpu* runtime (runtime/cuda)",
      buildSchedLowerToNVVMPipeline);
  PassPipelineRegistration<SchedLowerToNVVMOptions>(
      "sched-to-nvvm-kernels",
      "-sched-lower-to-nvvm up to the outlined kernels in the NVVM dialect "
      "(no binary, host code still in func/gpu)",
      buildSchedToNVVMKernelsPipeline);
}
