//===- SchedToSCF.h - sched graphs to loop nests ----------------*- C++ -*-===//

#ifndef INDUCTORSCHED_CONVERSION_SCHEDTOSCF_SCHEDTOSCF_H
#define INDUCTORSCHED_CONVERSION_SCHEDTOSCF_SCHEDTOSCF_H

#include "mlir/Pass/PassOptions.h"
#include "mlir/Support/LLVM.h"

namespace mlir {
class ModuleOp;
class OpPassManager;
namespace func {
class FuncOp;
} // namespace func
namespace inductor_sched {
namespace sched {
class GraphOp;
} // namespace sched

struct SchedToSCFOptions {
  /// Every member of a group is its own kernel.
  bool unfused = false;
  /// Testing only: fused members in reverse order (a wrong lowering).
  bool reverseFusedMembers = false;
  /// The outermost iteration loop of each loop nest is an scf.parallel
  /// (points of a nest are independent; nests with atomic_add or indirect
  /// stores stay serial). Every point computes what it computes serially.
  bool parallel = false;
  /// Floating-point sum and prod accumulations carry fastmath<reassoc>, so
  /// LLVM's loop vectorizer may split them into vector lanes. Changes the
  /// rounding of float reductions (not bit-exact with the serial order).
  bool reassociate = false;
  /// Outer-loop vectorization (reductions read across the reduction loop):
  /// output points a vector, when the last iteration range divides by it
  /// (else 16, then none). 0: chosen per nest (128 where no operand is
  /// gathered across the lanes, 64 where a split sum takes the gathered
  /// terms apart, else 16). Bit-exact at any width; a split sum (only with
  /// `reassociate`) changes the order of its additions.
  unsigned outerLanes = 0;
  /// In outer-vectorized reductions, a transposed operand (contiguous along
  /// the reduction, strided across the lanes) is loaded this many reduction
  /// points at a time, as one contiguous row per lane, and transposed in
  /// registers instead of gathered a point at a time (0: gathers).
  /// Bit-exact.
  unsigned transposedTileDepth = 0;
  /// Nests of pointwise nodes whose ops all run on vectors along the
  /// innermost, contiguous loop run as 8-lane vectors, and their stores to
  /// large storages (kStreamingStoreBytes; not a kernel's local buffers)
  /// are non-temporal where, checked at run time, the storage is 32-byte
  /// aligned and either the page of its last byte was resident when the
  /// kernel began or it starts on a 2 MiB (huge-page) boundary: a fresh
  /// 4 KiB page is zeroed through the cache, and streaming into it writes
  /// its lines twice (plain vector stores there). Bit-exact.
  bool streamingStores = false;
  /// In outer-loop fused kernels, pointwise nests step through their inner
  /// loop as vectors, a cache line (16 points) at a time (streamingStores'
  /// 8 lanes where that is on), and prefetch, each step, the
  /// next outer point's line of every storage the kernel reads along an
  /// inner loop of the same extent (softmax: the next row of its input,
  /// while this row's exponentials and divisions run). Bit-exact.
  bool prefetchNextOuter = false;
};

/// Lowers `graph` to a func.func of the same name, inserted before it, and
/// erases the graph. Emits located errors and fails on what it does not
/// support; the graph is then left as it was.
FailureOr<func::FuncOp> lowerGraphToSCF(sched::GraphOp graph,
                                        const SchedToSCFOptions &options);

struct SchedLowerToLLVMOptions
    : public PassPipelineOptions<SchedLowerToLLVMOptions> {
  Option<bool> unfused{*this, "unfused",
                       llvm::cl::desc("Every node its own kernel"),
                       llvm::cl::init(false)};
  Option<bool> testReverseFusedMembers{
      *this, "test-reverse-fused-members",
      llvm::cl::desc("Testing only: a wrong lowering of fused groups"),
      llvm::cl::init(false)};
  Option<bool> parallel{
      *this, "parallel",
      llvm::cl::desc("Outermost iteration loops as scf.parallel, then OpenMP"),
      llvm::cl::init(false)};
  Option<bool> reassociate{
      *this, "reassociate",
      llvm::cl::desc("fastmath<reassoc> on float sum/prod reductions (not "
                     "bit-exact with the serial order)"),
      llvm::cl::init(false)};
  Option<bool> approximateMath{
      *this, "approximate-math",
      llvm::cl::desc("exp, log, tanh, erf, ... as polynomials LLVM can "
                     "vectorize (not bit-exact with libm)"),
      llvm::cl::init(false)};
  Option<bool> prefetchNextOuter{
      *this, "prefetch-next-outer",
      llvm::cl::desc("Outer-loop fused kernels: pointwise nests prefetch "
                     "the next outer point's rows of the kernel's inputs"),
      llvm::cl::init(false)};
  Option<unsigned> outerLanes{
      *this, "outer-lanes",
      llvm::cl::desc("Outer-vectorized reductions: output points a vector "
                     "(0: chosen per nest)"),
      llvm::cl::init(0)};
  Option<unsigned> transposedTileDepth{
      *this, "transposed-tile-depth",
      llvm::cl::desc("Outer-vectorized reductions: reduction points of a "
                     "transposed operand loaded at once (0: gathers)"),
      llvm::cl::init(0)};
  Option<bool> streamingStores{
      *this, "streaming-stores",
      llvm::cl::desc("Pointwise nests as 8-lane vectors, non-temporal "
                     "stores to large aligned storages whose last page is "
                     "resident or that start on a 2 MiB boundary"),
      llvm::cl::init(false)};
};

/// -convert-sched-to-scf, then upstream passes down to the LLVM dialect.
void buildSchedLowerToLLVMPipeline(OpPassManager &pm,
                                   const SchedLowerToLLVMOptions &options);

/// The upstream part of -sched-lower-to-llvm: func/scf/memref/linalg/affine
/// down to the LLVM dialect; scf.parallel loops become OpenMP worksharing
/// loops (-convert-scf-to-openmp), which need libomp at run time. With
/// `approximateMath`, math functions first become upstream's polynomial
/// approximations.
void buildSchedSCFToLLVMPipeline(OpPassManager &pm,
                                 bool approximateMath = false);

/// Registers -sched-lower-to-llvm.
void registerConversionPipelines();

} // namespace inductor_sched
} // namespace mlir

#endif // INDUCTORSCHED_CONVERSION_SCHEDTOSCF_SCHEDTOSCF_H
