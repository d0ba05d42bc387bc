//===- SimdTiling.h - The Triton backend's kernel tiling --------*- C++ -*-===//
//
// Inductor's SIMD backends (Triton) lay a kernel's loops onto one or two
// "tiles" (SIMDScheduling.select_tiling): a pointwise kernel whose accesses
// are contiguous along an inner group of its loops gets a 2-D tiling
// (y, x). The fusion loop consults the choice (tiling_prevents_pointwise_
// fusion and tiling_prevents_reduction_fusion, both on by default): nodes
// whose kernels would want different 2-D tilings are not fused. This file
// computes the choice as PyTorch 2.11 does for pointwise kernels, under the
// graph's size hints.
//
//===----------------------------------------------------------------------===//

#ifndef INDUCTORSCHED_ANALYSIS_SIMDTILING_H
#define INDUCTORSCHED_ANALYSIS_SIMDTILING_H

#include "InductorSched/Dialect/Sched/IR/SchedOps.h"

#include "llvm/ADT/DenseMap.h"

#include <optional>

namespace mlir::inductor_sched {

/// SIMDKernel.is_compatible (_split_iteration_ranges): whether loops of
/// `lengths` (iteration sizes, then reduction sizes) can be laid onto the
/// kernel's `groups`, each loop onto one group or split across two.
bool isSimdCompatible(ArrayRef<int64_t> groups,
                      ArrayRef<SmallVector<int64_t>> lengths);

/// SIMDScheduling.select_tiling(nodes, numel) for a pointwise kernel: the
/// values of the chosen tiling, `{x: numel, r0_: 1}` as `[numel, 1]` or a
/// 2-D `{y, x, r0_: 1}` as `[y, x, 1]`. Candidates come from each node's
/// accesses (the loops up to the first stride-1 loop against the rest),
/// scored as Inductor scores them; the best that every node's loops fit is
/// chosen. None when a size has no hint (the caller then skips the check).
/// Accesses to buffers in `removedBuffers` are ignored.
std::optional<SmallVector<int64_t>>
selectPointwiseTiling(ArrayRef<sched::NodeOp> nodes, int64_t numel,
                      const llvm::DenseMap<StringAttr, int64_t> &hints,
                      function_ref<bool(StringAttr)> isRemovedBuffer);

} // namespace mlir::inductor_sched

#endif // INDUCTORSCHED_ANALYSIS_SIMDTILING_H
