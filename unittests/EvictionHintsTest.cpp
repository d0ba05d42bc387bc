//===- EvictionHintsTest.cpp - Inductor's eviction rule and aligned runs --===//
//
// The two decisions behind the GPU lowering's hinted loads, on their own:
// which hint a load takes (inductorEvictionHint), and whether a run of
// elements is one aligned vector (isAlignedRun). The emitted PTX is
// test/Conversion/SchedToGPU/eviction-hints.mlir's.
//
//===----------------------------------------------------------------------===//

#include "InductorSched/Conversion/SchedToGPU/EvictionHints.h"
#include "InductorSched/Conversion/LoopBody.h"
#include "InductorSched/InitAll.h"

#include "mlir/AsmParser/AsmParser.h"
#include "mlir/IR/BuiltinOps.h"
#include "mlir/IR/DialectRegistry.h"
#include "mlir/IR/MLIRContext.h"
#include "mlir/Parser/Parser.h"

#include "gtest/gtest.h"

using namespace mlir;
using namespace mlir::inductor_sched;
using namespace mlir::inductor_sched::sched;

namespace {

class EvictionHintsTest : public ::testing::Test {
protected:
  EvictionHintsTest() {
    DialectRegistry registry;
    registerAllDialects(registry);
    ctx.appendDialectRegistry(registry);
    ctx.loadAllAvailableDialects();
  }

  IndexExprAttr index(StringRef text) {
    auto attr = dyn_cast_or_null<IndexExprAttr>(
        parseAttribute(("#sched.index<" + text + ">").str(), &ctx));
    EXPECT_TRUE(attr) << text.str();
    return attr;
  }

  /// The hint of the load of `buffer` at `expr` in a node over
  /// `ranges` x `reduce` (the buffers are big enough for any index here).
  EvictionHint hint(StringRef ranges, StringRef reduce, StringRef expr,
                    bool readAgainLater = false) {
    std::string text = (R"(
      !x = !sched.buffer<[1048576], f32, strides = [1], device = "cuda:0">
      !v = !sched.buffer<[1048576], f32, strides = [1], device = "cuda:0">
      sched.graph @g {
        %x = sched.input "x" : !x
        %buf0 = sched.buffer "buf0" : !v
        sched.node "op0" writes(%buf0 : !v) ranges [)" +
                        ranges + "] reduce [" + reduce + R"(] {
          %l = sched.load %x[)" +
                        expr + R"(] : !x
          %s = sched.reduction sum %l : f32 -> f32
          sched.store_reduction %s, %buf0[p0] : !v
        }
        sched.output %buf0 : !v
      })")
                           .str();
    module = parseSourceString<ModuleOp>(text, &ctx);
    EXPECT_TRUE(module) << text;
    LoadOp load;
    NodeOp node;
    module->walk([&](LoadOp op) { load = op; });
    module->walk([&](NodeOp op) { node = op; });
    return inductorEvictionHint(load, node, readAgainLater);
  }

  MLIRContext ctx;
  OwningOpRef<ModuleOp> module;
};

TEST_F(EvictionHintsTest, StreamingLoadsEvictFirst) {
  EXPECT_EQ(hint("8", "4096", "4096*p0 + p1"), EvictionHint::First);
  // Coalesced along a row variable (a column sum) is still coalesced.
  EXPECT_EQ(hint("64", "8192", "p0 + 64*p1"), EvictionHint::First);
  // A variable of one point left out is no broadcast.
  EXPECT_EQ(hint("1", "4096", "p1"), EvictionHint::First);
}

TEST_F(EvictionHintsTest, ReusedLoadsEvictLast) {
  // A weight every row reads.
  EXPECT_EQ(hint("8", "4096", "p1"), EvictionHint::Last);
  // No stride-1 variable: neighbouring threads read other sectors.
  EXPECT_EQ(hint("8", "4096", "2*p0 + 16*p1"), EvictionHint::Last);
  // Read again from memory by a later member.
  EXPECT_EQ(hint("8", "4096", "4096*p0 + p1", /*readAgainLater=*/true),
            EvictionHint::Last);
}

TEST_F(EvictionHintsTest, AlignedRuns) {
  EXPECT_TRUE(isAlignedRun(index("4096*p0 + p1"), 1, 4));
  EXPECT_TRUE(isAlignedRun(index("p0 + 8"), 0, 4));
  EXPECT_TRUE(isAlignedRun(index("4096*p0 + p1"), 1, 2));
  // Offset, other strides not multiples of the width, stride along the run
  // not 1, or not affine: not one aligned vector.
  EXPECT_FALSE(isAlignedRun(index("4096*p0 + p1 + 2"), 1, 4));
  EXPECT_FALSE(isAlignedRun(index("4098*p0 + p1"), 1, 4));
  EXPECT_FALSE(isAlignedRun(index("p0 + 4*p1"), 1, 4));
  EXPECT_FALSE(isAlignedRun(index("p0"), 1, 4));
  EXPECT_FALSE(isAlignedRun(index("p1 floordiv 2"), 1, 4));
  EXPECT_FALSE(isAlignedRun(index("4096*p0 + p1 + p2 mod 4"), 1, 4));
}

} // namespace
