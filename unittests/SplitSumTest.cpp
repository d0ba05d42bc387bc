//===- SplitSumTest.cpp - Which sums split by orientation -----------------===//
//
// planSplitSum on its own: the halves of a sum's tree of additions, and the
// sums it leaves alone. The emitted loops are
// test/Conversion/SchedToSCF/split-sum.mlir's.
//
//===----------------------------------------------------------------------===//

#include "InductorSched/Conversion/LoopBody.h"
#include "InductorSched/Conversion/SchedToSCF/SplitSum.h"
#include "InductorSched/InitAll.h"

#include "mlir/IR/BuiltinOps.h"
#include "mlir/IR/DialectRegistry.h"
#include "mlir/IR/MLIRContext.h"
#include "mlir/Parser/Parser.h"

#include "gtest/gtest.h"

using namespace mlir;
using namespace mlir::inductor_sched;
using namespace mlir::inductor_sched::sched;

namespace {

class SplitSumTest : public ::testing::Test {
protected:
  SplitSumTest() {
    DialectRegistry registry;
    registerAllDialects(registry);
    ctx.appendDialectRegistry(registry);
    ctx.loadAllAvailableDialects();
  }

  /// planSplitSum on the one reduction of a node over [128] x [128] whose
  /// body is `body` (loads of %a, %b: [128, 128]; %c: [128]; the sum of
  /// %in), lanes along p0, the reduction p1.
  std::optional<SplitSum> plan(StringRef body, StringRef kind = "sum") {
    std::string text = (R"(
      !m = !sched.buffer<[128, 128], f32, strides = [128, 1], device = "cpu">
      !v = !sched.buffer<[128], f32, strides = [1], device = "cpu">
      sched.graph @g {
        %a = sched.input "a" : !m
        %b = sched.input "b" : !m
        %c = sched.input "c" : !v
        %buf0 = sched.buffer "buf0" : !v
        sched.node "op0" writes(%buf0 : !v) ranges [128] reduce [128] {
)" + body + R"(
          %r = sched.reduction )" +
                        kind + R"( %in : f32 -> f32
          sched.store_reduction %r, %buf0[p0] : !v
        }
        sched.output %buf0 : !v
      })")
                           .str();
    module = parseSourceString<ModuleOp>(text, &ctx);
    EXPECT_TRUE(module) << text;
    if (!module)
      return std::nullopt;
    NodeOp node;
    ReductionOp red;
    module->walk([&](NodeOp op) { node = op; });
    module->walk([&](ReductionOp op) { red = op; });
    SmallVector<Operation *> inLoop, after;
    splitAroundReductions(node, inLoop, after);
    return planSplitSum(red, inLoop, /*laneDim=*/0, /*reduceDim=*/1);
  }

  static int loads(ArrayRef<Operation *> ops) {
    return llvm::count_if(ops, [](Operation *op) { return isa<LoadOp>(op); });
  }

  MLIRContext ctx;
  OwningOpRef<ModuleOp> module;
};

TEST_F(SplitSumTest, TransposedAddSplits) {
  std::optional<SplitSum> s = plan(R"(
          %x = sched.load %b[p0 + 128*p1] : !m
          %y = sched.load %a[128*p0 + p1] : !m
          %in = arith.addf %x, %y : f32)");
  ASSERT_TRUE(s);
  EXPECT_EQ(s->laneTerms.size(), 1u);
  EXPECT_EQ(s->rowTerms.size(), 1u);
  EXPECT_EQ(loads(s->laneOps), 1);
  EXPECT_EQ(loads(s->rowOps), 1);
  // The addition itself is in neither half.
  EXPECT_EQ(s->laneOps.size() + s->rowOps.size(), 2u);
}

TEST_F(SplitSumTest, TreeOfAdditionsAndBroadcasts) {
  // ((b * c[p1]) + 2a) + c[p0]: c[p0] is invariant along the reduction but
  // contiguous across the lanes, so it goes with the lanes.
  std::optional<SplitSum> s = plan(R"(
          %x = sched.load %b[p0 + 128*p1] : !m
          %w = sched.load %c[p1] : !v
          %xw = arith.mulf %x, %w : f32
          %y = sched.load %a[128*p0 + p1] : !m
          %two = arith.constant 2.0 : f32
          %y2 = arith.mulf %y, %two : f32
          %z = sched.load %c[p0] : !v
          %s0 = arith.addf %xw, %y2 : f32
          %in = arith.addf %s0, %z : f32)");
  ASSERT_TRUE(s);
  EXPECT_EQ(s->laneTerms.size(), 2u);
  EXPECT_EQ(s->rowTerms.size(), 1u);
  EXPECT_EQ(loads(s->laneOps), 3);
  EXPECT_EQ(loads(s->rowOps), 1);
}

TEST_F(SplitSumTest, LeftAlone) {
  // A term that reads both ways.
  EXPECT_FALSE(plan(R"(
          %x = sched.load %b[p0 + 128*p1] : !m
          %y = sched.load %a[128*p0 + p1] : !m
          %in = arith.mulf %x, %y : f32)"));
  // Both terms one way: nothing to split.
  EXPECT_FALSE(plan(R"(
          %x = sched.load %b[p0 + 128*p1] : !m
          %y = sched.load %a[p0 + 128*p1] : !m
          %in = arith.addf %x, %y : f32)"));
  // An inner addition with another user: the halves would not compute it.
  EXPECT_FALSE(plan(R"(
          %x = sched.load %b[p0 + 128*p1] : !m
          %y = sched.load %a[128*p0 + p1] : !m
          %s = arith.addf %x, %y : f32
          %t = arith.mulf %s, %s : f32
          %in = arith.addf %s, %t : f32)"));
  // Not a sum.
  EXPECT_FALSE(plan(R"(
          %x = sched.load %b[p0 + 128*p1] : !m
          %y = sched.load %a[128*p0 + p1] : !m
          %in = arith.addf %x, %y : f32)",
                    "max"));
  // A term strided both ways (no stride 0 or 1 along either variable).
  EXPECT_FALSE(plan(R"(
          %x = sched.load %b[p0 + 128*p1] : !m
          %y = sched.load %a[2*p0 + 256*p1] : !m
          %in = arith.addf %x, %y : f32)"));
}

} // namespace
