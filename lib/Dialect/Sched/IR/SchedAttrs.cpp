//===- SchedAttrs.cpp - sched dialect attributes --------------------------===//
//
// Index expressions: parsing, canonical form and printing; dependencies.
//
//===----------------------------------------------------------------------===//

#include "InductorSched/Dialect/Sched/IR/SchedAttrs.h"
#include "InductorSched/Dialect/Sched/IR/SchedDialect.h"

#include "mlir/IR/Builders.h"
#include "mlir/IR/DialectImplementation.h"
#include "llvm/ADT/STLExtras.h"
#include "llvm/ADT/SmallString.h"
#include "llvm/ADT/StringExtras.h"
#include "llvm/ADT/TypeSwitch.h"
#include "llvm/Support/MathExtras.h"

#include <limits>

using namespace mlir;
using namespace mlir::inductor_sched::sched;

#include "InductorSched/Dialect/Sched/IR/SchedEnums.cpp.inc"

#define GET_ATTRDEF_CLASSES
#include "InductorSched/Dialect/Sched/IR/SchedAttrs.cpp.inc"

void SchedDialect::registerAttributes() {
  addAttributes<
#define GET_ATTRDEF_LIST
#include "InductorSched/Dialect/Sched/IR/SchedAttrs.cpp.inc"
      >();
}

//===----------------------------------------------------------------------===//
// Printing
//===----------------------------------------------------------------------===//

namespace {
/// Prints affine expressions with Inductor's names: loop variables
/// `<prefix><k>`, symbols by name, `floordiv`/`mod`/`ceildiv` as in MLIR.
class ExprPrinter {
public:
  ExprPrinter(llvm::raw_ostream &os, StringRef dimPrefix,
              ArrayRef<StringAttr> symbols)
      : os(os), dimPrefix(dimPrefix), symbols(symbols) {}

  /// Precedence levels: a sum binds loosest, then products/divisions.
  enum Prec { kSum = 0, kProduct = 1, kAtom = 2 };

  void print(AffineExpr e, Prec context = kSum) {
    switch (e.getKind()) {
    case AffineExprKind::DimId:
      os << dimPrefix << cast<AffineDimExpr>(e).getPosition();
      return;
    case AffineExprKind::SymbolId: {
      unsigned pos = cast<AffineSymbolExpr>(e).getPosition();
      if (pos < symbols.size())
        os << symbols[pos].getValue();
      else
        os << "<sym" << pos << ">";
      return;
    }
    case AffineExprKind::Constant: {
      int64_t v = cast<AffineConstantExpr>(e).getValue();
      if (v < 0 && context > kSum)
        os << "(" << v << ")";
      else
        os << v;
      return;
    }
    case AffineExprKind::Add:
      if (context > kSum)
        os << "(";
      printSum(e);
      if (context > kSum)
        os << ")";
      return;
    case AffineExprKind::Mul:
    case AffineExprKind::FloorDiv:
    case AffineExprKind::CeilDiv:
    case AffineExprKind::Mod: {
      auto bin = cast<AffineBinaryOpExpr>(e);
      bool parens = context > kProduct;
      if (parens)
        os << "(";
      if (e.getKind() == AffineExprKind::Mul) {
        auto [coef, rest] = splitCoefficient(e);
        if (coef == -1) {
          os << "-";
          print(rest, kAtom);
        } else if (coef != 1) {
          os << coef << "*";
          print(rest, kAtom);
        } else {
          print(bin.getLHS(), kProduct);
          os << "*";
          print(bin.getRHS(), kAtom);
        }
      } else {
        print(bin.getLHS(), kProduct);
        os << (e.getKind() == AffineExprKind::FloorDiv ? " floordiv "
               : e.getKind() == AffineExprKind::CeilDiv ? " ceildiv "
                                                        : " mod ");
        print(bin.getRHS(), kAtom);
      }
      if (parens)
        os << ")";
      return;
    }
    }
  }

  /// Splits `rest * c` into (c, rest); anything else into (1, e).
  static std::pair<int64_t, AffineExpr> splitCoefficient(AffineExpr e) {
    if (e.getKind() == AffineExprKind::Mul) {
      auto bin = cast<AffineBinaryOpExpr>(e);
      if (auto c = dyn_cast<AffineConstantExpr>(bin.getRHS()))
        return {c.getValue(), bin.getLHS()};
      if (auto c = dyn_cast<AffineConstantExpr>(bin.getLHS()))
        return {c.getValue(), bin.getRHS()};
    }
    return {1, e};
  }

private:
  /// Prints a sum term by term in canonical order: terms sorted by their
  /// printed form (natural order, so p2 before p10), the constant last.
  /// AffineExpr's own simplifications may re-associate a sum; sorting here
  /// keeps the text independent of that.
  void printSum(AffineExpr e) {
    SmallVector<AffineExpr> raw;
    flattenAffineSum(e, raw);
    int64_t constant = 0;
    SmallVector<std::tuple<std::string, int64_t, AffineExpr>> terms;
    for (AffineExpr term : raw) {
      if (auto c = dyn_cast<AffineConstantExpr>(term)) {
        constant += c.getValue();
        continue;
      }
      auto [coef, rest] = splitCoefficient(term);
      std::string key;
      llvm::raw_string_ostream keyOs(key);
      ExprPrinter(keyOs, dimPrefix, symbols).print(rest, kProduct);
      terms.push_back({key, coef, rest});
    }
    llvm::stable_sort(terms, [](const auto &a, const auto &b) {
      return StringRef(std::get<0>(a)).compare_numeric(std::get<0>(b)) < 0;
    });
    bool first = true;
    for (auto &[key, coef, rest] : terms) {
      if (first) {
        if (coef == -1)
          os << "-";
        else if (coef != 1)
          os << coef << "*";
      } else {
        os << (coef < 0 ? " - " : " + ");
        int64_t mag = coef < 0 ? -coef : coef;
        if (mag != 1)
          os << mag << "*";
      }
      // `-a floordiv b` would parse as `(-a) floordiv b`: parenthesize.
      bool bare = coef == 1 || (coef == -1 && !first);
      print(rest, bare ? kProduct : kAtom);
      first = false;
    }
    if (first)
      os << constant;
    else if (constant != 0)
      os << (constant < 0 ? " - " : " + ")
         << (constant < 0 ? -constant : constant);
  }

  llvm::raw_ostream &os;
  StringRef dimPrefix;
  ArrayRef<StringAttr> symbols;
};

std::string exprToString(AffineExpr e, StringRef prefix,
                         ArrayRef<StringAttr> symbols) {
  std::string s;
  llvm::raw_string_ostream os(s);
  ExprPrinter(os, prefix, symbols).print(e);
  return s;
}

//===----------------------------------------------------------------------===//
// Canonical form
//===----------------------------------------------------------------------===//

/// Rebuilds `e` so that structurally equal sums are the same uniqued
/// expression: sums are flattened, like terms merged, terms ordered by their
/// printed form (constants last) and re-associated to the left.
AffineExpr canonicalize(AffineExpr e, ArrayRef<StringAttr> symbols) {
  MLIRContext *ctx = e.getContext();
  switch (e.getKind()) {
  case AffineExprKind::DimId:
  case AffineExprKind::SymbolId:
  case AffineExprKind::Constant:
    return e;
  case AffineExprKind::Mul:
  case AffineExprKind::FloorDiv:
  case AffineExprKind::CeilDiv:
  case AffineExprKind::Mod: {
    auto bin = cast<AffineBinaryOpExpr>(e);
    AffineExpr lhs = canonicalize(bin.getLHS(), symbols);
    AffineExpr rhs = canonicalize(bin.getRHS(), symbols);
    if (e.getKind() == AffineExprKind::Mul) {
      if (lhs.isSymbolicOrConstant() && !rhs.isSymbolicOrConstant())
        std::swap(lhs, rhs);
      // Distribute a constant or symbolic factor over a sum, as sympy's
      // expand does: (p0 + 1)*4 is 4*p0 + 4.
      if (lhs.getKind() == AffineExprKind::Add ||
          rhs.getKind() == AffineExprKind::Add) {
        AffineExpr sum = lhs.getKind() == AffineExprKind::Add ? lhs : rhs;
        AffineExpr factor = sum == lhs ? rhs : lhs;
        SmallVector<AffineExpr> terms;
        flattenAffineSum(sum, terms);
        AffineExpr distributed;
        for (AffineExpr t : terms) {
          AffineExpr product = getAffineBinaryOpExpr(AffineExprKind::Mul, t,
                                                     factor);
          distributed = distributed ? distributed + product : product;
        }
        return canonicalize(distributed, symbols);
      }
    }
    AffineExpr rebuilt = getAffineBinaryOpExpr(e.getKind(), lhs, rhs);
    // A product or quotient may have become a sum (e.g. (a + b) * 2).
    if (rebuilt.getKind() == AffineExprKind::Add)
      return canonicalize(rebuilt, symbols);
    return rebuilt;
  }
  case AffineExprKind::Add:
    break;
  }
  SmallVector<AffineExpr> raw;
  flattenAffineSum(e, raw);
  int64_t constant = 0;
  // Merge like terms, keeping first-seen order before sorting.
  SmallVector<std::pair<AffineExpr, int64_t>> terms;
  auto addTerm = [&](AffineExpr rest, int64_t coef) {
    for (auto &[r, c] : terms)
      if (r == rest) {
        c += coef;
        return;
      }
    terms.push_back({rest, coef});
  };
  for (AffineExpr term : raw) {
    AffineExpr t = canonicalize(term, symbols);
    SmallVector<AffineExpr> inner;
    flattenAffineSum(t, inner);
    for (AffineExpr part : inner) {
      if (auto c = dyn_cast<AffineConstantExpr>(part)) {
        constant += c.getValue();
        continue;
      }
      auto [coef, rest] = ExprPrinter::splitCoefficient(part);
      addTerm(rest, coef);
    }
  }
  // Any deterministic order of the terms makes a canonical form (the
  // printer sorts by text on its own): loop variables by position, then
  // symbols by position (their names are sorted), then other terms by
  // their text. Text is only built for the rare compound terms.
  struct Keyed {
    unsigned rank;
    unsigned position;
    std::string text;
    std::pair<AffineExpr, int64_t> term;
  };
  SmallVector<Keyed> keyed;
  for (auto &t : terms) {
    if (t.second == 0)
      continue;
    if (auto d = dyn_cast<AffineDimExpr>(t.first))
      keyed.push_back({0, d.getPosition(), "", t});
    else if (auto sym = dyn_cast<AffineSymbolExpr>(t.first))
      keyed.push_back({1, sym.getPosition(), "", t});
    else
      keyed.push_back({2, 0, exprToString(t.first, "p", symbols), t});
  }
  llvm::stable_sort(keyed, [](const Keyed &a, const Keyed &b) {
    if (a.rank != b.rank)
      return a.rank < b.rank;
    if (a.position != b.position)
      return a.position < b.position;
    return StringRef(a.text).compare_numeric(b.text) < 0;
  });
  AffineExpr result;
  for (Keyed &k : keyed) {
    auto &t = k.term;
    AffineExpr term =
        t.second == 1 ? t.first
                      : getAffineBinaryOpExpr(AffineExprKind::Mul, t.first,
                                              getAffineConstantExpr(t.second,
                                                                    ctx));
    result = result ? getAffineBinaryOpExpr(AffineExprKind::Add, result, term)
                    : term;
  }
  AffineExpr c = getAffineConstantExpr(constant, ctx);
  if (!result)
    return c;
  if (constant != 0)
    result = getAffineBinaryOpExpr(AffineExprKind::Add, result, c);
  return result;
}

//===----------------------------------------------------------------------===//
// Parsing
//===----------------------------------------------------------------------===//

/// Limits that keep a malformed or hostile expression from exhausting the
/// stack or the memory: far above what Inductor's index expressions need.
/// Parentheses and unary minus nest at most this deep.
static constexpr unsigned kMaxNesting = 64;
/// Integers, loop variables and symbols in one expression.
static constexpr unsigned kMaxOperands = 1024;
/// Terms of the expanded (canonical) form: a product of sums expands to a
/// sum of products, exponentially many in the number of factors.
static constexpr uint64_t kMaxExpandedTerms = 1024;
/// Largest `k` of a loop variable `p<k>` or an indirect index `indirect<k>`.
static constexpr unsigned kMaxVarIndex = 1023;

/// `indirect<k>` names an indirect index; returns k.
static std::optional<unsigned> getIndirectPosition(StringRef name) {
  unsigned k;
  if (name.consume_front("indirect") && !name.empty() &&
      !name.getAsInteger(10, k))
    return k;
  return std::nullopt;
}

/// The number of terms `canonicalize` expands `e` into (saturating), and in
/// `maxSeen` the largest such number over `e`'s subexpressions.
static uint64_t countExpandedTerms(AffineExpr e, uint64_t &maxSeen) {
  uint64_t n = 1;
  if (auto bin = dyn_cast<AffineBinaryOpExpr>(e)) {
    uint64_t l = countExpandedTerms(bin.getLHS(), maxSeen);
    uint64_t r = countExpandedTerms(bin.getRHS(), maxSeen);
    if (e.getKind() == AffineExprKind::Add)
      n = l + r;
    else if (e.getKind() == AffineExprKind::Mul)
      n = l > kMaxExpandedTerms || r > kMaxExpandedTerms ? kMaxExpandedTerms + 1
                                                         : l * r;
    n = std::min(n, kMaxExpandedTerms + 1);
  }
  maxSeen = std::max(maxSeen, n);
  return n;
}

/// A recursive-descent parser for index expressions:
///   sum     := product (('+' | '-') product)*
///   product := unary (('*' | 'floordiv' | 'ceildiv' | 'mod') unary)*
///   unary   := '-' unary | integer | identifier | '(' sum ')'
class ExprParser {
public:
  ExprParser(AsmParser &parser, StringRef dimPrefixes)
      : parser(parser), dimPrefixes(dimPrefixes),
        ctx(parser.getContext()) {}

  FailureOr<AffineExpr> parse() {
    FailureOr<Operand> e = parseSum();
    if (failed(e))
      return failure();
    return e->expr;
  }

  ArrayRef<StringAttr> getSymbols() const { return symbols; }
  char getUsedPrefix() const { return usedPrefix; }

private:
  /// A parsed operand and a bound on the sum of the magnitudes of its
  /// constants and coefficients. Folding and canonicalization keep every
  /// constant within that bound, so a bound below 2^63 rules out overflow.
  struct Operand {
    AffineExpr expr;
    uint64_t bound;
  };

  LogicalResult checkBound(SMLoc loc, uint64_t bound) {
    if (bound > uint64_t(std::numeric_limits<int64_t>::max()))
      return parser.emitError(loc)
             << "index expression constants may overflow 64 bits";
    return success();
  }

  FailureOr<Operand> parseSum() {
    SMLoc loc = parser.getCurrentLocation();
    FailureOr<Operand> lhs = parseProduct();
    if (failed(lhs))
      return failure();
    Operand result = *lhs;
    while (true) {
      bool plus = succeeded(parser.parseOptionalPlus());
      bool minus = !plus && succeeded(parser.parseOptionalMinus());
      if (!plus && !minus)
        return result;
      FailureOr<Operand> rhs = parseProduct();
      if (failed(rhs))
        return failure();
      uint64_t bound = llvm::SaturatingAdd(result.bound, rhs->bound);
      if (failed(checkBound(loc, bound)))
        return failure();
      result = {plus ? result.expr + rhs->expr : result.expr - rhs->expr,
                bound};
    }
  }

  FailureOr<Operand> parseProduct() {
    SMLoc startLoc = parser.getCurrentLocation();
    FailureOr<Operand> first = parseUnary();
    if (failed(first))
      return failure();
    Operand result = *first;
    while (true) {
      AffineExprKind kind;
      if (succeeded(parser.parseOptionalStar()))
        kind = AffineExprKind::Mul;
      else if (succeeded(parser.parseOptionalKeyword("floordiv")))
        kind = AffineExprKind::FloorDiv;
      else if (succeeded(parser.parseOptionalKeyword("ceildiv")))
        kind = AffineExprKind::CeilDiv;
      else if (succeeded(parser.parseOptionalKeyword("mod")))
        kind = AffineExprKind::Mod;
      else
        return result;
      SMLoc loc = parser.getCurrentLocation();
      FailureOr<Operand> rhsOr = parseUnary();
      if (failed(rhsOr))
        return failure();
      AffineExpr lhs = result.expr, rhs = rhsOr->expr;
      if (kind == AffineExprKind::Mul) {
        if (!lhs.isSymbolicOrConstant() && !rhs.isSymbolicOrConstant())
          return parser.emitError(loc)
                 << "a product of two loop variables is not an index "
                    "expression";
        uint64_t bound = llvm::SaturatingMultiply(result.bound, rhsOr->bound);
        if (failed(checkBound(startLoc, bound)))
          return failure();
        result = {lhs * rhs, bound};
        continue;
      }
      if (!rhs.isSymbolicOrConstant())
        return parser.emitError(loc)
               << "the divisor of floordiv/ceildiv/mod must be a constant or "
                  "a size symbol";
      if (auto c = dyn_cast<AffineConstantExpr>(rhs); c && c.getValue() <= 0)
        return parser.emitError(loc) << "the divisor must be positive";
      uint64_t bound = llvm::SaturatingAdd(result.bound, rhsOr->bound);
      if (failed(checkBound(startLoc, bound)))
        return failure();
      result = {kind == AffineExprKind::FloorDiv  ? lhs.floorDiv(rhs)
                : kind == AffineExprKind::CeilDiv ? lhs.ceilDiv(rhs)
                                                  : lhs % rhs,
                bound};
    }
  }

  FailureOr<Operand> parseUnary() {
    SMLoc startLoc = parser.getCurrentLocation();
    if (++numOperands > kMaxOperands)
      return parser.emitError(startLoc)
             << "index expression has more than " << kMaxOperands
             << " operands";
    if (nesting == kMaxNesting)
      return parser.emitError(startLoc)
             << "index expression nests more than " << kMaxNesting
             << " levels deep";
    ++nesting;
    FailureOr<Operand> result = parseUnaryImpl();
    --nesting;
    return result;
  }

  FailureOr<Operand> parseUnaryImpl() {
    if (succeeded(parser.parseOptionalMinus())) {
      FailureOr<Operand> operand = parseUnary();
      if (failed(operand))
        return failure();
      return Operand{-operand->expr, operand->bound};
    }
    int64_t value;
    OptionalParseResult intResult = parser.parseOptionalInteger(value);
    if (intResult.has_value()) {
      if (failed(*intResult))
        return failure();
      // The minus sign is parsed above: `value` is not negative.
      return Operand{getAffineConstantExpr(value, ctx), uint64_t(value)};
    }
    if (succeeded(parser.parseOptionalLParen())) {
      FailureOr<Operand> inner = parseSum();
      if (failed(inner) || parser.parseRParen())
        return failure();
      return *inner;
    }
    SMLoc loc = parser.getCurrentLocation();
    StringRef name;
    if (failed(parser.parseOptionalKeyword(&name)))
      return parser.emitError(loc)
             << "expected an integer, a loop variable, a size symbol or '('";
    if (name == "floordiv" || name == "ceildiv" || name == "mod")
      return parser.emitError(loc) << "expected an operand before '" << name
                                   << "'";
    // A loop variable: one prefix letter followed by digits.
    if (name.size() > 1 && dimPrefixes.contains(name[0]) &&
        llvm::all_of(name.drop_front(), llvm::isDigit)) {
      if (usedPrefix && usedPrefix != name[0])
        return parser.emitError(loc)
               << "loop variables '" << usedPrefix << "*' and '" << name[0]
               << "*' mixed in one expression";
      usedPrefix = name[0];
      unsigned pos;
      if (name.drop_front().getAsInteger(10, pos) || pos > kMaxVarIndex)
        return parser.emitError(loc)
               << "bad loop variable '" << name << "' (at most " << name[0]
               << kMaxVarIndex << ")";
      return Operand{getAffineDimExpr(pos, ctx), 1};
    }
    if (!llvm::isAlpha(name[0]) && name[0] != '_')
      return parser.emitError(loc) << "bad symbol name '" << name << "'";
    // `indirect<k>` binds the k-th indirect operand: one spelling per k.
    if (name.starts_with("indirect") && name.size() > strlen("indirect") &&
        llvm::all_of(name.drop_front(strlen("indirect")), llvm::isDigit)) {
      std::optional<unsigned> k = getIndirectPosition(name);
      if (!k || *k > kMaxVarIndex || ("indirect" + Twine(*k)).str() != name)
        return parser.emitError(loc)
               << "bad indirect index '" << name << "' (expected indirect<k>, "
               << "k at most " << kMaxVarIndex << ", without leading zeros)";
    }
    StringAttr attr = StringAttr::get(ctx, name);
    auto it = llvm::find(symbols, attr);
    unsigned pos = it - symbols.begin();
    if (it == symbols.end())
      symbols.push_back(attr);
    return Operand{getAffineSymbolExpr(pos, ctx), 1};
  }

  AsmParser &parser;
  StringRef dimPrefixes;
  MLIRContext *ctx;
  SmallVector<StringAttr> symbols;
  char usedPrefix = 0;
  unsigned nesting = 0;
  unsigned numOperands = 0;
};
} // namespace

//===----------------------------------------------------------------------===//
// IndexExprAttr
//===----------------------------------------------------------------------===//

/// The canonical form of `expr` over `symbols`: the expression and the
/// symbols it uses, sorted by name.
static std::pair<AffineExpr, SmallVector<StringAttr>>
getCanonicalForm(MLIRContext *context, AffineExpr expr,
                 ArrayRef<StringAttr> symbols) {
  // Keep only the symbols the expression uses, sorted by name.
  SmallVector<unsigned> used;
  expr.walk([&](AffineExpr e) {
    if (auto s = dyn_cast<AffineSymbolExpr>(e))
      if (!llvm::is_contained(used, s.getPosition()))
        used.push_back(s.getPosition());
  });
  llvm::sort(used, [&](unsigned a, unsigned b) {
    return symbols[a].getValue().compare_numeric(symbols[b].getValue()) < 0;
  });
  SmallVector<StringAttr> names;
  SmallVector<AffineExpr> replacement(symbols.size(),
                                      getAffineConstantExpr(0, context));
  for (auto [newPos, oldPos] : llvm::enumerate(used)) {
    names.push_back(symbols[oldPos]);
    replacement[oldPos] = getAffineSymbolExpr(newPos, context);
  }
  AffineExpr renamed = expr.replaceSymbols(replacement);
  return {canonicalize(renamed, names), std::move(names)};
}

IndexExprAttr IndexExprAttr::get(MLIRContext *context, AffineExpr expr,
                                 ArrayRef<StringAttr> symbols) {
  auto [canonical, names] = getCanonicalForm(context, expr, symbols);
  return Base::get(context, canonical, names);
}

LogicalResult
IndexExprAttr::verify(function_ref<InFlightDiagnostic()> emitError,
                      AffineExpr expr, ArrayRef<StringAttr> symbols) {
  if (!expr)
    return emitError() << "missing index expression";
  for (size_t i = 1; i < symbols.size(); ++i)
    if (symbols[i - 1].getValue().compare_numeric(symbols[i].getValue()) >= 0)
      return emitError() << "index expression symbols must be sorted and "
                            "unique";
  // What the parser enforces must hold of the canonical form too: merging
  // like terms may turn a divisor such as (s0 + s1 - s0 - s1) into 0.
  WalkResult result = expr.walk([&](AffineExpr e) -> WalkResult {
    if (auto s = dyn_cast<AffineSymbolExpr>(e);
        s && s.getPosition() >= symbols.size())
      return emitError() << "index expression uses symbol " << s.getPosition()
                         << " of " << symbols.size();
    auto bin = dyn_cast<AffineBinaryOpExpr>(e);
    if (!bin || e.getKind() == AffineExprKind::Add)
      return WalkResult::advance();
    if (e.getKind() == AffineExprKind::Mul) {
      if (!bin.getLHS().isSymbolicOrConstant() &&
          !bin.getRHS().isSymbolicOrConstant())
        return emitError() << "a product of two loop variables is not an "
                              "index expression";
      return WalkResult::advance();
    }
    if (!bin.getRHS().isSymbolicOrConstant())
      return emitError() << "the divisor of floordiv/ceildiv/mod must be a "
                            "constant or a size symbol";
    if (auto c = dyn_cast<AffineConstantExpr>(bin.getRHS());
        c && c.getValue() <= 0)
      return emitError() << "the divisor must be positive, got "
                         << c.getValue();
    return WalkResult::advance();
  });
  return failure(result.wasInterrupted());
}

FailureOr<IndexExprAttr> IndexExprAttr::parseExpr(AsmParser &parser,
                                                  StringRef dimPrefixes,
                                                  char *usedPrefix) {
  SMLoc loc = parser.getCurrentLocation();
  ExprParser exprParser(parser, dimPrefixes);
  FailureOr<AffineExpr> expr = exprParser.parse();
  if (failed(expr))
    return failure();
  uint64_t maxTerms = 0;
  countExpandedTerms(*expr, maxTerms);
  if (maxTerms > kMaxExpandedTerms)
    return parser.emitError(loc)
           << "index expression expands to more than " << kMaxExpandedTerms
           << " terms";
  if (usedPrefix)
    *usedPrefix = exprParser.getUsedPrefix();
  auto [canonical, names] = getCanonicalForm(parser.getContext(), *expr,
                                             exprParser.getSymbols());
  if (failed(verify([&] { return parser.emitError(loc); }, canonical, names)))
    return failure();
  return Base::get(parser.getContext(), canonical, names);
}

void IndexExprAttr::print(llvm::raw_ostream &os, StringRef dimPrefix) const {
  ExprPrinter(os, dimPrefix, getSymbols()).print(getExpr());
}

Attribute IndexExprAttr::parse(AsmParser &parser, Type) {
  if (parser.parseLess())
    return {};
  FailureOr<IndexExprAttr> attr = parseExpr(parser, "p");
  if (failed(attr) || parser.parseGreater())
    return {};
  return *attr;
}

void IndexExprAttr::print(AsmPrinter &printer) const {
  printer << "<";
  print(printer.getStream(), "p");
  printer << ">";
}

unsigned IndexExprAttr::getNumDimsUsed() const {
  unsigned n = 0;
  getExpr().walk([&](AffineExpr e) {
    if (auto d = dyn_cast<AffineDimExpr>(e))
      n = std::max(n, d.getPosition() + 1);
  });
  return n;
}

bool IndexExprAttr::usesDim(unsigned dim) const {
  return getExpr().isFunctionOfDim(dim);
}

std::optional<int64_t> IndexExprAttr::getConstantValue() const {
  if (auto c = dyn_cast<AffineConstantExpr>(getExpr()))
    return c.getValue();
  return std::nullopt;
}

SmallVector<StringAttr> IndexExprAttr::getSizeSymbols() const {
  SmallVector<StringAttr> result;
  for (StringAttr s : getSymbols())
    if (!getIndirectPosition(s.getValue()))
      result.push_back(s);
  return result;
}

unsigned IndexExprAttr::getNumIndirect() const {
  unsigned n = 0;
  for (StringAttr s : getSymbols())
    if (auto k = getIndirectPosition(s.getValue()))
      n = std::max(n, *k + 1);
  return n;
}

//===----------------------------------------------------------------------===//
// MemoryDepAttr
//===----------------------------------------------------------------------===//

LogicalResult
MemoryDepAttr::verify(function_ref<InFlightDiagnostic()> emitError,
                      StringAttr name, IndexExprAttr index,
                      ArrayRef<IndexExprAttr> ranges, StringAttr varPrefix,
                      StringAttr mode) {
  if (!name || name.getValue().empty())
    return emitError() << "a memory dependency needs a buffer name";
  if (!varPrefix || varPrefix.getValue().size() != 1)
    return emitError() << "the loop-variable prefix must be one letter";
  if (index.getNumDimsUsed() > ranges.size())
    return emitError() << "index uses " << index.getNumDimsUsed()
                       << " loop variables but only " << ranges.size()
                       << " ranges are given";
  for (IndexExprAttr r : ranges)
    if (r.getNumDimsUsed() != 0)
      return emitError() << "a range may not use loop variables";
  return success();
}

Attribute MemoryDepAttr::parse(AsmParser &parser, Type) {
  std::string name;
  if (parser.parseLess() || parser.parseString(&name) || parser.parseComma())
    return {};
  char prefix = 0;
  FailureOr<IndexExprAttr> index = IndexExprAttr::parseExpr(parser, "pdct",
                                                            &prefix);
  if (failed(index) || parser.parseComma() || parser.parseLBrace())
    return {};
  // {d0: 8, d1: 16}: the variables must be <prefix>0, <prefix>1, ... in order.
  SmallVector<IndexExprAttr> ranges;
  if (failed(parser.parseOptionalRBrace())) {
    do {
      SMLoc loc = parser.getCurrentLocation();
      StringRef var;
      if (parser.parseKeyword(&var) || parser.parseColon())
        return {};
      if (!prefix && !var.empty())
        prefix = var[0];
      std::string expected = std::string(1, prefix) +
                             std::to_string(ranges.size());
      if (var != expected) {
        parser.emitError(loc) << "expected loop variable '" << expected
                              << "', found '" << var << "'";
        return {};
      }
      FailureOr<IndexExprAttr> size = IndexExprAttr::parseExpr(parser, "");
      if (failed(size))
        return {};
      ranges.push_back(*size);
    } while (succeeded(parser.parseOptionalComma()));
    if (parser.parseRBrace())
      return {};
  }
  StringAttr mode;
  if (succeeded(parser.parseOptionalComma())) {
    std::string modeStr;
    if (parser.parseKeyword("mode") || parser.parseEqual() ||
        parser.parseString(&modeStr))
      return {};
    mode = parser.getBuilder().getStringAttr(modeStr);
  }
  if (parser.parseGreater())
    return {};
  if (!prefix)
    prefix = 'd';
  return parser.getChecked<MemoryDepAttr>(
      parser.getContext(), parser.getBuilder().getStringAttr(name), *index,
      ranges, parser.getBuilder().getStringAttr(StringRef(&prefix, 1)), mode);
}

void MemoryDepAttr::print(AsmPrinter &printer) const {
  StringRef prefix = getVarPrefix().getValue();
  // Names and modes may hold quotes or escapes: print them escaped.
  printer << "<";
  printer.printString(getName().getValue());
  printer << ", ";
  getIndex().print(printer.getStream(), prefix);
  printer << ", {";
  llvm::interleaveComma(llvm::enumerate(getRanges()), printer, [&](auto it) {
    printer << prefix << it.index() << ": ";
    it.value().print(printer.getStream(), "");
  });
  printer << "}";
  if (getMode()) {
    printer << ", mode = ";
    printer.printString(getMode().getValue());
  }
  printer << ">";
}

ParseResult mlir::inductor_sched::sched::parseIndexExprList(
    AsmParser &parser, SmallVectorImpl<IndexExprAttr> &exprs) {
  return parser.parseCommaSeparatedList(
      AsmParser::Delimiter::Square, [&]() -> ParseResult {
        FailureOr<IndexExprAttr> e = IndexExprAttr::parseExpr(parser, "");
        if (failed(e))
          return failure();
        exprs.push_back(*e);
        return success();
      });
}

void mlir::inductor_sched::sched::printIndexExprList(
    AsmPrinter &printer, ArrayRef<IndexExprAttr> exprs) {
  printer << "[";
  llvm::interleaveComma(exprs, printer, [&](IndexExprAttr e) {
    e.print(printer.getStream(), "");
  });
  printer << "]";
}

SmallVector<IndexExprAttr>
mlir::inductor_sched::sched::getIndexExprs(ArrayAttr exprs) {
  SmallVector<IndexExprAttr> out;
  for (Attribute a : exprs)
    out.push_back(cast<IndexExprAttr>(a));
  return out;
}

void mlir::inductor_sched::sched::flattenAffineSum(
    AffineExpr e, SmallVectorImpl<AffineExpr> &terms) {
  if (e.getKind() == AffineExprKind::Add) {
    auto bin = cast<AffineBinaryOpExpr>(e);
    flattenAffineSum(bin.getLHS(), terms);
    flattenAffineSum(bin.getRHS(), terms);
    return;
  }
  terms.push_back(e);
}
