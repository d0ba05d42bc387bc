//===- sched-run.cpp - Run a sched graph on the CPU -----------------------===//
//
// Schedules a sched graph (or takes a scheduled one), lowers it with
// -sched-lower-to-llvm, JITs it with mlir::ExecutionEngine, fills the inputs
// with deterministic pseudo-random values and prints each output's checksum
// and first values. --check-unfused also runs every node as its own kernel
// and compares the outputs bit for bit. --parallel runs the outer loops on
// OpenMP threads (libomp, loaded into the JIT), --reassociate lets LLVM
// vectorize float sum/prod reductions, --bench N times N more calls of each
// compiled function (not the JIT compilation) and prints the median.
//
// Input values: for input k (in graph order) of a run with seed S, element e
// of the storage (flat, from the base pointer) is the e-th draw of
// splitmix64 seeded with S * 1000003 + k, mapped to (top byte - 128) / 64 for
// floats (exact in f16, bf16 and f32, so sums of a few thousand are exact in
// any order), top byte - 128 for integers and the top bit for i1.
// utils/sched-run-reference.py computes the same values.
//
//===----------------------------------------------------------------------===//

#include "InductorSched/Conversion/Passes.h"
#include "InductorSched/Dialect/Sched/IR/SchedOps.h"
#include "InductorSched/InitAll.h"
#include "InductorSched/Transforms/Passes.h"

#include "mlir/Dialect/Func/IR/FuncOps.h"
#include "mlir/ExecutionEngine/ExecutionEngine.h"
#include "mlir/ExecutionEngine/OptUtils.h"
#include "mlir/IR/DialectRegistry.h"
#include "mlir/IR/MLIRContext.h"
#include "mlir/Parser/Parser.h"
#include "mlir/Pass/PassManager.h"
#include "mlir/Pass/PassRegistry.h"
#include "mlir/Support/FileUtilities.h"
#include "mlir/Target/LLVMIR/Dialect/Builtin/BuiltinToLLVMIRTranslation.h"
#include "mlir/Target/LLVMIR/Dialect/LLVMIR/LLVMToLLVMIRTranslation.h"
#include "mlir/Target/LLVMIR/Dialect/OpenMP/OpenMPToLLVMIRTranslation.h"
#include "llvm/ExecutionEngine/Orc/JITTargetMachineBuilder.h"
#include "llvm/IR/Module.h"
#include "llvm/ADT/APFloat.h"
#include "llvm/Support/CommandLine.h"
#include "llvm/Support/InitLLVM.h"

#include <csignal>
#include <cstdio>
#include "llvm/Support/SourceMgr.h"
#include "llvm/Support/TargetSelect.h"
#include "llvm/Support/raw_ostream.h"

#include <algorithm>
#include <chrono>
#include <cinttypes>
#include <cmath>
#include <cstdlib>
#include <cstring>
#include <sys/mman.h>

using namespace mlir;
using namespace mlir::inductor_sched;
namespace cl = llvm::cl;

static cl::opt<std::string> inputFile(cl::Positional, cl::desc("<graph.mlir>"),
                                      cl::init("-"));
static cl::opt<std::string>
    pipeline("pipeline",
             cl::desc("Scheduling pipeline run before lowering, as for "
                      "sched-opt (empty: the input is already scheduled)"),
             cl::init("sched-schedule"));
static cl::opt<std::string> unfusedPipeline(
    "unfused-pipeline",
    cl::desc("Pipeline of the unfused run (--unfused, --check-unfused)"),
    cl::init("sched-pre-fusion"));
static cl::opt<uint64_t> seed("seed", cl::desc("Seed of the input values"),
                              cl::init(0));
static cl::opt<bool> printAll("print", cl::desc("Print every output value"),
                              cl::init(false));
static cl::opt<bool>
    unfused("unfused",
            cl::desc("Run every node as its own kernel: --unfused-pipeline "
                     "instead of --pipeline, no loops shared"),
            cl::init(false));
static cl::opt<bool> checkUnfused(
    "check-unfused",
    cl::desc("Run fused and unfused; fail unless every output is bit-exact"),
    cl::init(false));
static cl::opt<bool> printSCF("print-scf",
                              cl::desc("Print the IR after -convert-sched-to-scf"),
                              cl::init(false));
static cl::opt<unsigned> optLevel("O", cl::desc("LLVM optimization level"),
                                  cl::init(2));
static cl::opt<unsigned> numFirst("first",
                                  cl::desc("How many first values to print"),
                                  cl::init(8));
static cl::opt<bool> parallel(
    "parallel",
    cl::desc("Outermost iteration loops on OpenMP threads (OMP_NUM_THREADS); "
             "results are unchanged"),
    cl::init(false));
static cl::opt<bool> reassociate(
    "reassociate",
    cl::desc("Let float sum/prod reductions be reordered (vectorized); not "
             "bit-exact with the serial order"),
    cl::init(false));
static cl::opt<bool> approximateMath(
    "approximate-math",
    cl::desc("exp, log, tanh, ... as vectorizable polynomial approximations "
             "(not bit-exact with libm)"),
    cl::init(false));
static cl::opt<double> tolerance(
    "tolerance",
    cl::desc("--check-unfused: float outputs may differ by tol * (1 + |ref|) "
             "(for --reassociate, --approximate-math); 0: bit for bit"),
    cl::init(0.0));
static cl::opt<unsigned>
    benchRuns("bench",
              cl::desc("Time N more calls of each compiled function (after "
                       "the first) and print the median, min and bytes"),
              cl::init(0));
static cl::opt<bool> benchFreshOutputs(
    "bench-fresh-outputs",
    cl::desc("--bench: each timed call writes freshly malloc'ed outputs, "
             "allocated and freed inside the timer (as a torch.compile'd "
             "function allocates its outputs on every call)"),
    cl::init(false));
static cl::opt<bool> benchHugePageOutputs(
    "bench-huge-page-outputs",
    cl::desc("--bench: fresh outputs as --bench-fresh-outputs, those of "
             "2 MiB and more 2 MiB aligned and advised MADV_HUGEPAGE, as "
             "PyTorch's CPU allocator allocates with THP_MEM_ALLOC_ENABLE=1 "
             "(a first touch then faults in 2 MiB pages, not 4 KiB ones)"),
    cl::init(false));
static cl::list<std::string>
    sharedLibs("shared-libs", cl::desc("Libraries to load into the JIT"),
               cl::CommaSeparated);
static cl::opt<bool> printLLVM(
    "print-llvm",
    cl::desc("Print the LLVM IR after LLVM's optimizations (to stdout)"),
    cl::init(false));
static cl::opt<unsigned>
    outerLanes("outer-lanes",
               cl::desc("Outer-vectorized reductions: output points a vector "
                        "(-convert-sched-to-scf{outer-lanes}; 0: chosen per "
                        "nest); bit-exact"),
               cl::init(0));
static cl::opt<unsigned> transposedTileDepth(
    "transposed-tile-depth",
    cl::desc("Outer-vectorized reductions: a transposed operand loaded this "
             "many reduction points at a time and transposed in registers "
             "(0: gathers); bit-exact"),
    cl::init(0));
static cl::opt<bool> streamingStores(
    "streaming-stores",
    cl::desc("Pointwise nests as 8-lane vectors, non-temporal stores to "
             "large aligned storages whose last page is resident or that "
             "start on a 2 MiB boundary (-convert-sched-to-scf{"
             "streaming-stores}); bit-exact"),
    cl::init(false));
static cl::opt<bool> prefetchNextOuter(
    "prefetch-next-outer",
    cl::desc("Outer-loop fused kernels: pointwise nests prefetch the next "
             "outer point's rows of the kernel's inputs "
             "(-convert-sched-to-scf{prefetch-next-outer}); bit-exact"),
    cl::init(false));
static cl::opt<std::string> symbolValues(
    "symbols",
    cl::desc("Values of the graphs' size symbols, s0=128,s1=4 (default: "
             "their hints); the graph is scheduled symbolically, then "
             "specialized (-sched-specialize-symbols)"),
    cl::init(""));
static cl::opt<bool> viaLinalg(
    "linalg",
    cl::desc("Lower through -convert-sched-to-linalg (every node a "
             "linalg.generic; an error where one is not) instead of "
             "-convert-sched-to-scf; --check-unfused's reference run stays "
             "on SCF"),
    cl::init(false));
static cl::opt<bool> reverseMembers(
    "test-reverse-fused-members", cl::Hidden,
    cl::desc("Testing only: lower fused groups in reverse member order"),
    cl::init(false));

namespace {
struct Layout {
  std::string name;
  Type dtype;
  SmallVector<int64_t> sizes, strides;
  int64_t offset = 0;
  int64_t extent() const {
    int64_t last = offset;
    for (auto [s, st] : llvm::zip(sizes, strides)) {
      if (s == 0)
        return 0;
      last += (s - 1) * st;
    }
    return last + 1;
  }
  unsigned elementBytes() const {
    return std::max<unsigned>(1, (dtype.getIntOrFloatBitWidth() + 7) / 8);
  }
};

struct GraphInfo {
  std::string name;
  SmallVector<Layout> inputs, outputs;
};

/// One buffer the caller owns, and its memref descriptor.
/// 64-byte aligned storage, as PyTorch's CPU allocator gives tensors, so
/// the compiled code takes its aligned paths (streaming stores) here too.
template <typename T> struct Aligned64 {
  using value_type = T;
  Aligned64() = default;
  template <typename U> Aligned64(const Aligned64<U> &) {}
  T *allocate(size_t n) {
    return static_cast<T *>(
        ::operator new(n * sizeof(T), std::align_val_t(64)));
  }
  void deallocate(T *p, size_t) { ::operator delete(p, std::align_val_t(64)); }
  template <typename U> bool operator==(const Aligned64<U> &) const {
    return true;
  }
  template <typename U> bool operator!=(const Aligned64<U> &) const {
    return false;
  }
};

struct Buffer {
  std::vector<uint8_t, Aligned64<uint8_t>> data;
  std::vector<int64_t> descriptor;
};
} // namespace

static uint64_t splitmix64(uint64_t &state) {
  uint64_t z = (state += 0x9E3779B97F4A7C15ull);
  z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
  z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
  return z ^ (z >> 31);
}

static FailureOr<Layout> layoutOf(Value v) {
  auto type = dyn_cast<sched::BufferType>(v.getType());
  if (!type)
    return failure();
  Layout l;
  l.name = sched::getBufferName(v).str();
  l.dtype = type.getDtype();
  for (auto e : type.getSizes())
    l.sizes.push_back(e.getConstantValue().value_or(-1));
  for (auto e : type.getStrides())
    l.strides.push_back(e.getConstantValue().value_or(-1));
  l.offset = type.getOffset().getConstantValue().value_or(-1);
  return l;
}

static std::vector<GraphInfo> collectGraphs(ModuleOp module) {
  std::vector<GraphInfo> graphs;
  for (auto graph : module.getOps<sched::GraphOp>()) {
    GraphInfo info;
    info.name = graph.getSymName().str();
    for (auto input : graph.getBodyBlock().getOps<sched::InputOp>())
      if (auto l = layoutOf(input.getResult()); succeeded(l))
        info.inputs.push_back(*l);
    auto out = cast<sched::OutputOp>(graph.getBodyBlock().getTerminator());
    for (Value v : out.getOutputs())
      if (auto l = layoutOf(v); succeeded(l))
        info.outputs.push_back(*l);
    graphs.push_back(std::move(info));
  }
  return graphs;
}

static void storeValue(const Layout &l, uint8_t *p, uint64_t z) {
  Type t = l.dtype;
  int64_t byte = static_cast<int64_t>(z >> 56) - 128;
  if (t.isF32()) { // the common case, without APFloat
    float f = static_cast<float>(byte) / 64.0f;
    std::memcpy(p, &f, sizeof(f));
    return;
  }
  if (auto ft = dyn_cast<FloatType>(t)) {
    llvm::APFloat f(static_cast<double>(byte) / 64.0);
    bool lost;
    f.convert(ft.getFloatSemantics(), llvm::APFloat::rmNearestTiesToEven, &lost);
    llvm::APInt bits = f.bitcastToAPInt();
    uint64_t raw = bits.getZExtValue();
    std::memcpy(p, &raw, l.elementBytes());
    return;
  }
  int64_t v = t.isInteger(1) ? static_cast<int64_t>(z >> 63) : byte;
  std::memcpy(p, &v, l.elementBytes()); // little-endian truncation
}

static double loadValue(const Layout &l, const uint8_t *p) {
  Type t = l.dtype;
  if (t.isF32()) {
    float f;
    std::memcpy(&f, p, sizeof(f));
    return f;
  }
  uint64_t raw = 0;
  std::memcpy(&raw, p, l.elementBytes());
  unsigned bits = t.getIntOrFloatBitWidth();
  if (auto ft = dyn_cast<FloatType>(t)) {
    llvm::APFloat f(ft.getFloatSemantics(), llvm::APInt(bits, raw));
    bool lost;
    f.convert(llvm::APFloat::IEEEdouble(), llvm::APFloat::rmNearestTiesToEven,
              &lost);
    return f.convertToDouble();
  }
  if (bits == 1)
    return raw & 1;
  return static_cast<double>(llvm::APInt(bits, raw).getSExtValue());
}

static Buffer makeBuffer(const Layout &l) {
  Buffer b;
  b.data.assign(std::max<int64_t>(l.extent(), 1) * l.elementBytes(), 0);
  auto ptr = reinterpret_cast<int64_t>(b.data.data());
  b.descriptor = {ptr, ptr, l.offset};
  llvm::append_range(b.descriptor, l.sizes);
  llvm::append_range(b.descriptor, l.strides);
  return b;
}

/// Every element of `l` in row-major logical order.
static void forEachElement(const Layout &l,
                           llvm::function_ref<void(int64_t)> fn) {
  int64_t n = 1;
  for (int64_t s : l.sizes)
    n *= s;
  SmallVector<int64_t> idx(l.sizes.size(), 0);
  for (int64_t e = 0; e < n; ++e) {
    int64_t off = l.offset;
    for (auto [i, st] : llvm::zip(idx, l.strides))
      off += i * st;
    fn(off);
    for (int d = static_cast<int>(idx.size()) - 1; d >= 0; --d) {
      if (++idx[d] < l.sizes[d])
        break;
      idx[d] = 0;
    }
  }
}

/// Runs every graph of `module` (lowered to LLVM) and returns the outputs.
static FailureOr<std::vector<std::vector<Buffer>>>
runAll(ModuleOp module, const std::vector<GraphInfo> &graphs) {
  ExecutionEngineOptions engineOptions;
  // The host's CPU and features, for the optimizer too: without a target
  // machine LLVM's cost model sees no vector registers and never vectorizes.
  auto tmBuilder = llvm::orc::JITTargetMachineBuilder::detectHost();
  if (!tmBuilder) {
    llvm::errs() << "sched-run: " << llvm::toString(tmBuilder.takeError())
                 << "\n";
    return failure();
  }
  tmBuilder->setCodeGenOptLevel(optLevel == 0 ? llvm::CodeGenOptLevel::None
                                              : llvm::CodeGenOptLevel::Default);
  auto tm = tmBuilder->createTargetMachine();
  if (!tm) {
    llvm::errs() << "sched-run: " << llvm::toString(tm.takeError()) << "\n";
    return failure();
  }
  auto optimize = makeOptimizingTransformer(optLevel, 0, tm->get());
  auto transformer = [optimize](llvm::Module *m) -> llvm::Error {
    if (llvm::Error err = optimize(m))
      return err;
    if (printLLVM)
      m->print(llvm::outs(), nullptr);
    return llvm::Error::success();
  };
  engineOptions.transformer = transformer;
  engineOptions.jitCodeGenOptLevel =
      optLevel == 0 ? llvm::CodeGenOptLevel::None : llvm::CodeGenOptLevel::Default;
  // OpenMP's runtime for --parallel (libomp from libomp-22-dev).
  SmallVector<StringRef> libs;
  for (const std::string &lib : sharedLibs)
    libs.push_back(lib);
#ifdef SCHED_RUN_LIBOMP
  if (parallel && sharedLibs.empty())
    libs.push_back(SCHED_RUN_LIBOMP);
#endif
  engineOptions.sharedLibPaths = libs;
  auto engine = ExecutionEngine::create(module, engineOptions, std::move(*tm));
  if (!engine) {
    llvm::errs() << "sched-run: JIT failed: "
                 << llvm::toString(engine.takeError()) << "\n";
    return failure();
  }
  std::vector<std::vector<Buffer>> results;
  // A failed bounds check in compiled code prints its message (puts) and
  // aborts: stdout unbuffered so the message is not lost, and the abort a
  // plain one, not LLVM's crash report (the graph's error, not ours).
  std::fflush(stdout);
  std::setvbuf(stdout, nullptr, _IONBF, 0);
  std::signal(SIGABRT, SIG_DFL);
  for (const GraphInfo &g : graphs) {
    std::vector<Buffer> ins, outs;
    for (auto [k, l] : llvm::enumerate(g.inputs)) {
      Buffer b = makeBuffer(l);
      uint64_t state = seed * 1000003ull + k;
      for (int64_t e = 0, n = l.extent(); e < n; ++e)
        storeValue(l, b.data.data() + e * l.elementBytes(), splitmix64(state));
      ins.push_back(std::move(b));
    }
    for (const Layout &l : g.outputs)
      outs.push_back(makeBuffer(l));
    // The C interface takes a pointer to each descriptor; invokePacked
    // takes a pointer to each argument.
    SmallVector<void *> descriptors, args;
    for (Buffer &b : ins)
      descriptors.push_back(b.descriptor.data());
    for (Buffer &b : outs)
      descriptors.push_back(b.descriptor.data());
    for (void *&d : descriptors)
      args.push_back(&d);
    if (llvm::Error err =
            (*engine)->invokePacked("_mlir_ciface_" + g.name, args)) {
      llvm::errs() << "sched-run: running @" << g.name
                   << " failed: " << llvm::toString(std::move(err)) << "\n";
      return failure();
    }
    if (benchRuns) {
      // Only the compiled function: inputs and JIT are outside the timer.
      std::vector<double> ms;
      for (unsigned r = 0; r < benchRuns; ++r) {
        auto start = std::chrono::steady_clock::now();
        std::vector<void *> fresh;
        if (benchFreshOutputs || benchHugePageOutputs)
          for (auto [b, l] : llvm::zip(outs, g.outputs)) {
            int64_t size = std::max<int64_t>(l.extent(), 1) * l.elementBytes();
            constexpr int64_t kHugePage = int64_t(2) << 20;
            bool huge = benchHugePageOutputs && size >= kHugePage;
            int64_t align = huge ? kHugePage : 64;
            int64_t bytes = llvm::alignTo(size, align);
            void *p = std::aligned_alloc(align, bytes);
            if (huge)
              (void)madvise(p, bytes, MADV_HUGEPAGE);
            fresh.push_back(p);
            b.descriptor[0] = b.descriptor[1] = reinterpret_cast<int64_t>(p);
          }
        llvm::cantFail((*engine)->invokePacked("_mlir_ciface_" + g.name, args));
        for (auto [b, p] : llvm::zip(outs, fresh)) {
          std::free(p);
          b.descriptor[0] = b.descriptor[1] =
              reinterpret_cast<int64_t>(b.data.data());
        }
        auto stop = std::chrono::steady_clock::now();
        ms.push_back(std::chrono::duration<double, std::milli>(stop - start)
                         .count());
      }
      std::sort(ms.begin(), ms.end());
      // Each input read and each output written once: the least traffic.
      int64_t bytes = 0;
      for (const Layout &l : llvm::concat<const Layout>(g.inputs, g.outputs))
        bytes += l.extent() * l.elementBytes();
      double median = ms[ms.size() / 2];
      llvm::outs() << "@" << g.name << " bench: runs=" << benchRuns
                   << llvm::format(" median_ms=%.4f min_ms=%.4f", median,
                                   ms.front())
                   << " bytes=" << bytes
                   << llvm::format(" GB/s=%.3f", bytes / median / 1e6) << "\n";
    }
    results.push_back(std::move(outs));
  }
  return results;
}

static std::string fmt(const char *f, double v) {
  char buf[64];
  std::snprintf(buf, sizeof(buf), f, v);
  return buf;
}

static void printOutputs(const std::vector<GraphInfo> &graphs,
                         const std::vector<std::vector<Buffer>> &results) {
  for (auto [g, outs] : llvm::zip(graphs, results)) {
    for (size_t o = 0; o < outs.size(); ++o) {
      const Layout &l = g.outputs[o];
      const Buffer &b = outs[o];
      std::string type;
      llvm::raw_string_ostream os(type);
      os << l.dtype << "[";
      llvm::interleave(l.sizes, os, ",");
      os << "]";
      double sum = 0;
      uint64_t hash = 1469598103934665603ull; // FNV-1a over the elements
      std::vector<double> values;
      forEachElement(l, [&](int64_t off) {
        const uint8_t *p = b.data.data() + off * l.elementBytes();
        double v = loadValue(l, p);
        sum += v;
        for (unsigned i = 0; i < l.elementBytes(); ++i)
          hash = (hash ^ p[i]) * 1099511628211ull;
        values.push_back(v);
      });
      llvm::outs() << "@" << g.name << " " << l.name << " " << type
                   << " sum=" << fmt("%.17g", sum)
                   << llvm::format(" hash=%016" PRIx64, hash) << " first:";
      size_t n = printAll ? values.size()
                          : std::min<size_t>(numFirst, values.size());
      for (size_t i = 0; i < n; ++i)
        llvm::outs() << " " << fmt("%.9g", values[i]);
      llvm::outs() << "\n";
    }
  }
}

/// Schedules (`schedule`), lowers to SCF and checks extern kernels, then
/// lowers to LLVM.
/// `reference`: the serial, exact lowering (--check-unfused's reference
/// run ignores --parallel, --reassociate and --approximate-math).
static LogicalResult lower(ModuleOp module, StringRef schedule, bool noShare,
                           bool reference = false) {
  PassManager pm(module->getContext(), ModuleOp::getOperationName());
  if (failed(applyPassManagerCLOptions(pm)))
    return failure();
  // The pipeline's elements go straight into the module's pass manager.
  StringRef text = schedule.trim();
  if (text.consume_front("builtin.module("))
    text.consume_back(")");
  if (!text.empty() && failed(parsePassPipeline(text, pm, llvm::errs())))
    return failure();
  // The lowerings want static shapes: size symbols get values here.
  SchedSpecializeSymbolsPassOptions specialize;
  specialize.values = symbolValues;
  pm.addNestedPass<sched::GraphOp>(
      createSchedSpecializeSymbolsPass(specialize));
  ConvertSchedToSCFPassOptions toSCF;
  toSCF.unfused = noShare;
  toSCF.testReverseMembers = reverseMembers;
  toSCF.parallel = parallel && !reference;
  toSCF.reassociate = reassociate && !reference;
  // All three are bit-exact, so the reference run keeps the defaults: a check
  // against it tests them.
  if (!reference) {
    toSCF.outerLanes = outerLanes;
    toSCF.transposedTileDepth = transposedTileDepth;
    toSCF.streamingStores = streamingStores;
    toSCF.prefetchNextOuter = prefetchNextOuter;
  }
  if (viaLinalg && !reference)
    pm.addPass(createConvertSchedToLinalgPass());
  else
    pm.addPass(createConvertSchedToSCFPass(toSCF));
  if (failed(pm.run(module)))
    return failure();
  if (printSCF)
    module.print(llvm::outs());
  // sched-run provides no extern kernel runtime: say which symbol is missing
  // rather than fail in the JIT's linker.
  for (auto func : module.getOps<func::FuncOp>())
    if (auto kernel = func->getAttrOfType<StringAttr>("sched.extern_kernel")) {
      func.emitError("extern kernel '")
          << kernel.getValue() << "' needs the runtime function '_mlir_ciface_"
          << func.getSymName() << "', which sched-run does not provide";
      return failure();
    }
  PassManager llvmPm(module->getContext(), ModuleOp::getOperationName());
  buildSchedSCFToLLVMPipeline(llvmPm, approximateMath && !reference);
  return llvmPm.run(module);
}

int main(int argc, char **argv) {
  llvm::InitLLVM init(argc, argv);
  llvm::InitializeNativeTarget();
  llvm::InitializeNativeTargetAsmPrinter();
  registerAllPasses();
  registerPassManagerCLOptions();
  cl::ParseCommandLineOptions(argc, argv,
                              "sched-run: schedule, lower, JIT and run sched "
                              "graphs on the CPU\n");

  DialectRegistry registry;
  registerAllDialects(registry);
  registerBuiltinDialectTranslation(registry);
  registerLLVMDialectTranslation(registry);
  registerOpenMPDialectTranslation(registry);
  MLIRContext context(registry);
  context.loadAllAvailableDialects();

  llvm::SourceMgr sourceMgr;
  std::string error;
  auto file = openInputFile(inputFile, &error);
  if (!file) {
    llvm::errs() << "sched-run: " << error << "\n";
    return 1;
  }
  sourceMgr.AddNewSourceBuffer(std::move(file), llvm::SMLoc());
  SourceMgrDiagnosticHandler handler(sourceMgr, &context);
  OwningOpRef<ModuleOp> module = parseSourceFile<ModuleOp>(sourceMgr, &context);
  if (!module)
    return 1;
  // Inputs and outputs are made at the shapes the graphs are specialized
  // to (lower() specializes after scheduling, with the same values).
  std::vector<GraphInfo> graphs;
  {
    OwningOpRef<ModuleOp> specialized = module->clone();
    PassManager pm(&context, ModuleOp::getOperationName());
    SchedSpecializeSymbolsPassOptions specialize;
    specialize.values = symbolValues;
    pm.addNestedPass<sched::GraphOp>(
        createSchedSpecializeSymbolsPass(specialize));
    if (failed(pm.run(*specialized)))
      return 1;
    graphs = collectGraphs(*specialized);
  }
  for (const GraphInfo &g : graphs)
    for (const Layout &l : llvm::concat<const Layout>(g.inputs, g.outputs))
      if (l.offset < 0 || llvm::is_contained(l.sizes, -1) ||
          llvm::is_contained(l.strides, -1)) {
        llvm::errs() << "sched-run: @" << g.name
                     << ": a layout still has a size symbol\n";
        return 1;
      }

  OwningOpRef<ModuleOp> second;
  if (checkUnfused)
    second = module->clone();
  bool mainUnfused = unfused && !checkUnfused;
  std::string schedule = mainUnfused ? unfusedPipeline.getValue()
                                     : pipeline.getValue();
  if (failed(lower(*module, schedule, mainUnfused)))
    return 1;
  auto results = runAll(*module, graphs);
  if (failed(results))
    return 1;
  if (!checkUnfused) {
    printOutputs(graphs, *results);
    return 0;
  }

  if (failed(lower(*second, unfusedPipeline, /*noShare=*/true,
                   /*reference=*/true)))
    return 1;
  auto reference = runAll(*second, graphs);
  if (failed(reference))
    return 1;
  unsigned mismatches = 0, outputs = 0;
  for (auto [g, fused, plain] : llvm::zip(graphs, *results, *reference)) {
    for (size_t o = 0; o < fused.size(); ++o) {
      const Layout &l = g.outputs[o];
      const Buffer &a = fused[o], &b = plain[o];
      ++outputs;
      int64_t first = -1, count = 0, logical = 0;
      forEachElement(l, [&](int64_t off) {
        size_t n = l.elementBytes();
        const uint8_t *pa = a.data.data() + off * n, *pb = b.data.data() + off * n;
        bool differ = std::memcmp(pa, pb, n) != 0;
        if (differ && tolerance > 0 && isa<FloatType>(l.dtype)) {
          double x = loadValue(l, pa), y = loadValue(l, pb);
          differ = !(std::isnan(x) && std::isnan(y)) &&
                   !(std::abs(x - y) <= tolerance * (1 + std::abs(y)));
        }
        if (differ) {
          if (first < 0)
            first = logical;
          ++count;
        }
        ++logical;
      });
      if (count == 0)
        continue;
      ++mismatches;
      llvm::outs() << "MISMATCH @" << g.name << " " << l.name << ": " << count
                   << " of " << logical << " elements differ, first at "
                   << first << "\n";
    }
  }
  llvm::outs() << "checked " << graphs.size() << " graphs, " << outputs
               << " outputs: " << mismatches << " mismatched\n";
  return mismatches ? 1 : 0;
}
