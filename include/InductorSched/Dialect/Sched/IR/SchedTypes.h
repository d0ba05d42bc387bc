//===- SchedTypes.h - sched dialect types -----------------------*- C++ -*-===//

#ifndef INDUCTORSCHED_DIALECT_SCHED_IR_SCHEDTYPES_H
#define INDUCTORSCHED_DIALECT_SCHED_IR_SCHEDTYPES_H

#include "InductorSched/Dialect/Sched/IR/SchedAttrs.h"
#include "mlir/IR/Types.h"

#define GET_TYPEDEF_CLASSES
#include "InductorSched/Dialect/Sched/IR/SchedTypes.h.inc"

namespace mlir::inductor_sched::sched {
/// The device of any sched buffer type.
StringAttr getDevice(Type bufferType);
} // namespace mlir::inductor_sched::sched

#endif // INDUCTORSCHED_DIALECT_SCHED_IR_SCHEDTYPES_H
