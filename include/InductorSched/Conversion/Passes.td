//===- Passes.td - InductorSched conversions ---------------*- tablegen -*-===//
//
// Lowerings out of the sched dialect.
//
//===----------------------------------------------------------------------===//

#ifndef INDUCTORSCHED_CONVERSION_PASSES_TD
#define INDUCTORSCHED_CONVERSION_PASSES_TD

include "mlir/Pass/PassBase.td"

//===----------------------------------------------------------------------===//
// SchedToSCF
//===----------------------------------------------------------------------===//

def ConvertSchedToSCFPass : Pass<"convert-sched-to-scf", "::mlir::ModuleOp"> {
  let summary = "Lower scheduled sched graphs to func/scf/memref loop nests (CPU)";
  let description = [{
    Each `sched.graph @g` becomes `func.func @g` with
    `llvm.emit_c_interface`: one memref argument per graph input, then one
    per graph output, typed from the `!sched.buffer` layouts (sizes,
    strides, offset), named by `sched.arg_names` and `sched.num_inputs`.
    Every storage (a graph input or a `sched.buffer`) is
    addressed as a flat 1-D memref from its base pointer, because Inductor's
    index expressions are storage offsets; mutations, aliases and views use
    their root's storage, views and aliases as `memref.reinterpret_cast`.
    Intermediate buffers are `memref.alloc`ed where they are declared and
    `memref.dealloc`ed after the kernel that `sched.last_usage` names as
    their last user (at the end when the attribute is absent). A graph
    output that is an intermediate buffer is computed in the caller's
    memref; any other output is copied there at the end.

    Each kernel, a top-level `sched.group` or a lone node, is one
    `scf.execute_region` tagged `sched.kernel = "<name>"`. In a fused
    group, consecutive members with the same iteration ranges share one
    loop nest over those ranges (and reductions with the same reduction
    ranges share one reduction loop); bodies run in member order at each
    point, so the lowering is only correct where Inductor's fusion rules
    hold. Members with other ranges get their own nest, in member order.
    Reductions are `scf.for` loops with `iter_args`: sum, prod, max, min,
    argmax and argmin (first index wins; NaN is the extreme), any, xor_sum,
    welford_reduce and welford_combine. `extern_kernels.mm`, `bmm` and
    `addmm` become linalg ops; other extern kernels call a runtime function
    named after the kernel (`extern_kernels.foo` calls
    `_mlir_ciface_extern_kernels_foo`).

    With `parallel`, the outermost iteration loop of each loop nest is an
    `scf.parallel` (tagged `sched.parallel`); `-sched-lower-to-llvm` turns it
    into an OpenMP worksharing loop. Each point computes exactly what it
    computes serially, so results do not change. With `reassociate`, float
    sum and prod accumulations carry `fastmath<reassoc>`, and a reduction
    along a contiguous row runs on 8-lane vectors (four of them side by
    side, as one `vector<32>`, where the row divides by 32: independent
    accumulator chains), its lanes merged in order after the loop: their
    rounding then differs from the serial order. With `streaming-stores`, a
    nest of pointwise nodes contiguous along its innermost loop is 8-lane
    vector code, and its
    stores into storages of 64 MiB and more that it does not read are
    non-temporal, 32-byte aligned `vector.store`s where the storage's base
    is 32-byte aligned at run time (one check a nest; plain vector stores
    otherwise). Elementwise, so results do not change.

    Reductions that read across their reduction loop with a stride (column
    sums, transposed reads) are outer-vectorized: the last iteration loop
    steps by `outer-lanes` points, one a vector lane, each accumulating in
    the serial order. With `reassociate`, a float sum whose added terms read
    in both orientations splits: the terms contiguous across the lanes
    accumulate as lane vectors, the others a lane at a time as vectors
    along the reduction, and the two sums add.
  }];
  let dependentDialects = [
    "::mlir::affine::AffineDialect",
    "::mlir::arith::ArithDialect",
    "::mlir::cf::ControlFlowDialect",
    "::mlir::func::FuncDialect",
    "::mlir::linalg::LinalgDialect",
    "::mlir::math::MathDialect",
    "::mlir::memref::MemRefDialect",
    "::mlir::scf::SCFDialect",
    "::mlir::vector::VectorDialect"
  ];
  let options = [
    Option<"unfused", "unfused", "bool", /*default=*/"false",
           "Lower every member of a group as its own kernel (no shared loops)">,
    Option<"testReverseMembers", "test-reverse-fused-members", "bool",
           /*default=*/"false",
           "Testing only: lower the members of fused groups in reverse "
           "order, a deliberately wrong lowering the differential test "
           "must catch">,
    Option<"parallel", "parallel", "bool", /*default=*/"false",
           "Make the outermost iteration loop of each loop nest an "
           "scf.parallel (its points are independent); nests with an "
           "atomic_add or indirect store stay serial">,
    Option<"reassociate", "reassociate", "bool", /*default=*/"false",
           "Mark floating-point sum and prod accumulations "
           "fastmath<reassoc> so they may be vectorized; changes rounding">,
    Option<"outerLanes", "outer-lanes", "unsigned", /*default=*/"0",
           "Outer-vectorized reductions (column sums, transposed reads): "
           "output points a vector where the last iteration range divides "
           "by it (else 16); 0: 128 where no operand is gathered across "
           "the lanes, 64 where a split sum (reassociate) takes the "
           "gathered terms apart, else 16; bit-exact but for split sums">,
    Option<"transposedTileDepth", "transposed-tile-depth", "unsigned",
           /*default=*/"0",
           "Outer-vectorized reductions: load a transposed operand this "
           "many reduction points at a time as one row per lane and "
           "transpose in registers (0: a gather per point); bit-exact">,
    Option<"streamingStores", "streaming-stores", "bool", /*default=*/"false",
           "Nests of pointwise nodes contiguous along the innermost loop run "
           "as 8-lane vectors; stores to storages of 64 MiB and more are "
           "non-temporal where, at run time, the storage is 32-byte aligned "
           "and its last page resident (mincore) or it starts on a 2 MiB "
           "boundary; bit-exact">,
    Option<"prefetchNextOuter", "prefetch-next-outer", "bool",
           /*default=*/"false",
           "Outer-loop fused kernels: pointwise nests run as vectors (a "
           "cache line a step, 8 lanes with streaming-stores) and prefetch, "
           "each step, the next outer point's line of each storage the "
           "kernel reads along an inner loop of the same extent; bit-exact">
  ];
}

//===----------------------------------------------------------------------===//
// SchedToLinalg
//===----------------------------------------------------------------------===//

def ConvertSchedToLinalgPass
    : Pass<"convert-sched-to-linalg", "::mlir::ModuleOp"> {
  let summary = "Lower affine sched nodes to linalg.generic ops";
  let description = [{
    Each `sched.graph @g` becomes `func.func @g` with the signature
    `-convert-sched-to-scf` gives it (`llvm.emit_c_interface`, one memref
    per graph input, then one per graph output, typed from the buffer
    layouts; `sched.arg_names`, `sched.num_inputs`). Intermediate buffers
    are `memref.alloc`ed (and freed at the end); a graph output that is an intermediate buffer
    with its storage's layout is computed in the caller's memref, any other
    output is copied there at the end. Views, aliases and mutations are
    `memref.reinterpret_cast`s of their root's storage.

    Every compute node (`sched.node`, in schedule order; the members of a
    group in member order) becomes one `linalg.generic` when its indexing
    is affine: every load and store index is a constant plus loop
    variables with constant coefficients, each loop variable used by an
    index has a coefficient equal to the stride of exactly one dimension of
    the buffer's layout (no two variables on one dimension), and the points
    stay inside the layout. The generic iterates over the node's ranges
    (`parallel`) then its reduction ranges (`reduction`), loop variables of
    range 1 left out; each operand is the buffer's strided memref, or a
    `memref.subview` of it where the node reaches only part of it (a
    constant offset, a smaller range), after a `memref.transpose` to
    decreasing strides where the layout's are not (a column-major buffer
    then collapses as a row-major one) and a `memref.expand_shape` of a
    dimension several loop variables split (coefficients its stride times
    1, r1, r1*r2, ...), and its indexing map sends loop
    dimensions to the buffer's logical dimensions (a dimension no variable
    indexes is `0`: a broadcast read). Loads are inputs, stores outputs;
    the body is the node's `arith`/`math` ops. Reductions `sum`, `prod`,
    `max` and `min` (NaN-propagating, as Inductor's) accumulate into the
    output, which a `linalg.fill` first sets to the identity. The others
    (argmax/argmin, Welford, any, xor_sum) keep each accumulator value in
    an output: a stored result's, or a scratch `memref.alloc` shaped like
    it (argmax's value, Welford's unstored mean, m2 or weight), updated by
    the same combine as the SCF form's, so the two agree bit for bit.

    `sched.index_expr` (a value of the loop variables, floor division and
    modulo included) is `linalg.index` of the generic's dims and an
    `affine.apply` in its body. A load no indexing map describes (floor
    division or modulo in its index, a stride that is no dimension's,
    an indirect index) is a `memref.load` in the body from the flat view
    of its storage (a gather, as `tensor.extract` is on tensors), at the
    index of `linalg.index` values; `sched.indirect_indexing` is emitted
    there too (with its negative wrap and its `cf.assert` bounds check),
    and a `sched.masked` sub-block is an `scf.if` whose loads are in-body
    loads. A node may not load in its body the storage it writes.

    Extern kernels lower as in `-convert-sched-to-scf`: `mm`, `bmm` and
    `addmm` as `linalg.matmul`/`linalg.batch_matmul` into a zero-filled (or
    bias-filled) output, others as calls of a runtime function named after
    the kernel.

    Not representable, so not converted: floor division and modulo in a
    store index, size symbols, `atomic_add` stores, a reduction node that
    also reads its output or
    stores outside a reduction, and multi-output kernels. Such a
    node is an error naming it; with `allow-fallback` it is left out of the
    function with a remark instead (the function then does not compute it).
  }];
  let dependentDialects = [
    "::mlir::affine::AffineDialect",
    "::mlir::arith::ArithDialect",
    "::mlir::cf::ControlFlowDialect",
    "::mlir::func::FuncDialect",
    "::mlir::linalg::LinalgDialect",
    "::mlir::math::MathDialect",
    "::mlir::memref::MemRefDialect",
    "::mlir::scf::SCFDialect"
  ];
  let options = [
    Option<"allowFallback", "allow-fallback", "bool", /*default=*/"false",
           "Leave nodes that are not affine-representable out of the "
           "function with a remark instead of failing">
  ];
}

//===----------------------------------------------------------------------===//
// SchedToGPU
//===----------------------------------------------------------------------===//

def ConvertSchedToGPUPass : Pass<"convert-sched-to-gpu", "::mlir::ModuleOp"> {
  let summary = "Lower scheduled sched graphs to host code with one "
                "gpu.launch per kernel";
  let description = [{
    Each `sched.graph @g` becomes `func.func @g` taking one flat memref per
    graph input, then one per graph output: the storage from its base
    pointer, `memref<extent x dtype>` (so the host function can take bare,
    16-byte aligned device pointers). `sched.arg_names`, `sched.num_inputs`,
    `sched.outputs`, `sched.output_aliases` and `sched.layouts` describe the
    arguments for callers (utils/graph-abi.py). Index expressions are storage
    offsets, as in `-convert-sched-to-scf`. Intermediate buffers are
    `gpu.alloc`ed where declared and `gpu.dealloc`ed after the kernel that
    `sched.last_usage` names as their last user. A graph output is an
    intermediate buffer's own storage (computed in the caller's memory) or
    a graph input with its layout (a mutated input: no argument, its
    `sched.output_aliases` entry names the input); other outputs and size
    symbols (`-sched-specialize-symbols` gives them values) are errors for
    now. Extern `mm`, `bmm` and `addmm` are a host call of `sched_cuda_gemm`
    (runtime/cuda: cuBLAS's strided batched sgemm) with each operand's
    device address and strides, after a bias-broadcast kernel for addmm;
    other extern kernels, non-f32 gemms and layouts with neither dimension
    contiguous are errors.

    Each kernel of the schedule (a fused group, or a lone node; foreach and
    grouped parts apart) is one `gpu.launch` named after it and tagged
    `sched.strategy`. Its iteration space is its first reduction member's
    rows x reduction points (Inductor's numel x rnumel); a pointwise member
    covers rows x reduction points (its ranges split where their product is
    the rows, else its point row * rnumel + r) or one point per row. The
    strategy is chosen by shape, as Inductor's Triton kernels are:

    - `pointwise` (no reduction): a flattened grid of `block-size` threads,
      each taking `points-per-thread` points in runs of 4 consecutive ones
      (where the innermost ranges allow), a warp's runs contiguous.
    - `threads_per_row`: a power of two of threads per row, a warp to a
      block (about `row-points-per-thread` points each; rows share a block
      when they fill it; a kernel of reductions only may give a row up to
      `reduction-block-size` threads, a block of its own; a row shorter
      than a warp takes a thread a point, several rows a warp), when some load
      of a reduction is contiguous along
      the innermost reduction variable or the rows are fewer than
      `min-rows-per-thread`. Threads accumulate their points, merge with a
      `gpu.shuffle xor` butterfly, then through shared memory (a slot per
      warp), and every thread of the row merges its row's warps in order
      and runs the code after the reductions (lane 0 alone stores). With at
      most 32 points a thread the row is persistent (`sched.persistent`):
      every member's points are straight-line code, in runs of 4, each
      element loaded once for all members. Otherwise the threads loop.
      Members are separated by a barrier only where they share a storage
      one of them writes (register buffers aside).
    - `thread_per_row`: one thread per row, its reduction a serial loop of
      runs of `serial-run-width` points, for reductions across rows (column
      sums) and for reductions of at most `max-serial-reduction` points that
      some load reads across rows (a transposed operand); threads take the
      rows in an order where neighbours read neighbouring elements. With
      fewer than about 2^20 rows, each row is split over `row-splits`
      threads (`sched.row_splits`) in different warps: each takes every
      row-splits-th run, leaves its partial in a shared-memory slot of its
      own, and after the barrier every thread of the row merges the parts
      in order.

    Where threads run straight-line code (pointwise, persistent rows), a
    load of an element loaded or stored before reuses the value, and an
    intermediate buffer only this kernel touches that is no output lives in
    registers (`sched.register_buffers`: never stored nor allocated; a
    buffer a load misses goes back to memory and the kernel is emitted
    again). A run's loads come first, so the backend merges contiguous ones
    into 128-bit accesses (kernel arguments are marked 16-byte aligned).
    Members of a threads-per-row kernel are separated by `gpu.barrier`.

    With `eviction-hints`, the loads of reduction kernels whose rows
    Inductor would loop over (more than 1024 points for threads-per-row,
    64 for thread-per-row kernels), that store no full rows x reduction
    output and read at most `eviction-hint-max-bytes` (where the hints were
    measured to pay), carry Inductor's eviction policy:
    `evict_last` for broadcast loads, loads with no stride-1 variable and
    loads a later member reads from memory again, `evict_first` for the
    others, none for storages the kernel stores to. Each is inline PTX
    (`ld.global.L1::evict_*.L2::cache_hint` with a `createpolicy` register
    made once per kernel), a 128-bit one for a run of 4 aligned contiguous
    32-bit elements.

    Reductions: sum, prod, max, min (NaN propagates), argmax/argmin (first
    position among equal values and among NaNs, also across threads), any,
    xor_sum and Welford (in persistent rows two passes over a thread's
    values, then Chan's merge). Equal reductions of equal values in a
    persistent row (layernorm's three welford_reduce) are merged once.
    `atomic_add` stores are `memref.atomic_rmw`. The order of floating-point
    operations within a row differs from the CPU lowering's, so results
    agree to rounding (utils/gpu-differential.py checks them on a GPU).
  }];
  let dependentDialects = [
    "::mlir::affine::AffineDialect",
    "::mlir::arith::ArithDialect",
    "::mlir::cf::ControlFlowDialect",
    "::mlir::func::FuncDialect",
    "::mlir::gpu::GPUDialect",
    "::mlir::LLVM::LLVMDialect",
    "::mlir::math::MathDialect",
    "::mlir::memref::MemRefDialect",
    "::mlir::scf::SCFDialect"
  ];
  let options = [
    Option<"blockSize", "block-size", "int64_t", /*default=*/"256",
           "Threads per block (a multiple of 32, at most 1024)">,
    Option<"pointsPerThread", "points-per-thread", "int64_t",
           /*default=*/"4", "Points each thread of a pointwise kernel takes">,
    Option<"rowPointsPerThread", "row-points-per-thread", "int64_t",
           /*default=*/"8",
           "Threads-per-row kernels: about this many points of a row a "
           "thread (a power of two of threads, from a warp to a block)">,
    Option<"reductionThreadsPerRow", "reduction-threads-per-row", "int64_t",
           /*default=*/"0",
           "Threads-per-row kernels of reductions only: this many threads a "
           "row (rounded up to a power of two, a warp to a block); 0: as "
           "row-points-per-thread says">,
    Option<"reductionBlockSize", "reduction-block-size", "int64_t",
           /*default=*/"512",
           "Threads-per-row kernels of reductions only: rows may take up to "
           "this many threads, in a block of their own (at most 1024; at or "
           "below block-size: as other kernels)">,
    Option<"minRowsPerThread", "min-rows-per-thread", "int64_t",
           /*default=*/"8192",
           "Reductions across rows with fewer rows than this still get a "
           "block per row">,
    Option<"maxSerialReduction", "max-serial-reduction", "int64_t",
           /*default=*/"256",
           "Reductions of at most this many points that some load reads "
           "across rows get a thread per row">,
    Option<"serialRunWidth", "serial-run-width", "int64_t", /*default=*/"8",
           "Thread-per-row reductions take this many consecutive points an "
           "iteration (a 32-byte sector of 32-bit elements)">,
    Option<"rowSplits", "row-splits", "int64_t", /*default=*/"0",
           "Thread-per-row reductions: this many threads a row (a power of "
           "two; each takes every row-splits-th serial run, merged through "
           "shared memory); 0: enough for about 2^20 threads">,
    Option<"evictionHints", "eviction-hints", "bool", /*default=*/"true",
           "Inductor's L1/L2 eviction hints on the loads of reduction kernels "
           "whose rows it would loop over (inline PTX; sm_80 and later)">,
    Option<"evictionHintMaxBytes", "eviction-hint-max-bytes", "int64_t",
           /*default=*/"268435456",
           "eviction-hints: only in kernels that read at most this many bytes "
           "of storages and store no full rows x reduction output">,
    Option<"unfused", "unfused", "bool", /*default=*/"false",
           "Every member of a group its own kernel">
  ];
}

#endif // INDUCTORSCHED_CONVERSION_PASSES_TD
