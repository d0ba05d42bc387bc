//===- SchedOps.cpp - sched dialect operations ----------------------------===//
//
// Custom syntax and verifiers. Op-local rules live in each op's verifier;
// rules that need the whole graph (unique names, declared symbols, one
// writer per buffer) live in GraphOp::verifyRegions.
//
//===----------------------------------------------------------------------===//

#include "InductorSched/Dialect/Sched/IR/SchedOps.h"

#include "mlir/IR/Builders.h"
#include "mlir/IR/OpImplementation.h"
#include "llvm/ADT/DenseMap.h"
#include "llvm/ADT/DenseSet.h"
#include "llvm/ADT/SmallPtrSet.h"
#include "llvm/ADT/STLExtras.h"
#include "llvm/ADT/StringExtras.h"
#include "llvm/ADT/TypeSwitch.h"

using namespace mlir;
using namespace mlir::inductor_sched::sched;

#include "InductorSched/Dialect/Sched/IR/SchedInterfaces.cpp.inc"

//===----------------------------------------------------------------------===//
// Helpers
//===----------------------------------------------------------------------===//

StringAttr mlir::inductor_sched::sched::getBufferName(Value value) {
  // Follow views to their base. Op verifiers run before dominance is
  // checked, so a malformed graph may hold a cycle of views
  // (`%v = sched.view %v`): stop when a view comes back.
  llvm::SmallPtrSet<Operation *, 4> views;
  Operation *def = value.getDefiningOp();
  while (auto view = dyn_cast_or_null<ViewOp>(def)) {
    if (!views.insert(view).second)
      return {};
    def = view.getBase().getDefiningOp();
  }
  if (auto buffer = dyn_cast_or_null<BufferDefOpInterface>(def))
    return buffer.getBufferNameAttr();
  return {};
}

/// Describes a buffer value for diagnostics: `'buf0'`, or `a value` when it
/// has no name.
static std::string describe(Value value) {
  StringAttr name = getBufferName(value);
  return name ? ("'" + name.getValue() + "'").str() : "an unnamed value";
}

static LogicalResult verifyName(Operation *op, StringAttr name) {
  if (!name || name.getValue().empty())
    return op->emitOpError("requires a non-empty name");
  return success();
}

/// A node may write only buffers the graph declares for it: intermediate
/// buffers, mutations and aliases. Graph inputs are written through a
/// `sched.mutation`, never directly.
static LogicalResult verifyWrittenBuffers(Operation *op, ValueRange writes) {
  for (Value w : writes) {
    Operation *def = w.getDefiningOp();
    if (isa_and_nonnull<InputOp>(def))
      return op->emitOpError("writes graph input ")
             << describe(w)
             << "; a graph input is written only through a sched.mutation "
                "of it";
    if (!isa_and_nonnull<BufferOp, MutationOp, AliasOp>(def))
      return op->emitOpError("writes ")
             << describe(w)
             << ", which is not a sched.buffer, sched.mutation or sched.alias";
  }
  return success();
}

/// Size expressions (ranges, sizes) may use neither loop variables nor
/// indirect indices.
static LogicalResult verifySizeExpr(Operation *op, IndexExprAttr e,
                                    StringRef what) {
  if (e.getNumDimsUsed() != 0)
    return op->emitOpError() << what << " may not use loop variables";
  if (e.getNumIndirect() != 0)
    return op->emitOpError() << what << " may not use indirect indices";
  return success();
}

static LogicalResult verifyIndirect(Operation *op, IndexExprAttr index,
                                    ValueRange indirect) {
  if (index.getNumIndirect() != indirect.size())
    return op->emitOpError("index uses ")
           << index.getNumIndirect() << " indirect indices but "
           << indirect.size() << " indirect operands are given";
  return success();
}

//===----------------------------------------------------------------------===//
// Custom directives
//===----------------------------------------------------------------------===//

static ParseResult parseIndexList(OpAsmParser &parser, ArrayAttr &result) {
  SmallVector<IndexExprAttr> exprs;
  if (parseIndexExprList(parser, exprs))
    return failure();
  result = parser.getBuilder().getArrayAttr(
      SmallVector<Attribute>(exprs.begin(), exprs.end()));
  return success();
}

static void printIndexList(OpAsmPrinter &printer, ArrayAttr exprs) {
  SmallVector<IndexExprAttr> list;
  for (Attribute a : exprs)
    list.push_back(cast<IndexExprAttr>(a));
  printIndexExprList(printer, list);
}

// ranges [8, 16] reduce [4]
static ParseResult parseNodeRanges(OpAsmParser &parser, ArrayAttr &ranges,
                                   ArrayAttr &reduce) {
  if (parser.parseKeyword("ranges") || parseIndexList(parser, ranges))
    return failure();
  reduce = parser.getBuilder().getArrayAttr({});
  if (succeeded(parser.parseOptionalKeyword("reduce")))
    return parseIndexList(parser, reduce);
  return success();
}

static void printNodeRanges(OpAsmPrinter &printer, Operation *,
                            ArrayAttr ranges, ArrayAttr reduce) {
  printer << "ranges ";
  printIndexList(printer, ranges);
  if (reduce && !reduce.empty()) {
    printer << " reduce ";
    printIndexList(printer, reduce);
  }
}

static ParseResult parseBodyIndex(OpAsmParser &parser, IndexExprAttr &index) {
  FailureOr<IndexExprAttr> e = IndexExprAttr::parseExpr(parser, "p");
  if (failed(e))
    return failure();
  index = *e;
  return success();
}

static void printBodyIndex(OpAsmPrinter &printer, Operation *,
                           IndexExprAttr index) {
  index.print(printer.getStream(), "p");
}

static ParseResult parseSizeExpr(OpAsmParser &parser, IndexExprAttr &size) {
  FailureOr<IndexExprAttr> e = IndexExprAttr::parseExpr(parser, "");
  if (failed(e))
    return failure();
  size = *e;
  return success();
}

static void printSizeExpr(OpAsmPrinter &printer, Operation *,
                          IndexExprAttr size) {
  size.print(printer.getStream(), "");
}

/// An enum attribute written as a bare keyword: `sched.reduction sum`,
/// `mode = atomic_add`, `sched.group "..." fused`.
template <typename AttrT, typename EnumT>
static ParseResult
parseEnumKeyword(OpAsmParser &parser, AttrT &attr,
                 std::optional<EnumT> (*symbolize)(StringRef), StringRef what) {
  SMLoc loc = parser.getCurrentLocation();
  StringRef keyword;
  if (parser.parseKeyword(&keyword))
    return failure();
  std::optional<EnumT> value = symbolize(keyword);
  if (!value)
    return parser.emitError(loc, "unknown ") << what << " '" << keyword << "'";
  attr = AttrT::get(parser.getContext(), *value);
  return success();
}

static ParseResult parseReductionKind(OpAsmParser &parser,
                                      ReductionKindAttr &kind) {
  return parseEnumKeyword(parser, kind, symbolizeReductionKind,
                          "reduction kind");
}
static void printReductionKind(OpAsmPrinter &printer, Operation *,
                               ReductionKindAttr kind) {
  printer << stringifyReductionKind(kind.getValue());
}

static ParseResult parseGroupKind(OpAsmParser &parser, GroupKindAttr &kind) {
  return parseEnumKeyword(parser, kind, symbolizeGroupKind, "group kind");
}
static void printGroupKind(OpAsmPrinter &printer, Operation *,
                           GroupKindAttr kind) {
  printer << stringifyGroupKind(kind.getValue());
}

static ParseResult parseStoreMode(OpAsmParser &parser, StoreModeAttr &mode) {
  return parseEnumKeyword(parser, mode, symbolizeStoreMode, "store mode");
}
static void printStoreMode(OpAsmPrinter &printer, Operation *,
                           StoreModeAttr mode) {
  printer << stringifyStoreMode(mode.getValue());
}

#define GET_OP_CLASSES
#include "InductorSched/Dialect/Sched/IR/SchedOps.cpp.inc"

//===----------------------------------------------------------------------===//
// GraphOp
//===----------------------------------------------------------------------===//

// sched.graph @name symbols(s0 = 8, s1 = 4) attributes {...} { ... }
ParseResult GraphOp::parse(OpAsmParser &parser, OperationState &result) {
  StringAttr symName;
  if (parser.parseSymbolName(symName))
    return failure();
  result.addAttribute(getSymNameAttrName(result.name), symName);
  SmallVector<Attribute> names;
  SmallVector<int64_t> hints;
  if (succeeded(parser.parseOptionalKeyword("symbols"))) {
    if (parser.parseCommaSeparatedList(
            AsmParser::Delimiter::Paren, [&]() -> ParseResult {
              StringRef name;
              int64_t hint;
              if (parser.parseKeyword(&name) || parser.parseEqual() ||
                  parser.parseInteger(hint))
                return failure();
              names.push_back(parser.getBuilder().getStringAttr(name));
              hints.push_back(hint);
              return success();
            }))
      return failure();
  }
  result.addAttribute(getSymNamesAttrName(result.name),
                      parser.getBuilder().getArrayAttr(names));
  result.addAttribute(getSymHintsAttrName(result.name),
                      parser.getBuilder().getDenseI64ArrayAttr(hints));
  if (parser.parseOptionalAttrDictWithKeyword(result.attributes))
    return failure();
  Region *body = result.addRegion();
  return parser.parseRegion(*body);
}

void GraphOp::print(OpAsmPrinter &printer) {
  printer << " ";
  printer.printSymbolName(getSymName());
  if (!getSymNames().empty()) {
    printer << " symbols(";
    llvm::interleaveComma(llvm::zip(getSymNames(), getSymHints()), printer,
                          [&](auto it) {
                            printer << cast<StringAttr>(std::get<0>(it))
                                           .getValue()
                                    << " = " << std::get<1>(it);
                          });
    printer << ")";
  }
  printer.printOptionalAttrDictWithKeyword(
      (*this)->getAttrs(),
      {getSymNameAttrName(), getSymNamesAttrName(), getSymHintsAttrName()});
  printer << " ";
  printer.printRegion(getBody(), /*printEntryBlockArgs=*/false);
}

bool GraphOp::declaresSymbol(StringRef name) {
  return llvm::any_of(getSymNames(), [&](Attribute a) {
    return cast<StringAttr>(a).getValue() == name;
  });
}

LogicalResult GraphOp::verify() {
  if (getSymNames().size() != getSymHints().size())
    return emitOpError("has ") << getSymNames().size() << " symbols but "
                               << getSymHints().size() << " size hints";
  llvm::DenseSet<StringAttr> seen;
  for (Attribute a : getSymNames()) {
    auto name = cast<StringAttr>(a);
    if (name.getValue().starts_with("indirect"))
      return emitOpError("symbol name '")
             << name.getValue() << "' is reserved for indirect indices";
    if (!seen.insert(name).second)
      return emitOpError("declares symbol '") << name.getValue() << "' twice";
  }
  for (int64_t hint : getSymHints())
    if (hint < 0)
      return emitOpError("size hints must be non-negative");
  if (getBody().front().getNumArguments() != 0)
    return emitOpError("body takes no arguments; graph inputs are "
                       "sched.input ops");
  return success();
}

/// The index and size expressions an op carries, with what each is for.
static void
collectExprs(Operation *op,
             SmallVectorImpl<std::pair<IndexExprAttr, StringRef>> &exprs) {
  llvm::TypeSwitch<Operation *>(op)
      .Case<NodeOp>([&](NodeOp node) {
        for (Attribute a : node.getRanges())
          exprs.push_back({cast<IndexExprAttr>(a), "a range"});
        for (Attribute a : node.getReduce())
          exprs.push_back({cast<IndexExprAttr>(a), "a reduction range"});
      })
      .Case<LoadOp, StoreOp, StoreReductionOp, IndexExprOp>(
          [&](auto bodyOp) { exprs.push_back({bodyOp.getIndex(), "an index"}); })
      .Case<IndirectIndexingOp>([&](IndirectIndexingOp ind) {
        exprs.push_back({ind.getSize(), "a size"});
      });
  for (Type t : op->getResultTypes())
    if (auto buffer = dyn_cast<BufferType>(t)) {
      for (IndexExprAttr e : buffer.getSizes())
        exprs.push_back({e, "a layout"});
      for (IndexExprAttr e : buffer.getStrides())
        exprs.push_back({e, "a layout"});
      exprs.push_back({buffer.getOffset(), "a layout"});
    }
}

LogicalResult GraphOp::verifyRegions() {
  // The block ends with sched.output: the only terminator a graph admits.
  Block &block = getBody().front();

  // Symbols: declared by the graph or defined (unbacked) by an extern kernel.
  llvm::DenseSet<StringAttr> symbols;
  for (Attribute a : getSymNames())
    symbols.insert(cast<StringAttr>(a));
  walk([&](ExternOp ext) {
    if (auto defs = ext.getDefinesSymbols())
      for (Attribute a : *defs)
        symbols.insert(cast<StringAttr>(a));
  });

  llvm::DenseMap<StringAttr, Operation *> bufferNames, nodeNames;
  llvm::DenseMap<Value, Operation *> writer;
  WalkResult result = walk([&](Operation *op) -> WalkResult {
    SmallVector<std::pair<IndexExprAttr, StringRef>> exprs;
    collectExprs(op, exprs);
    for (auto &[expr, what] : exprs)
      for (StringAttr sym : expr.getSizeSymbols())
        if (!symbols.contains(sym))
          return op->emitOpError("uses size symbol '")
                 << sym.getValue() << "' in " << what
                 << ", but the graph does not declare it";

    if (auto def = dyn_cast<BufferDefOpInterface>(op)) {
      auto [it, inserted] = bufferNames.try_emplace(def.getBufferNameAttr(), op);
      if (!inserted) {
        InFlightDiagnostic diag = op->emitOpError("redefines buffer '")
                                  << def.getBufferNameAttr().getValue() << "'";
        diag.attachNote(it->second->getLoc()) << "first defined here";
        return diag;
      }
    }
    if (auto node = dyn_cast<SchedulerNodeOpInterface>(op)) {
      auto [it, inserted] = nodeNames.try_emplace(node.getNodeNameAttr(), op);
      if (!inserted) {
        InFlightDiagnostic diag = op->emitOpError("redefines operation '")
                                  << node.getNodeNameAttr().getValue() << "'";
        diag.attachNote(it->second->getLoc()) << "first defined here";
        return diag;
      }
      for (Value w : node.getWrittenBuffers()) {
        auto [wit, first] = writer.try_emplace(w, op);
        if (!first) {
          InFlightDiagnostic diag =
              op->emitOpError("writes buffer ")
              << describe(w) << ", which operation '"
              << cast<SchedulerNodeOpInterface>(wit->second)
                     .getNodeNameAttr()
                     .getValue()
              << "' already writes";
          diag.attachNote(wit->second->getLoc()) << "first written here";
          return diag;
        }
      }
    }
    return WalkResult::advance();
  });
  if (result.wasInterrupted())
    return failure();

  // Every buffer a node should produce has exactly one writer.
  for (Operation &op : block)
    if (isa<BufferOp, MutationOp, AliasOp>(op) &&
        !writer.count(op.getResult(0)))
      return op.emitOpError("declares buffer ")
             << describe(op.getResult(0))
             << " but no operation of the graph writes it";
  return success();
}

//===----------------------------------------------------------------------===//
// Buffers
//===----------------------------------------------------------------------===//

/// Names the SSA value of a buffer after the buffer (`%buf0`, `%arg0_1`),
/// so printed IR reads like Inductor's own dumps.
static void setBufferAsmName(Operation *op, StringAttr name,
                             OpAsmSetValueNameFn setNameFn) {
  if (name && !name.getValue().empty())
    setNameFn(op->getResult(0), name.getValue());
}

void InputOp::getAsmResultNames(OpAsmSetValueNameFn setNameFn) {
  setBufferAsmName(*this, getNameAttr(), setNameFn);
}
void BufferOp::getAsmResultNames(OpAsmSetValueNameFn setNameFn) {
  setBufferAsmName(*this, getNameAttr(), setNameFn);
}
void MutationOp::getAsmResultNames(OpAsmSetValueNameFn setNameFn) {
  setBufferAsmName(*this, getNameAttr(), setNameFn);
}
void AliasOp::getAsmResultNames(OpAsmSetValueNameFn setNameFn) {
  setBufferAsmName(*this, getNameAttr(), setNameFn);
}

LogicalResult InputOp::verify() { return verifyName(*this, getNameAttr()); }
LogicalResult BufferOp::verify() { return verifyName(*this, getNameAttr()); }

LogicalResult MutationOp::verify() {
  if (failed(verifyName(*this, getNameAttr())))
    return failure();
  if (!isa_and_nonnull<BufferDefOpInterface>(getTarget().getDefiningOp()))
    return emitOpError("target must be a named buffer (sched.input, "
                       "sched.buffer, sched.mutation or sched.alias), not a "
                       "view");
  auto target = cast<BufferType>(getTarget().getType());
  Type type = getResult().getType();
  if (isa<MultiOutputLayoutType>(type))
    return emitOpError("a mutation cannot have a multi-output layout");
  if (getDevice(type) != target.getDevice())
    return emitOpError("device '")
           << getDevice(type).getValue() << "' differs from the device '"
           << target.getDevice().getValue() << "' of target "
           << describe(getTarget());
  if (isa<BufferType>(type) && type != target)
    return emitOpError("layout ")
           << type << " differs from the layout of its target "
           << describe(getTarget()) << ": " << Type(target)
           << " (a mutation writes the target's storage in place)";
  return success();
}

LogicalResult AliasOp::verify() {
  if (failed(verifyName(*this, getNameAttr())))
    return failure();
  auto base = cast<BufferType>(getBase().getType());
  auto type = cast<BufferType>(getResult().getType());
  if (base.getDtype() != type.getDtype() ||
      base.getDevice() != type.getDevice())
    return emitOpError("must have the element type and device of its base ")
           << describe(getBase());
  return success();
}

LogicalResult ViewOp::verify() {
  // Dominance is checked after op verifiers: reject a cycle of views here,
  // before anything follows it to a base.
  llvm::SmallPtrSet<Operation *, 4> views = {getOperation()};
  for (auto view = getBase().getDefiningOp<ViewOp>(); view;
       view = view.getBase().getDefiningOp<ViewOp>())
    if (!views.insert(view).second)
      return emitOpError("has no base buffer: its base is a cycle of "
                         "sched.view ops");
  auto base = cast<BufferType>(getBase().getType());
  auto type = cast<BufferType>(getResult().getType());
  if (base.getDtype() != type.getDtype())
    return emitOpError("element type ")
           << type.getDtype() << " differs from the base's " << base.getDtype();
  if (base.getDevice() != type.getDevice())
    return emitOpError("device '")
           << type.getDevice().getValue() << "' differs from the base's '"
           << base.getDevice().getValue() << "'";
  return success();
}

//===----------------------------------------------------------------------===//
// Graph-level ops
//===----------------------------------------------------------------------===//

LogicalResult GraphListOp::verify() {
  if (failed(verifyName(*this, getNameAttr())))
    return failure();
  for (Value b : getBuffers())
    if (!isa_and_nonnull<BufferDefOpInterface>(b.getDefiningOp()))
      return emitOpError("lists a value that is not a named buffer");
  return success();
}

//===----------------------------------------------------------------------===//
// NodeOp
//===----------------------------------------------------------------------===//

/// The device of the node: the device of the buffers it writes.
static LogicalResult verifySingleDevice(Operation *op, ValueRange writes,
                                        StringAttr &device) {
  for (Value w : writes) {
    StringAttr d = getDevice(w.getType());
    if (device && d != device)
      return op->emitOpError("writes buffers on two devices, '")
             << device.getValue() << "' and '" << d.getValue() << "'";
    device = d;
  }
  return success();
}

LogicalResult NodeOp::verify() {
  if (failed(verifyName(*this, getNameAttr())))
    return failure();
  if (getWrites().empty())
    return emitOpError("must write at least one buffer");
  if (failed(verifyWrittenBuffers(*this, getWrites())))
    return failure();
  StringAttr device;
  if (failed(verifySingleDevice(*this, getWrites(), device)))
    return failure();
  for (Attribute a : getRanges())
    if (!isa<IndexExprAttr>(a) ||
        failed(verifySizeExpr(*this, cast<IndexExprAttr>(a), "a range")))
      return failure();
  for (Attribute a : getReduce())
    if (!isa<IndexExprAttr>(a) ||
        failed(verifySizeExpr(*this, cast<IndexExprAttr>(a),
                              "a reduction range")))
      return failure();
  return success();
}

/// A 0-d CPU tensor may be read by a kernel on any device: Inductor passes
/// it as a scalar (`update_zero_dim_cpu_tensor`).
static bool isZeroDimCpu(BufferType type) {
  return type.getRank() == 0 && type.getDevice().getValue() == "cpu";
}

LogicalResult NodeOp::verifyRegions() {
  unsigned numVars = getNumLoopVars();
  unsigned numIterVars = getRanges().size();
  StringAttr device = getDevice(getWrites().front().getType());
  auto checkIndex = [&](Operation *op, IndexExprAttr index,
                        unsigned limit) -> LogicalResult {
    if (index.getNumDimsUsed() > limit)
      return op->emitOpError("index uses loop variable p")
             << index.getNumDimsUsed() - 1 << ", but node '" << getName()
             << "' has " << limit
             << (limit == numVars ? " loop variables" : " iteration variables");
    return success();
  };
  llvm::DenseSet<Value> stored;
  WalkResult result = getBody().walk([&](Operation *op) -> WalkResult {
    if (auto load = dyn_cast<LoadOp>(op)) {
      auto type = cast<BufferType>(load.getBuffer().getType());
      if (type.getDevice() != device && !isZeroDimCpu(type))
        return load.emitOpError("reads ")
               << describe(load.getBuffer()) << " on device '"
               << type.getDevice().getValue() << "' from a node on '"
               << device.getValue() << "'";
      return checkIndex(op, load.getIndex(), numVars);
    }
    if (auto index = dyn_cast<IndexExprOp>(op))
      return checkIndex(op, index.getIndex(), numVars);
    if (auto store = dyn_cast<StoreOp>(op)) {
      if (isReduction())
        return store.emitOpError("in reduction node '")
               << getName() << "'; a reduction writes with "
               << "sched.store_reduction";
      if (!llvm::is_contained(getWrites(), store.getBuffer()))
        return store.emitOpError("stores to ")
               << describe(store.getBuffer()) << ", which node '" << getName()
               << "' does not list in writes";
      stored.insert(store.getBuffer());
      return checkIndex(op, store.getIndex(), numVars);
    }
    if (auto store = dyn_cast<StoreReductionOp>(op)) {
      if (!isReduction())
        return store.emitOpError("in pointwise node '")
               << getName() << "', which has no reduction ranges";
      if (!llvm::is_contained(getWrites(), store.getBuffer()))
        return store.emitOpError("stores to ")
               << describe(store.getBuffer()) << ", which node '" << getName()
               << "' does not list in writes";
      stored.insert(store.getBuffer());
      return checkIndex(op, store.getIndex(), numIterVars);
    }
    if (isa<ReductionOp>(op) && !isReduction())
      return op->emitOpError("in pointwise node '")
             << getName() << "', which has no reduction ranges";
    return WalkResult::advance();
  });
  if (result.wasInterrupted())
    return failure();
  for (Value w : getWrites())
    if (!stored.contains(w))
      return emitOpError("never stores to ") << describe(w)
                                             << ", which it lists in writes";
  return success();
}

//===----------------------------------------------------------------------===//
// Extern, nop and multi-output nodes
//===----------------------------------------------------------------------===//

/// `class`, the Python class of Inductor's IR node: an identifier.
static LogicalResult verifyIrClass(Operation *op,
                                   std::optional<StringRef> irClass) {
  if (!irClass)
    return success();
  StringRef c = *irClass;
  if (c.empty() || llvm::isDigit(c.front()) ||
      !llvm::all_of(c, [](char ch) { return llvm::isAlnum(ch) || ch == '_'; }))
    return op->emitOpError("class '")
           << c << "' is not the name of a Python class";
  return success();
}

LogicalResult ExternOp::verify() {
  if (failed(verifyName(*this, getNameAttr())))
    return failure();
  if (getKernel().empty())
    return emitOpError("requires a kernel name");
  if (failed(verifyIrClass(*this, getIrClass())))
    return failure();
  if (getIrClass() == "MultiOutput")
    return emitOpError("class 'MultiOutput' is a sched.multi_output, not a "
                       "sched.extern");
  if (failed(verifyWrittenBuffers(*this, getWrites())))
    return failure();
  StringAttr device;
  return verifySingleDevice(*this, getWrites(), device);
}

LogicalResult NopOp::verify() {
  if (failed(verifyName(*this, getNameAttr())))
    return failure();
  if (failed(verifyIrClass(*this, getIrClass())))
    return failure();
  return verifyWrittenBuffers(*this, getWrites());
}

ValueRange MultiOutputOp::getWrittenBuffers() {
  // A range over the operand list, not over a temporary Value.
  return getOperation()->getOperands().take_back(1);
}

LogicalResult MultiOutputOp::verify() {
  if (failed(verifyName(*this, getNameAttr())))
    return failure();
  if (getIndices().empty())
    return emitOpError("requires at least one index into the tuple");
  if (llvm::any_of(getIndices(), [](int64_t i) { return i < 0; }))
    return emitOpError("tuple indices must be non-negative");
  if (getDevice(getWrites().getType()) !=
      cast<MultiOutputLayoutType>(getSource().getType()).getDevice())
    return emitOpError("writes a buffer on another device than its source");
  return verifyWrittenBuffers(*this, ValueRange(getWrites()));
}

//===----------------------------------------------------------------------===//
// GroupOp
//===----------------------------------------------------------------------===//

LogicalResult GroupOp::verifyRegions() {
  if (failed(verifyName(*this, getNameAttr())))
    return failure();
  std::string expected;
  unsigned members = 0;
  auto parent = dyn_cast<GroupOp>((*this)->getParentOp());
  if (parent && (parent.getKind() != GroupKind::foreach ||
                 getKind() != GroupKind::fused))
    return emitOpError("only a fused group can be a member of a group, and "
                       "only of a foreach group");
  for (Operation &op : getBodyBlock()) {
    StringRef name;
    if (auto node = dyn_cast<SchedulerNodeOpInterface>(op))
      name = node.getNodeNameAttr().getValue();
    else if (auto group = dyn_cast<GroupOp>(op))
      name = group.getName();
    else
      return op.emitOpError("cannot be a member of a sched.group; members are "
                            "scheduler nodes");
    if (members++)
      expected += "_";
    expected += name;
  }
  if (members == 0)
    return emitOpError("must contain at least one scheduler node");
  if (getName() != expected)
    return emitOpError("name '")
           << getName() << "' must be its members' names joined with '_': '"
           << expected << "'";
  return success();
}

//===----------------------------------------------------------------------===//
// Loop-body ops
//===----------------------------------------------------------------------===//

LogicalResult LoadOp::inferReturnTypes(MLIRContext *, std::optional<Location>,
                                       ValueRange operands, DictionaryAttr,
                                       OpaqueProperties, RegionRange,
                                       SmallVectorImpl<Type> &inferred) {
  if (operands.empty())
    return failure();
  auto buffer = dyn_cast<BufferType>(operands.front().getType());
  if (!buffer)
    return failure();
  inferred.push_back(buffer.getDtype());
  return success();
}

LogicalResult LoadOp::verify() {
  return verifyIndirect(*this, getIndex(), getIndirect());
}

LogicalResult StoreOp::verify() {
  return verifyIndirect(*this, getIndex(), getIndirect());
}

LogicalResult StoreReductionOp::verify() {
  if (getIndex().getNumIndirect() != 0)
    return emitOpError("index may not use indirect indices");
  return success();
}

LogicalResult IndexExprOp::verify() {
  return verifyIndirect(*this, getIndex(), getIndirect());
}

LogicalResult IndirectIndexingOp::verify() {
  return verifySizeExpr(*this, getSize(), "size");
}

LogicalResult ReductionOp::verify() {
  // Every lowering runs a node's reductions in one loop and the code on
  // their results after it: an input computed from another reduction's
  // result has no value inside the loop.
  Operation *node = (*this)->getParentOfType<NodeOp>();
  for (auto [i, input] : llvm::enumerate(getInputs())) {
    SmallVector<Value> work{input};
    DenseSet<Operation *> seen;
    while (node && !work.empty()) {
      Operation *def = work.pop_back_val().getDefiningOp();
      if (!def || !node->isProperAncestor(def) || !seen.insert(def).second)
        continue;
      if (isa<ReductionOp>(def))
        return emitOpError("input #")
               << i
               << " depends on the result of another sched.reduction of "
                  "this node, which exists only after its loop; store it "
                  "and load it in a later node";
      llvm::append_range(work, def->getOperands());
    }
  }
  ReductionKind kind = getKind();
  TypeRange in = getInputs().getTypes();
  TypeRange out = getResults().getTypes();
  auto expectCounts = [&](size_t nIn, size_t nOut) -> LogicalResult {
    if (in.size() != nIn || out.size() != nOut)
      return emitOpError("'")
             << stringifyReductionKind(kind) << "' takes " << nIn
             << " input(s) and gives " << nOut << " result(s), got "
             << in.size() << " and " << out.size();
    return success();
  };
  switch (kind) {
  case ReductionKind::sum:
  case ReductionKind::prod:
  case ReductionKind::max:
  case ReductionKind::min:
    if (failed(expectCounts(1, 1)))
      return failure();
    if (in[0] != out[0] || !in[0].isIntOrFloat())
      return emitOpError("'") << stringifyReductionKind(kind)
                              << "' must give the type of its input";
    return success();
  case ReductionKind::any:
  case ReductionKind::xor_sum:
    if (failed(expectCounts(1, 1)))
      return failure();
    if (in[0] != out[0] || !in[0].isSignlessInteger())
      return emitOpError("'") << stringifyReductionKind(kind)
                              << "' reduces an integer or i1 to its own type";
    return success();
  case ReductionKind::argmax:
  case ReductionKind::argmin:
    if (failed(expectCounts(1, 1)))
      return failure();
    if (!in[0].isIntOrFloat() || !out[0].isSignlessInteger(64))
      return emitOpError("'") << stringifyReductionKind(kind)
                              << "' gives the i64 position of its input's "
                                 "extreme";
    return success();
  case ReductionKind::welford_reduce:
    if (failed(expectCounts(1, 3)))
      return failure();
    break;
  case ReductionKind::welford_combine:
    if (failed(expectCounts(3, 3)))
      return failure();
    break;
  }
  // Welford: (mean, m2, weight), all of the input's float type.
  if (!llvm::all_of(llvm::concat<const Type>(in, out),
                    [&](Type t) { return t == in[0] && isa<FloatType>(t); }))
    return emitOpError("'") << stringifyReductionKind(kind)
                            << "' works on (mean, m2, weight) of one float "
                               "type";
  return success();
}

//===----------------------------------------------------------------------===//
// MaskedOp
//===----------------------------------------------------------------------===//

// %v = sched.masked %mask -> f32 other 0.0 { ... }
ParseResult MaskedOp::parse(OpAsmParser &parser, OperationState &result) {
  OpAsmParser::UnresolvedOperand mask;
  Type type;
  Attribute other;
  if (parser.parseOperand(mask) || parser.parseArrow() ||
      parser.parseType(type) || parser.parseKeyword("other") ||
      parser.parseAttribute(other, type))
    return failure();
  if (parser.resolveOperand(mask, parser.getBuilder().getI1Type(),
                            result.operands))
    return failure();
  result.addAttribute(getOtherAttrName(result.name), other);
  result.addTypes(type);
  if (parser.parseOptionalAttrDictWithKeyword(result.attributes))
    return failure();
  return parser.parseRegion(*result.addRegion());
}

void MaskedOp::print(OpAsmPrinter &printer) {
  printer << " " << getMask() << " -> " << getResult().getType() << " other ";
  printer.printAttributeWithoutType(getOther());
  printer.printOptionalAttrDictWithKeyword((*this)->getAttrs(),
                                           {getOtherAttrName()});
  printer << " ";
  printer.printRegion(getBody(), /*printEntryBlockArgs=*/false);
}

LogicalResult MaskedOp::verify() {
  Block &block = getBody().front();
  if (block.getNumArguments() != 0)
    return emitOpError("body takes no arguments");
  // Regions are verified after this op: the block may lack a terminator.
  auto yield = block.empty() ? YieldOp() : dyn_cast<YieldOp>(block.back());
  if (!yield)
    return emitOpError("body must end with sched.yield");
  if (yield.getValue().getType() != getResult().getType())
    return emitOpError("yields ")
           << yield.getValue().getType() << " but the result is "
           << getResult().getType();
  if (cast<TypedAttr>(getOther()).getType() != getResult().getType())
    return emitOpError("'other' must have the result type ")
           << getResult().getType();
  return success();
}
