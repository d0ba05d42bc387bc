//===- SchedTypes.td - sched dialect types ------------------*- tablegen -*-===//

#ifndef INDUCTORSCHED_DIALECT_SCHED_IR_SCHEDTYPES_TD
#define INDUCTORSCHED_DIALECT_SCHED_IR_SCHEDTYPES_TD

include "InductorSched/Dialect/Sched/IR/SchedAttrs.td"

def Sched_BufferType : Sched_Type<"Buffer", "buffer"> {
  let summary = "a strided buffer: Inductor's FixedLayout";
  let description = [{
    The storage of a graph input, constant or intermediate buffer, with
    Inductor's layout: sizes, strides and offset in elements (integers or
    expressions over size symbols), element type and device.
    The offset is printed only when it is not zero.

    ```mlir
    !sched.buffer<[8, 16], f32, strides = [16, 1], device = "cuda:0">
    !sched.buffer<[s0, 16], f16, strides = [16, 1], offset = 16, device = "cpu">
    ```
  }];
  let parameters = (ins ArrayRefParameter<"IndexExprAttr">:$sizes,
                        "::mlir::Type":$dtype,
                        ArrayRefParameter<"IndexExprAttr">:$strides,
                        "IndexExprAttr":$offset,
                        "::mlir::StringAttr":$device);
  let hasCustomAssemblyFormat = 1;
  let genVerifyDecl = 1;
  let extraClassDeclaration = [{
    unsigned getRank() const { return getSizes().size(); }
    /// The number of elements when every size is a constant.
    std::optional<int64_t> getStaticNumElements() const;
    /// Size symbols used by the sizes, strides and offset.
    ::llvm::SmallVector<::mlir::StringAttr> getSizeSymbols() const;
  }];
}

def Sched_NoneLayoutType : Sched_Type<"NoneLayout", "none_layout"> {
  let summary = "a buffer with no storage: Inductor's NoneLayout";
  let description = [{
    The output of an operation that returns nothing, such as an extern
    kernel that only mutates its arguments.

    ```mlir
    !sched.none_layout<"cuda:0">
    ```
  }];
  let parameters = (ins "::mlir::StringAttr":$device);
  let assemblyFormat = "`<` $device `>`";
}

def Sched_MultiOutputLayoutType
    : Sched_Type<"MultiOutputLayout", "multi_output_layout"> {
  let summary = "a tuple of buffers: Inductor's MultiOutputLayout";
  let description = [{
    The result of an extern kernel with several outputs; each output is
    taken out by a `sched.multi_output` node.

    ```mlir
    !sched.multi_output_layout<"cuda:0">
    ```
  }];
  let parameters = (ins "::mlir::StringAttr":$device);
  let assemblyFormat = "`<` $device `>`";
}

def Sched_AnyBuffer : AnyTypeOf<[Sched_BufferType, Sched_NoneLayoutType,
                                 Sched_MultiOutputLayoutType],
                                "any sched buffer">;

#endif // INDUCTORSCHED_DIALECT_SCHED_IR_SCHEDTYPES_TD
