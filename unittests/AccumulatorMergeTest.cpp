//===- AccumulatorMergeTest.cpp - Merging partial reductions -------------===//
//
// The GPU lowering merges threads' partial accumulators in an order that is
// not the points' order, so mergeAccumulators must give the serial result
// whatever the split: argmax/argmin keep the first position among equal
// values and among NaNs (torch's rule), Welford triples merge by Chan's
// formula. Each case builds the merge on constants and folds it.
//
//===----------------------------------------------------------------------===//

#include "InductorSched/Conversion/LoopBody.h"
#include "InductorSched/InitAll.h"

#include "mlir/Dialect/Arith/IR/Arith.h"
#include "mlir/Dialect/Func/IR/FuncOps.h"
#include "mlir/IR/BuiltinOps.h"
#include "mlir/IR/Matchers.h"
#include "mlir/Parser/Parser.h"
#include "mlir/Transforms/GreedyPatternRewriteDriver.h"

#include "gtest/gtest.h"

#include <cmath>
#include <limits>

using namespace mlir;
using namespace mlir::inductor_sched;

namespace {

class AccumulatorMergeTest : public ::testing::Test {
protected:
  AccumulatorMergeTest() {
    DialectRegistry registry;
    registerAllDialects(registry);
    ctx.appendDialectRegistry(registry);
    ctx.loadAllAvailableDialects();
  }

  /// The reduction of a one-node graph: `kind` over `in`, result `out`.
  sched::ReductionOp reduction(StringRef kind, StringRef in, StringRef out) {
    std::string results = kind.starts_with("welford")
                              ? (out + ", " + out + ", " + out).str()
                              : out.str();
    std::string text = (R"(
      !x = !sched.buffer<[8], )" + in + R"(, strides = [1], device = "cuda:0">
      !r = !sched.buffer<[1], )" + out + R"(, strides = [1], device = "cuda:0">
      sched.graph @g {
        %x = sched.input "x" : !x
        %buf0 = sched.buffer "buf0" : !r
        sched.node "op0" writes(%buf0 : !r) ranges [1] reduce [8] {
          %l = sched.load %x[p1] : !x
          %v:)" + std::to_string(kind.starts_with("welford") ? 3 : 1) +
                       " = sched.reduction " + kind + " %l : " + in + " -> " +
                       results + R"(
          sched.store_reduction %v#0, %buf0[0] : !r
        }
        sched.output %buf0 : !r
      })")
                           .str();
    module = parseSourceString<ModuleOp>(text, &ctx);
    EXPECT_TRUE(module);
    sched::ReductionOp red;
    module->walk([&](sched::ReductionOp op) { red = op; });
    return red;
  }

  /// mergeAccumulators(a, other) on constants, folded: the merged values.
  SmallVector<Attribute> merge(sched::ReductionOp red, ArrayRef<double> a,
                               ArrayRef<double> other) {
    OpBuilder b(&ctx);
    b.setInsertionPointToEnd(module->getBody());
    Location loc = b.getUnknownLoc();
    Accumulator acc{red, {}, 0, false};
    SmallVector<Type> types;
    bool arg = red.getKind() == sched::ReductionKind::argmax ||
               red.getKind() == sched::ReductionKind::argmin;
    for (size_t i = 0; i < a.size(); ++i)
      types.push_back(arg && i == 1 ? red.getResults().front().getType()
                      : arg         ? red.getInputs().front().getType()
                                    : red.getResults().front().getType());
    auto func = func::FuncOp::create(b, loc, "merge",
                                     b.getFunctionType({}, types));
    b.setInsertionPointToStart(func.addEntryBlock());
    auto constants = [&](ArrayRef<double> vals) {
      SmallVector<Value> out;
      for (auto [v, t] : llvm::zip(vals, types))
        out.push_back(constantOf(b, loc, t, v, static_cast<int64_t>(v)));
      return out;
    };
    SmallVector<Value> merged =
        mergeAccumulators(b, acc, constants(a), constants(other));
    func::ReturnOp::create(b, loc, merged);
    (void)applyPatternsGreedily(func, RewritePatternSet(&ctx));
    SmallVector<Attribute> out;
    auto ret = cast<func::ReturnOp>(func.getBody().front().getTerminator());
    for (Value v : ret.getOperands()) {
      Attribute attr;
      EXPECT_TRUE(matchPattern(v, m_Constant(&attr))) << "did not fold";
      out.push_back(attr);
    }
    func.erase();
    return out;
  }

  static double f(Attribute a) {
    return cast<FloatAttr>(a).getValueAsDouble();
  }
  static int64_t i(Attribute a) { return cast<IntegerAttr>(a).getInt(); }

  MLIRContext ctx;
  OwningOpRef<ModuleOp> module;
};

const double kNaN = std::numeric_limits<double>::quiet_NaN();

TEST_F(AccumulatorMergeTest, ArgmaxKeepsTheFirstOfEqualValues) {
  sched::ReductionOp red = reduction("argmax", "f32", "i64");
  // (value, position): equal values, the lower position wins either way.
  auto m = merge(red, {1.0, 5}, {1.0, 3});
  EXPECT_EQ(f(m[0]), 1.0);
  EXPECT_EQ(i(m[1]), 3);
  m = merge(red, {1.0, 3}, {1.0, 5});
  EXPECT_EQ(i(m[1]), 3);
  // A larger value wins wherever it is.
  m = merge(red, {2.0, 5}, {1.0, 3});
  EXPECT_EQ(f(m[0]), 2.0);
  EXPECT_EQ(i(m[1]), 5);
}

TEST_F(AccumulatorMergeTest, ArgmaxNaNIsTheLargest) {
  sched::ReductionOp red = reduction("argmax", "f32", "i64");
  auto m = merge(red, {5.0, 2}, {kNaN, 9});
  EXPECT_TRUE(std::isnan(f(m[0])));
  EXPECT_EQ(i(m[1]), 9);
  m = merge(red, {kNaN, 7}, {5.0, 2});
  EXPECT_EQ(i(m[1]), 7);
  // Two NaNs: the first position.
  m = merge(red, {kNaN, 7}, {kNaN, 2});
  EXPECT_EQ(i(m[1]), 2);
}

TEST_F(AccumulatorMergeTest, ArgminAndIntegers) {
  auto m = merge(reduction("argmin", "f32", "i64"), {1.0, 5}, {0.0, 9});
  EXPECT_EQ(i(m[1]), 9);
  m = merge(reduction("argmin", "f32", "i64"), {0.0, 4}, {0.0, 9});
  EXPECT_EQ(i(m[1]), 4);
  m = merge(reduction("argmax", "i64", "i64"), {3, 6}, {3, 1});
  EXPECT_EQ(i(m[0]), 3);
  EXPECT_EQ(i(m[1]), 1);
}

TEST_F(AccumulatorMergeTest, WelfordMergesByChan) {
  // {1} and {3}: mean 2, m2 (1-2)^2 + (3-2)^2 = 2, weight 2.
  auto m = merge(reduction("welford_reduce", "f32", "f32"), {1.0, 0.0, 1.0},
                 {3.0, 0.0, 1.0});
  EXPECT_DOUBLE_EQ(f(m[0]), 2.0);
  EXPECT_DOUBLE_EQ(f(m[1]), 2.0);
  EXPECT_DOUBLE_EQ(f(m[2]), 2.0);
  // An empty partial (weight 0) changes nothing.
  m = merge(reduction("welford_reduce", "f32", "f32"), {4.0, 1.5, 3.0},
            {0.0, 0.0, 0.0});
  EXPECT_DOUBLE_EQ(f(m[0]), 4.0);
  EXPECT_DOUBLE_EQ(f(m[1]), 1.5);
  EXPECT_DOUBLE_EQ(f(m[2]), 3.0);
}

TEST_F(AccumulatorMergeTest, SumAndMax) {
  auto m = merge(reduction("sum", "f32", "f32"), {1.5}, {2.25});
  EXPECT_DOUBLE_EQ(f(m[0]), 3.75);
  m = merge(reduction("max", "f32", "f32"), {1.5}, {kNaN});
  EXPECT_TRUE(std::isnan(f(m[0]))); // NaN propagates, as Inductor's max
}

} // namespace
