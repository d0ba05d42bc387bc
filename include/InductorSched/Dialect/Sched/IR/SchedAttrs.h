//===- SchedAttrs.h - sched dialect attributes ------------------*- C++ -*-===//

#ifndef INDUCTORSCHED_DIALECT_SCHED_IR_SCHEDATTRS_H
#define INDUCTORSCHED_DIALECT_SCHED_IR_SCHEDATTRS_H

#include "mlir/IR/AffineExpr.h"
#include "mlir/IR/Attributes.h"
#include "mlir/IR/BuiltinAttributes.h"
#include "mlir/IR/DialectImplementation.h"

#include "InductorSched/Dialect/Sched/IR/SchedEnums.h.inc"

#define GET_ATTRDEF_CLASSES
#include "InductorSched/Dialect/Sched/IR/SchedAttrs.h.inc"

#endif // INDUCTORSCHED_DIALECT_SCHED_IR_SCHEDATTRS_H
