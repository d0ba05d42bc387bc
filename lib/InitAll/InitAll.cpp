//===- InitAll.cpp - Register InductorSched with MLIR ---------------------===//

#include "InductorSched/InitAll.h"
#include "InductorSched/Dialect/Sched/IR/SchedDialect.h"
#include "InductorSched/Transforms/Passes.h"
#include "InductorSched/Transforms/Pipelines.h"

#include "mlir/Dialect/Arith/IR/Arith.h"
#include "mlir/Dialect/Func/IR/FuncOps.h"
#include "mlir/Dialect/Math/IR/Math.h"
#include "mlir/IR/DialectRegistry.h"
#include "mlir/Transforms/Passes.h"

void mlir::inductor_sched::registerAllDialects(DialectRegistry &registry) {
  registry.insert<sched::SchedDialect, arith::ArithDialect, math::MathDialect,
                  func::FuncDialect>();
}

void mlir::inductor_sched::registerAllPasses() {
  registerInductorSchedPasses();
  registerPipelines();
  mlir::registerTransformsPasses();
}
