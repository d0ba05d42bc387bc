//===- SchedDialect.h - The sched dialect -----------------------*- C++ -*-===//

#ifndef INDUCTORSCHED_DIALECT_SCHED_IR_SCHEDDIALECT_H
#define INDUCTORSCHED_DIALECT_SCHED_IR_SCHEDDIALECT_H

#include "mlir/Dialect/Arith/IR/Arith.h"
#include "mlir/Dialect/Math/IR/Math.h"
#include "mlir/IR/Dialect.h"

#include "InductorSched/Dialect/Sched/IR/SchedDialect.h.inc"

#endif // INDUCTORSCHED_DIALECT_SCHED_IR_SCHEDDIALECT_H
