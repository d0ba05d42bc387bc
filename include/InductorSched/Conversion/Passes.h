//===- Passes.h - InductorSched conversions ---------------------*- C++ -*-===//

#ifndef INDUCTORSCHED_CONVERSION_PASSES_H
#define INDUCTORSCHED_CONVERSION_PASSES_H

#include "InductorSched/Conversion/SchedToGPU/SchedToGPU.h"
#include "InductorSched/Conversion/SchedToSCF/SchedToSCF.h"

#include "mlir/Pass/Pass.h"

namespace mlir::inductor_sched {

#define GEN_PASS_DECL
#include "InductorSched/Conversion/Passes.h.inc"

#define GEN_PASS_REGISTRATION
#include "InductorSched/Conversion/Passes.h.inc"

} // namespace mlir::inductor_sched

#endif // INDUCTORSCHED_CONVERSION_PASSES_H
