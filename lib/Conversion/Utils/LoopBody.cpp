//===- LoopBody.cpp - A node's loop body as arith/memref ops --------------===//
//
// Shared by -convert-sched-to-scf and -convert-sched-to-gpu: see LoopBody.h.
//
//===----------------------------------------------------------------------===//

#include "InductorSched/Conversion/LoopBody.h"
#include "InductorSched/Conversion/LoweringUtils.h"

#include "mlir/Dialect/Affine/IR/AffineOps.h"
#include "mlir/Dialect/Arith/IR/Arith.h"
#include "mlir/Dialect/ControlFlow/IR/ControlFlowOps.h"
#include "mlir/Dialect/MemRef/IR/MemRef.h"
#include "mlir/Dialect/SCF/IR/SCF.h"
#include "mlir/Dialect/Vector/IR/VectorOps.h"
#include "llvm/ADT/SetVector.h"

using namespace mlir;
using namespace mlir::inductor_sched;
using namespace mlir::inductor_sched::sched;

//===----------------------------------------------------------------------===//
// Casts and constants
//===----------------------------------------------------------------------===//

Value mlir::inductor_sched::castTo(OpBuilder &b, Location loc, Value v,
                                   Type to) {
  Type from = v.getType();
  if (from == to)
    return v;
  auto fromF = dyn_cast<FloatType>(from), toF = dyn_cast<FloatType>(to);
  if (fromF && toF)
    return fromF.getWidth() < toF.getWidth()
               ? arith::ExtFOp::create(b, loc, to, v).getResult()
               : arith::TruncFOp::create(b, loc, to, v).getResult();
  if (!fromF && !toF) {
    unsigned fw = from.getIntOrFloatBitWidth(), tw = to.getIntOrFloatBitWidth();
    if (fw < tw)
      return fw == 1 ? arith::ExtUIOp::create(b, loc, to, v).getResult()
                     : arith::ExtSIOp::create(b, loc, to, v).getResult();
    return arith::TruncIOp::create(b, loc, to, v);
  }
  if (toF)
    return from.isInteger(1)
               ? arith::UIToFPOp::create(b, loc, to, v).getResult()
               : arith::SIToFPOp::create(b, loc, to, v).getResult();
  return arith::FPToSIOp::create(b, loc, to, v);
}

Value mlir::inductor_sched::constantOf(OpBuilder &b, Location loc, Type type,
                                       double f, int64_t i) {
  if (auto vt = dyn_cast<VectorType>(type)) {
    Type et = vt.getElementType();
    TypedAttr e = isa<FloatType>(et) ? TypedAttr(b.getFloatAttr(et, f))
                                     : TypedAttr(b.getIntegerAttr(et, i));
    return arith::ConstantOp::create(b, loc, DenseElementsAttr::get(vt, e));
  }
  if (auto ft = dyn_cast<FloatType>(type))
    return arith::ConstantOp::create(b, loc, b.getFloatAttr(ft, f));
  return arith::ConstantOp::create(b, loc, b.getIntegerAttr(type, i));
}

/// The loop variables of a node: iteration variables, then reduction

std::optional<int64_t>
mlir::inductor_sched::strideAlong(IndexExprAttr index, unsigned dim) {
  AffineExpr e = index.getExpr();
  if (!e.isPureAffine() || !index.getSymbols().empty())
    return std::nullopt;
  MLIRContext *ctx = e.getContext();
  unsigned n = std::max(index.getNumDimsUsed(), dim + 1);
  SmallVector<AffineExpr> shifted;
  for (unsigned d = 0; d < n; ++d)
    shifted.push_back(d == dim ? getAffineDimExpr(d, ctx) + 1
                               : getAffineDimExpr(d, ctx));
  auto diff = dyn_cast<AffineConstantExpr>(
      simplifyAffineExpr(e.replaceDims(shifted) - e, n, 0));
  if (!diff)
    return std::nullopt;
  return diff.getValue();
}

bool mlir::inductor_sched::isAlignedRun(IndexExprAttr index, unsigned dim,
                                        int64_t width) {
  std::optional<int64_t> along = strideAlong(index, dim);
  if (!along || *along != 1)
    return false;
  for (unsigned d = 0, e = index.getNumDimsUsed(); d < e; ++d) {
    std::optional<int64_t> s = strideAlong(index, d);
    if (d != dim && (!s || *s % width != 0))
      return false;
  }
  AffineExpr expr = index.getExpr();
  unsigned n = index.getNumDimsUsed();
  SmallVector<AffineExpr> zeros(n, getAffineConstantExpr(0, expr.getContext()));
  auto offset = dyn_cast<AffineConstantExpr>(
      simplifyAffineExpr(expr.replaceDims(zeros), 0, 0));
  return offset && offset.getValue() % width == 0;
}

//===----------------------------------------------------------------------===//
// Loop bodies
//===----------------------------------------------------------------------===//

Value LoopBodyEmitter::constIndex(Location loc, int64_t v) {
  return arith::ConstantIndexOp::create(b, loc, v);
}

Value LoopBodyEmitter::index(Operation *op, IndexExprAttr expr,
                             ArrayRef<Value> vars, ValueRange indirect,
                             IRMapping &map) {
  AffineExpr e = expr.getExpr();
  for (unsigned d = 0, n = vars.size(); d < n; ++d)
    if (!vars[d] && expr.usesDim(d)) {
      op->emitOpError("uses reduction variable p")
          << d << " after its reduction; not supported by " << lowering;
      failedEmit = true;
      return constIndex(op->getLoc(), 0);
    }
  SmallVector<Value> symbols;
  for (StringAttr sym : expr.getSymbols()) {
    unsigned k;
    StringRef name = sym.getValue();
    if (!name.consume_front("indirect") || name.getAsInteger(10, k) ||
        k >= indirect.size()) {
      op->emitOpError("size symbol '")
          << sym.getValue() << "' is not supported by " << lowering << " yet";
      failedEmit = true;
      return constIndex(op->getLoc(), 0);
    }
    symbols.push_back(map.lookupOrDefault(indirect[k]));
  }
  if (auto c = dyn_cast<AffineConstantExpr>(e))
    return constIndex(op->getLoc(), c.getValue());
  if (auto d = dyn_cast<AffineDimExpr>(e))
    return vars[d.getPosition()];
  // Unused variables become zeros: affine.apply takes every dimension.
  SmallVector<Value> operands;
  for (Value v : vars)
    operands.push_back(v ? v : constIndex(op->getLoc(), 0));
  llvm::append_range(operands, symbols);
  auto affineMap = AffineMap::get(vars.size(), symbols.size(), e);
  return affine::AffineApplyOp::create(b, op->getLoc(), affineMap, operands);
}

LogicalResult LoopBodyEmitter::emitOps(ArrayRef<Operation *> ops,
                                       IRMapping &map, ArrayRef<Value> vars) {
  for (Operation *op : ops)
    if (failed(emitOp(op, map, vars)) || failedEmit)
      return failure();
  return success();
}

LogicalResult LoopBodyEmitter::emitOp(Operation *op, IRMapping &map,
                                      ArrayRef<Value> vars) {
  Location opLoc = op->getLoc();
  if (auto load = dyn_cast<LoadOp>(op)) {
    SmallVector<Value> at = varsFor(load.getBuffer(), vars);
    bool direct = load.getIndirect().empty();
    if (direct && hooks.reuseLoad)
      if (Value v = hooks.reuseLoad(load, at)) {
        map.map(load.getResult(), v);
        return success();
      }
    Value i = index(op, load.getIndex(), at, load.getIndirect(), map);
    Value mem = storage(load.getBuffer());
    Value v = hooks.loadElement ? hooks.loadElement(load, mem, i) : Value();
    if (!v)
      v = memref::LoadOp::create(b, opLoc, mem, i);
    map.map(load.getResult(), v);
    if (direct && hooks.record)
      hooks.record(load.getBuffer(), load.getIndex(), at, v, false);
    return success();
  }
  if (auto store = dyn_cast<StoreOp>(op)) {
    SmallVector<Value> at = varsFor(store.getBuffer(), vars);
    Value v = map.lookup(store.getValue());
    bool tracked = store.getIndirect().empty() && !store.getMode();
    if (hooks.record && !hooks.record(store.getBuffer(), store.getIndex(), at,
                                      tracked ? v : Value(), true))
      return success();
    Value i = index(op, store.getIndex(), at, store.getIndirect(), map);
    Value mem = storage(store.getBuffer());
    OpBuilder::InsertionGuard guard(b);
    if (storeGuard) {
      auto ifOp = scf::IfOp::create(b, opLoc, storeGuard, false);
      b.setInsertionPoint(ifOp.thenBlock()->getTerminator());
    }
    if (store.getMode() && atomicAdds) {
      bool isFloat = isa<FloatType>(v.getType());
      memref::AtomicRMWOp::create(b, opLoc,
                                  isFloat ? arith::AtomicRMWKind::addf
                                          : arith::AtomicRMWKind::addi,
                                  v, mem, ValueRange{i});
      return success();
    }
    if (store.getMode()) { // atomic_add: the loops run one point at a time
      Value old = memref::LoadOp::create(b, opLoc, mem, i);
      v = isa<FloatType>(v.getType())
              ? arith::AddFOp::create(b, opLoc, old, v).getResult()
              : arith::AddIOp::create(b, opLoc, old, v).getResult();
    }
    memref::StoreOp::create(b, opLoc, v, mem, i);
    return success();
  }
  if (auto store = dyn_cast<StoreReductionOp>(op)) {
    SmallVector<Value> at = varsFor(store.getBuffer(), vars);
    Value v = map.lookup(store.getValue());
    if (hooks.record &&
        !hooks.record(store.getBuffer(), store.getIndex(), at, v, true))
      return success();
    Value i = index(op, store.getIndex(), at, {}, map);
    OpBuilder::InsertionGuard guard(b);
    if (storeGuard) {
      auto ifOp = scf::IfOp::create(b, opLoc, storeGuard, false);
      b.setInsertionPoint(ifOp.thenBlock()->getTerminator());
    }
    memref::StoreOp::create(b, opLoc, v, storage(store.getBuffer()), i);
    return success();
  }
  if (auto expr = dyn_cast<IndexExprOp>(op)) {
    Value i = index(op, expr.getIndex(), vars, expr.getIndirect(), map);
    map.map(expr.getResult(),
            arith::IndexCastOp::create(b, opLoc, expr.getType(), i));
    return success();
  }
  if (auto indirect = dyn_cast<IndirectIndexingOp>(op)) {
    Value v = map.lookup(indirect.getValue());
    if (indirect.getWrapNeg()) {
      std::optional<int64_t> size = indirect.getSize().getConstantValue();
      if (!size)
        return op->emitOpError("a symbolic size is not supported by ")
               << lowering << " yet";
      Value zero = constantOf(b, opLoc, v.getType(), 0, 0);
      Value n = constantOf(b, opLoc, v.getType(), 0, *size);
      Value neg =
          arith::CmpIOp::create(b, opLoc, arith::CmpIPredicate::slt, v, zero);
      Value wrapped = arith::AddIOp::create(b, opLoc, v, n);
      v = arith::SelectOp::create(b, opLoc, neg, wrapped, v);
    }
    if (indirect.getCheck()) {
      // Inductor's check_bounds: an index outside [0, size) stops the
      // program with a message (device-side: __assertfail) instead of
      // reading or writing out of bounds.
      std::optional<int64_t> size = indirect.getSize().getConstantValue();
      if (!size)
        return op->emitOpError("a bounds check against a symbolic size is "
                               "not supported by ")
               << lowering << " yet";
      Value zero = constantOf(b, opLoc, v.getType(), 0, 0);
      Value n = constantOf(b, opLoc, v.getType(), 0, *size);
      Value low =
          arith::CmpIOp::create(b, opLoc, arith::CmpIPredicate::sge, v, zero);
      Value high =
          arith::CmpIOp::create(b, opLoc, arith::CmpIPredicate::slt, v, n);
      auto node = op->getParentOfType<NodeOp>();
      std::string message;
      llvm::raw_string_ostream os(message);
      os << "indirect index out of bounds in "
         << (node ? node.getName() : StringRef("a node")) << ": not in [0, "
         << *size << ")";
      cf::AssertOp::create(b, opLoc,
                           arith::AndIOp::create(b, opLoc, low, high),
                           os.str());
    }
    map.map(indirect.getResult(),
            arith::IndexCastOp::create(b, opLoc, b.getIndexType(), v));
    return success();
  }
  if (auto masked = dyn_cast<MaskedOp>(op)) {
    // Loads under a false mask must not run: they may be out of bounds.
    Type type = masked.getResult().getType();
    auto ifOp = scf::IfOp::create(b, opLoc, type, map.lookup(masked.getMask()),
                                  /*withElseRegion=*/true);
    {
      OpBuilder::InsertionGuard guard(b);
      b.setInsertionPointToStart(ifOp.thenBlock());
      SmallVector<Operation *> inner;
      for (Operation &o : masked.getBody().front().without_terminator())
        inner.push_back(&o);
      if (failed(emitOps(inner, map, vars)))
        return failure();
      auto yield = cast<YieldOp>(masked.getBody().front().getTerminator());
      scf::YieldOp::create(b, opLoc, map.lookup(yield.getValue()));
      b.setInsertionPointToStart(ifOp.elseBlock());
      Value other = arith::ConstantOp::create(
          b, opLoc, cast<TypedAttr>(masked.getOther()));
      scf::YieldOp::create(b, opLoc, other);
    }
    map.map(masked.getResult(), ifOp.getResult(0));
    return success();
  }
  if (isa<ReductionOp>(op))
    return op->emitOpError("a reduction nested in a masked body is not "
                           "supported by ")
           << lowering;
  if (op->getDialect() && isa<SchedDialect>(op->getDialect()))
    return op->emitOpError("not supported by ") << lowering << " yet";
  if (op->getNumRegions() != 0)
    return op->emitOpError("ops with regions in a loop body are not "
                           "supported by ")
           << lowering;
  Operation *clone = b.clone(*op, map);
  // sched.* annotations (sched.python_value) belong to node bodies only.
  for (NamedAttribute attr : llvm::to_vector(clone->getDiscardableAttrs()))
    if (attr.getName().getValue().starts_with("sched."))
      clone->removeDiscardableAttr(attr.getName());
  return success();
}

//===----------------------------------------------------------------------===//
// Accumulators
//===----------------------------------------------------------------------===//

FailureOr<Accumulator>
mlir::inductor_sched::makeAccumulator(OpBuilder &b, ReductionOp op,
                                      StringRef lowering) {
  Location loc = op.getLoc();
  Accumulator acc{op, {}, 0, false};
  Type t = op.getResults().front().getType();
  bool isFloat = isa<FloatType>(t);
  auto intLimit = [&](Type it, bool max) -> Value {
    unsigned w = it.getIntOrFloatBitWidth();
    APInt v = w == 1 ? APInt(1, max ? 1 : 0)
                     : (max ? APInt::getSignedMaxValue(w)
                            : APInt::getSignedMinValue(w));
    return arith::ConstantOp::create(b, loc, b.getIntegerAttr(it, v));
  };
  switch (op.getKind()) {
  case ReductionKind::sum:
  case ReductionKind::xor_sum:
  case ReductionKind::any:
    if (op.getKind() != ReductionKind::sum && isFloat)
      return op.emitOpError("a floating-point ")
             << stringifyReductionKind(op.getKind()) << " is not supported by "
             << lowering;
    acc.inits.push_back(constantOf(b, loc, t, 0.0, 0));
    break;
  case ReductionKind::prod:
  case ReductionKind::max:
  case ReductionKind::min:
    acc.inits.push_back(getReductionIdentity(b, loc, op.getKind(), t));
    break;
  case ReductionKind::argmax:
  case ReductionKind::argmin: {
    Type in = op.getInputs().front().getType();
    bool max = op.getKind() == ReductionKind::argmax;
    if (isa<FloatType>(in)) {
      auto ft = cast<FloatType>(in);
      acc.inits.push_back(arith::ConstantOp::create(
          b, loc,
          b.getFloatAttr(ft, APFloat::getInf(ft.getFloatSemantics(), max))));
    } else {
      acc.inits.push_back(intLimit(in, !max));
    }
    acc.inits.push_back(constantOf(b, loc, t, 0, 0));
    break;
  }
  case ReductionKind::welford_reduce:
  case ReductionKind::welford_combine:
    if (!isFloat)
      return op.emitOpError("an integer welford reduction is not supported "
                            "by ")
             << lowering;
    for (int i = 0; i < 3; ++i)
      acc.inits.push_back(constantOf(b, loc, t, 0.0, 0));
    break;
  }
  return acc;
}

/// The accumulators after one more point: `inputs` are the reduction's
/// operands there, `linear` the point's position in the reduction ranges.
SmallVector<Value>
mlir::inductor_sched::combine(OpBuilder &b, const Accumulator &acc,
                              ValueRange accs, ValueRange inputs, Value linear,
                              bool reassociate, unsigned width) {
  Location loc = acc.op.getLoc();
  // In vector mode (width > 1) accumulators and inputs are vectors of the
  // accumulator's type (the caller checked the inputs need no cast).
  Type et = acc.op.getResults().front().getType();
  Type t = width > 1 ? Type(VectorType::get({width}, et)) : et;
  Value x = inputs.front();
  // With `reassociate`, LLVM may reorder the accumulation (vector lanes).
  arith::FastMathFlags fm =
      reassociate ? arith::FastMathFlags::reassoc : arith::FastMathFlags::none;
  ReductionKind kind = acc.op.getKind();
  if (reassociate && width > 1 && isa<FloatType>(et) &&
      (kind == ReductionKind::max || kind == ReductionKind::min)) {
    // Reassociated vector lanes: x beats acc only if strictly better (one
    // maxps/minps on x86, where maximumf's signed-zero ordering takes a
    // compare and three blends), and a NaN x wins. A NaN acc stays: nothing
    // compares better than it. -0 and +0 are not ordered, which only the
    // sign of a zero result can show.
    x = castTo(b, loc, x, t);
    Value better = arith::CmpFOp::create(
        b, loc,
        kind == ReductionKind::max ? arith::CmpFPredicate::OGT
                                   : arith::CmpFPredicate::OLT,
        x, accs[0]);
    Value kept = arith::SelectOp::create(b, loc, better, x, accs[0]);
    Value xNaN = arith::CmpFOp::create(b, loc, arith::CmpFPredicate::UNO, x, x);
    return {arith::SelectOp::create(b, loc, xNaN, x, kept)};
  }
  switch (kind) {
  case ReductionKind::sum:
  case ReductionKind::prod:
  case ReductionKind::max:
  case ReductionKind::min:
    return {combineReduction(b, loc, kind, accs[0], castTo(b, loc, x, t),
                             fm)};
  case ReductionKind::any:
    x = castTo(b, loc, x, t);
    return {arith::OrIOp::create(b, loc, accs[0], x)};
  case ReductionKind::xor_sum:
    x = castTo(b, loc, x, t);
    return {arith::XOrIOp::create(b, loc, accs[0], x)};
  case ReductionKind::argmax:
  case ReductionKind::argmin: {
    bool max = acc.op.getKind() == ReductionKind::argmax;
    Value better;
    if (isa<FloatType>(x.getType())) {
      // Strictly better, so the first extreme wins; the first NaN beats
      // everything but an earlier NaN (torch.argmax treats NaN as largest).
      Value strict = arith::CmpFOp::create(
          b, loc, max ? arith::CmpFPredicate::OGT : arith::CmpFPredicate::OLT,
          x, accs[0]);
      Value xNaN =
          arith::CmpFOp::create(b, loc, arith::CmpFPredicate::UNO, x, x);
      Value accOrd = arith::CmpFOp::create(b, loc, arith::CmpFPredicate::ORD,
                                           accs[0], accs[0]);
      Value nanWins = arith::AndIOp::create(b, loc, xNaN, accOrd);
      better = arith::OrIOp::create(b, loc, strict, nanWins);
    } else {
      better = arith::CmpIOp::create(
          b, loc, max ? arith::CmpIPredicate::sgt : arith::CmpIPredicate::slt,
          x, accs[0]);
    }
    Value pos = arith::IndexCastOp::create(b, loc, t, linear);
    return {arith::SelectOp::create(b, loc, better, x, accs[0]),
            arith::SelectOp::create(b, loc, better, pos, accs[1])};
  }
  case ReductionKind::welford_reduce: {
    // Welford's update, as Inductor's welford_reduce (weight counts points).
    x = castTo(b, loc, x, t);
    Value one = constantOf(b, loc, t, 1.0, 1);
    Value weight = arith::AddFOp::create(b, loc, accs[2], one);
    Value delta = arith::SubFOp::create(b, loc, x, accs[0]);
    Value step = arith::DivFOp::create(b, loc, delta, weight);
    Value mean = arith::AddFOp::create(b, loc, accs[0], step);
    Value delta2 = arith::SubFOp::create(b, loc, x, mean);
    Value m2 = arith::AddFOp::create(
        b, loc, accs[1], arith::MulFOp::create(b, loc, delta, delta2));
    return {mean, m2, weight};
  }
  case ReductionKind::welford_combine:
    return chanCombine(b, loc, t, accs, castTo(b, loc, inputs[0], t),
                       castTo(b, loc, inputs[1], t),
                       castTo(b, loc, inputs[2], t));
  }
  llvm_unreachable("unknown reduction kind");
}

/// Chan's parallel combination of Welford triples, as Inductor's
/// welford_combine: `accs` (mean, m2, weight) merged with (mean, m2, w).
SmallVector<Value> mlir::inductor_sched::chanCombine(OpBuilder &b, Location loc,
                                                     Type t, ValueRange accs,
                                                     Value mean, Value m2,
                                                     Value w) {
  {
    Value zero = constantOf(b, loc, t, 0.0, 0);
    Value delta = arith::SubFOp::create(b, loc, mean, accs[0]);
    Value newW = arith::AddFOp::create(b, loc, accs[2], w);
    Value isZero =
        arith::CmpFOp::create(b, loc, arith::CmpFPredicate::OEQ, newW, zero);
    Value ratio = arith::SelectOp::create(
        b, loc, isZero, zero, arith::DivFOp::create(b, loc, w, newW));
    Value newMean = arith::AddFOp::create(
        b, loc, accs[0], arith::MulFOp::create(b, loc, delta, ratio));
    Value dd = arith::MulFOp::create(b, loc, delta, delta);
    Value term = arith::MulFOp::create(
        b, loc, arith::MulFOp::create(b, loc, dd, accs[2]), ratio);
    Value newM2 = arith::AddFOp::create(
        b, loc, arith::AddFOp::create(b, loc, accs[1], m2), term);
    return {newMean, newM2, newW};
  }
}

SmallVector<Value>
mlir::inductor_sched::mergeAccumulators(OpBuilder &b, const Accumulator &acc,
                                        ValueRange a, ValueRange other) {
  Location loc = acc.op.getLoc();
  // Scalars, or vectors of partial accumulators merged lane by lane.
  Type t = a.front().getType();
  auto vectorType = dyn_cast<VectorType>(t);
  switch (acc.op.getKind()) {
  case ReductionKind::welford_reduce:
  case ReductionKind::welford_combine:
    return chanCombine(b, loc, t, a, other[0], other[1], other[2]);
  case ReductionKind::argmax:
  case ReductionKind::argmin: {
    // `other` wins when strictly better, or equal (both NaN included) at a
    // lower position: the first extreme of the union.
    bool max = acc.op.getKind() == ReductionKind::argmax;
    Value x = other[0], y = a[0];
    Value lower = arith::CmpIOp::create(b, loc, arith::CmpIPredicate::slt,
                                        other[1], a[1]);
    Value better;
    if (isa<FloatType>(x.getType())) {
      Value strict = arith::CmpFOp::create(
          b, loc, max ? arith::CmpFPredicate::OGT : arith::CmpFPredicate::OLT,
          x, y);
      Value equal =
          arith::CmpFOp::create(b, loc, arith::CmpFPredicate::OEQ, x, y);
      Value xNaN =
          arith::CmpFOp::create(b, loc, arith::CmpFPredicate::UNO, x, x);
      Value yNaN =
          arith::CmpFOp::create(b, loc, arith::CmpFPredicate::UNO, y, y);
      Value yOrd = arith::XOrIOp::create(
          b, loc, yNaN, arith::ConstantOp::create(b, loc, b.getBoolAttr(true)));
      Value nanWins = arith::AndIOp::create(b, loc, xNaN, yOrd);
      Value bothNaN = arith::AndIOp::create(b, loc, xNaN, yNaN);
      Value tie = arith::AndIOp::create(
          b, loc, arith::OrIOp::create(b, loc, equal, bothNaN), lower);
      better = arith::OrIOp::create(
          b, loc, arith::OrIOp::create(b, loc, strict, nanWins), tie);
    } else {
      Value strict = arith::CmpIOp::create(
          b, loc, max ? arith::CmpIPredicate::sgt : arith::CmpIPredicate::slt,
          x, y);
      Value equal =
          arith::CmpIOp::create(b, loc, arith::CmpIPredicate::eq, x, y);
      better = arith::OrIOp::create(
          b, loc, strict, arith::AndIOp::create(b, loc, equal, lower));
    }
    return {arith::SelectOp::create(b, loc, better, x, y),
            arith::SelectOp::create(b, loc, better, other[1], a[1])};
  }
  default:
    return inductor_sched::combine(b, acc, a, other.take_front(), Value(),
                                   false,
                                   vectorType ? vectorType.getNumElements() : 1);
  }
}

static bool isArgReduction(ReductionOp op) {
  return op.getKind() == ReductionKind::argmax ||
         op.getKind() == ReductionKind::argmin;
}

SmallVector<Type> mlir::inductor_sched::accumulatorTypes(ReductionOp op) {
  Type t = op.getResults().front().getType();
  if (isArgReduction(op))
    return {op.getInputs().front().getType(), t};
  if (op.getKind() == ReductionKind::welford_reduce ||
      op.getKind() == ReductionKind::welford_combine)
    return {t, t, t};
  return {t};
}

unsigned mlir::inductor_sched::accumulatorOfResult(ReductionOp op, unsigned i) {
  return isArgReduction(op) ? 1 : i;
}

void mlir::inductor_sched::mapReductionResults(IRMapping &map,
                                               const Accumulator &acc,
                                               ValueRange finals) {
  ValueRange r = finals.slice(acc.first, acc.inits.size());
  for (OpResult result : acc.op->getResults())
    map.map(result, r[accumulatorOfResult(acc.op, result.getResultNumber())]);
}

void mlir::inductor_sched::collectKernelLeaves(
    Operation *kernel, SmallVectorImpl<Operation *> &out) {
  if (auto group = dyn_cast<GroupOp>(kernel)) {
    for (Operation &member : group.getBodyBlock())
      collectKernelLeaves(&member, out);
    return;
  }
  out.push_back(kernel);
}

void mlir::inductor_sched::splitAroundReductions(
    NodeOp node, SmallVectorImpl<Operation *> &inLoop,
    SmallVectorImpl<Operation *> &after) {
  SmallVector<Operation *> ops;
  for (Operation &op : node.getBodyBlock())
    ops.push_back(&op);
  llvm::SetVector<Operation *> post;
  for (Operation *op : ops)
    if (isa<ReductionOp, StoreReductionOp>(op) ||
        llvm::any_of(op->getOperands(), [&](Value v) {
          return v.getDefiningOp() && post.contains(v.getDefiningOp());
        }))
      post.insert(op);
  // What the post-reduction code reads from the rest of the body is
  // emitted again after the loop (it must not use reduction variables).
  llvm::SetVector<Operation *> needed;
  for (Operation *op : llvm::reverse(ops)) {
    if (!post.contains(op) && !needed.contains(op))
      continue;
    if (isa<ReductionOp>(op))
      continue;
    for (Value v : op->getOperands())
      if (Operation *def = v.getDefiningOp())
        if (def->getBlock() == &node.getBodyBlock() && !post.contains(def))
          needed.insert(def);
  }
  for (Operation *op : ops) {
    if (isa<ReductionOp>(op))
      continue;
    if (post.contains(op) || needed.contains(op))
      after.push_back(op);
    if (!post.contains(op))
      inLoop.push_back(op);
  }
}
