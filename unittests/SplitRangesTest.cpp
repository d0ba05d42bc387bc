//===- SplitRangesTest.cpp - A pointwise node's ranges split at a boundary ===//
//
// splitRangesAt on its own: the ranges and indices it gives, and the nodes
// it leaves alone. Its use, a fused kernel's members sharing loads, is
// test/Conversion/SchedToGPU/strategies.mlir's (@two_users_short_rows).
//
//===----------------------------------------------------------------------===//

#include "InductorSched/Analysis/MergeLoops.h"
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

class SplitRangesTest : public ::testing::Test {
protected:
  SplitRangesTest() {
    DialectRegistry registry;
    registerAllDialects(registry);
    ctx.appendDialectRegistry(registry);
    ctx.loadAllAvailableDialects();
  }

  /// A pointwise node over `ranges` (e.g. "[128]") that loads %x at
  /// `index` and stores to %y at `index` ([8, 16] buffers; the graph
  /// declares size symbol s0).
  NodeOp parse(StringRef ranges, StringRef index) {
    std::string text = (R"(
      !m = !sched.buffer<[8, 16], f32, strides = [16, 1], device = "cuda:0">
      !v = !sched.buffer<[8], f32, strides = [1], device = "cuda:0">
      sched.graph @g symbols(s0 = 64) {
        %x = sched.input "x" : !m
        %y = sched.buffer "y" : !m
        sched.node "op0" writes(%y : !m) ranges )" +
                        ranges + R"( {
          %l = sched.load %x[)" + index + R"(] : !m
          sched.store %l, %y[)" + index + R"(] : !m
        }
        sched.output %y : !m
      })")
                           .str();
    module = parseSourceString<ModuleOp>(text, &ctx);
    EXPECT_TRUE(module) << text;
    NodeOp node;
    if (module)
      module->walk([&](NodeOp op) { node = op; });
    return node;
  }

  static std::string print(Attribute attr) {
    std::string s;
    llvm::raw_string_ostream os(s);
    attr.print(os);
    return s;
  }

  /// The node's ranges and the index of each of its loads and stores.
  static std::string describe(NodeOp node) {
    std::string s = print(node.getRanges());
    node.walk([&](Operation *op) {
      if (auto a = op->getAttrOfType<IndexExprAttr>("index"))
        s += " " + print(a);
    });
    return s;
  }

  MLIRContext ctx;
  OwningOpRef<ModuleOp> module;
};

TEST_F(SplitRangesTest, OneMergedRangeBecomesRowsAndPoints) {
  NodeOp node = parse("[128]", "p0");
  ASSERT_TRUE(node);
  EXPECT_TRUE(splitRangesAt(node, 8));
  EXPECT_EQ(describe(node), "[#sched.index<8>, #sched.index<16>] "
                            "#sched.index<16*p0 + p1> #sched.index<16*p0 + p1>");
}

TEST_F(SplitRangesTest, LaterRangesShiftAndNonlinearIndicesSubstitute) {
  // [32, 4] split after 8 points: p0 -> 4*p0 + p1, p1 -> p2; the
  // quotient simplifies ((4*p0 + p1) floordiv 2 = 2*p0 + p1 floordiv 2).
  NodeOp node = parse("[32, 4]", "(p0 floordiv 2) * 8 + p1");
  ASSERT_TRUE(node);
  EXPECT_TRUE(splitRangesAt(node, 8));
  EXPECT_EQ(print(node.getRanges()),
            "[#sched.index<8>, #sched.index<4>, #sched.index<4>]");
  node.walk([&](LoadOp load) {
    EXPECT_EQ(print(load.getIndex()),
              "#sched.index<16*p0 + 8*(p1 floordiv 2) + p2>");
  });
}

TEST_F(SplitRangesTest, LeavesNodesAlone) {
  // A boundary already there.
  NodeOp node = parse("[8, 16]", "16*p0 + p1");
  ASSERT_TRUE(node);
  EXPECT_FALSE(splitRangesAt(node, 8));
  EXPECT_EQ(print(node.getRanges()), "[#sched.index<8>, #sched.index<16>]");
  // 128 points cannot split after 3.
  node = parse("[128]", "p0");
  ASSERT_TRUE(node);
  EXPECT_FALSE(splitRangesAt(node, 3));
  EXPECT_EQ(describe(node),
            "[#sched.index<128>] #sched.index<p0> #sched.index<p0>");
  // Symbolic sizes.
  node = parse("[s0]", "p0");
  ASSERT_TRUE(node);
  EXPECT_FALSE(splitRangesAt(node, 8));
}

} // namespace
