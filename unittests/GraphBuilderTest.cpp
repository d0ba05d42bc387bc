//===- GraphBuilderTest.cpp - Building sched graphs from C++ --------------===//
//
// Builds the graphs of Inductor's dumps (../shared/inductor-dumps) with
// GraphBuilder, verifies them and compares their printed form.
//
//===----------------------------------------------------------------------===//

#include "InductorSched/Dialect/Sched/IR/GraphBuilder.h"
#include "InductorSched/InitAll.h"

#include "mlir/AsmParser/AsmParser.h"
#include "mlir/Dialect/Arith/IR/Arith.h"
#include "mlir/Dialect/Math/IR/Math.h"
#include "mlir/IR/BuiltinOps.h"
#include "mlir/IR/Diagnostics.h"
#include "mlir/IR/DialectRegistry.h"
#include "mlir/IR/MLIRContext.h"
#include "mlir/IR/OwningOpRef.h"
#include "mlir/IR/Verifier.h"
#include "mlir/Parser/Parser.h"

#include "gtest/gtest.h"

using namespace mlir;
using namespace mlir::inductor_sched;
using namespace mlir::inductor_sched::sched;

namespace {

class GraphBuilderTest : public ::testing::Test {
protected:
  GraphBuilderTest() {
    DialectRegistry registry;
    registerAllDialects(registry);
    ctx.appendDialectRegistry(registry);
    ctx.loadAllAvailableDialects();
    module = ModuleOp::create(UnknownLoc::get(&ctx));
  }

  /// Verifies the module, recording the first diagnostic in `message`.
  LogicalResult verifyModule() {
    message.clear();
    ScopedDiagnosticHandler handler(&ctx, [&](Diagnostic &diag) {
      if (message.empty())
        message = diag.str();
      return success();
    });
    return verify(*module);
  }

  static std::string print(Operation *op) {
    std::string s;
    llvm::raw_string_ostream os(s);
    op->print(os);
    return s;
  }

  FloatType f32() { return Float32Type::get(&ctx); }

  MLIRContext ctx;
  OwningOpRef<ModuleOp> module;
  std::string message;
};

//===----------------------------------------------------------------------===//
// Helpers
//===----------------------------------------------------------------------===//

TEST_F(GraphBuilderTest, IndexHelpers) {
  EXPECT_EQ(getContiguousStrides({8, 16, 4}), (SmallVector<int64_t>{64, 4, 1}));
  EXPECT_TRUE(getContiguousStrides({}).empty());

  FailureOr<IndexExprAttr> parsed = parseIndexExpr(&ctx, "p1 + 16*p0");
  ASSERT_TRUE(succeeded(parsed));
  EXPECT_EQ(linearIndex(&ctx, {16, 1}), *parsed);
  EXPECT_EQ(linearIndex(&ctx, {1, 4096}, 4),
            *parseIndexExpr(&ctx, "p0 + 4096*p1 + 4"));
  EXPECT_EQ(linearIndex(&ctx, {}), IndexExprAttr::get(&ctx, 0));

  ScopedDiagnosticHandler handler(&ctx, [&](Diagnostic &diag) {
    message = diag.str();
    return success();
  });
  EXPECT_TRUE(failed(parseIndexExpr(&ctx, "16*p0 +")));
  EXPECT_FALSE(message.empty());
}

TEST_F(GraphBuilderTest, BufferTypes) {
  GraphBuilder g(*module, "types", {{"s0", 64}});
  BufferType contiguous = g.bufferType({8, 16}, f32(), "cuda:0");
  ASSERT_TRUE(contiguous);
  EXPECT_EQ(Type(contiguous),
            parseType("!sched.buffer<[8, 16], f32, strides = [16, 1], "
                      "device = \"cuda:0\">",
                      &ctx));
  BufferType scalar = g.bufferType({}, IntegerType::get(&ctx, 64), "cpu");
  ASSERT_TRUE(scalar);
  EXPECT_EQ(scalar.getRank(), 0u);

  IndexExprAttr s0 = *parseIndexExpr(&ctx, "s0");
  BufferType symbolic = g.bufferType(
      {s0, IndexExprAttr::get(&ctx, 16)}, {IndexExprAttr::get(&ctx, 1), s0},
      IndexExprAttr::get(&ctx, 4), f32(), "cuda:0");
  ASSERT_TRUE(symbolic);
  EXPECT_EQ(Type(symbolic),
            parseType("!sched.buffer<[s0, 16], f32, strides = [1, s0], "
                      "offset = 4, device = \"cuda:0\">",
                      &ctx));

  ScopedDiagnosticHandler handler(&ctx, [&](Diagnostic &diag) {
    message = diag.str();
    return success();
  });
  EXPECT_FALSE(g.bufferType({8}, f32(), "gpu:first"));
  EXPECT_EQ(message, "invalid device 'gpu:first'");
}

//===----------------------------------------------------------------------===//
// Graphs of Inductor's dumps
//===----------------------------------------------------------------------===//

// examples/seed_add_sum_8x16.cuda.mlir: (a + b).sum(1).
TEST_F(GraphBuilderTest, SeedAddSum) {
  GraphBuilder g(*module, "seed_add_sum_8x16");
  BufferType in = g.bufferType({8, 16}, f32(), "cuda:0");
  BufferType out = g.bufferType({8}, f32(), "cuda:0");
  Value arg0 = g.input("arg0_1", in);
  Value arg1 = g.input("arg1_1", in);
  Value buf0 = g.buffer("buf0", out);
  NodeOp op0 = g.node(
      "op0", buf0, /*ranges=*/{8}, /*reduce=*/{16}, [&](NodeBodyBuilder &body) {
        Value a = body.load(arg0, "16*p0 + p1");
        Value b = body.load(arg1, linearIndex(&ctx, {16, 1}));
        Value sum = arith::AddFOp::create(body.getBuilder(), a, b);
        Value r = body.reduction(ReductionKind::sum, sum)[0];
        body.storeReduction(r, buf0, "p0");
      });
  g.output(buf0);
  GraphOp graph = g.finish();

  EXPECT_EQ(graph.getSymName(), "seed_add_sum_8x16");
  EXPECT_TRUE(op0.isReduction());
  EXPECT_EQ(op0.getNumLoopVars(), 2u);
  ASSERT_TRUE(succeeded(verifyModule())) << message;
  EXPECT_EQ(
      print(*module),
      R"(!f32_8 = !sched.buffer<[8], f32, strides = [1], device = "cuda:0">
!f32_8x16 = !sched.buffer<[8, 16], f32, strides = [16, 1], device = "cuda:0">
module {
  sched.graph @seed_add_sum_8x16 {
    %arg0_1 = sched.input "arg0_1" : !f32_8x16
    %arg1_1 = sched.input "arg1_1" : !f32_8x16
    %buf0 = sched.buffer "buf0" : !f32_8
    sched.node "op0" writes(%buf0 : !f32_8) ranges [8] reduce [16] {
      %0 = sched.load %arg0_1[16*p0 + p1] : !f32_8x16
      %1 = sched.load %arg1_1[16*p0 + p1] : !f32_8x16
      %2 = arith.addf %0, %1 : f32
      %3 = sched.reduction sum %2 : f32 -> f32
      sched.store_reduction %3, %buf0[p0] : !f32_8
    }
    sched.output %buf0 : !f32_8
  }
}
)");
}

// input_mutation: x.add_(1.0); return x * y. The in-place add is buf2, a
// mutation of arg0_1 written by op2.
TEST_F(GraphBuilderTest, InputMutation) {
  GraphBuilder g(*module, "input_mutation");
  BufferType t = g.bufferType({8192, 4096}, f32(), "cuda:0");
  IndexExprAttr index = linearIndex(&ctx, {4096, 1});
  Value x = g.input("arg0_1", t);
  Value y = g.input("arg1_1", t);
  Value buf0 = g.buffer("buf0", t);
  g.node("op0", buf0, {8192, 4096}, {}, [&](NodeBodyBuilder &body) {
    Value a = body.load(x, index);
    Value one = body.constant(1.0, f32());
    Value add = arith::AddFOp::create(body.getBuilder(), a, one);
    Value b = body.load(y, index);
    Value mul = arith::MulFOp::create(body.getBuilder(), add, b);
    body.store(mul, buf0, index);
  });
  Value buf1 = g.buffer("buf1", t);
  g.node("op1", buf1, {8192, 4096}, {}, [&](NodeBodyBuilder &body) {
    Value a = body.load(x, index);
    Value one = body.constant(1.0, f32());
    body.store(arith::AddFOp::create(body.getBuilder(), a, one), buf1, index);
  });
  Value buf2 = g.mutation("buf2", x);
  g.node("op2", buf2, {8192, 4096}, {}, [&](NodeBodyBuilder &body) {
    body.store(body.load(buf1, index), buf2, index);
  });
  g.output({buf0, buf2});
  g.finish();

  ASSERT_TRUE(succeeded(verifyModule())) << message;
  EXPECT_EQ(buf2.getType(), x.getType());
  std::string text = print(*module);
  EXPECT_NE(text.find(R"(%buf2 = sched.mutation "buf2" mutates(%arg0_1 : )"),
            std::string::npos)
      << text;
  EXPECT_NE(text.find(R"(sched.output %buf0, %buf2 : )"), std::string::npos)
      << text;

  // The printed graph parses back to the same text.
  OwningOpRef<ModuleOp> reparsed = parseSourceString<ModuleOp>(text, &ctx);
  ASSERT_TRUE(reparsed);
  EXPECT_EQ(print(*reparsed), text);
}

TEST_F(GraphBuilderTest, WritingAGraphInputFailsVerification) {
  GraphBuilder g(*module, "bad");
  BufferType t = g.bufferType({8}, f32(), "cuda:0");
  Value x = g.input("arg0_1", t);
  g.node("op0", x, {8}, {}, [&](NodeBodyBuilder &body) {
    body.store(body.constant(0.0, f32()), x, "p0");
  });
  g.finish();

  EXPECT_TRUE(failed(verifyModule()));
  EXPECT_NE(message.find("writes graph input 'arg0_1'"), std::string::npos)
      << message;
}

//===----------------------------------------------------------------------===//
// The rest of the API
//===----------------------------------------------------------------------===//

// Size symbols, constants, views, indirect loads, masks, index_expr, store
// modes and welford reductions.
TEST_F(GraphBuilderTest, SymbolsIndirectAndMasked) {
  GraphBuilder g(*module, "embedding", {{"s0", 64}});
  IntegerType i64 = IntegerType::get(&ctx, 64);
  IndexExprAttr s0 = *parseIndexExpr(&ctx, "s0");
  auto c = [&](int64_t v) { return IndexExprAttr::get(&ctx, v); };
  BufferType table = g.bufferType({100, 64}, f32(), "cuda:0");
  BufferType ids =
      g.bufferType({s0}, {c(1)}, c(0), IntegerType::get(&ctx, 64), "cuda:0");
  BufferType emb =
      g.bufferType({s0, c(64)}, {c(64), c(1)}, c(0), f32(), "cuda:0");
  BufferType flat = g.bufferType({c(6400)}, {c(1)}, c(0), f32(), "cuda:0");
  BufferType stats = g.bufferType({s0}, {c(1)}, c(0), f32(), "cuda:0");

  Value weights = g.constant("_frozen_param0", table);
  Value indices = g.input("arg0_1", ids);
  Value weightsFlat = g.view(weights, flat);
  Value buf0 = g.buffer("buf0", emb);
  g.node("op0", buf0, {s0, c(64)}, {}, [&](NodeBodyBuilder &body) {
    Value id = body.load(indices, "p0");
    Value i = body.indirectIndexing(id, "100");
    Value e = body.load(weightsFlat, "64*indirect0 + p1", i);
    Value p = body.indexExpr("p1", i64);
    Value inBounds = arith::CmpIOp::create(
        body.getBuilder(), arith::CmpIPredicate::sgt, p, body.constant(0, i64));
    Value prev = body.masked(
        inBounds, FloatAttr::get(f32(), 0.0), [&](NodeBodyBuilder &inner) {
          return inner.load(weightsFlat, "64*indirect0 + p1 - 1", i);
        });
    Value sum = arith::AddFOp::create(body.getBuilder(), e, prev);
    Value exp = math::ExpOp::create(body.getBuilder(), sum);
    body.store(exp, buf0,
               getAffineDimExpr(0, &ctx) * 64 + getAffineDimExpr(1, &ctx), {},
               StoreMode::atomic_add);
  });
  Value mean = g.buffer("buf1", stats);
  Value m2 = g.buffer("buf2", stats);
  Value weight = g.buffer("buf3", stats);
  g.node("op1", {mean, m2, weight}, {s0}, {c(64)}, [&](NodeBodyBuilder &body) {
    Value v = body.load(buf0, "64*p0 + p1");
    ValueRange w = body.reduction(ReductionKind::welford_reduce, v);
    ASSERT_EQ(w.size(), 3u);
    body.storeReduction(w[0], mean, "p0");
    body.storeReduction(w[1], m2, "p0");
    body.storeReduction(w[2], weight, "p0");
  });
  g.finish();

  ASSERT_TRUE(succeeded(verifyModule())) << message;
  std::string text = print(*module);
  for (StringRef expected :
       {R"(sched.graph @embedding symbols(s0 = 64) {)",
        R"(sched.input "_frozen_param0" constant : )",
        R"(%2 = sched.indirect_indexing %1 size 100 check wrap_neg : i64)",
        R"([64*indirect0 + p1] indirect(%2))", R"(sched.index_expr [p1] : i64)",
        R"(sched.masked %5 -> f32 other 0.000000e+00 {)",
        R"([64*indirect0 + p1 - 1] indirect(%2))",
        R"(%buf0[64*p0 + p1] mode = atomic_add :)",
        R"(sched.reduction welford_reduce %1 : f32 -> f32, f32, f32)",
        R"(sched.output
)"})
    EXPECT_NE(text.find(expected.str()), std::string::npos)
        << "missing '" << expected.str() << "' in\n"
        << text;

  OwningOpRef<ModuleOp> reparsed = parseSourceString<ModuleOp>(text, &ctx);
  ASSERT_TRUE(reparsed);
  EXPECT_EQ(print(*reparsed), text);
}

// Extern kernels, nop kernels, aliases, multi-output, NoneLayout, argmax,
// and ops created after sched.output going before it.
TEST_F(GraphBuilderTest, ExternNopAliasAndMultiOutput) {
  OpBuilder builder(&ctx);
  builder.setInsertionPointToEnd(module->getBody());
  GraphBuilder g(builder, NameLoc::get(StringAttr::get(&ctx, "fx_graph")),
                 "externs");
  BufferType a = g.bufferType({8, 16}, f32(), "cuda:0");
  BufferType b = g.bufferType({16, 4}, f32(), "cuda:0");
  BufferType cat = g.bufferType({8, 8}, f32(), "cuda:0");
  auto c = [&](int64_t v) { return IndexExprAttr::get(&ctx, v); };
  BufferType half =
      g.bufferType({c(8), c(4)}, {c(8), c(1)}, c(0), f32(), "cuda:0");
  BufferType half2 =
      g.bufferType({c(8), c(4)}, {c(8), c(1)}, c(4), f32(), "cuda:0");
  BufferType idx = g.bufferType({8}, IntegerType::get(&ctx, 64), "cuda:0");
  auto none = NoneLayoutType::get(&ctx, StringAttr::get(&ctx, "cuda:0"));
  auto tuple =
      MultiOutputLayoutType::get(&ctx, StringAttr::get(&ctx, "cuda:0"));

  Value arg0 = g.input("arg0_1", a);
  Value arg1 = g.input("arg1_1", b);
  Value buf0 = g.buffer("buf0", g.bufferType({8, 4}, f32(), "cuda:0"));
  ExternOp mm = g.externKernel("op0", "extern_kernels.mm", {arg0, arg1}, buf0);
  Value buf1 = g.buffer("buf1", cat);
  Value buf2 = g.alias("buf2", buf1, half);
  Value buf3 = g.alias("buf3", buf1, half2);
  g.node("op1", buf2, {8, 4}, {}, [&](NodeBodyBuilder &body) {
    body.store(body.load(buf0, "4*p0 + p1"), buf2, "8*p0 + p1");
  });
  g.node("op2", buf3, {8, 4}, {}, [&](NodeBodyBuilder &body) {
    body.store(body.load(buf0, "4*p0 + p1"), buf3, "8*p0 + p1 + 4");
  });
  g.nop("op3", {buf2, buf3}, buf1);
  g.output(buf1);

  // After sched.output: still inserted before it.
  Value buf4 = g.buffer("buf4", tuple);
  g.externKernel("op4", "aten.sort", buf1, buf4);
  Value buf5 = g.buffer("buf5", cat);
  g.multiOutput("op5", buf4, {0}, buf5);
  Value buf6 = g.buffer("buf6", idx);
  g.node("op6", buf6, {8}, {8}, [&](NodeBodyBuilder &body) {
    Value v = body.load(buf5, "8*p0 + p1");
    body.storeReduction(body.reduction(ReductionKind::argmax, v)[0], buf6,
                        "p0");
  });
  Value buf7 = g.buffer("buf7", none);
  ExternOp check = g.externKernel("op7", "aten._assert_async.msg", {}, buf7);
  check.setSideEffects(true);
  Value buf8 = g.mutation("buf8", arg0, none);
  g.externKernel("op8", "aten.relu_", arg0, buf8);
  GraphOp graph = g.finish();

  ASSERT_TRUE(succeeded(verifyModule())) << message;
  EXPECT_TRUE(isa<OutputOp>(graph.getBodyBlock().back()));
  EXPECT_EQ(graph->getLoc(), NameLoc::get(StringAttr::get(&ctx, "fx_graph")));
  EXPECT_EQ(mm.getKernel(), "extern_kernels.mm");
  std::string text = print(*module);
  for (StringRef expected :
       {R"(sched.extern "op0" "extern_kernels.mm"(%arg0_1, %arg1_1 : )",
        R"(%buf2 = sched.alias "buf2" aliases(%buf1 : )",
        R"(sched.nop "op3"(%buf2, %buf3 : )",
        R"(sched.multi_output "op5" %buf4[0] writes(%buf5 : )",
        R"(sched.reduction argmax %0 : f32 -> i64)",
        R"(writes(%buf7 : !sched.none_layout<"cuda:0">) side_effects)",
        R"(%buf8 = sched.mutation "buf8" mutates(%arg0_1 : !f32_8x16) : )"
        R"(!sched.none_layout<"cuda:0">)",
        R"(sched.output %buf1 : !f32_8x8
  })"})
    EXPECT_NE(text.find(expected.str()), std::string::npos)
        << "missing '" << expected.str() << "' in\n"
        << text;
}

} // namespace
