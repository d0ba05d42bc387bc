//===- Pipeline.cpp - -sched-lower-to-llvm --------------------------------===//

#include "InductorSched/Conversion/Passes.h"

#include "mlir/Conversion/Passes.h"
#include "mlir/Dialect/Func/IR/FuncOps.h"
#include "mlir/Dialect/Linalg/Passes.h"
#include "mlir/Dialect/MemRef/Transforms/Passes.h"
#include "mlir/Pass/PassManager.h"
#include "mlir/Pass/PassRegistry.h"
#include "mlir/Transforms/Passes.h"

using namespace mlir;
using namespace mlir::inductor_sched;

void mlir::inductor_sched::buildSchedLowerToLLVMPipeline(
    OpPassManager &pm, const SchedLowerToLLVMOptions &options) {
  ConvertSchedToSCFPassOptions toSCF;
  toSCF.unfused = options.unfused;
  toSCF.testReverseMembers = options.testReverseFusedMembers;
  pm.addPass(createConvertSchedToSCFPass(toSCF));
  buildSchedSCFToLLVMPipeline(pm);
}

void mlir::inductor_sched::buildSchedSCFToLLVMPipeline(OpPassManager &pm) {
  pm.addPass(createCanonicalizerPass());
  pm.addPass(createCSEPass());
  // mm/bmm/addmm and output copies are linalg ops on strided memrefs.
  pm.addNestedPass<func::FuncOp>(createConvertLinalgToLoopsPass());
  pm.addPass(createLowerAffinePass());
  pm.addPass(createSCFToControlFlowPass());
  // reinterpret_casts to plain descriptor arithmetic.
  pm.addPass(memref::createExpandStridedMetadataPass());
  pm.addPass(createLowerAffinePass());
  // Math ops without an LLVM intrinsic (erf, tanh, ...) call libm.
  pm.addPass(createConvertMathToLLVMPass());
  pm.addPass(createConvertMathToLibmPass());
  pm.addPass(createFinalizeMemRefToLLVMConversionPass());
  pm.addPass(createArithToLLVMConversionPass());
  pm.addPass(createConvertIndexToLLVMPass());
  pm.addPass(createConvertControlFlowToLLVMPass());
  pm.addPass(createConvertFuncToLLVMPass());
  pm.addPass(createReconcileUnrealizedCastsPass());
}

void mlir::inductor_sched::registerConversionPipelines() {
  PassPipelineRegistration<SchedLowerToLLVMOptions>(
      "sched-lower-to-llvm",
      "Lower scheduled sched graphs to the LLVM dialect for the CPU: "
      "-convert-sched-to-scf, then linalg, affine, scf, memref, math, arith, "
      "cf and func to LLVM",
      buildSchedLowerToLLVMPipeline);
}
