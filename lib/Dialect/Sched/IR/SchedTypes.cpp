//===- SchedTypes.cpp - sched dialect types -------------------------------===//

#include "InductorSched/Dialect/Sched/IR/SchedTypes.h"
#include "InductorSched/Dialect/Sched/IR/SchedDialect.h"

#include "mlir/IR/Builders.h"
#include "mlir/IR/BuiltinTypes.h"
#include "mlir/IR/DialectImplementation.h"
#include "llvm/ADT/TypeSwitch.h"

using namespace mlir;
using namespace mlir::inductor_sched::sched;

#define GET_TYPEDEF_CLASSES
#include "InductorSched/Dialect/Sched/IR/SchedTypes.cpp.inc"

void SchedDialect::registerTypes() {
  addTypes<
#define GET_TYPEDEF_LIST
#include "InductorSched/Dialect/Sched/IR/SchedTypes.cpp.inc"
      >();
}

StringAttr mlir::inductor_sched::sched::getDevice(Type bufferType) {
  return llvm::TypeSwitch<Type, StringAttr>(bufferType)
      .Case<BufferType, NoneLayoutType, MultiOutputLayoutType>(
          [](auto t) { return t.getDevice(); })
      .Default([](Type) { return StringAttr(); });
}

/// Devices look like Inductor's: `cpu`, `cuda`, `cuda:0`, `xpu:1`, `meta`.
static bool isValidDevice(StringRef device) {
  auto [kind, index] = device.split(':');
  if (kind.empty() || !llvm::all_of(kind, [](char c) {
        return llvm::isAlnum(c) || c == '_';
      }))
    return false;
  unsigned idx;
  return !device.contains(':') || !index.getAsInteger(10, idx);
}

LogicalResult BufferType::verify(function_ref<InFlightDiagnostic()> emitError,
                                 ArrayRef<IndexExprAttr> sizes, Type dtype,
                                 ArrayRef<IndexExprAttr> strides,
                                 IndexExprAttr offset, StringAttr device) {
  if (sizes.size() != strides.size())
    return emitError() << "buffer has " << sizes.size() << " sizes but "
                       << strides.size() << " strides";
  auto checkExpr = [&](IndexExprAttr e, StringRef what) -> LogicalResult {
    if (e.getNumDimsUsed() != 0)
      return emitError() << "buffer " << what << " may not use loop variables";
    if (e.getNumIndirect() != 0)
      return emitError() << "buffer " << what
                         << " may not use indirect indices";
    return success();
  };
  for (IndexExprAttr s : sizes) {
    if (failed(checkExpr(s, "size")))
      return failure();
    if (auto c = s.getConstantValue(); c && *c < 0)
      return emitError() << "buffer size must be non-negative, got " << *c;
  }
  for (IndexExprAttr s : strides)
    if (failed(checkExpr(s, "stride")))
      return failure();
  if (failed(checkExpr(offset, "offset")))
    return failure();
  if (auto c = offset.getConstantValue(); c && *c < 0)
    return emitError() << "buffer offset must be non-negative, got " << *c;
  if (!dtype.isIntOrFloat())
    return emitError() << "buffer element type must be an integer or float "
                          "type, got "
                       << dtype;
  if (!device || !isValidDevice(device.getValue()))
    return emitError() << "invalid device '"
                       << (device ? device.getValue() : "") << "'";
  return success();
}

// !sched.buffer<[8, 16], f32, strides = [16, 1], offset = 0, device = "cpu">
Type BufferType::parse(AsmParser &parser) {
  SmallVector<IndexExprAttr> sizes, strides;
  Type dtype;
  std::string device;
  IndexExprAttr offset = IndexExprAttr::get(parser.getContext(), 0);
  if (parser.parseLess() || parseIndexExprList(parser, sizes) ||
      parser.parseComma() || parser.parseType(dtype) || parser.parseComma() ||
      parser.parseKeyword("strides") || parser.parseEqual() ||
      parseIndexExprList(parser, strides) || parser.parseComma())
    return {};
  if (succeeded(parser.parseOptionalKeyword("offset"))) {
    FailureOr<IndexExprAttr> e;
    if (parser.parseEqual() ||
        failed(e = IndexExprAttr::parseExpr(parser, "")) ||
        parser.parseComma())
      return {};
    offset = *e;
  }
  if (parser.parseKeyword("device") || parser.parseEqual() ||
      parser.parseString(&device) || parser.parseGreater())
    return {};
  return parser.getChecked<BufferType>(parser.getContext(), sizes, dtype,
                                       strides, offset,
                                       parser.getBuilder().getStringAttr(device));
}

void BufferType::print(AsmPrinter &printer) const {
  printer << "<";
  printIndexExprList(printer, getSizes());
  printer << ", " << getDtype() << ", strides = ";
  printIndexExprList(printer, getStrides());
  if (getOffset().getConstantValue() != std::optional<int64_t>(0)) {
    printer << ", offset = ";
    getOffset().print(printer.getStream(), "");
  }
  printer << ", device = ";
  printer.printString(getDevice().getValue());
  printer << ">";
}

std::optional<int64_t> BufferType::getStaticNumElements() const {
  int64_t n = 1;
  for (IndexExprAttr s : getSizes()) {
    std::optional<int64_t> c = s.getConstantValue();
    if (!c)
      return std::nullopt;
    n *= *c;
  }
  return n;
}

SmallVector<StringAttr> BufferType::getSizeSymbols() const {
  SmallVector<StringAttr> result;
  auto add = [&](IndexExprAttr e) {
    for (StringAttr s : e.getSizeSymbols())
      if (!llvm::is_contained(result, s))
        result.push_back(s);
  };
  llvm::for_each(getSizes(), add);
  llvm::for_each(getStrides(), add);
  add(getOffset());
  return result;
}
