//===- EvictionHints.h - Inductor's eviction hints on loads --*- C++ -*-===//
//
// Inductor's Triton loads carry an eviction policy (codegen/triton.py,
// `TritonKernel.load`): `evict_last` for data other threads or points read
// again (a broadcast operand, a load with no stride-1 variable, a buffer
// the kernel reads again later), `evict_first` for the streaming reads of
// a reduction loop. Triton lowers them to an L2 policy register made with
// `createpolicy` and `ld.global.L1::evict_*.L2::cache_hint`. LLVM's NVPTX
// backend has no such load, so these are inline PTX, with the 128-bit
// vector form made here (the backend does not merge inline assembly).
//
//===----------------------------------------------------------------------===//

#ifndef INDUCTORSCHED_CONVERSION_SCHEDTOGPU_EVICTIONHINTS_H
#define INDUCTORSCHED_CONVERSION_SCHEDTOGPU_EVICTIONHINTS_H

#include "InductorSched/Dialect/Sched/IR/SchedOps.h"

#include "mlir/IR/Builders.h"

namespace mlir::inductor_sched {

enum class EvictionHint { None, First, Last };

/// Inductor's rule for a plain load of `node` in a kernel whose reduction
/// it would loop over: `evict_last` when the index leaves out a variable
/// of more than one point (a broadcast) or has no stride-1 variable, or
/// when `readAgainLater` (a later load of the kernel reads the buffer from
/// memory again); else `evict_first`.
EvictionHint inductorEvictionHint(sched::LoadOp load, sched::NodeOp node,
                                  bool readAgainLater);

/// The L2 eviction policy register of `hint` (an i64), `createpolicy`
/// with fraction 1.0.
Value emitCachePolicy(OpBuilder &b, Location loc, EvictionHint hint);

/// `width` (1, 2 or 4; at most 128 bits in all) elements of `type` from
/// element `index` of the flat memref `storage` on, loaded with `hint` and
/// its `policy`. Returns them in order, or nothing when the type has no
/// such PTX load (only 32- and 64-bit floats and integers do).
SmallVector<Value> emitHintedLoad(OpBuilder &b, Location loc, EvictionHint hint,
                                  Value policy, Value storage, Value index,
                                  Type type, int64_t width);

} // namespace mlir::inductor_sched

#endif // INDUCTORSCHED_CONVERSION_SCHEDTOGPU_EVICTIONHINTS_H
