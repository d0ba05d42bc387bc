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
/// Whether `device` is a CPU (`cpu`, `cpu:0`): Inductor's C++ backend and
/// its merged loops, rather than a GPU's SIMD backend.
inline bool isCpuDevice(StringRef device) { return device.starts_with("cpu"); }
} // namespace mlir::inductor_sched::sched

#endif // INDUCTORSCHED_DIALECT_SCHED_IR_SCHEDTYPES_H
