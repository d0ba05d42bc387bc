//===- sched-bench.cpp - Time Scheduler._init's steps in memory -----------===//
//
// Parses a sched graph and runs the steps of Scheduler._init on one
// SchedulerGraph, as a compiler embedding InductorSched would, timing each
// step; then stores the state back into the IR once. This measures the
// analyses themselves, apart from the IR round trip each separate pass of
// sched-opt makes.
//
//   sched-bench graph.mlir [--repeat N] [--fuse [--ancestor-sets]]
//
//===----------------------------------------------------------------------===//

#include "InductorSched/Analysis/SchedulerGraph.h"
#include "InductorSched/InitAll.h"

#include "mlir/IR/BuiltinOps.h"
#include "mlir/IR/DialectRegistry.h"
#include "mlir/IR/MLIRContext.h"
#include "mlir/Parser/Parser.h"
#include "llvm/Support/CommandLine.h"
#include "llvm/Support/InitLLVM.h"
#include "llvm/Support/SourceMgr.h"
#include "llvm/Support/Format.h"
#include "llvm/Support/raw_ostream.h"
#include "mlir/Support/FileUtilities.h"

#include <chrono>

using namespace mlir;
using namespace mlir::inductor_sched;

static llvm::cl::opt<std::string> inputFile(llvm::cl::Positional,
                                            llvm::cl::desc("<graph.mlir>"),
                                            llvm::cl::Required);
static llvm::cl::opt<unsigned> repeat("repeat",
                                      llvm::cl::desc("Runs; the best counts"),
                                      llvm::cl::init(3));
static llvm::cl::opt<bool> fuse("fuse",
                                llvm::cl::desc("Also run the fusion loop"),
                                llvm::cl::init(false));
static llvm::cl::opt<bool> ancestorSets(
    "ancestor-sets",
    llvm::cl::desc("Fuse with Inductor's ancestor sets (quadratic)"),
    llvm::cl::init(false));

namespace {
using Clock = std::chrono::steady_clock;
struct Timings {
  std::vector<std::pair<std::string, double>> steps;
  /// Nodes (kernels, once fused) the scheduler ends with.
  size_t nodes = 0;
  void add(StringRef name, Clock::time_point start) {
    steps.push_back(
        {name.str(),
         std::chrono::duration<double>(Clock::now() - start).count()});
  }
};
} // namespace

/// Runs the steps on a fresh parse of the file; fails on any error.
static FailureOr<Timings> runOnce(MLIRContext &ctx,
                                  const std::shared_ptr<llvm::SourceMgr> &sm) {
  OwningOpRef<ModuleOp> module = parseSourceFile<ModuleOp>(sm, &ctx);
  if (!module)
    return failure();
  Timings t;
  for (auto graphOp : module->getOps<sched::GraphOp>()) {
    auto start = Clock::now();
    auto graph = SchedulerGraph::load(graphOp);
    if (failed(graph))
      return failure();
    t.add("load", start);
    start = Clock::now();
    (*graph)->computeReadWrites();
    t.add("read_writes", start);
    start = Clock::now();
    if (failed((*graph)->computeDependencies()))
      return failure();
    t.add("compute_dependencies", start);
    start = Clock::now();
    if (failed((*graph)->topologicalSort()))
      return failure();
    t.add("topological_sort", start);
    start = Clock::now();
    (*graph)->deadNodeElimination();
    t.add("dead_node_elimination", start);
    start = Clock::now();
    bool sets = fuse && ancestorSets;
    (*graph)->computeAncestors(/*withSets=*/sets);
    t.add(sets ? "compute_ancestors(sets)" : "compute_ancestors(orders)",
          start);
    if (fuse) {
      start = Clock::now();
      FusionOptions options;
      options.useAncestorSets = sets;
      if (failed((*graph)->fuseNodes(options)))
        return failure();
      t.add("fuse_nodes", start);
      start = Clock::now();
      (*graph)->mergeLoops(/*loopOrderingAfterFusion=*/true);
      t.add("merge_loops", start);
    }
    t.nodes += (*graph)->getNodes().size();
    start = Clock::now();
    (*graph)->store();
    t.add("store", start);
  }
  return t;
}

int main(int argc, char **argv) {
  llvm::InitLLVM y(argc, argv);
  llvm::cl::ParseCommandLineOptions(argc, argv, "InductorSched _init timer\n");
  DialectRegistry registry;
  registerAllDialects(registry);
  MLIRContext ctx(registry);
  ctx.loadAllAvailableDialects();
  auto sm = std::make_shared<llvm::SourceMgr>();
  std::string error;
  auto file = openInputFile(inputFile, &error);
  if (!file) {
    llvm::errs() << error << "\n";
    return 1;
  }
  sm->AddNewSourceBuffer(std::move(file), llvm::SMLoc());
  std::optional<Timings> best;
  double bestTotal = 0;
  for (unsigned i = 0; i < repeat; ++i) {
    FailureOr<Timings> t = runOnce(ctx, sm);
    if (failed(t))
      return 1;
    double total = 0;
    for (auto &[name, s] : t->steps)
      if (name != "load" && name != "store")
        total += s;
    if (!best || total < bestTotal) {
      best = *t;
      bestTotal = total;
    }
  }
  llvm::outs() << "{\"file\": \"" << inputFile << "\", \"steps\": {";
  for (auto [i, step] : llvm::enumerate(best->steps))
    llvm::outs() << (i ? ", " : "") << "\"" << step.first
                 << "\": " << llvm::format("%.6f", step.second);
  llvm::outs() << "}, \"nodes_after\": " << best->nodes
               << ", \"analysis_total\": " << llvm::format("%.6f", bestTotal)
               << "}\n";
  return 0;
}
