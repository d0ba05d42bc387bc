//===- SchedInterfaces.td - sched dialect interfaces --------*- tablegen -*-===//

#ifndef INDUCTORSCHED_DIALECT_SCHED_IR_SCHEDINTERFACES_TD
#define INDUCTORSCHED_DIALECT_SCHED_IR_SCHEDINTERFACES_TD

include "mlir/IR/OpBase.td"

def Sched_BufferDefOpInterface : OpInterface<"BufferDefOpInterface"> {
  let description = [{
    An op that defines a named buffer of the graph: a graph input or
    constant, an intermediate buffer, a mutation or an alias. Its result is
    the buffer; `getBufferName()` is Inductor's name for it (`arg0_1`,
    `buf0`).
  }];
  let cppNamespace = "::mlir::inductor_sched::sched";
  let methods = [
    InterfaceMethod<"Inductor's name of the buffer.", "::mlir::StringAttr",
                    "getBufferNameAttr", (ins), [{}],
                    [{ return $_op.getNameAttr(); }]>,
    InterfaceMethod<"The buffer value.", "::mlir::Value", "getBuffer", (ins),
                    [{}], [{ return $_op.getResult(); }]>
  ];
}

def Sched_SchedulerNodeOpInterface : OpInterface<"SchedulerNodeOpInterface"> {
  let description = [{
    An operation handed to Inductor's scheduler: a compute node, an extern
    kernel, a nop kernel or a multi-output projection. It has Inductor's
    operation name (`op0`) and writes the buffers in `getWrites()`.
  }];
  let cppNamespace = "::mlir::inductor_sched::sched";
  let methods = [
    InterfaceMethod<"Inductor's operation name.", "::mlir::StringAttr",
                    "getNodeNameAttr", (ins), [{}],
                    [{ return $_op.getNameAttr(); }]>,
    InterfaceMethod<"The buffers this node writes.", "::mlir::ValueRange",
                    "getWrittenBuffers", (ins), [{}],
                    [{ return ::mlir::ValueRange($_op.getWrites()); }]>
  ];
}

#endif // INDUCTORSCHED_DIALECT_SCHED_IR_SCHEDINTERFACES_TD
