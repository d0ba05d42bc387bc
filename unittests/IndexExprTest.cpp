//===- IndexExprTest.cpp - #sched.index, dependencies, !sched.buffer ------===//
//
// The canonical form, printing and parsing of index expressions, the
// printing of the dependence attributes and the verifier of buffer types.
//
//===----------------------------------------------------------------------===//

#include "InductorSched/Dialect/Sched/IR/SchedAttrs.h"
#include "InductorSched/Dialect/Sched/IR/SchedTypes.h"
#include "InductorSched/InitAll.h"

#include "mlir/AsmParser/AsmParser.h"
#include "mlir/IR/Builders.h"
#include "mlir/IR/Diagnostics.h"
#include "mlir/IR/DialectRegistry.h"
#include "mlir/IR/MLIRContext.h"

#include "gtest/gtest.h"

using namespace mlir;
using namespace mlir::inductor_sched;
using namespace mlir::inductor_sched::sched;

namespace {

class IndexExprTest : public ::testing::Test {
protected:
  IndexExprTest() {
    DialectRegistry registry;
    registerAllDialects(registry);
    ctx.appendDialectRegistry(registry);
    ctx.loadAllAvailableDialects();
  }

  /// Parses `#sched.index<text>`; fails the test if it does not parse.
  IndexExprAttr parse(StringRef text) {
    Attribute attr = parseAttribute(("#sched.index<" + text + ">").str(), &ctx);
    auto index = dyn_cast_or_null<IndexExprAttr>(attr);
    EXPECT_TRUE(index) << "failed to parse '" << text.str() << "'";
    return index;
  }

  static std::string print(IndexExprAttr index, StringRef prefix = "p") {
    std::string s;
    llvm::raw_string_ostream os(s);
    index.print(os, prefix);
    return s;
  }

  static std::string print(Attribute attr) {
    std::string s;
    llvm::raw_string_ostream os(s);
    attr.print(os);
    return s;
  }

  StringAttr str(StringRef s) { return StringAttr::get(&ctx, s); }
  AffineExpr dim(unsigned k) { return getAffineDimExpr(k, &ctx); }
  AffineExpr sym(unsigned k) { return getAffineSymbolExpr(k, &ctx); }

  MLIRContext ctx;
};

//===----------------------------------------------------------------------===//
// Canonical form
//===----------------------------------------------------------------------===//

TEST_F(IndexExprTest, EqualExpressionsAreTheSameAttribute) {
  IndexExprAttr a = parse("p1 + 16*p0");
  IndexExprAttr b = parse("16*p0 + p1");
  EXPECT_EQ(a, b);
  EXPECT_EQ(a, IndexExprAttr::get(&ctx, dim(1) + dim(0) * 16, {}));
  // Like terms merge; terms that cancel disappear.
  EXPECT_EQ(parse("p0 + p1 + p0 - p1"), parse("2*p0"));
  EXPECT_EQ(parse("3 + 4"), IndexExprAttr::get(&ctx, 7));
  // A constant or symbolic factor distributes over a sum, as sympy expands.
  EXPECT_EQ(parse("(p0 + 1) * 4"), parse("4*p0 + 4"));
  EXPECT_EQ(parse("s0*(p1 + 2)"), parse("p1*s0 + 2*s0"));
  EXPECT_EQ(parse("2 * (p0 + (p1 + 3) * 2)"), parse("2*p0 + 4*p1 + 12"));
}

TEST_F(IndexExprTest, SymbolsAreSortedAndUnusedOnesDropped) {
  // Symbol 0 is s1 and symbol 1 is s0: the attribute renumbers them by name.
  IndexExprAttr a = IndexExprAttr::get(&ctx, sym(0) * dim(0) + sym(1),
                                       {str("s1"), str("s0")});
  EXPECT_EQ(a, parse("s0 + p0*s1"));
  ASSERT_EQ(a.getSymbols().size(), 2u);
  EXPECT_EQ(a.getSymbols()[0].getValue(), "s0");
  EXPECT_EQ(a.getSymbols()[1].getValue(), "s1");

  IndexExprAttr b = IndexExprAttr::get(&ctx, dim(0) + sym(2),
                                       {str("s0"), str("s1"), str("u0")});
  ASSERT_EQ(b.getSymbols().size(), 1u);
  EXPECT_EQ(b.getSymbols()[0].getValue(), "u0");
  EXPECT_EQ(b, parse("p0 + u0"));

  // Natural order: s2 before s10.
  IndexExprAttr c = parse("s10 + s2");
  ASSERT_EQ(c.getSymbols().size(), 2u);
  EXPECT_EQ(c.getSymbols()[0].getValue(), "s2");
  EXPECT_EQ(c.getSymbols()[1].getValue(), "s10");
  EXPECT_EQ(print(c), "s2 + s10");
}

//===----------------------------------------------------------------------===//
// Printing and parsing
//===----------------------------------------------------------------------===//

TEST_F(IndexExprTest, PrintsWithTheGivenLoopVariablePrefix) {
  IndexExprAttr a = parse("p1 + 16*p0");
  EXPECT_EQ(print(a, "d"), "16*d0 + d1");
  EXPECT_EQ(print(a, "c"), "16*c0 + c1");
  EXPECT_EQ(print(a), "16*p0 + p1");
  EXPECT_EQ(print(Attribute(a)), "#sched.index<16*p0 + p1>");
}

TEST_F(IndexExprTest, PrintsFloorDivModNegativeTermsAndConstantsLast) {
  EXPECT_EQ(print(parse("(p0 floordiv 2) + (p1 mod 4) * 16 - 1")),
            "p0 floordiv 2 + 16*(p1 mod 4) - 1");
  EXPECT_EQ(print(parse("(p0 + 4) floordiv 8")), "(p0 + 4) floordiv 8");
  EXPECT_EQ(print(parse("p0 mod s0")), "p0 mod s0");
  EXPECT_EQ(print(parse("4 + p0")), "p0 + 4");
  EXPECT_EQ(print(parse("-1 + p0")), "p0 - 1");
  EXPECT_EQ(print(parse("p0 - p1")), "p0 - p1");
  EXPECT_EQ(print(parse("p1 - 2*p0")), "-2*p0 + p1");
  EXPECT_EQ(print(parse("3 - p0")), "-p0 + 3");
  EXPECT_EQ(print(parse("p1 - (p0 floordiv 2)")), "-(p0 floordiv 2) + p1");
  EXPECT_EQ(print(parse("-p0")), "-p0");
  EXPECT_EQ(print(parse("-(p0 floordiv 2)")), "-(p0 floordiv 2)");
  EXPECT_EQ(print(parse("-5")), "-5");
  EXPECT_EQ(print(parse("0")), "0");
  EXPECT_EQ(print(parse("p2 + p10 + p1")), "p1 + p2 + p10");
  EXPECT_EQ(print(parse("64*indirect0 + p1")), "64*indirect0 + p1");
}

TEST_F(IndexExprTest, PrintedFormParsesBack) {
  for (StringRef text :
       {"16*p0 + p1", "p0 floordiv 2 + 16*(p1 mod 4) - 1", "s0*p0 + p1",
        "-(p0 floordiv 2) + p1", "p0 - p1 - 7", "4*(p0 floordiv s1) + s0",
        "64*indirect0 + p1 - 1", "(p0 + 4) floordiv 8", "p0 ceildiv 3",
        "-2*p0 + 3", "2*s0*p1", "0"}) {
    IndexExprAttr a = parse(text);
    ASSERT_TRUE(a);
    std::string printed = print(a);
    IndexExprAttr b = parse(printed);
    EXPECT_EQ(a, b) << text.str() << " printed as " << printed;
    EXPECT_EQ(print(b), printed);
  }
}

TEST_F(IndexExprTest, ParseErrorsAreDiagnosed) {
  std::string message;
  ScopedDiagnosticHandler handler(&ctx, [&](Diagnostic &diag) {
    message = diag.str();
    return success();
  });
  EXPECT_FALSE(parseAttribute("#sched.index<p0 * p1>", &ctx));
  EXPECT_NE(message.find("product of two loop variables"), std::string::npos)
      << message;
  EXPECT_FALSE(parseAttribute("#sched.index<p0 floordiv p1>", &ctx));
  EXPECT_NE(message.find("divisor"), std::string::npos) << message;
}

//===----------------------------------------------------------------------===//
// Queries
//===----------------------------------------------------------------------===//

TEST_F(IndexExprTest, Queries) {
  IndexExprAttr a = parse("s0*p3 + 64*indirect2 + indirect0 + u1 + 1");
  EXPECT_EQ(a.getNumDimsUsed(), 4u);
  EXPECT_TRUE(a.usesDim(3));
  EXPECT_FALSE(a.usesDim(0));
  EXPECT_EQ(a.getNumIndirect(), 3u);
  SmallVector<StringAttr> sizeSymbols = a.getSizeSymbols();
  ASSERT_EQ(sizeSymbols.size(), 2u);
  EXPECT_EQ(sizeSymbols[0].getValue(), "s0");
  EXPECT_EQ(sizeSymbols[1].getValue(), "u1");
  EXPECT_EQ(a.getConstantValue(), std::nullopt);

  IndexExprAttr c = parse("2*8 - 3");
  EXPECT_EQ(c.getNumDimsUsed(), 0u);
  EXPECT_EQ(c.getNumIndirect(), 0u);
  EXPECT_TRUE(c.getSizeSymbols().empty());
  EXPECT_EQ(c.getConstantValue(), std::optional<int64_t>(13));

  EXPECT_EQ(parse("s0").getNumDimsUsed(), 0u);
  EXPECT_EQ(parse("s0").getConstantValue(), std::nullopt);
}

//===----------------------------------------------------------------------===//
// Dependencies
//===----------------------------------------------------------------------===//

TEST_F(IndexExprTest, MemoryDepPrintsLikeInductor) {
  IndexExprAttr eight = IndexExprAttr::get(&ctx, 8);
  IndexExprAttr sixteen = IndexExprAttr::get(&ctx, 16);
  auto dep = MemoryDepAttr::get(&ctx, str("arg0_1"), parse("p1 + 16*p0"),
                                {eight, sixteen}, str("d"), StringAttr());
  EXPECT_EQ(print(dep),
            "#sched.memory_dep<\"arg0_1\", 16*d0 + d1, {d0: 8, d1: 16}>");

  auto normalized = MemoryDepAttr::get(&ctx, str("buf0"), parse("p0"),
                                       {IndexExprAttr::get(&ctx, 128)},
                                       str("c"), str("atomic_add"));
  std::string text = print(normalized);
  EXPECT_EQ(
      text,
      "#sched.memory_dep<\"buf0\", c0, {c0: 128}, mode = \"atomic_add\">");
  EXPECT_EQ(parseAttribute(text, &ctx), normalized);

  auto scalar =
      MemoryDepAttr::get(&ctx, str("buf1"), IndexExprAttr::get(&ctx, 0), {},
                         str("d"), StringAttr());
  EXPECT_EQ(print(scalar), "#sched.memory_dep<\"buf1\", 0, {}>");
}

TEST_F(IndexExprTest, StarAndWeakDepPrint) {
  EXPECT_EQ(print(StarDepAttr::get(&ctx, str("arg0_1"), StringAttr())),
            "#sched.star_dep<\"arg0_1\">");
  EXPECT_EQ(print(StarDepAttr::get(&ctx, str("buf3"), str("atomic_add"))),
            "#sched.star_dep<\"buf3\", mode = \"atomic_add\">");
  EXPECT_EQ(print(WeakDepAttr::get(&ctx, str("buf0"), str("buf2"),
                                   BoolAttr::get(&ctx, true))),
            "#sched.weak_dep<\"buf0\", mutating_buf = \"buf2\", "
            "is_fake = true>");
}

//===----------------------------------------------------------------------===//
// Buffer types
//===----------------------------------------------------------------------===//

class BufferTypeTest : public IndexExprTest {
protected:
  /// `BufferType::getChecked`, recording the diagnostic in `message`.
  BufferType getChecked(ArrayRef<IndexExprAttr> sizes,
                        ArrayRef<IndexExprAttr> strides, Type dtype,
                        StringRef device,
                        IndexExprAttr offset = IndexExprAttr()) {
    message.clear();
    ScopedDiagnosticHandler handler(&ctx, [&](Diagnostic &diag) {
      message = diag.str();
      return success();
    });
    if (!offset)
      offset = IndexExprAttr::get(&ctx, 0);
    return BufferType::getChecked(
        [&] { return emitError(UnknownLoc::get(&ctx)); }, &ctx, sizes, dtype,
        strides, offset, str(device));
  }

  IndexExprAttr c(int64_t v) { return IndexExprAttr::get(&ctx, v); }
  Type f32() { return Float32Type::get(&ctx); }

  std::string message;
};

TEST_F(BufferTypeTest, ValidLayoutPrints) {
  BufferType t = getChecked({c(8), c(16)}, {c(16), c(1)}, f32(), "cuda:0");
  ASSERT_TRUE(t);
  EXPECT_TRUE(message.empty());
  EXPECT_EQ(t.getStaticNumElements(), std::optional<int64_t>(128));
  std::string s;
  llvm::raw_string_ostream os(s);
  Type(t).print(os);
  EXPECT_EQ(s, "!sched.buffer<[8, 16], f32, strides = [16, 1], "
               "device = \"cuda:0\">");
}

TEST_F(BufferTypeTest, MismatchedSizesAndStrides) {
  EXPECT_FALSE(getChecked({c(8), c(16)}, {c(1)}, f32(), "cuda:0"));
  EXPECT_EQ(message, "buffer has 2 sizes but 1 strides");
}

TEST_F(BufferTypeTest, InvalidLayouts) {
  EXPECT_FALSE(getChecked({c(-1)}, {c(1)}, f32(), "cpu"));
  EXPECT_EQ(message, "buffer size must be non-negative, got -1");

  EXPECT_FALSE(getChecked({parse("p0")}, {c(1)}, f32(), "cpu"));
  EXPECT_EQ(message, "buffer size may not use loop variables");

  EXPECT_FALSE(getChecked({c(8)}, {parse("indirect0")}, f32(), "cpu"));
  EXPECT_EQ(message, "buffer stride may not use indirect indices");

  EXPECT_FALSE(getChecked({c(8)}, {c(1)}, f32(), "cpu", c(-4)));
  EXPECT_EQ(message, "buffer offset must be non-negative, got -4");

  EXPECT_FALSE(getChecked({c(8)}, {c(1)}, IndexType::get(&ctx), "cpu"));
  EXPECT_NE(message.find("element type must be an integer or float"),
            std::string::npos)
      << message;

  EXPECT_FALSE(getChecked({c(8)}, {c(1)}, f32(), "cuda:zero"));
  EXPECT_EQ(message, "invalid device 'cuda:zero'");
}

} // namespace
