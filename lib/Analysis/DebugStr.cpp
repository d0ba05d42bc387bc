//===- DebugStr.cpp - Inductor's debug_str() text -------------------------===//
//
// Reproduces the text of scheduler.py's BaseSchedulerNode.debug_str,
// SchedulerBuffer.debug_str, SchedulerNode.debug_str_extra and
// loop_body.py's LoopBody.debug_str, including Python's pprint layout and
// sympy's printing of index expressions.
//
//===----------------------------------------------------------------------===//

#include "InductorSched/Analysis/DebugStr.h"
#include "InductorSched/Analysis/ExprSpace.h"

#include "llvm/ADT/StringExtras.h"
#include "llvm/ADT/TypeSwitch.h"
#include "llvm/Support/raw_ostream.h"

#include <charconv>

using namespace mlir;
using namespace mlir::inductor_sched;
using namespace mlir::inductor_sched::sched;

//===----------------------------------------------------------------------===//
// Python and sympy spellings
//===----------------------------------------------------------------------===//

namespace {
/// Sympy's str() of an affine expression. Sums list their terms in sympy's
/// lexicographic order of the variables (`d0 + 524288*d1 + 4096*d2`), the
/// constant last; `floordiv` prints as Inductor's FloorDiv `(x//y)` and
/// `mod` as ModularIndexing(x, divisor, modulus). As sympy's StrPrinter
/// does, a FloorDiv or ModularIndexing (precedence 35 in
/// torch/utils/_sympy/functions.py) is parenthesized inside a sum
/// (precedence 40) or a product (50), `((p0//16)) + 32*(ModularIndexing(p0,
/// 1, 16))`, and FloorDiv parenthesizes its arguments unless they are atoms,
/// `((2*p0)//16)`. `tmpIndirect` names the indirect indices `tmp<k>` instead
/// of `indirect<k>`, as Inductor's dependencies do.
class SympyPrinter {
public:
  SympyPrinter(StringRef prefix, ArrayRef<StringAttr> symbols,
               bool tmpIndirect = false)
      : prefix(prefix), symbols(symbols), tmpIndirect(tmpIndirect) {}

  std::string print(AffineExpr e) {
    SmallVector<AffineExpr> raw;
    flattenAffineSum(e, raw);
    int64_t constant = 0;
    struct Term {
      std::string key; // the factors unparenthesized, for the order
      SmallVector<Factor> factors;
      int64_t coef;
    };
    SmallVector<Term> terms;
    for (AffineExpr t : raw) {
      if (auto c = dyn_cast<AffineConstantExpr>(t)) {
        constant += c.getValue();
        continue;
      }
      Term term{"", {}, 1};
      collectFactors(t, term.coef, term.factors);
      llvm::sort(term.factors, [](const Factor &a, const Factor &b) {
        return a.text < b.text;
      });
      foldPowers(term.factors);
      SmallVector<std::string> texts;
      for (const Factor &f : term.factors)
        texts.push_back(f.text);
      term.key = llvm::join(texts, "*");
      terms.push_back(std::move(term));
    }
    llvm::stable_sort(terms, [](const Term &a, const Term &b) {
      return a.key < b.key;
    });
    bool isSum = terms.size() + (constant != 0) > 1;
    std::string out;
    for (Term &term : terms) {
      int64_t mag = term.coef < 0 ? -term.coef : term.coef;
      bool isProduct = mag != 1 || term.factors.size() > 1;
      std::string text;
      if (mag != 1)
        text = std::to_string(mag) + "*";
      SmallVector<std::string> factors;
      for (const Factor &f : term.factors) {
        // _print_Mul parenthesizes a factor below the precedence of Mul;
        // _print_Add a positive term below the precedence of Add; a negated
        // single factor prints as `-x`, unparenthesized.
        bool parens = isProduct ? f.precedence < kMul
                                : isSum && term.coef > 0 && f.precedence < kAdd;
        factors.push_back(parens ? "(" + f.text + ")" : f.text);
      }
      text += llvm::join(factors, "*");
      if (out.empty())
        out = (term.coef < 0 ? "-" : "") + text;
      else
        out += (term.coef < 0 ? " - " : " + ") + text;
    }
    if (out.empty())
      return std::to_string(constant);
    if (constant != 0)
      out += (constant < 0 ? " - " : " + ") +
             std::to_string(constant < 0 ? -constant : constant);
    return out;
  }

private:
  // sympy.printing.precedence's levels.
  static constexpr int kAdd = 40, kMul = 50, kPow = 60, kFunction = 35,
                       kAtom = 1000;

  struct Factor {
    std::string text;
    int precedence;
  };

  /// sympy keeps `x*x` as the power `x**2`: equal atoms (symbols,
  /// variables) of a sorted product become one power, which binds tighter
  /// than the product.
  static void foldPowers(SmallVectorImpl<Factor> &factors) {
    SmallVector<Factor> folded;
    for (size_t i = 0; i < factors.size();) {
      size_t j = i + 1;
      while (j < factors.size() && factors[j].text == factors[i].text &&
             factors[i].precedence >= kAtom)
        ++j;
      if (j - i > 1)
        folded.push_back({factors[i].text + "**" + std::to_string(j - i),
                          kPow});
      else
        folded.push_back(factors[i]);
      i = j;
    }
    factors.swap(folded);
  }

  void collectFactors(AffineExpr e, int64_t &coef,
                      SmallVectorImpl<Factor> &factors) {
    switch (e.getKind()) {
    case AffineExprKind::Constant:
      coef *= cast<AffineConstantExpr>(e).getValue();
      return;
    case AffineExprKind::Mul: {
      auto bin = cast<AffineBinaryOpExpr>(e);
      collectFactors(bin.getLHS(), coef, factors);
      collectFactors(bin.getRHS(), coef, factors);
      return;
    }
    default:
      factors.push_back(atom(e));
    }
  }

  /// An argument of FloorDiv: `printer.parenthesize(arg, PRECEDENCE["Atom"]
  /// - 0.5)`, parenthesized unless it is a symbol or a non-negative integer.
  std::string floorDivArg(AffineExpr e) {
    std::string text = print(e);
    if (isa<AffineDimExpr, AffineSymbolExpr>(e))
      return text;
    if (auto c = dyn_cast<AffineConstantExpr>(e); c && c.getValue() >= 0)
      return text;
    return "(" + text + ")";
  }

  Factor atom(AffineExpr e) {
    switch (e.getKind()) {
    case AffineExprKind::DimId:
      return {(prefix + Twine(cast<AffineDimExpr>(e).getPosition())).str(),
              kAtom};
    case AffineExprKind::SymbolId: {
      unsigned pos = cast<AffineSymbolExpr>(e).getPosition();
      if (pos >= symbols.size())
        return {"?", kAtom};
      StringRef name = symbols[pos].getValue();
      if (tmpIndirect && name.consume_front("indirect"))
        return {("tmp" + name).str(), kAtom};
      return {name.str(), kAtom};
    }
    case AffineExprKind::FloorDiv: {
      auto bin = cast<AffineBinaryOpExpr>(e);
      return {"(" + floorDivArg(bin.getLHS()) + "//" +
                  floorDivArg(bin.getRHS()) + ")",
              kFunction};
    }
    case AffineExprKind::CeilDiv: {
      auto bin = cast<AffineBinaryOpExpr>(e);
      return {"CeilDiv(" + print(bin.getLHS()) + ", " + print(bin.getRHS()) +
                  ")",
              kFunction};
    }
    case AffineExprKind::Mod: {
      auto bin = cast<AffineBinaryOpExpr>(e);
      AffineExpr base = bin.getLHS();
      std::string divisor = "1";
      if (base.getKind() == AffineExprKind::FloorDiv) {
        auto div = cast<AffineBinaryOpExpr>(base);
        base = div.getLHS();
        divisor = print(div.getRHS());
      }
      return {"ModularIndexing(" + print(base) + ", " + divisor + ", " +
                  print(bin.getRHS()) + ")",
              kFunction};
    }
    default:
      return {"(" + print(e) + ")", kAtom};
    }
  }

  StringRef prefix;
  ArrayRef<StringAttr> symbols;
  bool tmpIndirect;
};

/// `pprint.pformat(items, indent=4)` as Inductor's `pformat` wraps it: one
/// line when it fits in 80 columns, else one item per line after a newline.
std::string pformat(ArrayRef<std::string> items) {
  std::string oneLine = "[" + llvm::join(items, ", ") + "]";
  if (oneLine.size() <= 80)
    return oneLine;
  std::string out = "\n    [   ";
  for (auto [i, item] : llvm::enumerate(items)) {
    if (i)
      out += ",\n        ";
    out += item;
  }
  return out + "]";
}

/// Python's repr of a float: shortest round-trip digits, `2.0`, `1e-05`.
std::string pythonFloat(double v) {
  if (std::isnan(v))
    return "nan";
  if (std::isinf(v))
    return v < 0 ? "-inf" : "inf";
  char buf[64];
  auto res = std::to_chars(buf, buf + sizeof(buf), v,
                           std::chars_format::scientific);
  std::string sci(buf, res.ptr);
  size_t e = sci.find('e');
  std::string mantissa = sci.substr(0, e);
  int exp = std::stoi(sci.substr(e + 1));
  bool negative = mantissa[0] == '-';
  std::string digits;
  for (char c : mantissa)
    if (llvm::isDigit(c))
      digits += c;
  std::string out = negative ? "-" : "";
  if (exp < -4 || exp >= 16) {
    out += digits.substr(0, 1);
    if (digits.size() > 1)
      out += "." + digits.substr(1);
    char expBuf[16];
    snprintf(expBuf, sizeof(expBuf), "e%c%02d", exp < 0 ? '-' : '+',
             exp < 0 ? -exp : exp);
    return out + expBuf;
  }
  if (exp < 0)
    return out + "0." + std::string(-exp - 1, '0') + digits;
  if ((int)digits.size() <= exp + 1)
    return out + digits + std::string(exp + 1 - digits.size(), '0') + ".0";
  return out + digits.substr(0, exp + 1) + "." + digits.substr(exp + 1);
}

std::string torchDtype(Type t) {
  if (t.isF32())
    return "torch.float32";
  if (t.isF16())
    return "torch.float16";
  if (t.isBF16())
    return "torch.bfloat16";
  if (t.isF64())
    return "torch.float64";
  if (t.isInteger(1))
    return "torch.bool";
  if (auto i = dyn_cast<IntegerType>(t))
    return (i.isUnsigned() ? "torch.uint" : "torch.int") +
           std::to_string(i.getWidth());
  if (t.isIndex())
    return "torch.int64";
  std::string s;
  llvm::raw_string_ostream os(s);
  os << t;
  return s;
}

std::string pythonDevice(StringAttr device) {
  auto [kind, index] = device.getValue().split(':');
  std::string out = "device(type='" + kind.str() + "'";
  if (!index.empty())
    out += ", index=" + index.str();
  return out + ")";
}

std::string sympyOf(IndexExprAttr e, StringRef prefix = "",
                    bool tmpIndirect = false) {
  return SympyPrinter(prefix, e.getSymbols(), tmpIndirect).print(e.getExpr());
}

std::string sympyList(ArrayRef<IndexExprAttr> exprs) {
  SmallVector<std::string> items;
  for (IndexExprAttr e : exprs)
    items.push_back(sympyOf(e));
  return "[" + llvm::join(items, ", ") + "]";
}

/// A Python tuple of sympy values: `(8,)`, `(8, 16)`, `()`.
std::string sympyTuple(ArrayRef<IndexExprAttr> exprs) {
  SmallVector<std::string> items;
  for (IndexExprAttr e : exprs)
    items.push_back(sympyOf(e));
  if (items.size() == 1)
    return "(" + items.front() + ",)";
  return "(" + llvm::join(items, ", ") + ")";
}

/// `str(layout)` of the buffer an op defines.
std::string formatLayout(Operation *def) {
  Type type = def->getResult(0).getType();
  if (auto none = dyn_cast<NoneLayoutType>(type))
    return "NoneLayout(device=" + pythonDevice(none.getDevice()) +
           ", size=[0], stride=[0])";
  if (auto multi = dyn_cast<MultiOutputLayoutType>(type))
    return "MultiOutputLayout(device=" + pythonDevice(multi.getDevice()) + ")";
  auto buffer = cast<BufferType>(type);
  StringRef cls = isa<MutationOp>(def) ? "MutationLayoutSHOULDREMOVE"
                  : isa<AliasOp>(def)  ? "NonOwningLayout"
                                       : "FixedLayout";
  std::string out = (cls + "('" + buffer.getDevice().getValue() + "', ").str() +
                    torchDtype(buffer.getDtype()) +
                    ", size=" + sympyList(buffer.getSizes()) +
                    ", stride=" + sympyList(buffer.getStrides());
  if (buffer.getOffset().getConstantValue() != std::optional<int64_t>(0))
    out += ", offset=" + sympyOf(buffer.getOffset());
  return out + ")";
}

/// The Python class of the IR node behind a scheduler node.
StringRef irClassName(Operation *op) {
  return llvm::TypeSwitch<Operation *, StringRef>(op)
      .Case<NodeOp>([](auto) { return "ComputedBuffer"; })
      .Case<MultiOutputOp>([](auto) { return "MultiOutput"; })
      .Case<NopOp>([](NopOp nop) {
        return nop.getIrClass().value_or("NopKernel");
      })
      .Case<ExternOp>([](ExternOp ext) {
        return ext.getIrClass().value_or("ExternKernel");
      })
      .Default([](Operation *) { return "ExternKernel"; });
}

std::string formatUser(const NodeUser &u) {
  std::string node =
      u.node ? (u.node->getKindName() + "(name='" + u.node->name.getValue() +
                "')")
                   .str()
             : "OUTPUT";
  return "NodeUser(node=" + node +
         ", can_inplace=" + (u.canInplace ? "True" : "False") +
         ", is_weak=" + (u.isWeak ? "True" : "False") + ")";
}
} // namespace

std::string mlir::inductor_sched::formatSympy(IndexExprAttr expr,
                                              StringRef prefix) {
  return sympyOf(expr, prefix);
}

std::string mlir::inductor_sched::formatDep(Attribute dep) {
  return llvm::TypeSwitch<Attribute, std::string>(dep)
      .Case([](MemoryDepAttr d) {
        StringRef prefix = d.getVarPrefix().getValue();
        std::string ranges;
        for (auto [i, r] : llvm::enumerate(d.getRanges()))
          ranges += (i ? ", " : "") + prefix.str() + std::to_string(i) +
                    ": " + sympyOf(r);
        // extract_read_writes names the LoopBody's indirect indices tmp<k>
        // ("mimic the `tmpX` naming tracing gives us").
        std::string out = "MemoryDep('" + d.getName().getValue().str() +
                          "', " + sympyOf(d.getIndex(), prefix, true) + ", {" +
                          ranges + "}";
        if (d.getMode())
          out += ", " + d.getMode().getValue().str();
        return out + ")";
      })
      .Case([](StarDepAttr d) {
        std::string mode =
            d.getMode() ? "'" + d.getMode().getValue().str() + "'" : "None";
        return "StarDep(name='" + d.getName().getValue().str() +
               "', mode=" + mode + ")";
      })
      .Case([](WeakDepAttr d) {
        return "WeakDep(name='" + d.getName().getValue().str() +
               "', mutating_buf='" + d.getMutatingBuf().getValue().str() +
               "', is_fake=" + (d.getIsFake().getValue() ? "True" : "False") +
               ")";
      })
      .Default([](Attribute) { return std::string("<unknown dep>"); });
}

/// `pformat` of a set of dependencies: sorted by their text.
static std::string formatDepSet(ArrayRef<Attribute> deps) {
  SmallVector<std::string> items;
  for (Attribute d : deps)
    items.push_back(formatDep(d));
  llvm::sort(items);
  return pformat(items);
}

//===----------------------------------------------------------------------===//
// LoopBody.debug_str
//===----------------------------------------------------------------------===//

namespace {
/// Prints a node body as the FX graph Inductor's LoopBody records: indices
/// named index0, index1... in order of first use, values named after the
/// op (`load`, `load_1`, `add`) as FX names them.
class LoopBodyPrinter {
public:
  explicit LoopBodyPrinter(NodeOp node) : node(node) {}

  void print(llvm::raw_ostream &os) {
    SmallVector<IndexExprAttr> sizes = getIndexExprs(node.getRanges());
    llvm::append_range(sizes, getIndexExprs(node.getReduce()));
    os << "var_ranges = {";
    for (auto [i, s] : llvm::enumerate(sizes))
      os << (i ? ", " : "") << "p" << i << ": " << sympyOf(s);
    os << "}\n";
    node.getBody().walk([&](Operation *op) {
      if (auto load = dyn_cast<LoadOp>(op))
        indexName(load.getIndex());
      else if (auto store = dyn_cast<StoreOp>(op))
        indexName(store.getIndex());
      else if (auto store = dyn_cast<StoreReductionOp>(op))
        indexName(store.getIndex());
      else if (auto idx = dyn_cast<IndexExprOp>(op))
        indexName(idx.getIndex());
    });
    for (auto [i, e] : llvm::enumerate(indexOrder))
      os << "index" << i << " = " << sympyOf(e, "p") << "\n";
    // The root block, then the masked subblocks in the order of
    // LoopBody.subblocks.
    std::string root = printBlock(node.getBodyBlock(), "body");
    os << root;
    for (const std::string &sub : subblocks)
      os << sub;
  }

private:
  /// One block of the LoopBody as its FX GraphModule's code: its own
  /// namespace of value names, `def <name>(self, ops):` and `return ...`.
  std::string printBlock(Block &block, StringRef defName) {
    llvm::StringMap<unsigned> saved = std::move(counts);
    counts.clear();
    std::string text;
    llvm::raw_string_ostream os(text);
    os << "def " << defName << "(self, ops):\n";
    std::string result = "None";
    for (Operation &op : block) {
      if (auto yield = dyn_cast<YieldOp>(op)) {
        result = ref(yield.getValue());
        continue;
      }
      std::string name = printOp(op, os);
      // Pointwise.store_output returns its ops.store;
      // Reduction.store_reduction returns nothing, but
      // MultiOutputReduction.store_reduction (Welford, online softmax: the
      // reductions of several results) returns its ops.store_reduction.
      if (isa<StoreOp>(op))
        result = name;
      if (auto store = dyn_cast<StoreReductionOp>(op)) {
        auto red = store.getValue().getDefiningOp<ReductionOp>();
        if (red && red.getNumResults() > 1)
          result = name;
      }
    }
    os << "    return " << result << "\n";
    counts = std::move(saved);
    return text;
  }

  std::string indexName(IndexExprAttr e) {
    auto [it, inserted] = indexNames.try_emplace(e, indexOrder.size());
    if (inserted)
      indexOrder.push_back(e);
    return "index" + std::to_string(it->second);
  }

  std::string fresh(StringRef base) {
    unsigned n = counts[base]++;
    return n == 0 ? base.str() : (base + "_" + Twine(n)).str();
  }

  std::string getIndex(IndexExprAttr e, llvm::raw_ostream &os) {
    std::string name = fresh("get_index");
    os << "    " << name << " = self.get_index('" << indexName(e) << "')\n";
    return name;
  }

  std::string ref(Value v) {
    auto it = names.find(v);
    return it == names.end() ? "?" : it->second;
  }

  static StringRef inductorOpName(Operation &op) {
    return llvm::StringSwitch<StringRef>(op.getName().getStringRef())
        .Cases({"arith.addf", "arith.addi"}, "add")
        .Cases({"arith.subf", "arith.subi"}, "sub")
        .Cases({"arith.mulf", "arith.muli"}, "mul")
        .Case("arith.divf", "truediv")
        .Case("arith.divsi", "truncdiv")
        .Case("arith.floordivsi", "floordiv")
        .Case("arith.remsi", "mod")
        .Case("arith.negf", "neg")
        .Cases({"arith.maximumf", "arith.maxnumf", "arith.maxsi"}, "maximum")
        .Cases({"arith.minimumf", "arith.minnumf", "arith.minsi"}, "minimum")
        .Case("arith.select", "where")
        .Cases({"arith.andi"}, "bitwise_and")
        .Cases({"arith.ori"}, "bitwise_or")
        .Cases({"arith.xori"}, "bitwise_xor")
        .Cases({"arith.extf", "arith.truncf", "arith.sitofp", "arith.fptosi",
                "arith.extsi", "arith.trunci", "arith.uitofp", "arith.extui"},
               "to_dtype")
        .Case("math.absf", "abs")
        .Case("math.powf", "pow")
        .Default(op.getName().stripDialect());
  }

  static std::string cmpName(Operation &op) {
    auto attr = op.getAttrOfType<IntegerAttr>("predicate");
    int64_t p = attr ? attr.getInt() : -1;
    if (isa<arith::CmpFOp>(op)) {
      switch (static_cast<arith::CmpFPredicate>(p)) {
      case arith::CmpFPredicate::OEQ:
      case arith::CmpFPredicate::UEQ:
        return "eq";
      case arith::CmpFPredicate::ONE:
      case arith::CmpFPredicate::UNE:
        return "ne";
      case arith::CmpFPredicate::OLT:
      case arith::CmpFPredicate::ULT:
        return "lt";
      case arith::CmpFPredicate::OLE:
      case arith::CmpFPredicate::ULE:
        return "le";
      case arith::CmpFPredicate::OGT:
      case arith::CmpFPredicate::UGT:
        return "gt";
      case arith::CmpFPredicate::OGE:
      case arith::CmpFPredicate::UGE:
        return "ge";
      default:
        return "cmp";
      }
    }
    switch (static_cast<arith::CmpIPredicate>(p)) {
    case arith::CmpIPredicate::eq:
      return "eq";
    case arith::CmpIPredicate::ne:
      return "ne";
    case arith::CmpIPredicate::slt:
    case arith::CmpIPredicate::ult:
      return "lt";
    case arith::CmpIPredicate::sle:
    case arith::CmpIPredicate::ule:
      return "le";
    case arith::CmpIPredicate::sgt:
    case arith::CmpIPredicate::ugt:
      return "gt";
    case arith::CmpIPredicate::sge:
    case arith::CmpIPredicate::uge:
      return "ge";
    }
    return "cmp";
  }

  /// Prints `op` as one or two FX lines; returns the name of its value.
  std::string printOp(Operation &op, llvm::raw_ostream &os) {
    if (auto load = dyn_cast<LoadOp>(op)) {
      std::string idx = getIndex(load.getIndex(), os);
      std::string name = fresh("load");
      os << "    " << name << " = ops.load('"
         << getBufferName(load.getBuffer()).getValue() << "', " << idx
         << ")\n";
      return names[load.getResult()] = name;
    }
    if (auto store = dyn_cast<StoreOp>(op)) {
      std::string idx = getIndex(store.getIndex(), os);
      std::string name = fresh("store");
      os << "    " << name << " = ops.store('"
         << getBufferName(store.getBuffer()).getValue() << "', " << idx
         << ", " << ref(store.getValue()) << ", "
         << (store.getMode() ? "'" +
                                   stringifyStoreMode(*store.getMode()).str() +
                                   "'"
                             : std::string("None"))
         << ")\n";
      return name;
    }
    if (auto store = dyn_cast<StoreReductionOp>(op)) {
      std::string idx = getIndex(store.getIndex(), os);
      std::string name = fresh("store_reduction");
      os << "    " << name << " = ops.store_reduction('"
         << getBufferName(store.getBuffer()).getValue() << "', " << idx
         << ", " << ref(store.getValue()) << ")\n";
      return name;
    }
    if (auto red = dyn_cast<ReductionOp>(op)) {
      std::string name = fresh("reduction");
      SmallVector<std::string> args;
      for (Value v : red.getInputs())
        args.push_back(ref(v));
      std::string value = args.size() == 1 ? args.front()
                                            : "(" + llvm::join(args, ", ") + ")";
      os << "    " << name << " = ops.reduction("
         << torchDtype(red.getResult(0).getType()) << ", "
         << torchDtype(red.getInputs().front().getType()) << ", '"
         << stringifyReductionKind(red.getKind()) << "', " << value << ")\n";
      if (red.getNumResults() == 1)
        return names[red.getResult(0)] = name;
      for (auto [i, r] : llvm::enumerate(red.getResults())) {
        std::string item = fresh("getitem");
        os << "    " << item << " = " << name << "[" << i << "]\n";
        names[r] = item;
      }
      return name;
    }
    if (auto idx = dyn_cast<IndexExprOp>(op)) {
      std::string get = getIndex(idx.getIndex(), os);
      std::string name = fresh("index_expr");
      os << "    " << name << " = ops.index_expr(" << get << ", "
         << torchDtype(idx.getType()) << ")\n";
      return names[idx.getResult()] = name;
    }
    if (auto ind = dyn_cast<IndirectIndexingOp>(op)) {
      // LoopBody's tracer records ops.indirect_indexing as a call of the
      // submodule `set_indirect<k>`, k counting the body's indirect indices.
      std::string sub = "set_indirect" + std::to_string(numIndirect++);
      ++numSubmodules;
      std::string name = fresh(sub);
      os << "    " << name << " = self." << sub << "(" << ref(ind.getValue())
         << ")\n";
      return names[ind.getResult()] = name;
    }
    if (auto masked = dyn_cast<MaskedOp>(op)) {
      // add_submodule names it after the submodules so far (`get_index`
      // first) before the masked body is traced; the body's block joins
      // LoopBody.subblocks once traced, after the blocks nested in it.
      std::string sub = "masked_subblock" + std::to_string(numSubmodules++);
      std::string block = printBlock(masked.getBody().front(), sub);
      subblocks.push_back(std::move(block));
      std::string name = fresh(sub);
      os << "    " << name << " = self." << sub << "(" << ref(masked.getMask())
         << ", " << formatConstant(masked.getOther()) << ")\n";
      return names[masked.getResult()] = name;
    }
    if (auto cst = dyn_cast<arith::ConstantOp>(op)) {
      std::string name = fresh("constant");
      // The Python float Inductor's ops.constant received, where rounding it
      // to the constant's type lost digits.
      Attribute value = cst.getValue();
      if (auto python = op.getAttrOfType<FloatAttr>("sched.python_value"))
        value = python;
      os << "    " << name << " = ops.constant(" << formatConstant(value)
         << ", " << torchDtype(cst.getType()) << ")\n";
      return names[cst.getResult()] = name;
    }
    std::string base = isa<arith::CmpFOp, arith::CmpIOp>(op)
                           ? cmpName(op)
                           : inductorOpName(op).str();
    // On booleans, and/or are Inductor's logical ops.and_ / ops.or_ (masks
    // combine with them); the exporter does not write bitwise_and of bools.
    if (isa<arith::AndIOp, arith::OrIOp>(op) &&
        op.getResult(0).getType().isInteger(1))
      base = isa<arith::AndIOp>(op) ? "and_" : "or_";
    std::string name = fresh(base);
    SmallVector<std::string> args;
    for (Value v : op.getOperands())
      args.push_back(ref(v));
    if (base == "to_dtype") {
      args.push_back(torchDtype(op.getResult(0).getType()));
      if (op.hasAttr("sched.src_dtype"))
        args.push_back("src_dtype = " +
                       torchDtype(op.getOperand(0).getType()));
    }
    os << "    " << name << " = ops." << base << "(" << llvm::join(args, ", ")
       << ")\n";
    for (Value r : op.getResults())
      names[r] = name;
    return name;
  }

  static std::string formatConstant(Attribute value) {
    if (auto f = dyn_cast<FloatAttr>(value))
      return pythonFloat(f.getValueAsDouble());
    if (auto b = dyn_cast<BoolAttr>(value))
      return b.getValue() ? "True" : "False";
    if (auto i = dyn_cast<IntegerAttr>(value)) {
      if (i.getType().isInteger(1))
        return i.getValue().isZero() ? "False" : "True";
      return std::to_string(i.getValue().getSExtValue());
    }
    return "?";
  }

  NodeOp node;
  llvm::DenseMap<IndexExprAttr, unsigned> indexNames;
  SmallVector<IndexExprAttr> indexOrder;
  llvm::StringMap<unsigned> counts;
  llvm::DenseMap<Value, std::string> names;
  /// LoopBody.submodules so far: `get_index`, then each set_indirect<k> and
  /// masked_subblock<n>.
  unsigned numSubmodules = 1;
  unsigned numIndirect = 0;
  /// The masked subblocks' code, in the order of LoopBody.subblocks.
  SmallVector<std::string> subblocks;
};
} // namespace

//===----------------------------------------------------------------------===//
// BaseSchedulerNode.debug_str
//===----------------------------------------------------------------------===//

static void printBuffer(const SchedulerBuffer &buf, llvm::raw_ostream &os) {
  StringRef name = buf.name.getValue();
  os << "    " << name << ": "
     << (buf.definingOp ? irClassName(buf.definingOp->op) : "Buffer") << "\n";
  os << "    " << name << ".layout = " << formatLayout(buf.defOp) << "\n";
  if (buf.aliases)
    os << "    " << name << ".aliases = ['" << buf.aliases.getValue()
       << "']\n";
  if (buf.mutates)
    os << "    " << name << ".mutations = ['" << buf.mutates.getValue()
       << "']\n";
  if (buf.users.size() <= 1) {
    os << "    " << name << ".users = [";
    if (!buf.users.empty())
      os << formatUser(buf.users.front());
    os << "]\n";
    return;
  }
  os << "    " << name << ".users = [\n";
  for (const NodeUser &u : buf.users)
    os << "        " << formatUser(u) << ",\n";
  os << "    ]\n";
}

/// The `(numel, rnumel)` of a SIMD (GPU) group, or the size tuples of a C++
/// (CPU) group.
static std::string formatGroupIteration(NodeOp node) {
  SmallVector<IndexExprAttr> ranges = getIndexExprs(node.getRanges());
  SmallVector<IndexExprAttr> reduce = getIndexExprs(node.getReduce());
  StringRef device = getDevice(node.getWrites().front().getType()).getValue();
  if (isCpuDevice(device))
    return "(" + sympyTuple(ranges) + ", " + sympyTuple(reduce) + ")";
  ExprSpace space(node.getContext());
  auto product = [&](ArrayRef<IndexExprAttr> sizes) {
    AffineExpr p = getAffineConstantExpr(1, node.getContext());
    for (IndexExprAttr s : sizes)
      p = p * space.import(s);
    return sympyOf(space.exportExpr(p));
  };
  return "(" + product(ranges) + ", " + product(reduce) + ")";
}

static void printNode(const SchedulerGraph &graph, const SchedulerNode &node,
                      llvm::raw_ostream &os) {
  StringRef name = node.name.getValue();
  const ReadWrites &rw = node.readWrites;
  SmallVector<Attribute> met;
  for (Attribute d : rw.reads)
    if (!node.unmet.contains(d))
      met.push_back(d);
  os << name << ": " << node.getKindName() << "(";
  if (node.isFused())
    llvm::interleave(
        node.getMembers(), os,
        [&](SchedulerNode *m) { os << m->getKindName(); }, ",");
  else
    os << irClassName(node.op);
  os << ")\n";
  os << name << ".writes = " << formatDepSet(rw.writes.getArrayRef()) << "\n";
  os << name << ".unmet_dependencies = "
     << formatDepSet(node.unmet.getArrayRef()) << "\n";
  os << name << ".met_dependencies = " << formatDepSet(met) << "\n";
  os << name << ".outputs = [\n";
  for (SchedulerBuffer *buf : node.outputs)
    printBuffer(*buf, os);
  os << "]\n";

  if (node.isFused()) {
    for (auto [i, member] : llvm::enumerate(node.getMembers())) {
      os << name << ".snodes[" << i << "] =\n";
      printNode(graph, *member, os);
    }
    return;
  }
  if (auto ext = dyn_cast<ExternOp>(node.op)) {
    os << name << ".node.kernel = " << ext.getKernel() << "\n";
    return;
  }
  // ExternKernelSchedulerNode.debug_str_extra prints the IR node's
  // python_kernel_name, which a MultiOutput never has.
  if (isa<MultiOutputOp>(node.op)) {
    os << name << ".node.kernel = None\n";
    return;
  }
  auto computed = dyn_cast<NodeOp>(node.op);
  if (!computed)
    return;
  os << name << ".group.device = "
     << getDevice(computed.getWrites().front().getType()).getValue() << "\n";
  os << name << ".group.iteration = " << formatGroupIteration(computed)
     << "\n";
  os << name << ".sizes = ";
  if (node.loopsMerged) // merge_loops leaves tuples
    os << "(" << sympyTuple(getIndexExprs(computed.getRanges())) << ", "
       << sympyTuple(getIndexExprs(computed.getReduce())) << ")\n";
  else
    os << "(" << sympyList(getIndexExprs(computed.getRanges())) << ", "
       << sympyList(getIndexExprs(computed.getReduce())) << ")\n";
  for (Attribute dep : llvm::concat<const Attribute>(rw.reads.getArrayRef(),
                                                     rw.writes.getArrayRef())) {
    if (isa<WeakDepAttr>(dep))
      continue;
    StringAttr depName = getDepName(dep);
    if (Operation *def = graph.lookupDefOp(depName))
      os << depName.getValue() << "_layout = " << formatLayout(def) << "\n";
  }
  os << "class " << name << "_loop_body:\n";
  std::string body;
  llvm::raw_string_ostream bodyOs(body);
  LoopBodyPrinter(computed).print(bodyOs);
  for (StringRef line : llvm::split(StringRef(body).rtrim('\n'), '\n'))
    os << "    " << line << "\n";
}

void mlir::inductor_sched::printDebugStr(const SchedulerGraph &graph,
                                         llvm::raw_ostream &os) {
  for (auto [i, node] : llvm::enumerate(graph.getNodes())) {
    if (i)
      os << "\n";
    printNode(graph, *node, os);
  }
}
