//===- SizeHint.h - Bytes under the graph's size hints ----------*- C++ -*-===//
//
// Inductor weighs buffers and dependencies in bytes under the size hints of
// the graph's symbols (`V.graph.sizevars.size_hint`, `get_dtype_size`,
// `dep_size_hint`): the fusion loop scores pairs by the bytes they share,
// and the peak-memory reorder sizes buffers. Both evaluate sizes here, so
// that they agree.
//
//===----------------------------------------------------------------------===//

#ifndef INDUCTORSCHED_ANALYSIS_SIZEHINT_H
#define INDUCTORSCHED_ANALYSIS_SIZEHINT_H

#include "InductorSched/Dialect/Sched/IR/SchedOps.h"

#include "llvm/ADT/DenseMap.h"

#include <optional>

namespace mlir::inductor_sched {

class SchedulerGraph;

class SizeHintEvaluator {
public:
  explicit SizeHintEvaluator(const SchedulerGraph &graph);

  /// The value of a size expression under the size hints, or none if it
  /// uses a symbol without a hint (an unbacked one).
  std::optional<int64_t> evaluate(sched::IndexExprAttr e) const;
  /// The elements of a buffer type under the size hints, or none.
  std::optional<int64_t> getNumel(sched::BufferType type) const;
  /// Inductor's get_dtype_size: bytes per element (a bool takes one).
  static int64_t getDtypeSize(Type dtype);
  /// Elements and element size of the buffer `name` stands for (a graph
  /// input, constant or written buffer with a strided layout), or none.
  std::optional<std::pair<int64_t, int64_t>>
  getBufferExtent(StringAttr name) const;
  /// Inductor's dep_size_hint: the bytes a dependency touches, 0 when they
  /// involve unbacked symbols; a WeakDep counts 1. Cached per dependency.
  int64_t getDepSizeHint(Attribute dep);
  /// Each symbol's size hint.
  const llvm::DenseMap<StringAttr, int64_t> &getHints() const { return hints; }

private:
  const SchedulerGraph &graph;
  MLIRContext *ctx;
  llvm::DenseMap<StringAttr, int64_t> hints;
  llvm::DenseMap<Attribute, int64_t> depSizes;
};

} // namespace mlir::inductor_sched

#endif // INDUCTORSCHED_ANALYSIS_SIZEHINT_H
