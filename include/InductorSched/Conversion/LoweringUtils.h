//===- LoweringUtils.h - Pieces the sched lowerings share -------*- C++ -*-===//
//
// -convert-sched-to-scf and -convert-sched-to-linalg both find the storage
// each buffer lives in, type its memref from its static layout and
// accumulate sum, prod, max and min reductions; they do it the same way,
// from here.
//
//===----------------------------------------------------------------------===//

#ifndef INDUCTORSCHED_CONVERSION_LOWERINGUTILS_H
#define INDUCTORSCHED_CONVERSION_LOWERINGUTILS_H

#include "InductorSched/Dialect/Sched/IR/SchedOps.h"

#include "mlir/Dialect/Arith/IR/Arith.h"
#include "mlir/IR/BuiltinTypes.h"
#include "mlir/IR/TypeUtilities.h"

#include <optional>

namespace mlir::inductor_sched {

/// A buffer layout with every size, stride and offset a constant.
struct StaticLayout {
  SmallVector<int64_t> sizes, strides;
  int64_t offset = 0;
  Type dtype;

  bool operator==(const StaticLayout &o) const {
    return sizes == o.sizes && strides == o.strides && offset == o.offset &&
           dtype == o.dtype;
  }

  /// Elements of storage the layout reaches, from the base pointer.
  int64_t extent() const {
    int64_t last = offset;
    for (auto [size, stride] : llvm::zip(sizes, strides)) {
      if (size == 0)
        return 0;
      last += (size - 1) * stride;
    }
    return last + 1;
  }

  /// Whether the layout is row-major from offset 0.
  bool isIdentity() const {
    if (offset != 0)
      return false;
    int64_t expected = 1;
    for (int i = sizes.size() - 1; i >= 0; --i) {
      if (sizes[i] != 1 && strides[i] != expected)
        return false;
      expected *= sizes[i];
    }
    return true;
  }

  /// The buffer's memref type: row-major layouts get the identity map,
  /// which C callers expect; others a strided layout.
  MemRefType memrefType() const {
    if (isIdentity())
      return MemRefType::get(sizes, dtype);
    return MemRefType::get(
        sizes, dtype,
        StridedLayoutAttr::get(dtype.getContext(), offset, strides));
  }
};

/// The static layout of `type`, or none if a size, stride or the offset
/// uses a size symbol.
inline std::optional<StaticLayout> getStaticLayout(sched::BufferType type) {
  StaticLayout layout;
  layout.dtype = type.getDtype();
  auto constant = [](sched::IndexExprAttr e, SmallVectorImpl<int64_t> &out) {
    std::optional<int64_t> v = e.getConstantValue();
    if (v)
      out.push_back(*v);
    return v.has_value();
  };
  for (sched::IndexExprAttr e : type.getSizes())
    if (!constant(e, layout.sizes))
      return std::nullopt;
  for (sched::IndexExprAttr e : type.getStrides())
    if (!constant(e, layout.strides))
      return std::nullopt;
  std::optional<int64_t> offset = type.getOffset().getConstantValue();
  if (!offset)
    return std::nullopt;
  layout.offset = *offset;
  return layout;
}

/// Walks `graph`'s buffer definitions (input, buffer, mutation, alias,
/// view) in order and records, for each value with storage, the root value
/// whose storage it lives in (an input's or buffer's own result, else its
/// base's root) and its static layout; none and multi-output layouts have
/// no storage. `onDef` sees every definition's result, with storage or not.
/// Errors name the lowering by `by` ("-convert-sched-to-linalg").
inline LogicalResult
collectBufferStorage(sched::GraphOp graph, StringRef by,
                     DenseMap<Value, Value> &rootOf,
                     DenseMap<Value, StaticLayout> &layouts,
                     function_ref<void(Operation &, Value)> onDef = nullptr) {
  if (!graph.getSymNames().empty())
    return graph.emitOpError("size symbols are not supported by ")
           << by << " (give them values first: -sched-specialize-symbols)";
  for (Operation &op : graph.getBodyBlock()) {
    Value result, root;
    if (auto input = dyn_cast<sched::InputOp>(op)) {
      result = root = input.getResult();
    } else if (auto buffer = dyn_cast<sched::BufferOp>(op)) {
      result = root = buffer.getResult();
    } else if (auto mutation = dyn_cast<sched::MutationOp>(op)) {
      result = mutation.getResult();
      root = rootOf.lookup(mutation.getTarget());
    } else if (auto alias = dyn_cast<sched::AliasOp>(op)) {
      result = alias.getResult();
      root = rootOf.lookup(alias.getBase());
    } else if (auto view = dyn_cast<sched::ViewOp>(op)) {
      result = view.getResult();
      root = rootOf.lookup(view.getBase());
    } else {
      continue;
    }
    if (onDef)
      onDef(op, result);
    auto type = dyn_cast<sched::BufferType>(result.getType());
    if (!type || !root)
      continue;
    std::optional<StaticLayout> layout = getStaticLayout(type);
    if (!layout)
      return op.emitOpError("a layout with size symbols is not supported by ")
             << by;
    rootOf[result] = root;
    layouts[result] = *layout;
  }
  return success();
}

/// The identity of a sum, prod, max or min reduction into `t` (max of a
/// bool is `or`, min `and`).
inline Value getReductionIdentity(OpBuilder &b, Location loc,
                                  sched::ReductionKind kind, Type t) {
  using sched::ReductionKind;
  if (auto ft = dyn_cast<FloatType>(t)) {
    const llvm::fltSemantics &sem = ft.getFloatSemantics();
    APFloat v = kind == ReductionKind::sum    ? APFloat::getZero(sem)
                : kind == ReductionKind::prod ? APFloat(sem, 1)
                : kind == ReductionKind::max  ? APFloat::getInf(sem, true)
                                              : APFloat::getInf(sem, false);
    return arith::ConstantOp::create(b, loc, b.getFloatAttr(ft, v));
  }
  unsigned w = t.getIntOrFloatBitWidth();
  APInt v;
  switch (kind) {
  case ReductionKind::sum:
    v = APInt(w, 0);
    break;
  case ReductionKind::prod:
    v = APInt(w, 1);
    break;
  case ReductionKind::max:
    v = w == 1 ? APInt(1, 0) : APInt::getSignedMinValue(w);
    break;
  default:
    v = w == 1 ? APInt(1, 1) : APInt::getSignedMaxValue(w);
    break;
  }
  return arith::ConstantOp::create(b, loc, b.getIntegerAttr(t, v));
}

/// One step of a sum, prod, max or min reduction: `acc` combined with `x`
/// (scalars or vectors of one type). Max and min propagate NaN, as
/// Inductor's do; `fm` applies to float sums and products.
inline Value combineReduction(
    OpBuilder &b, Location loc, sched::ReductionKind kind, Value acc, Value x,
    arith::FastMathFlags fm = arith::FastMathFlags::none) {
  using sched::ReductionKind;
  Type et = getElementTypeOrSelf(x.getType());
  bool isFloat = isa<FloatType>(et);
  bool isBool = et.isInteger(1);
  switch (kind) {
  case ReductionKind::sum:
    return isFloat ? arith::AddFOp::create(b, loc, acc, x, fm).getResult()
                   : arith::AddIOp::create(b, loc, acc, x).getResult();
  case ReductionKind::prod:
    return isFloat ? arith::MulFOp::create(b, loc, acc, x, fm).getResult()
                   : arith::MulIOp::create(b, loc, acc, x).getResult();
  case ReductionKind::max:
    if (isFloat)
      return arith::MaximumFOp::create(b, loc, acc, x);
    if (isBool)
      return arith::OrIOp::create(b, loc, acc, x);
    return arith::MaxSIOp::create(b, loc, acc, x);
  default:
    if (isFloat)
      return arith::MinimumFOp::create(b, loc, acc, x);
    if (isBool)
      return arith::AndIOp::create(b, loc, acc, x);
    return arith::MinSIOp::create(b, loc, acc, x);
  }
}

/// When each intermediate storage root is freed: after the kernel (an index
/// into `kernels`) whose sched.last_usage names it, or after the last kernel
/// that touches it when that is later (a name through an alias the
/// attribute did not list). Roots not in the result live to the end.
inline DenseMap<Value, unsigned>
planDeallocations(ArrayRef<Operation *> kernels,
                  const DenseMap<StringAttr, Value> &byName,
                  const DenseMap<Value, Value> &rootOf) {
  DenseMap<Value, unsigned> deallocAfter;
  for (auto [i, kernel] : llvm::enumerate(kernels)) {
    if (auto lastUsage = kernel->getAttrOfType<ArrayAttr>("sched.last_usage"))
      for (auto name : lastUsage.getAsRange<StringAttr>())
        if (Value v = byName.lookup(name))
          if (Value root = rootOf.lookup(v))
            deallocAfter[root] = i;
  }
  for (auto [index, kernel] : llvm::enumerate(kernels)) {
    unsigned i = index;
    auto touch = [&](Value v) {
      Value root = rootOf.lookup(v);
      if (!root)
        return;
      auto it = deallocAfter.find(root);
      if (it != deallocAfter.end() && it->second < i)
        it->second = i;
    };
    kernel->walk([&](Operation *op) {
      for (Value operand : op->getOperands())
        touch(operand);
    });
  }
  return deallocAfter;
}

} // namespace mlir::inductor_sched


#endif // INDUCTORSCHED_CONVERSION_LOWERINGUTILS_H
