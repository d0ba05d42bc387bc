//===- ExternKernels.h - Extern kernels on the CPU --------------*- C++ -*-===//
//
// -convert-sched-to-scf and -convert-sched-to-linalg lower a `sched.extern`
// alike: Inductor's extern_kernels.mm/bmm/addmm as linalg.matmul and
// linalg.batch_matmul on the buffers' strided memrefs (addmm's bias copied
// or broadcast into the output first), any other kernel as a call of a
// runtime function named after it (`sched.extern_kernel` on its
// declaration names the kernel, so a runner can say which one is missing).
//
//===----------------------------------------------------------------------===//

#ifndef INDUCTORSCHED_CONVERSION_EXTERNKERNELS_H
#define INDUCTORSCHED_CONVERSION_EXTERNKERNELS_H

#include "InductorSched/Dialect/Sched/IR/SchedOps.h"

#include "mlir/Dialect/Func/IR/FuncOps.h"

namespace mlir::inductor_sched {

/// Emits `op` at `b`'s insertion point in `func`; `typedView` gives a
/// buffer's strided memref. Errors name the lowering `by`.
LogicalResult lowerExternKernel(OpBuilder &b, sched::ExternOp op,
                                func::FuncOp func,
                                function_ref<Value(Value)> typedView,
                                StringRef by);

} // namespace mlir::inductor_sched

#endif // INDUCTORSCHED_CONVERSION_EXTERNKERNELS_H
