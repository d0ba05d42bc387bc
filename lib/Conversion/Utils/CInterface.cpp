//===- CInterface.cpp - The CPU lowerings' function signature -------------===//

#include "InductorSched/Conversion/CInterface.h"

#include "mlir/Dialect/Linalg/IR/Linalg.h"

using namespace mlir;
using namespace mlir::inductor_sched;
using namespace mlir::inductor_sched::sched;

FailureOr<CInterfaceSignature> mlir::inductor_sched::getCInterfaceSignature(
    GraphOp graph, const DenseMap<Value, StaticLayout> &layouts,
    const DenseMap<Value, Value> &rootOf, StringRef by) {
  CInterfaceSignature s;
  auto output = cast<OutputOp>(graph.getBodyBlock().getTerminator());
  for (Operation &op : graph.getBodyBlock())
    if (auto input = dyn_cast<InputOp>(op))
      s.inputs.push_back(input);
  for (InputOp input : s.inputs)
    s.argTypes.push_back(layouts.lookup(input.getResult()).memrefType());
  for (Value out : output.getOutputs()) {
    auto it = layouts.find(out);
    if (it == layouts.end())
      return output.emitOpError("an output without a strided layout is not "
                                "supported by ")
             << by;
    s.argTypes.push_back(it->second.memrefType());
  }
  for (auto [i, out] : llvm::enumerate(output.getOutputs())) {
    Value root = rootOf.lookup(out);
    if (isa<BufferOp>(root.getDefiningOp()) && out.getType() == root.getType())
      s.outputStorage.try_emplace(root, s.inputs.size() + i);
  }
  return s;
}

func::FuncOp mlir::inductor_sched::createCInterfaceFunction(
    OpBuilder &b, GraphOp graph, const CInterfaceSignature &signature) {
  auto output = cast<OutputOp>(graph.getBodyBlock().getTerminator());
  auto func = func::FuncOp::create(b, graph.getLoc(), graph.getSymName(),
                                   b.getFunctionType(signature.argTypes, {}));
  func->setAttr("llvm.emit_c_interface", b.getUnitAttr());
  // The buffer behind each argument (argument attributes would reach LLVM).
  SmallVector<Attribute> argNames;
  for (InputOp input : signature.inputs)
    argNames.push_back(input.getNameAttr());
  for (Value out : output.getOutputs())
    argNames.push_back(getBufferName(out));
  func->setAttr("sched.arg_names", b.getArrayAttr(argNames));
  func->setAttr("sched.num_inputs",
                b.getI64IntegerAttr(signature.inputs.size()));
  b.setInsertionPointToStart(func.addEntryBlock());
  return func;
}

void mlir::inductor_sched::copyOutputsToArguments(
    OpBuilder &b, GraphOp graph, func::FuncOp func,
    const CInterfaceSignature &signature, const DenseMap<Value, Value> &rootOf,
    function_ref<Value(Value)> typedView) {
  auto output = cast<OutputOp>(graph.getBodyBlock().getTerminator());
  for (auto [i, out] : llvm::enumerate(output.getOutputs())) {
    auto it = signature.outputStorage.find(rootOf.lookup(out));
    unsigned arg = signature.inputs.size() + i;
    if (it != signature.outputStorage.end() && it->second == arg)
      continue;
    linalg::CopyOp::create(b, output.getLoc(), typedView(out),
                           func.getArgument(arg));
  }
}
