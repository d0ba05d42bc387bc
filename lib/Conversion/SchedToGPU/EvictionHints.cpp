//===- EvictionHints.cpp - Inductor's cache eviction hints on loads -------===//

#include "InductorSched/Conversion/SchedToGPU/EvictionHints.h"

#include "InductorSched/Conversion/LoopBody.h"

#include "mlir/Dialect/Arith/IR/Arith.h"
#include "mlir/Dialect/LLVMIR/LLVMDialect.h"
#include "mlir/Dialect/MemRef/IR/MemRef.h"

using namespace mlir;
using namespace mlir::inductor_sched;
using namespace mlir::inductor_sched::sched;

EvictionHint mlir::inductor_sched::inductorEvictionHint(LoadOp load,
                                                        NodeOp node,
                                                        bool readAgainLater) {
  SmallVector<int64_t> bounds;
  for (ArrayAttr exprs : {node.getRanges(), node.getReduce()})
    for (IndexExprAttr e : getIndexExprs(exprs))
      bounds.push_back(e.getConstantValue().value_or(0));
  IndexExprAttr index = load.getIndex();
  bool coalesced = false;
  for (auto [d, bound] : llvm::enumerate(bounds)) {
    if (bound != 1 && !index.usesDim(d))
      return EvictionHint::Last; // other points read the same elements
    if (std::optional<int64_t> s = strideAlong(index, d); s && *s == 1)
      coalesced = true;
  }
  if (!coalesced || readAgainLater)
    return EvictionHint::Last;
  return EvictionHint::First;
}

static StringRef levelOf(EvictionHint hint) {
  return hint == EvictionHint::First ? "evict_first" : "evict_last";
}

Value mlir::inductor_sched::emitCachePolicy(OpBuilder &b, Location loc,
                                            EvictionHint hint) {
  std::string ptx =
      ("createpolicy.fractional.L2::" + levelOf(hint) + ".b64 $0, 1.0;").str();
  return LLVM::InlineAsmOp::create(
             b, loc, b.getI64Type(), ValueRange{}, ptx, "=l",
             /*has_side_effects=*/false, /*is_align_stack=*/false,
             LLVM::tailcallkind::TailCallKind::None, LLVM::AsmDialectAttr(),
             ArrayAttr())
      .getRes();
}

SmallVector<Value> mlir::inductor_sched::emitHintedLoad(
    OpBuilder &b, Location loc, EvictionHint hint, Value policy, Value storage,
    Value index, Type type, int64_t width) {
  StringRef suffix, reg;
  if (type.isF32())
    suffix = "f32", reg = "f";
  else if (type.isF64())
    suffix = "f64", reg = "d";
  else if (type.isInteger(32))
    suffix = "b32", reg = "r";
  else if (type.isInteger(64))
    suffix = "b64", reg = "l";
  else
    return {};
  int64_t bytes = type.getIntOrFloatBitWidth() / 8;
  if ((width != 1 && width != 2 && width != 4) || width * bytes > 16)
    return {};
  // The element's generic address; cudaMalloc'd memory has the same one in
  // the global window, as Triton's loads assume.
  Value base = memref::ExtractAlignedPointerAsIndexOp::create(b, loc, storage);
  Value offset = arith::MulIOp::create(
      b, loc, index, arith::ConstantIndexOp::create(b, loc, bytes));
  Value address = arith::IndexCastOp::create(
      b, loc, b.getI64Type(), arith::AddIOp::create(b, loc, base, offset));

  std::string dests, constraints;
  for (int64_t i = 0; i < width; ++i) {
    dests += (i ? ", $" : "$") + std::to_string(i);
    constraints += "=" + reg.str() + ",";
  }
  if (width > 1)
    dests = "{" + dests + "}";
  std::string ptx = ("ld.global.L1::" + levelOf(hint) + ".L2::cache_hint" +
                     (width > 1 ? ".v" + std::to_string(width) : "") + "." +
                     suffix + " " + dests + ", [$" + std::to_string(width) +
                     "], $" + std::to_string(width + 1) + ";")
                        .str();
  constraints += "l,l";
  Type result = width == 1
                    ? type
                    : LLVM::LLVMStructType::getLiteral(
                          b.getContext(), SmallVector<Type>(width, type));
  // No side effects: the kernel stores to none of the storages it loads
  // with hints, so the loads may move as plain loads do.
  Value v = LLVM::InlineAsmOp::create(
                b, loc, result, ValueRange{address, policy}, ptx, constraints,
                /*has_side_effects=*/false, /*is_align_stack=*/false,
                LLVM::tailcallkind::TailCallKind::None, LLVM::AsmDialectAttr(),
                ArrayAttr())
                .getRes();
  if (width == 1)
    return {v};
  SmallVector<Value> elements;
  for (int64_t i = 0; i < width; ++i)
    elements.push_back(LLVM::ExtractValueOp::create(b, loc, v, i));
  return elements;
}
