//===- ExternKernels.cpp - Extern kernels on the CPU ----------------------===//

#include "InductorSched/Conversion/ExternKernels.h"
#include "InductorSched/Conversion/LoopBody.h"

#include "mlir/Dialect/Linalg/IR/Linalg.h"
#include "mlir/Dialect/MemRef/IR/MemRef.h"

using namespace mlir;
using namespace mlir::inductor_sched;
using namespace mlir::inductor_sched::sched;

LogicalResult mlir::inductor_sched::lowerExternKernel(
    OpBuilder &b, ExternOp op, func::FuncOp func,
    function_ref<Value(Value)> typedView, StringRef by) {
  StringRef kernel = op.getKernel();
  Location opLoc = op.getLoc();
  SmallVector<Value> ins, outs;
  for (Value v : op.getInputs()) {
    if (isa<MultiOutputLayoutType>(v.getType()))
      return op.emitOpError("multi-output extern kernels are not supported "
                            "by ")
             << by << " yet";
    if (isa<BufferType>(v.getType()))
      ins.push_back(typedView(v));
  }
  for (Value v : op.getWrites()) {
    if (isa<MultiOutputLayoutType>(v.getType()))
      return op.emitOpError("multi-output extern kernels are not supported "
                            "by ")
             << by << " yet";
    if (isa<BufferType>(v.getType()))
      outs.push_back(typedView(v));
  }
  auto rank = [](Value v) { return cast<MemRefType>(v.getType()).getRank(); };
  bool noConstants = !op.getConstantArgs() || op.getConstantArgs()->empty();
  if (kernel == "extern_kernels.mm" || kernel == "extern_kernels.bmm" ||
      kernel == "extern_kernels.addmm") {
    bool addmm = kernel == "extern_kernels.addmm";
    unsigned r = kernel == "extern_kernels.bmm" ? 3 : 2;
    if (ins.size() != (addmm ? 3u : 2u) || outs.size() != 1 ||
        rank(outs[0]) != r || rank(ins[ins.size() - 1]) != r ||
        rank(ins[ins.size() - 2]) != r)
      return op.emitOpError("expects ")
             << (addmm ? "bias, a, b" : "a, b") << " and one output of rank "
             << r << " for " << kernel;
    if (!noConstants)
      return op.emitOpError("constant arguments (alpha, beta) of ")
             << kernel << " are not supported by " << by << " yet";
    Value c = outs[0];
    if (addmm) {
      Value bias = ins[0];
      if (rank(bias) == 2)
        linalg::CopyOp::create(b, opLoc, bias, c);
      else if (rank(bias) == 1)
        linalg::BroadcastOp::create(b, opLoc, bias, c, ArrayRef<int64_t>{0});
      else
        return op.emitOpError("an addmm bias of rank ")
               << rank(bias) << " is not supported";
    } else {
      Type et = cast<MemRefType>(c.getType()).getElementType();
      linalg::FillOp::create(
          b, opLoc, ValueRange{constantOf(b, opLoc, et, 0, 0)}, ValueRange{c});
    }
    ValueRange ab = ValueRange(ins).take_back(2);
    if (r == 2)
      linalg::MatmulOp::create(b, opLoc, ab, ValueRange{c});
    else
      linalg::BatchMatmulOp::create(b, opLoc, ab, ValueRange{c});
    return success();
  }
  if (!noConstants)
    return op.emitOpError("constant arguments of extern kernel '")
           << kernel << "' are not supported by " << by << " yet";
  // Anything else is a runtime function, named after the kernel, that the
  // JIT or linker must provide.
  std::string symbol;
  for (char c : kernel)
    symbol += llvm::isAlnum(c) ? c : '_';
  SmallVector<Value> args(ins);
  llvm::append_range(args, outs);
  auto type = b.getFunctionType(ValueRange(args).getTypes(), {});
  auto module = func->getParentOfType<ModuleOp>();
  auto decl = module.lookupSymbol<func::FuncOp>(symbol);
  if (!decl) {
    OpBuilder::InsertionGuard guard(b);
    b.setInsertionPoint(func);
    decl = func::FuncOp::create(b, opLoc, symbol, type);
    decl.setPrivate();
    decl->setAttr("llvm.emit_c_interface", b.getUnitAttr());
    decl->setAttr("sched.extern_kernel", b.getStringAttr(kernel));
  } else if (decl.getFunctionType() != type) {
    return op.emitOpError("extern kernel '")
           << kernel << "' is called with different buffer types; "
           << "not supported by " << by << " yet";
  }
  func::CallOp::create(b, opLoc, decl, args);
  return success();
}
