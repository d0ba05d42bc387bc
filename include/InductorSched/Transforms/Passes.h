//===- Passes.h - InductorSched passes --------------------------*- C++ -*-===//

#ifndef INDUCTORSCHED_TRANSFORMS_PASSES_H
#define INDUCTORSCHED_TRANSFORMS_PASSES_H

#include "InductorSched/Dialect/Sched/IR/SchedOps.h"

#include "mlir/Pass/Pass.h"

namespace mlir::inductor_sched {

#define GEN_PASS_DECL
#include "InductorSched/Transforms/Passes.h.inc"

#define GEN_PASS_REGISTRATION
#include "InductorSched/Transforms/Passes.h.inc"

} // namespace mlir::inductor_sched

#endif // INDUCTORSCHED_TRANSFORMS_PASSES_H
