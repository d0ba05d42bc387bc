//===- SchedBase.td - The sched dialect: base definitions --*- tablegen -*-===//
//
// The `sched` dialect states what PyTorch Inductor hands to
// `Scheduler._init`: buffers with layouts, loop-body compute nodes, extern
// and nop kernels, views, aliases and mutations, and (once analysed) the
// dependence edges between them.
//
//===----------------------------------------------------------------------===//

#ifndef INDUCTORSCHED_DIALECT_SCHED_IR_SCHEDBASE_TD
#define INDUCTORSCHED_DIALECT_SCHED_IR_SCHEDBASE_TD

include "mlir/IR/OpBase.td"
include "mlir/IR/AttrTypeBase.td"
include "mlir/IR/EnumAttr.td"

def Sched_Dialect : Dialect {
  let name = "sched";
  let cppNamespace = "::mlir::inductor_sched::sched";
  let summary = "PyTorch Inductor's scheduler IR: buffers, loop-body nodes "
                "and their dependencies";
  let description = [{
    The `sched` dialect models the input and the state of PyTorch Inductor's
    `Scheduler._init`. A `sched.graph` holds, in Inductor's lowering order:

    * graph inputs and constants (`sched.input`) and intermediate buffers
      (`sched.buffer`, `sched.mutation`, `sched.alias`), each with a layout
      carried by its `!sched.buffer` type;
    * operations that write buffers: loop-body compute nodes
      (`sched.node`, Inductor's `ComputedBuffer`), extern kernels
      (`sched.extern`), nop kernels (`sched.nop`) and multi-output
      projections (`sched.multi_output`);
    * groups of nodes (`sched.group`): fused kernels, foreach kernels and
      grouped nodes, produced by the scheduler;
    * the graph outputs (`sched.output`).

    Index expressions (`#sched.index`) are affine expressions over the
    node's loop variables `p0, p1, ...` (iteration dimensions first, then
    reduction dimensions), named size symbols (`s0`, `u0`) and indirect
    indices (`indirect0`, bound to SSA operands), with `floordiv` and `mod`.

    Two attributes on `arith` ops of a node body carry what Inductor's
    LoopBody says beyond the `arith` op:

    * `sched.python_value` (an `f64`) on an `arith.constant` of a float
      type: the Python float Inductor's `ops.constant(value, dtype)`
      received, where rounding it to the constant's type lost digits
      (`0.7071067811865476` for an `f32` of `0.70710677`); the constant's
      own value is that rounding;
    * `sched.src_dtype` (a unit attribute) on an `arith` cast: Inductor's
      `ops.to_dtype` was given its `src_dtype` argument (the operand's
      type), as the lowering of an explicit conversion does.
  }];
  let hasOperationAttrVerify = 1;
  let useDefaultAttributePrinterParser = 1;
  let useDefaultTypePrinterParser = 1;
  let dependentDialects = ["::mlir::arith::ArithDialect",
                           "::mlir::math::MathDialect"];
  let extraClassDeclaration = [{
    void registerAttributes();
    void registerTypes();
  }];
}

class Sched_Op<string mnemonic, list<Trait> traits = []>
    : Op<Sched_Dialect, mnemonic, traits>;

class Sched_Attr<string name, string attrMnemonic, list<Trait> traits = []>
    : AttrDef<Sched_Dialect, name, traits> {
  let mnemonic = attrMnemonic;
}

class Sched_Type<string name, string typeMnemonic, list<Trait> traits = []>
    : TypeDef<Sched_Dialect, name, traits> {
  let mnemonic = typeMnemonic;
}

#endif // INDUCTORSCHED_DIALECT_SCHED_IR_SCHEDBASE_TD
