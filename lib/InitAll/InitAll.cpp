//===- InitAll.cpp - Register InductorSched with MLIR ---------------------===//

#include "InductorSched/InitAll.h"
#include "InductorSched/Conversion/Passes.h"
#include "InductorSched/Dialect/Sched/IR/SchedDialect.h"
#include "InductorSched/Transforms/Passes.h"
#include "InductorSched/Transforms/Pipelines.h"

#include "mlir/Dialect/Affine/IR/AffineOps.h"
#include "mlir/Dialect/Arith/IR/Arith.h"
#include "mlir/Dialect/ControlFlow/IR/ControlFlow.h"
#include "mlir/Dialect/LLVMIR/LLVMDialect.h"
#include "mlir/Dialect/Linalg/IR/Linalg.h"
#include "mlir/Dialect/MemRef/IR/MemRef.h"
#include "mlir/Dialect/SCF/IR/SCF.h"
#include "mlir/Dialect/Func/IR/FuncOps.h"
#include "mlir/Dialect/Math/IR/Math.h"
#include "mlir/IR/DialectRegistry.h"
#include "mlir/Transforms/Passes.h"

void mlir::inductor_sched::registerAllDialects(DialectRegistry &registry) {
  registry.insert<sched::SchedDialect, arith::ArithDialect, math::MathDialect,
                  func::FuncDialect>();
  // What -convert-sched-to-scf and -sched-lower-to-llvm produce, so their
  // output parses again.
  registry.insert<affine::AffineDialect, cf::ControlFlowDialect,
                  linalg::LinalgDialect, LLVM::LLVMDialect,
                  memref::MemRefDialect, scf::SCFDialect>();
}

void mlir::inductor_sched::registerAllPasses() {
  registerInductorSchedPasses();
  registerPipelines();
  registerInductorSchedConversionPasses();
  registerConversionPipelines();
  mlir::registerTransformsPasses();
}
