//===- sched-opt.cpp - The InductorSched optimizer driver -----------------===//
//
// mlir-opt for the sched dialect: parses, verifies and prints sched IR and
// runs InductorSched's passes and pipelines on it.
//
//===----------------------------------------------------------------------===//

#include "InductorSched/InitAll.h"

#include "mlir/IR/DialectRegistry.h"
#include "mlir/Tools/mlir-opt/MlirOptMain.h"

int main(int argc, char **argv) {
  mlir::DialectRegistry registry;
  mlir::inductor_sched::registerAllDialects(registry);
  mlir::inductor_sched::registerAllPasses();
  return mlir::asMainReturnCode(mlir::MlirOptMain(
      argc, argv, "InductorSched optimizer driver\n", registry));
}
