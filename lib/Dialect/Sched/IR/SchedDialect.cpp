//===- SchedDialect.cpp - The sched dialect -------------------------------===//

#include "InductorSched/Dialect/Sched/IR/SchedDialect.h"
#include "InductorSched/Dialect/Sched/IR/SchedOps.h"

#include "mlir/IR/OpImplementation.h"
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
