//===- LoopBody.h - A node's loop body as arith/memref ops ------*- C++ -*-===//
//
// The CPU and GPU lowerings put loops (or threads) around a node's body in
// different ways, but emit the body itself alike: loads and stores as
// memref ops on a buffer's flat storage, index expressions as affine.apply,
// masked sub-blocks as scf.if, the rest cloned. Reductions are accumulators
// that each lowering carries in its own way (iter_args, vector lanes, warp
// shuffles), updated and merged by the functions here.
//
//===----------------------------------------------------------------------===//

#ifndef INDUCTORSCHED_CONVERSION_LOOPBODY_H
#define INDUCTORSCHED_CONVERSION_LOOPBODY_H

#include "InductorSched/Dialect/Sched/IR/SchedOps.h"

#include "mlir/IR/Builders.h"
#include "mlir/IR/IRMapping.h"

#include <functional>
#include <optional>
#include <string>

namespace mlir::inductor_sched {

/// `v` converted to `to` as Inductor's `to_dtype` does (float widths,
/// integer widths with i1 zero-extended, int<->float).
Value castTo(OpBuilder &b, Location loc, Value v, Type to);

/// A constant of `type` (a scalar or a vector splat): `f` for floats, `i`
/// for integers.
Value constantOf(OpBuilder &b, Location loc, Type type, double f, int64_t i);

/// How `index` changes when loop variable `dim` grows by one, if that is a
/// constant (a pure affine index without symbols).
std::optional<int64_t> strideAlong(sched::IndexExprAttr index, unsigned dim);

/// Whether `index`, at a point whose variable `dim` is a multiple of
/// `width`, is a multiple of `width` and grows by one along `dim`: the
/// `width` elements of a run along `dim` are one aligned vector.
bool isAlignedRun(sched::IndexExprAttr index, unsigned dim, int64_t width);

/// Emits the ops of node bodies at one point of the loops. `vars` are the
/// node's loop variables there (iteration, then reduction); a null one is
/// not available (a reduction variable after its loop).
class LoopBodyEmitter {
public:
  struct Hooks {
    /// The flat 1-D memref a buffer's index expressions address.
    std::function<Value(Value buffer)> storage;
    /// The variables an index into `buffer` uses (default: `vars`).
    std::function<SmallVector<Value>(Value buffer, ArrayRef<Value> vars)>
        varsFor;
    /// Optional: a value that already holds the element `load` reads at
    /// `vars` (a register copy of an earlier load or store), or null.
    std::function<Value(sched::LoadOp load, ArrayRef<Value> vars)> reuseLoad;
    /// Optional: sees every load (`isStore` false) and store of an element
    /// at `vars`; `value` is null for stores it cannot track (indirect,
    /// atomic). Returns whether a store must still reach memory.
    std::function<bool(Value buffer, sched::IndexExprAttr index,
                       ArrayRef<Value> vars, Value value, bool isStore)>
        record;
    /// Optional: emits the load of element `index` of `storage` for `load`
    /// itself (a load with a cache hint), or returns null for a memref.load.
    std::function<Value(sched::LoadOp load, Value storage, Value index)>
        loadElement;
  };

  /// `lowering` names the pass in diagnostics; with `atomicAdds`, atomic_add
  /// stores are memref.atomic_rmw (threads may add to one element at
  /// once), else a load, add and store (loops run one point at a time).
  LoopBodyEmitter(OpBuilder &b, StringRef lowering, Hooks hooks,
                  bool atomicAdds = false)
      : b(b), lowering(lowering), hooks(std::move(hooks)),
        atomicAdds(atomicAdds) {}

  LogicalResult emitOps(ArrayRef<Operation *> ops, IRMapping &map,
                        ArrayRef<Value> vars);
  LogicalResult emitOp(Operation *op, IRMapping &map, ArrayRef<Value> vars);
  /// The index `expr` at `vars`; `indirect` binds its `indirectN` symbols.
  /// A diagnostic on failure sets failed() and returns a constant 0.
  Value index(Operation *op, sched::IndexExprAttr expr, ArrayRef<Value> vars,
              ValueRange indirect, IRMapping &map);

  Value storage(Value buffer) { return hooks.storage(buffer); }
  SmallVector<Value> varsFor(Value buffer, ArrayRef<Value> vars) {
    return hooks.varsFor ? hooks.varsFor(buffer, vars)
                         : SmallVector<Value>(vars);
  }
  bool hasFailed() const { return failedEmit; }
  /// While set, every store (plain, atomic, store_reduction) runs only
  /// where `cond` holds: threads that computed the same value leave the
  /// store to one of them.
  void setStoreGuard(Value cond) { storeGuard = cond; }

private:
  Value constIndex(Location loc, int64_t v);

  OpBuilder &b;
  std::string lowering;
  Hooks hooks;
  bool atomicAdds;
  bool failedEmit = false;
  Value storeGuard;
};

/// The accumulators of one sched.reduction and how to update them.
struct Accumulator {
  mutable sched::ReductionOp op;
  SmallVector<Value> inits;
  unsigned first = 0; // position in a lowering's shared accumulator list
  /// The same reduction as an earlier one of the run: shares its
  /// accumulators (from `first`) and adds nothing to them.
  bool alias = false;
};

/// The identity accumulators of `op` (argmax/argmin: value, then index;
/// Welford: mean, m2, weight). Fails with a diagnostic naming `lowering`
/// for kinds it does not have for the type.
FailureOr<Accumulator> makeAccumulator(OpBuilder &b, sched::ReductionOp op,
                                       StringRef lowering);

/// The accumulators after one more point: `inputs` are the reduction's
/// operands there, `linear` the point's row-major position in the
/// reduction ranges (argmax/argmin). With `width` > 1 accumulators and
/// inputs are vectors of that many lanes.
SmallVector<Value> combine(OpBuilder &b, const Accumulator &acc,
                           ValueRange accs, ValueRange inputs, Value linear,
                           bool reassociate, unsigned width = 1);

/// Chan's parallel combination of Welford triples, as Inductor's
/// welford_combine: `accs` (mean, m2, weight) merged with (mean, m2, w).
SmallVector<Value> chanCombine(OpBuilder &b, Location loc, Type t,
                               ValueRange accs, Value mean, Value m2, Value w);

/// Two partial accumulators of `acc`, over disjoint sets of points, merged
/// into one. argmax/argmin keep the lower position among equal values (and
/// among NaNs), so the result is the first extreme whatever the split.
/// The accumulators may be vectors (not argmax/argmin): merged lane by lane.
SmallVector<Value> mergeAccumulators(OpBuilder &b, const Accumulator &acc,
                                     ValueRange a, ValueRange other);

/// The types of `op`'s accumulator values, in makeAccumulator's order:
/// argmax/argmin a value (the input's type) and a position, Welford mean,
/// m2 and weight, the others their result.
SmallVector<Type> accumulatorTypes(sched::ReductionOp op);
/// Which of `op`'s accumulator values its result `i` is (argmax/argmin:
/// the position).
unsigned accumulatorOfResult(sched::ReductionOp op, unsigned i);
/// Maps `acc`'s reduction results to its final accumulators `finals` (its
/// slice of them): argmax/argmin yield the position, the others every
/// accumulator.
void mapReductionResults(IRMapping &map, const Accumulator &acc,
                         ValueRange finals);

/// The nodes of a kernel (a node, or the leaves of a group and of the groups
/// in it), in member order.
void collectKernelLeaves(Operation *kernel, SmallVectorImpl<Operation *> &out);

/// Splits a reduction node's body around its reductions: `inLoop`, the ops
/// that run at every reduction point, and `after`, the ops that run once
/// the reductions are done (those that use a reduction's result, the
/// store_reduction, and what they need from the rest of the body, emitted
/// again). Reductions are in neither.
void splitAroundReductions(sched::NodeOp node,
                           SmallVectorImpl<Operation *> &inLoop,
                           SmallVectorImpl<Operation *> &after);

} // namespace mlir::inductor_sched

#endif // INDUCTORSCHED_CONVERSION_LOOPBODY_H
