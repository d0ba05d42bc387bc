//===- GraphBuilder.cpp - Build sched graphs from C++ ---------------------===//

#include "InductorSched/Dialect/Sched/IR/GraphBuilder.h"

#include "mlir/AsmParser/AsmParser.h"
#include "mlir/Dialect/Arith/IR/Arith.h"
#include "llvm/ADT/STLExtras.h"
#include "llvm/Support/ErrorHandling.h"

using namespace mlir;
using namespace mlir::inductor_sched::sched;

//===----------------------------------------------------------------------===//
// Index expression helpers
//===----------------------------------------------------------------------===//

SmallVector<int64_t>
mlir::inductor_sched::sched::getContiguousStrides(ArrayRef<int64_t> sizes) {
  SmallVector<int64_t> strides(sizes.size());
  int64_t stride = 1;
  for (size_t k = sizes.size(); k-- > 0;) {
    strides[k] = stride;
    stride *= sizes[k];
  }
  return strides;
}

IndexExprAttr mlir::inductor_sched::sched::linearIndex(
    MLIRContext *ctx, ArrayRef<int64_t> strides, int64_t offset) {
  AffineExpr expr = getAffineConstantExpr(offset, ctx);
  for (auto [k, stride] : llvm::enumerate(strides))
    expr = expr + getAffineDimExpr(k, ctx) * stride;
  return IndexExprAttr::get(ctx, expr, {});
}

FailureOr<IndexExprAttr>
mlir::inductor_sched::sched::parseIndexExpr(MLIRContext *ctx, StringRef text) {
  Attribute attr = parseAttribute(("#sched.index<" + text + ">").str(), ctx);
  if (!attr)
    return failure();
  auto index = dyn_cast<IndexExprAttr>(attr);
  if (!index)
    return emitError(UnknownLoc::get(ctx))
           << "'" << text << "' is not an index expression";
  return index;
}

IndexExprAttr IndexArg::resolve(MLIRContext *ctx) const {
  if (auto *attr = std::get_if<IndexExprAttr>(&value))
    return *attr;
  if (auto *expr = std::get_if<AffineExpr>(&value))
    return IndexExprAttr::get(ctx, *expr, {});
  StringRef text = std::get<StringRef>(value);
  FailureOr<IndexExprAttr> attr = parseIndexExpr(ctx, text);
  if (failed(attr))
    llvm::report_fatal_error(llvm::Twine("invalid index expression '") + text +
                             "'");
  return *attr;
}

//===----------------------------------------------------------------------===//
// NodeBodyBuilder
//===----------------------------------------------------------------------===//

Value NodeBodyBuilder::load(Value buffer, IndexArg index, ValueRange indirect) {
  return LoadOp::create(builder, buffer, index.resolve(getContext()), indirect);
}

StoreOp NodeBodyBuilder::store(Value value, Value buffer, IndexArg index,
                               ValueRange indirect,
                               std::optional<StoreMode> mode) {
  StoreModeAttr modeAttr =
      mode ? StoreModeAttr::get(getContext(), *mode) : StoreModeAttr();
  return StoreOp::create(builder, value, buffer, index.resolve(getContext()),
                         indirect, modeAttr);
}

ValueRange NodeBodyBuilder::reduction(ReductionKind kind, ValueRange inputs) {
  assert(!inputs.empty() && "a reduction needs an input");
  Type type = inputs.front().getType();
  SmallVector<Type> results;
  switch (kind) {
  case ReductionKind::sum:
  case ReductionKind::prod:
  case ReductionKind::max:
  case ReductionKind::min:
  case ReductionKind::any:
  case ReductionKind::xor_sum:
    results.push_back(type);
    break;
  case ReductionKind::argmax:
  case ReductionKind::argmin:
    results.push_back(builder.getI64Type());
    break;
  case ReductionKind::welford_reduce:
    results.assign(3, type);
    break;
  case ReductionKind::welford_combine:
    llvm::append_range(results, inputs.getTypes());
    break;
  }
  return ReductionOp::create(builder, results, kind, inputs).getResults();
}

StoreReductionOp NodeBodyBuilder::storeReduction(Value value, Value buffer,
                                                 IndexArg index) {
  return StoreReductionOp::create(builder, value, buffer,
                                  index.resolve(getContext()));
}

Value NodeBodyBuilder::indexExpr(IndexArg index, IntegerType type,
                                 ValueRange indirect) {
  return IndexExprOp::create(builder, type, index.resolve(getContext()),
                             indirect);
}

Value NodeBodyBuilder::indirectIndexing(Value value, IndexArg size, bool check,
                                        bool wrapNeg) {
  return IndirectIndexingOp::create(builder, builder.getIndexType(), value,
                                    size.resolve(getContext()), check, wrapNeg);
}

Value NodeBodyBuilder::constant(double value, FloatType type) {
  return arith::ConstantOp::create(builder, builder.getFloatAttr(type, value));
}

Value NodeBodyBuilder::constant(int64_t value, IntegerType type) {
  return arith::ConstantOp::create(builder,
                                   builder.getIntegerAttr(type, value));
}

Value NodeBodyBuilder::masked(Value mask, TypedAttr other,
                              function_ref<Value(NodeBodyBuilder &)> body) {
  auto op = MaskedOp::create(builder, other.getType(), mask, other);
  OpBuilder::InsertionGuard guard(builder);
  builder.setInsertionPointToStart(&op.getBody().emplaceBlock());
  YieldOp::create(builder, body(*this));
  return op.getResult();
}

//===----------------------------------------------------------------------===//
// GraphBuilder
//===----------------------------------------------------------------------===//

/// Constant index expressions.
static SmallVector<IndexExprAttr> toIndexExprs(MLIRContext *ctx,
                                               ArrayRef<int64_t> values) {
  return llvm::map_to_vector(
      values, [&](int64_t v) { return IndexExprAttr::get(ctx, v); });
}

GraphBuilder::GraphBuilder(ModuleOp module, StringRef name,
                           ArrayRef<SizeSymbol> symbols)
    : GraphBuilder(
          ImplicitLocOpBuilder::atBlockEnd(module.getLoc(), module.getBody()),
          name, symbols) {}

GraphBuilder::GraphBuilder(OpBuilder &builder, Location loc, StringRef name,
                           ArrayRef<SizeSymbol> symbols)
    : GraphBuilder(ImplicitLocOpBuilder(loc, builder), name, symbols) {}

GraphBuilder::GraphBuilder(ImplicitLocOpBuilder b, StringRef name,
                           ArrayRef<SizeSymbol> symbols)
    : builder(std::move(b)) {
  SmallVector<Attribute> names;
  SmallVector<int64_t> hints;
  for (const SizeSymbol &s : symbols) {
    names.push_back(builder.getStringAttr(s.name));
    hints.push_back(s.hint);
  }
  graph = GraphOp::create(builder, name, builder.getArrayAttr(names), hints,
                          /*no_fuse_buffers=*/ArrayAttr());
  builder.setInsertionPointToEnd(&graph.getBody().emplaceBlock());
}

BufferType GraphBuilder::bufferType(ArrayRef<int64_t> sizes, Type dtype,
                                    StringRef device) {
  MLIRContext *ctx = getContext();
  return bufferType(toIndexExprs(ctx, sizes),
                    toIndexExprs(ctx, getContiguousStrides(sizes)),
                    IndexExprAttr::get(ctx, 0), dtype, device);
}

BufferType GraphBuilder::bufferType(ArrayRef<IndexExprAttr> sizes,
                                    ArrayRef<IndexExprAttr> strides,
                                    IndexExprAttr offset, Type dtype,
                                    StringRef device) {
  return BufferType::getChecked([&] { return emitError(builder.getLoc()); },
                                getContext(), sizes, dtype, strides, offset,
                                builder.getStringAttr(device));
}

Value GraphBuilder::input(StringRef name, BufferType type) {
  return InputOp::create(builder, type, name);
}

Value GraphBuilder::constant(StringRef name, BufferType type) {
  return InputOp::create(builder, type, name, /*constant=*/true);
}

Value GraphBuilder::buffer(StringRef name, Type type) {
  return BufferOp::create(builder, type, name);
}

Value GraphBuilder::mutation(StringRef name, Value target, Type type) {
  return MutationOp::create(builder, type ? type : target.getType(), name,
                            target);
}

Value GraphBuilder::alias(StringRef name, Value base, BufferType type) {
  return AliasOp::create(builder, type, name, base);
}

Value GraphBuilder::view(Value base, BufferType type) {
  return ViewOp::create(builder, type, base);
}

NodeOp GraphBuilder::node(StringRef name, ValueRange writes,
                          ArrayRef<int64_t> ranges, ArrayRef<int64_t> reduce,
                          function_ref<void(NodeBodyBuilder &)> body) {
  MLIRContext *ctx = getContext();
  return node(name, writes, toIndexExprs(ctx, ranges),
              toIndexExprs(ctx, reduce), body);
}

NodeOp GraphBuilder::node(StringRef name, ValueRange writes,
                          ArrayRef<IndexExprAttr> ranges,
                          ArrayRef<IndexExprAttr> reduce,
                          function_ref<void(NodeBodyBuilder &)> body) {
  auto toArray = [&](ArrayRef<IndexExprAttr> exprs) {
    return builder.getArrayAttr(
        SmallVector<Attribute>(exprs.begin(), exprs.end()));
  };
  auto op =
      NodeOp::create(builder, name, writes, toArray(ranges), toArray(reduce));
  ImplicitLocOpBuilder bodyBuilder = ImplicitLocOpBuilder::atBlockBegin(
      builder.getLoc(), &op.getBody().emplaceBlock(), builder.getListener());
  NodeBodyBuilder nodeBody(bodyBuilder);
  body(nodeBody);
  return op;
}

ExternOp GraphBuilder::externKernel(StringRef name, StringRef kernel,
                                    ValueRange inputs, ValueRange writes) {
  return ExternOp::create(builder, name, kernel, inputs, writes,
                          /*side_effects=*/false, /*defines_symbols=*/{},
                          /*constant_args=*/{}, /*ir_class=*/StringAttr());
}

NopOp GraphBuilder::nop(StringRef name, ValueRange inputs, ValueRange writes) {
  return NopOp::create(builder, name, inputs, writes, /*ir_class=*/StringAttr());
}

MultiOutputOp GraphBuilder::multiOutput(StringRef name, Value source,
                                        ArrayRef<int64_t> indices,
                                        Value writes) {
  return MultiOutputOp::create(builder, name, source, indices, writes);
}

OutputOp GraphBuilder::output(ValueRange outputs) {
  assert((graph.getBodyBlock().empty() ||
          !isa<OutputOp>(graph.getBodyBlock().back())) &&
         "the graph already has a sched.output");
  auto op = OutputOp::create(builder, outputs);
  builder.setInsertionPoint(op);
  return op;
}

GraphOp GraphBuilder::finish() {
  Block &block = graph.getBodyBlock();
  if (block.empty() || !isa<OutputOp>(block.back()))
    output({});
  return graph;
}
