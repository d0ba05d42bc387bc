//===- PrintDot.cpp - -sched-print-dot ------------------------------------===//
//
// The scheduled graph as Graphviz DOT: nodes, fused groups as clusters,
// dependence edges styled by kind.
//
//===----------------------------------------------------------------------===//

#include "InductorSched/Analysis/SchedulerGraph.h"
#include "InductorSched/Transforms/PassUtils.h"
#include "InductorSched/Transforms/Passes.h"

#include "mlir/Support/FileUtilities.h"
#include "llvm/Support/ToolOutputFile.h"

namespace mlir::inductor_sched {
#define GEN_PASS_DEF_SCHEDPRINTDOTPASS
#include "InductorSched/Transforms/Passes.h.inc"
} // namespace mlir::inductor_sched

using namespace mlir;
using namespace mlir::inductor_sched;
using namespace mlir::inductor_sched::sched;

namespace {
void printLeaf(const SchedulerNode &node, llvm::raw_ostream &os,
               StringRef indent) {
  std::string label = node.name.getValue().str();
  if (auto computed = dyn_cast<NodeOp>(node.op)) {
    label += computed.isReduction() ? "\\nreduction" : "\\npointwise";
  } else if (auto ext = dyn_cast<ExternOp>(node.op)) {
    label += "\\n" + ext.getKernel().str();
  } else {
    label += "\\n" + node.getKindName().str();
  }
  os << indent << "\"" << node.name.getValue() << "\" [label=\"" << label
     << "\"" << (node.isExternOrNop() ? ", style=filled" : "") << "];\n";
}

void printDot(const SchedulerGraph &graph, llvm::raw_ostream &os) {
  os << "digraph \"" << graph.getGraph().getSymName() << "\" {\n"
     << "  node [shape=box];\n";
  for (SchedulerNode *node : graph.getNodes()) {
    if (!node->isFused()) {
      printLeaf(*node, os, "  ");
      continue;
    }
    os << "  subgraph \"cluster_" << node->name.getValue() << "\" {\n"
       << "    label=\"" << node->name.getValue() << "\";\n";
    for (SchedulerNode *member : node->snodes)
      printLeaf(*member, os, "    ");
    os << "  }\n";
  }
  for (SchedulerNode *node : graph.getNodes())
    for (SchedulerNode *consumer : node->getNodes())
      for (Attribute dep : consumer->readWrites.reads) {
        SchedulerBuffer *buf = graph.lookupBuffer(getDepName(dep));
        if (!buf || !buf->definingOp || buf->definingOp == consumer)
          continue;
        StringRef style = isa<WeakDepAttr>(dep)   ? "dashed"
                          : isa<StarDepAttr>(dep) ? "bold"
                                                  : "solid";
        os << "  \"" << buf->definingOp->name.getValue() << "\" -> \""
           << consumer->name.getValue() << "\" [label=\""
           << buf->name.getValue() << "\", style=" << style << "];\n";
      }
  os << "}\n";
}

struct SchedPrintDotPass
    : public inductor_sched::impl::SchedPrintDotPassBase<SchedPrintDotPass> {
  using Base::Base;

  void runOnOperation() override {
    auto graph = SchedulerGraph::load(getOperation());
    if (failed(graph) || failed(requireReadWrites(**graph)))
      return signalPassFailure();
    std::string error;
    auto file = openOutputFile(output, &error);
    if (!file) {
      getOperation().emitOpError("cannot write the DOT graph: ") << error;
      return signalPassFailure();
    }
    printDot(**graph, file->os());
    file->keep();
    markAllAnalysesPreserved();
  }
};
} // namespace
