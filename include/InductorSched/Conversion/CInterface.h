//===- CInterface.h - The CPU lowerings' function signature -----*- C++ -*-===//
//
// -convert-sched-to-scf and -convert-sched-to-linalg give a graph the same
// function: MLIR's C interface, one typed memref per graph input and then
// per graph output (from the buffer layouts), `sched.arg_names` and
// `sched.num_inputs` naming them (utils/graph-abi.py reads them), and the
// caller's output memrefs as the storage of intermediate buffers where they
// can be; outputs that are not are copied there at the end.
//
//===----------------------------------------------------------------------===//

#ifndef INDUCTORSCHED_CONVERSION_CINTERFACE_H
#define INDUCTORSCHED_CONVERSION_CINTERFACE_H

#include "InductorSched/Conversion/LoweringUtils.h"

#include "mlir/Dialect/Func/IR/FuncOps.h"

namespace mlir::inductor_sched {

struct CInterfaceSignature {
  SmallVector<sched::InputOp> inputs;
  SmallVector<Type> argTypes;
  /// Storage roots computed in the caller's output memref of that argument
  /// index: an intermediate buffer whose output has its storage's layout,
  /// the first such output of a storage.
  DenseMap<Value, unsigned> outputStorage;
};

/// The signature of `graph`'s function; an output without a strided layout
/// is an error naming the lowering `by`.
FailureOr<CInterfaceSignature>
getCInterfaceSignature(sched::GraphOp graph,
                       const DenseMap<Value, StaticLayout> &layouts,
                       const DenseMap<Value, Value> &rootOf, StringRef by);

/// The function of that signature, named after the graph, with its entry
/// block, created at `b`'s insertion point (which it leaves in the block).
func::FuncOp createCInterfaceFunction(OpBuilder &b, sched::GraphOp graph,
                                      const CInterfaceSignature &signature);

/// Copies each output not computed in place into its argument
/// (linalg.copy from `typedView` of it).
void copyOutputsToArguments(OpBuilder &b, sched::GraphOp graph,
                            func::FuncOp func,
                            const CInterfaceSignature &signature,
                            const DenseMap<Value, Value> &rootOf,
                            function_ref<Value(Value)> typedView);

} // namespace mlir::inductor_sched

#endif // INDUCTORSCHED_CONVERSION_CINTERFACE_H
