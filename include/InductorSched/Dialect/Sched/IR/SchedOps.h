//===- SchedOps.h - sched dialect operations --------------------*- C++ -*-===//

#ifndef INDUCTORSCHED_DIALECT_SCHED_IR_SCHEDOPS_H
#define INDUCTORSCHED_DIALECT_SCHED_IR_SCHEDOPS_H

#include "InductorSched/Dialect/Sched/IR/SchedAttrs.h"
#include "InductorSched/Dialect/Sched/IR/SchedDialect.h"
#include "InductorSched/Dialect/Sched/IR/SchedTypes.h"
#include "mlir/Bytecode/BytecodeOpInterface.h"
#include "mlir/IR/OpDefinition.h"
#include "mlir/IR/OpImplementation.h"
#include "mlir/IR/SymbolTable.h"
#include "mlir/Interfaces/InferTypeOpInterface.h"
#include "mlir/Interfaces/SideEffectInterfaces.h"

#include "InductorSched/Dialect/Sched/IR/SchedInterfaces.h.inc"

#define GET_OP_CLASSES
#include "InductorSched/Dialect/Sched/IR/SchedOps.h.inc"

namespace mlir::inductor_sched::sched {
/// Inductor's name of the buffer `value` stands for. A `sched.view` is named
/// after its base, as Inductor names a ReinterpretView after its data.
StringAttr getBufferName(Value value);
} // namespace mlir::inductor_sched::sched

#endif // INDUCTORSCHED_DIALECT_SCHED_IR_SCHEDOPS_H
