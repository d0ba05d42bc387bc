//===- GraphBuilder.h - Build sched graphs from C++ -------------*- C++ -*-===//
//
// A small API to build a `sched.graph` programmatically, as an exporter from
// PyTorch or another compiler would, without writing the textual form:
//
//   GraphBuilder g(module, "seed_add_sum_8x16");
//   BufferType in = g.bufferType({8, 16}, f32, "cuda:0");
//   BufferType out = g.bufferType({8}, f32, "cuda:0");
//   Value a = g.input("arg0_1", in), b = g.input("arg1_1", in);
//   Value buf0 = g.buffer("buf0", out);
//   g.node("op0", buf0, /*ranges=*/{8}, /*reduce=*/{16},
//          [&](NodeBodyBuilder &body) {
//            Value x = body.load(a, "16*p0 + p1");
//            Value y = body.load(b, "16*p0 + p1");
//            Value s = arith::AddFOp::create(body.getBuilder(), x, y);
//            Value r = body.reduction(ReductionKind::sum, s).front();
//            body.storeReduction(r, buf0, "p0");
//          });
//   g.output(buf0);
//   GraphOp graph = g.finish();
//
// The builder creates ops in order and checks nothing beyond what op
// construction needs; run `mlir::verify` on the result.
//
//===----------------------------------------------------------------------===//

#ifndef INDUCTORSCHED_DIALECT_SCHED_IR_GRAPHBUILDER_H
#define INDUCTORSCHED_DIALECT_SCHED_IR_GRAPHBUILDER_H

#include "InductorSched/Dialect/Sched/IR/SchedOps.h"

#include "mlir/IR/BuiltinOps.h"
#include "mlir/IR/ImplicitLocOpBuilder.h"

#include <optional>
#include <string>
#include <variant>

namespace mlir::inductor_sched::sched {

//===----------------------------------------------------------------------===//
// Index expression helpers
//===----------------------------------------------------------------------===//

/// Row-major (contiguous) strides of `sizes`: the last dimension has stride 1.
SmallVector<int64_t> getContiguousStrides(ArrayRef<int64_t> sizes);

/// `strides[0]*p0 + strides[1]*p1 + ... + offset`: the index of a strided
/// access over the loop variables, e.g. `linearIndex(ctx, {16, 1})` is
/// `16*p0 + p1`.
IndexExprAttr linearIndex(MLIRContext *ctx, ArrayRef<int64_t> strides,
                          int64_t offset = 0);

/// Parses an index expression written as in the IR (`16*p0 + p1`,
/// `s0*p0 + (p1 floordiv 4) + indirect0`). On malformed text, reports the
/// error through the context's diagnostic handlers and fails.
FailureOr<IndexExprAttr> parseIndexExpr(MLIRContext *ctx, StringRef text);

/// An index expression argument of NodeBodyBuilder: an attribute, an
/// `AffineExpr` whose dimension `k` is loop variable `p<k>` (no symbols; use
/// `IndexExprAttr::get` for expressions with size symbols), or text that
/// must parse (see `parseIndexExpr`; a malformed text is a fatal error, so
/// parse untrusted text with `parseIndexExpr` first).
class IndexArg {
public:
  IndexArg(IndexExprAttr attr) : value(attr) {}
  IndexArg(AffineExpr expr) : value(expr) {}
  IndexArg(StringRef text) : value(text) {}
  IndexArg(const char *text) : value(StringRef(text)) {}
  IndexArg(const std::string &text) : value(StringRef(text)) {}

  /// The expression as an attribute of `ctx`.
  IndexExprAttr resolve(MLIRContext *ctx) const;

private:
  std::variant<IndexExprAttr, AffineExpr, StringRef> value;
};

//===----------------------------------------------------------------------===//
// NodeBodyBuilder
//===----------------------------------------------------------------------===//

/// Builds the loop body of a `sched.node` (Inductor's `LoopBody`): loads,
/// stores, reductions and index computations. Compute with `arith`/`math`
/// ops through `getBuilder()`, e.g.
/// `arith::MulFOp::create(body.getBuilder(), x, y)`.
class NodeBodyBuilder {
public:
  /// The builder, positioned in the body, with the node's location.
  ImplicitLocOpBuilder &getBuilder() { return builder; }
  MLIRContext *getContext() { return builder.getContext(); }

  /// `ops.load`: reads `buffer` at `index`; `indirect` binds the index's
  /// `indirect<k>` symbols. The result has the buffer's element type.
  Value load(Value buffer, IndexArg index, ValueRange indirect = {});

  /// `ops.store`: writes `value` to `buffer` at `index`, optionally with a
  /// store mode (`atomic_add`).
  StoreOp store(Value value, Value buffer, IndexArg index,
                ValueRange indirect = {},
                std::optional<StoreMode> mode = std::nullopt);

  /// `ops.reduction`: reduces `inputs` over the node's reduction loop. The
  /// result types follow from `kind`: the input's type, `i64` for
  /// argmax/argmin, three values for welford_reduce/welford_combine.
  ValueRange reduction(ReductionKind kind, ValueRange inputs);

  /// `ops.store_reduction`: writes a reduction result at `index`, which may
  /// use only iteration variables.
  StoreReductionOp storeReduction(Value value, Value buffer, IndexArg index);

  /// `ops.index_expr`: the value of `index` as an integer of `type`.
  Value indexExpr(IndexArg index, IntegerType type, ValueRange indirect = {});

  /// `ops.indirect_indexing`: makes the integer `value` an index into a
  /// dimension of `size` elements, for use as an `indirect` operand.
  Value indirectIndexing(Value value, IndexArg size, bool check = true,
                         bool wrapNeg = true);

  /// `ops.constant`: an `arith.constant` of `type`.
  Value constant(double value, FloatType type);
  Value constant(int64_t value, IntegerType type);

  /// `ops.masked`: builds the value `body` returns where `mask` holds,
  /// `other` elsewhere. `body` builds into the masked region with this
  /// builder.
  Value masked(Value mask, TypedAttr other,
               function_ref<Value(NodeBodyBuilder &)> body);

private:
  friend class GraphBuilder;
  explicit NodeBodyBuilder(ImplicitLocOpBuilder &builder) : builder(builder) {}

  ImplicitLocOpBuilder &builder;
};

//===----------------------------------------------------------------------===//
// GraphBuilder
//===----------------------------------------------------------------------===//

/// A size symbol of a graph (Inductor's `s0`) with its size hint.
struct SizeSymbol {
  StringRef name;
  int64_t hint;
};

/// Builds one `sched.graph`: buffers and the operations that write them, in
/// the order the methods are called, then `sched.output`.
class GraphBuilder {
public:
  /// Starts `sched.graph @name` at the end of `module`'s body.
  GraphBuilder(ModuleOp module, StringRef name,
               ArrayRef<SizeSymbol> symbols = {});
  /// Starts `sched.graph @name` at `builder`'s insertion point, at `loc`.
  /// `builder` itself is not moved.
  GraphBuilder(OpBuilder &builder, Location loc, StringRef name,
               ArrayRef<SizeSymbol> symbols = {});

  GraphOp getGraph() { return graph; }
  MLIRContext *getContext() { return builder.getContext(); }
  /// The builder, positioned where the next graph-level op goes.
  ImplicitLocOpBuilder &getBuilder() { return builder; }
  /// Sets the location of the ops created from now on (e.g. the FX node
  /// being exported).
  void setLoc(Location loc) { builder.setLoc(loc); }

  /// A contiguous layout of static `sizes` on `device` (`cuda:0`, `cpu`).
  /// Returns null, with an error at the current location, if invalid.
  BufferType bufferType(ArrayRef<int64_t> sizes, Type dtype, StringRef device);
  /// A layout with arbitrary (possibly symbolic) sizes, strides and offset.
  /// Returns null, with an error at the current location, if invalid.
  BufferType bufferType(ArrayRef<IndexExprAttr> sizes,
                        ArrayRef<IndexExprAttr> strides, IndexExprAttr offset,
                        Type dtype, StringRef device);

  /// `sched.input`: a graph input.
  Value input(StringRef name, BufferType type);
  /// `sched.input ... constant`: a constant the graph holds.
  Value constant(StringRef name, BufferType type);
  /// `sched.buffer`: an intermediate buffer, of a `!sched.buffer`,
  /// `!sched.none_layout` or `!sched.multi_output_layout` type.
  Value buffer(StringRef name, Type type);
  /// `sched.mutation`: a new version `name` of `target`, written in place.
  /// Its type is `target`'s layout unless `type` is given (an extern kernel's
  /// mutation may be a `!sched.none_layout`).
  Value mutation(StringRef name, Value target, Type type = {});
  /// `sched.alias`: buffer `name` sharing `base`'s storage with layout `type`.
  Value alias(StringRef name, Value base, BufferType type);
  /// `sched.view`: `base`'s storage seen with layout `type`.
  Value view(Value base, BufferType type);

  /// `sched.node`: a loop-body node writing `writes` over iteration `ranges`
  /// and reduction ranges `reduce` (empty for a pointwise node); `body`
  /// builds its loop body.
  NodeOp node(StringRef name, ValueRange writes, ArrayRef<int64_t> ranges,
              ArrayRef<int64_t> reduce,
              function_ref<void(NodeBodyBuilder &)> body);
  /// The same with (possibly symbolic) range expressions.
  NodeOp node(StringRef name, ValueRange writes, ArrayRef<IndexExprAttr> ranges,
              ArrayRef<IndexExprAttr> reduce,
              function_ref<void(NodeBodyBuilder &)> body);

  /// `sched.extern`: a call of `kernel`. Set `side_effects`,
  /// `defines_symbols` and `constant_args` on the returned op.
  ExternOp externKernel(StringRef name, StringRef kernel, ValueRange inputs,
                        ValueRange writes);
  /// `sched.nop`: an operation that generates no kernel.
  NopOp nop(StringRef name, ValueRange inputs, ValueRange writes);
  /// `sched.multi_output`: element `indices` of the tuple `source`, written
  /// to `writes`.
  MultiOutputOp multiOutput(StringRef name, Value source,
                            ArrayRef<int64_t> indices, Value writes);

  /// `sched.output`: the graph outputs. Ops created afterwards go before it.
  OutputOp output(ValueRange outputs);

  /// Ends the graph with an empty `sched.output` unless `output` was called,
  /// and returns it.
  GraphOp finish();

private:
  GraphBuilder(ImplicitLocOpBuilder builder, StringRef name,
               ArrayRef<SizeSymbol> symbols);

  ImplicitLocOpBuilder builder;
  GraphOp graph;
};

} // namespace mlir::inductor_sched::sched

#endif // INDUCTORSCHED_DIALECT_SCHED_IR_GRAPHBUILDER_H
