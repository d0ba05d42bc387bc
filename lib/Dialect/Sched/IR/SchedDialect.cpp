//===- SchedDialect.cpp - The sched dialect -------------------------------===//

#include "InductorSched/Dialect/Sched/IR/SchedDialect.h"
#include "InductorSched/Dialect/Sched/IR/SchedOps.h"

#include "mlir/Dialect/Arith/IR/Arith.h"
#include "mlir/IR/OpImplementation.h"
#include "mlir/Interfaces/CastInterfaces.h"
#include "llvm/Support/raw_ostream.h"

using namespace mlir;
using namespace mlir::inductor_sched::sched;

#include "InductorSched/Dialect/Sched/IR/SchedDialect.cpp.inc"

namespace {
/// Prints buffer types through aliases such as `!f32_8x16`, so that the many
/// loads and stores of a graph stay readable.
struct SchedOpAsmInterface : public OpAsmDialectInterface {
  using OpAsmDialectInterface::OpAsmDialectInterface;

  AliasResult getAlias(Type type, raw_ostream &os) const override {
    auto buffer = dyn_cast<BufferType>(type);
    if (!buffer)
      return AliasResult::NoAlias;
    os << buffer.getDtype();
    os << "_";
    if (buffer.getSizes().empty())
      os << "scalar";
    llvm::interleave(
        buffer.getSizes(), os,
        [&](IndexExprAttr size) {
          if (auto c = size.getConstantValue())
            os << *c;
          else
            os << "d";
        },
        "x");
    return AliasResult::OverridableAlias;
  }
};
} // namespace

void SchedDialect::initialize() {
  registerAttributes();
  registerTypes();
  addOperations<
#define GET_OP_LIST
#include "InductorSched/Dialect/Sched/IR/SchedOps.cpp.inc"
      >();
  addInterfaces<SchedOpAsmInterface>();
}

/// The discardable attributes of the dialect on `arith` ops of node bodies.
LogicalResult SchedDialect::verifyOperationAttribute(Operation *op,
                                                     NamedAttribute attr) {
  StringRef name = attr.getName().getValue();
  auto inBody = [&]() -> LogicalResult {
    if (!isa_and_nonnull<NodeOp, MaskedOp>(op->getParentOp()))
      return op->emitOpError("'")
             << name << "' is only valid on an op of a sched.node body";
    return success();
  };
  if (name == "sched.python_value") {
    auto cst = dyn_cast<arith::ConstantOp>(op);
    auto value = cst ? dyn_cast<FloatAttr>(cst.getValue()) : FloatAttr();
    if (!value)
      return op->emitOpError("'sched.python_value' is only valid on an "
                             "arith.constant of a float type");
    auto python = dyn_cast<FloatAttr>(attr.getValue());
    if (!python || !python.getType().isF64())
      return op->emitOpError("'sched.python_value' must be an f64 float");
    if (failed(inBody()))
      return failure();
    APFloat rounded = python.getValue();
    bool losesInfo = false;
    rounded.convert(value.getValue().getSemantics(),
                    APFloat::rmNearestTiesToEven, &losesInfo);
    if (!rounded.bitwiseIsEqual(value.getValue()))
      return op->emitOpError("'sched.python_value' ")
             << python.getValueAsDouble()
             << " does not round to the constant's value "
             << value.getValueAsDouble();
    return success();
  }
  if (name == "sched.src_dtype") {
    if (!isa<UnitAttr>(attr.getValue()))
      return op->emitOpError("'sched.src_dtype' must be a unit attribute");
    if (!isa<CastOpInterface>(op) || op->getName().getDialectNamespace() != "arith")
      return op->emitOpError("'sched.src_dtype' is only valid on an arith cast");
    return inBody();
  }
  // The scheduler state (`sched.reads`, `sched.users`...) is checked where
  // it is read.
  return success();
}
