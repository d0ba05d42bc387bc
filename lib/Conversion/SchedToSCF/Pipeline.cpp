//===- Pipeline.cpp - -sched-lower-to-llvm --------------------------------===//

#include "InductorSched/Conversion/Passes.h"

#include "mlir/Conversion/Passes.h"
#include "mlir/Dialect/Func/IR/FuncOps.h"
#include "mlir/Dialect/Linalg/Passes.h"
#include "mlir/Dialect/Math/IR/Math.h"
#include "mlir/Dialect/Math/Transforms/Passes.h"
#include "mlir/Dialect/MemRef/Transforms/Passes.h"
#include "mlir/Dialect/Vector/IR/VectorOps.h"
#include "mlir/Transforms/GreedyPatternRewriteDriver.h"
#include "mlir/Pass/PassManager.h"
#include "mlir/Pass/PassRegistry.h"
#include "mlir/Transforms/Passes.h"

using namespace mlir;
using namespace mlir::inductor_sched;

namespace {
/// exp, log, tanh, erf, ... as polynomial approximations in arith ops
/// (upstream's patterns), which LLVM vectorizes; not bit-exact with libm.
struct ApproximateMathPass
    : public PassWrapper<ApproximateMathPass, OperationPass<>> {
  MLIR_DEFINE_EXPLICIT_INTERNAL_INLINE_TYPE_ID(ApproximateMathPass)
  StringRef getArgument() const override { return "sched-approximate-math"; }
  void getDependentDialects(DialectRegistry &registry) const override {
    registry.insert<arith::ArithDialect, math::MathDialect,
                    vector::VectorDialect>();
  }
  void runOnOperation() override {
    RewritePatternSet patterns(&getContext());
    populateMathPolynomialApproximationPatterns(
        patterns, MathPolynomialApproximationOptions{});
    if (failed(applyPatternsGreedily(getOperation(), std::move(patterns))))
      signalPassFailure();
  }
};
} // namespace

void mlir::inductor_sched::buildSchedLowerToLLVMPipeline(
    OpPassManager &pm, const SchedLowerToLLVMOptions &options) {
  ConvertSchedToSCFPassOptions toSCF;
  toSCF.unfused = options.unfused;
  toSCF.testReverseMembers = options.testReverseFusedMembers;
  toSCF.parallel = options.parallel;
  toSCF.reassociate = options.reassociate;
  toSCF.outerLanes = options.outerLanes;
  toSCF.transposedTileDepth = options.transposedTileDepth;
  toSCF.streamingStores = options.streamingStores;
  toSCF.prefetchNextOuter = options.prefetchNextOuter;
  pm.addPass(createConvertSchedToSCFPass(toSCF));
  buildSchedSCFToLLVMPipeline(pm, options.approximateMath);
}

void mlir::inductor_sched::buildSchedSCFToLLVMPipeline(OpPassManager &pm,
                                                       bool approximateMath) {
  if (approximateMath)
    pm.addPass(std::make_unique<ApproximateMathPass>());
  pm.addPass(createCanonicalizerPass());
  pm.addPass(createCSEPass());
  // mm/bmm/addmm and output copies are linalg ops on strided memrefs.
  pm.addNestedPass<func::FuncOp>(createConvertLinalgToLoopsPass());
  pm.addPass(createLowerAffinePass());
  // scf.parallel (-convert-sched-to-scf{parallel}) to omp.parallel +
  // omp.wsloop; the JIT or linker must then provide libomp.
  pm.addPass(createConvertSCFToOpenMPPass());
  // reinterpret_casts to plain descriptor arithmetic.
  pm.addPass(memref::createExpandStridedMetadataPass());
  pm.addPass(createLowerAffinePass());
  // Math ops without an LLVM intrinsic (erf, tanh, ...) call libm.
  pm.addPass(createConvertMathToLLVMPass());
  pm.addPass(createConvertMathToLibmPass());
  // Before scf-to-cf: the memref.alloca_scope that -convert-scf-to-openmp
  // puts in each parallel body must still be one block here.
  // Vector mode reductions (-convert-sched-to-scf{reassociate}).
  pm.addPass(createConvertVectorToLLVMPass());
  pm.addPass(createFinalizeMemRefToLLVMConversionPass());
  pm.addPass(createSCFToControlFlowPass());
  pm.addPass(createConvertOpenMPToLLVMPass());
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
