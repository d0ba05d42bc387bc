//===- LoopReorderTest.cpp - LOAF's loop-order decisions ------------------===//
//
// MemoryDep.normalize_with_stride_order and decide_loop_order_to_match on
// dependencies parsed from their printed form, including every case in
// which Inductor declines to pick an order.
//
//===----------------------------------------------------------------------===//

#include "InductorSched/Analysis/LoopReorder.h"
#include "InductorSched/InitAll.h"

#include "mlir/AsmParser/AsmParser.h"
#include "mlir/IR/DialectRegistry.h"
#include "mlir/IR/MLIRContext.h"

#include "gtest/gtest.h"

using namespace mlir;
using namespace mlir::inductor_sched;
using namespace mlir::inductor_sched::sched;

namespace {

class LoopReorderTest : public ::testing::Test {
protected:
  LoopReorderTest() {
    DialectRegistry registry;
    registerAllDialects(registry);
    ctx.appendDialectRegistry(registry);
    ctx.loadAllAvailableDialects();
  }

  /// Parses the body of `#sched.memory_dep<...>`.
  MemoryDepAttr dep(StringRef text) {
    Attribute attr =
        parseAttribute(("#sched.memory_dep<" + text + ">").str(), &ctx);
    auto d = dyn_cast_or_null<MemoryDepAttr>(attr);
    EXPECT_TRUE(d) << "failed to parse '" << text.str() << "'";
    return d;
  }

  std::string print(Attribute attr) {
    std::string s;
    llvm::raw_string_ostream os(s);
    attr.print(os);
    return s;
  }

  std::optional<SmallVector<unsigned>> decide(StringRef self,
                                              StringRef other) {
    return decideLoopOrderToMatch(dep(self), dep(other), hints);
  }

  MLIRContext ctx;
  SizeHints hints;
};

TEST_F(LoopReorderTest, StrideHints) {
  EXPECT_EQ(getStrideHints(dep(R"("x", d0 + 2048*d1, {d0: 2048, d1: 1024})"),
                           hints),
            (SmallVector<int64_t>{1, 2048}));
  // A symbolic stride takes its hint, or 0 without one.
  hints[StringAttr::get(&ctx, "s0")] = 7;
  EXPECT_EQ(getStrideHints(dep(R"("x", s0*d0 + d1, {d0: 4, d1: s0})"), hints),
            (SmallVector<int64_t>{7, 1}));
  EXPECT_EQ(getStrideHints(dep(R"("x", s1*d0 + d1, {d0: 4, d1: s1})"), hints),
            (SmallVector<int64_t>{0, 1}));
}

TEST_F(LoopReorderTest, NormalizeWithStrideOrderIgnoresLoopOrder) {
  MemoryDepAttr rowMajor = dep(R"("x", 2048*d0 + d1, {d0: 1024, d1: 2048})");
  MemoryDepAttr colMajor = dep(R"("x", d0 + 2048*d1, {d0: 2048, d1: 1024})");
  EXPECT_NE(rowMajor, colMajor);
  EXPECT_EQ(print(normalizeDepWithStrideOrder(rowMajor, hints)),
            R"(#sched.memory_dep<"x", t0, {t0: 2097152}>)");
  EXPECT_EQ(normalizeDepWithStrideOrder(rowMajor, hints),
            normalizeDepWithStrideOrder(colMajor, hints));
  // A transposed walk of a padded buffer keeps two loops.
  EXPECT_EQ(print(normalizeDepWithStrideOrder(
                dep(R"("x", d0 + 4096*d1, {d0: 2048, d1: 1024})"), hints)),
            R"(#sched.memory_dep<"x", 4096*t0 + t1, {t0: 1024, t1: 2048}>)");
}

TEST_F(LoopReorderTest, DecidesThePermutation) {
  // The reference's example: self walks x row-major, other column-major.
  EXPECT_EQ(decide(R"("x", 2048*d0 + d1, {d0: 1024, d1: 2048})",
                   R"("x", d0 + 2048*d1, {d0: 2048, d1: 1024})"),
            (SmallVector<unsigned>{1, 0}));
  EXPECT_EQ(decide(R"("x", 64*d0 + d1 + 4096*d2, {d0: 64, d1: 64, d2: 8})",
                   R"("x", 4096*d0 + 64*d1 + d2, {d0: 8, d1: 64, d2: 64})"),
            (SmallVector<unsigned>{2, 0, 1}));
}

TEST_F(LoopReorderTest, DeclinesBroadcasts) {
  EXPECT_FALSE(decide(R"("x", d0, {d0: 64, d1: 32})",
                      R"("x", 32*d0 + d1, {d0: 64, d1: 32})"));
  EXPECT_FALSE(decide(R"("x", 32*d0 + d1, {d0: 64, d1: 32})",
                      R"("x", d1, {d0: 64, d1: 32})"));
}

TEST_F(LoopReorderTest, DeclinesSizesZeroAndOne) {
  EXPECT_FALSE(decide(R"("x", 32*d0 + d1, {d0: 1, d1: 32})",
                      R"("x", d0 + 32*d1, {d0: 32, d1: 1})"));
  EXPECT_FALSE(decide(R"("x", 32*d0 + d1, {d0: 0, d1: 32})",
                      R"("x", d0 + 32*d1, {d0: 32, d1: 0})"));
}

TEST_F(LoopReorderTest, DeclinesRepeatedStrides) {
  EXPECT_FALSE(decide(R"("x", d0 + d1, {d0: 8, d1: 8})",
                      R"("x", d0 + d1, {d0: 8, d1: 8})"));
}

TEST_F(LoopReorderTest, DeclinesDifferentStrideSets) {
  // Inductor's example: both walk the buffer whole, in different blocks.
  EXPECT_FALSE(
      decide(R"("x", 393216*d0 + 768*d1 + d2, {d0: 16, d1: 512, d2: 768})",
             R"("x", 98304*d0 + d1 + 768*d2, {d0: 64, d1: 768, d2: 128})"));
}

TEST_F(LoopReorderTest, DeclinesSymbolsInTheIndex) {
  // len(index.free_symbols) counts the size symbol as well.
  hints[StringAttr::get(&ctx, "s0")] = 16;
  EXPECT_FALSE(decide(R"("x", s0*d0 + d1, {d0: 8, d1: s0})",
                      R"("x", d0 + s0*d1, {d0: s0, d1: 8})"));
}

TEST_F(LoopReorderTest, InvertsMixedRadixIndices) {
  AffineExpr p = getAffineDimExpr(0, &ctx);
  // Inductor's docstring example: 100*(p//100) + 10*((p%100)//10) + p%10
  // is the identity, and so is its inverse.
  AffineExpr identity =
      (p.floorDiv(100)) * 100 + (p % 100).floorDiv(10) * 10 + p % 10;
  std::optional<AffineExpr> inverse = generateInverseFormula(identity, 0);
  ASSERT_TRUE(inverse);
  for (int64_t v : {0, 7, 42, 999, 12345})
    EXPECT_EQ(
        cast<AffineConstantExpr>(
            inverse->replaceDims({getAffineConstantExpr(v, &ctx)}))
            .getValue(),
        v);
  // A batched transpose of [64, 32] blocks: the inverse undoes it.
  AffineExpr transpose =
      p.floorDiv(2048) * 2048 + (p % 64) * 32 + (p.floorDiv(64) % 32);
  inverse = generateInverseFormula(transpose, 0);
  ASSERT_TRUE(inverse);
  for (int64_t v = 0; v < 8192; v += 37) {
    AffineExpr y = transpose.replaceDims({getAffineConstantExpr(v, &ctx)});
    EXPECT_EQ(cast<AffineConstantExpr>(inverse->replaceDims({y})).getValue(),
              v);
  }
}

TEST_F(LoopReorderTest, DeclinesNonMixedRadixIndices) {
  AffineExpr p = getAffineDimExpr(0, &ctx);
  // The unbounded digit has the smallest coefficient.
  EXPECT_FALSE(generateInverseFormula((p % 32) * 64 + p.floorDiv(32), 0));
  // Equal coefficients.
  EXPECT_FALSE(generateInverseFormula(p % 4 + p.floorDiv(4) % 4, 0));
  // A bare variable is not a digit Inductor parses.
  EXPECT_FALSE(generateInverseFormula(p, 0));
  // A coefficient that is not the product of the later ranges.
  EXPECT_FALSE(generateInverseFormula((p % 8) * 3 + p.floorDiv(8) % 2, 0));
}

} // namespace
