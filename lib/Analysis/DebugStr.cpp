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
/// `mod` as ModularIndexing(x, divisor, modulus).
class SympyPrinter {
public:
  SympyPrinter(StringRef prefix, ArrayRef<StringAttr> symbols)
      : prefix(prefix), symbols(symbols) {}

  std::string print(AffineExpr e) {
    SmallVector<AffineExpr> raw;
    flattenAffineSum(e, raw);
    int64_t constant = 0;
    SmallVector<std::pair<std::string, int64_t>> terms;
    for (AffineExpr t : raw) {
      if (auto c = dyn_cast<AffineConstantExpr>(t)) {
        constant += c.getValue();
        continue;
      }
      int64_t coef = 1;
      SmallVector<std::string> factors;
      collectFactors(t, coef, factors);
      llvm::sort(factors);
      terms.push_back({llvm::join(factors, "*"), coef});
    }
    llvm::stable_sort(terms, [](const auto &a, const auto &b) {
      return a.first < b.first;
    });
    std::string out;
    for (auto &[factor, coef] : terms) {
      if (out.empty())
        out += coef == 1 ? "" : coef == -1 ? "-" : std::to_string(coef) + "*";
      else {
        out += coef < 0 ? " - " : " + ";
        int64_t mag = coef < 0 ? -coef : coef;
        if (mag != 1)
          out += std::to_string(mag) + "*";
      }
      out += factor;
    }
    if (out.empty())
      return std::to_string(constant);
    if (constant != 0)
      out += (constant < 0 ? " - " : " + ") +
             std::to_string(constant < 0 ? -constant : constant);
    return out;
  }

private:
  void collectFactors(AffineExpr e, int64_t &coef,
                      SmallVectorImpl<std::string> &factors) {
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

  std::string atom(AffineExpr e) {
    switch (e.getKind()) {
    case AffineExprKind::DimId:
      return (prefix + Twine(cast<AffineDimExpr>(e).getPosition())).str();
    case AffineExprKind::SymbolId: {
      unsigned pos = cast<AffineSymbolExpr>(e).getPosition();
      return pos < symbols.size() ? symbols[pos].getValue().str() : "?";
    }
    case AffineExprKind::FloorDiv: {
      auto bin = cast<AffineBinaryOpExpr>(e);
      return "(" + print(bin.getLHS()) + "//" + print(bin.getRHS()) + ")";
    }
    case AffineExprKind::CeilDiv: {
      auto bin = cast<AffineBinaryOpExpr>(e);
      return "CeilDiv(" + print(bin.getLHS()) + ", " + print(bin.getRHS()) +
             ")";
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
      return "ModularIndexing(" + print(base) + ", " + divisor + ", " +
             print(bin.getRHS()) + ")";
    }
    default:
      return "(" + print(e) + ")";
    }
  }

  StringRef prefix;
  ArrayRef<StringAttr> symbols;
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

std::string sympyOf(IndexExprAttr e, StringRef prefix = "") {
  return SympyPrinter(prefix, e.getSymbols()).print(e.getExpr());
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
      .Case<NopOp>([](auto) { return "NopKernel"; })
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
        std::string out = "MemoryDep('" + d.getName().getValue().str() +
                          "', " + sympyOf(d.getIndex(), prefix) + ", {" +
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
    os << "def body(self, ops):\n";
    std::string last = "None";
    for (Operation &op : node.getBodyBlock()) {
      std::string name = printOp(op, os);
      if (isa<StoreOp>(op))
        last = name;
    }
    os << "    return " << (node.isReduction() ? "None" : last) << "\n";
  }

private:
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
      std::string name = fresh("indirect_indexing");
      os << "    " << name << " = ops.indirect_indexing(" << ref(ind.getValue())
         << ", " << sympyOf(ind.getSize()) << ", check="
         << (ind.getCheck() ? "True" : "False")
         << ", wrap_neg=" << (ind.getWrapNeg() ? "True" : "False") << ")\n";
      return names[ind.getResult()] = name;
    }
    if (auto masked = dyn_cast<MaskedOp>(op)) {
      std::string sub = "masked_subblock" + std::to_string(++numSubblocks);
      std::string name = fresh("masked_subblock");
      os << "    " << name << " = self." << sub << "(" << ref(masked.getMask())
         << ", " << formatConstant(masked.getOther()) << ")\n";
      return names[masked.getResult()] = name;
    }
    if (auto cst = dyn_cast<arith::ConstantOp>(op)) {
      std::string name = fresh("constant");
      os << "    " << name << " = ops.constant("
         << formatConstant(cst.getValue()) << ", "
         << torchDtype(cst.getType()) << ")\n";
      return names[cst.getResult()] = name;
    }
    std::string base = isa<arith::CmpFOp, arith::CmpIOp>(op)
                           ? cmpName(op)
                           : inductorOpName(op).str();
    std::string name = fresh(base);
    SmallVector<std::string> args;
    for (Value v : op.getOperands())
      args.push_back(ref(v));
    if (base == "to_dtype")
      args.push_back(torchDtype(op.getResult(0).getType()));
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
  unsigned numSubblocks = 0;
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
