//===- InitAll.h - Register InductorSched with MLIR -------------*- C++ -*-===//
//
// The one entry point for tools and for other MLIR compilers that embed
// InductorSched: add its dialects to a registry and register its passes.
//
//===----------------------------------------------------------------------===//

#ifndef INDUCTORSCHED_INITALL_H
#define INDUCTORSCHED_INITALL_H

namespace mlir {
class DialectRegistry;
namespace inductor_sched {

/// Adds the sched dialect and the upstream dialects its IR uses (arith,
/// math, func) to `registry`.
void registerAllDialects(DialectRegistry &registry);

/// Registers InductorSched's passes and pipelines, and the generic upstream
/// transforms (canonicalize, cse, ...) sched-opt offers beside them.
void registerAllPasses();

} // namespace inductor_sched
} // namespace mlir

#endif // INDUCTORSCHED_INITALL_H
