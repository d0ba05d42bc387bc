//===- Passes.td - InductorSched passes --------------------*- tablegen -*-===//
//
// The steps of Inductor's Scheduler._init, one pass each, in _init's order.
//
//===----------------------------------------------------------------------===//

#ifndef INDUCTORSCHED_TRANSFORMS_PASSES_TD
#define INDUCTORSCHED_TRANSFORMS_PASSES_TD

include "mlir/Pass/PassBase.td"

//===----------------------------------------------------------------------===//
// Scheduler._init before the fusion loop
//===----------------------------------------------------------------------===//

def SchedComputeReadWritesPass
    : Pass<"sched-compute-read-writes", "::mlir::inductor_sched::sched::GraphOp"> {
  let summary = "Compute each node's read and write dependencies (S2-S4)";
  let description = [{
    Inductor's `extract_read_writes` and `SchedulerNode` construction: one
    `MemoryDep` per load and per store of a node's loop body, with the index
    as Inductor normalizes it, and a `StarDep` on every input and output of
    extern, nop and multi-output nodes. Dependencies on graph inputs and
    constants are met; the rest are unmet.

    On a GPU with loop ordering after fusion (Inductor's default), a
    node's dependencies keep its loops (`d0, d1, ...`, trailing unused
    variables dropped); otherwise loops are merged where every index allows
    it and the variables are renamed `c0, c1, ...`.

    Records `sched.reads` and `sched.writes` on every node.
  }];
  let options = [
    Option<"loopOrderingAfterFusion", "loop-ordering-after-fusion", "bool",
           /*default=*/"true",
           "Inductor's config.loop_ordering_after_fusion: GPU nodes keep "
           "unnormalized dependencies">
  ];
}

def SchedComputeDependenciesPass
    : Pass<"sched-compute-dependencies", "::mlir::inductor_sched::sched::GraphOp"> {
  let summary = "Compute users, mutation renaming and fake dependencies (S7)";
  let description = [{
    Inductor's `Scheduler.compute_dependencies`: buffers that alias share
    their users; a node that mutates a buffer gets a `StarDep` on its
    previous version and a `WeakDep` on the outputs of every earlier reader;
    later reads see the newest version through `mutation_renames`; uses of
    unbacked symbols depend on their definer; graph outputs, mutated inputs
    and unbacked-symbol definers get an `OUTPUT` user.

    Records `sched.users` (`#sched.user`) on every written buffer and
    `sched.mutation_renames`, `sched.mutation_real_name` and
    `sched.mutated_inputs` on the graph; renames `sched.reads`.
  }];
}

def SchedTopologicalSortPass
    : Pass<"sched-topological-sort", "::mlir::inductor_sched::sched::GraphOp"> {
  let summary = "Order nodes as Inductor's DFS topological sort does (S8)";
  let description = [{
    Inductor's `topological_sort_schedule`: a depth-first walk over the
    nodes in their order that first visits the producers of a node's unmet
    dependencies, sorted by buffer name as strings (`buf10` before `buf2`).
    A legal order is kept. Moves the ops of the graph into that order and
    reports a dependency cycle as an error naming its nodes.
  }];
}

def SchedDeadNodeEliminationPass
    : Pass<"sched-dead-node-elimination", "::mlir::inductor_sched::sched::GraphOp"> {
  let summary = "Remove nodes nothing needs (S9)";
  let description = [{
    Inductor's `dead_node_elimination`: walking backwards, a buffer whose
    users are all weak or removed is dead; a node without side effects whose
    buffers are all dead is removed, and its reads stop counting as uses.
    Weak dependencies on removed nodes are then pruned. Records
    `sched.removed_operations` and `sched.removed_buffers` on the graph and
    erases the removed nodes and their unused buffers.
  }];
}

def SchedComputeAncestorsPass
    : Pass<"sched-compute-ancestors", "::mlir::inductor_sched::sched::GraphOp"> {
  let summary = "Compute each node's ancestors and order (S10)";
  let description = [{
    Inductor's `compute_ancestors`: the operations a node transitively
    depends on through unmet dependencies (weak and star ones included),
    and `min_order`/`max_order`, its position. Records `sched.ancestors`,
    `sched.min_order` and `sched.max_order` on every node.

    Ancestor sets grow with the depth of the graph (a chain of n nodes has
    n^2/2 ancestor entries, in Inductor too); `record-ancestors=false`
    records only the orders, for very large graphs.
  }];
  let options = [
    Option<"recordAncestors", "record-ancestors", "bool", /*default=*/"true",
           "Compute and record every node's ancestor set">
  ];
}

def SchedCreateForeachNodesPass
    : Pass<"sched-create-foreach-nodes", "::mlir::inductor_sched::sched::GraphOp"> {
  let summary = "Group the nodes of each graph list into a foreach node (S12)";
  let description = [{
    Inductor's `create_foreach_nodes`: the operations that write the buffers
    of a `sched.graph_list` (Inductor's `V.graph.lists`, from `_foreach_*`
    ops) and survived dead-node elimination, nop kernels left out, become
    one `ForeachKernelSchedulerNode`: a `sched.group ... foreach` whose
    parts run as one kernel. Foreach nodes go after the other nodes, and
    the nodes are sorted topologically again. Their group never matches
    another node's, so they fuse only through their own rule
    (`ForeachKernelSchedulerNode.can_fuse`, in `-sched-fuse-nodes`).
  }];
}

//===----------------------------------------------------------------------===//
// The fusion loop
//===----------------------------------------------------------------------===//

def SchedFuseNodesPass
    : Pass<"sched-fuse-nodes", "::mlir::inductor_sched::sched::GraphOp"> {
  let summary = "Fuse nodes into kernels as Inductor's fuse_nodes does (S14)";
  let description = [{
    Inductor's `Scheduler.fuse_nodes`: up to ten rounds in which the pairs
    of nodes that share a buffer are scored (`score_fusion`: shared bytes,
    then proximity) and fused greedily, best first, when `can_fuse` holds
    and the fusion creates no cycle. `can_fuse` applies Inductor's rules in
    its order: extern and nop nodes never fuse; node1 must not depend on
    node2; devices match; shared data (at least `score-fusion-memory-
    threshold` bytes for horizontal pairs); at most `max-fusion-size` ops
    (and, when set, at most `max-fusion-unique-io-buffers` distinct buffers
    read or written, less those the fusion makes internal);
    no peak-memory increase; horizontal pairs at most 64 positions apart;
    vertical pairs read what node1 writes where it writes it
    (`can_fuse_vertical`); and the backend's loop-shape rules (GPU: SIMD
    numel/rnumel; CPU: C++ loop nests).

    As in PyTorch 2.11, one more round follows the others in which, under
    loop ordering after fusion, a pair of GPU nodes that shares less than
    the threshold may first have the loops of its pointwise node reordered
    (`shared_data_after_reordering_loop`): when both access a buffer in
    orders that differ only by a permutation (equal after
    `normalize_with_stride_order`), the node's ranges and body indices are
    permuted to walk it as its partner does. The reorder stays even if the
    pair is then refused, as in Inductor. In every round, with
    `loop-index-inversion` (2.11's `loop_index_inversion_in_fusion`, on by
    default), a one-loop GPU consumer that reads its producer's output at
    a mixed-radix permutation of its loop and shares too little with it is
    rewritten to read contiguously and store at the inverse permutation
    (`shared_data_after_inverting_indexing`).

    On a GPU, pointwise pairs whose kernels would want different 2-D
    tilings are refused, as are pointwise nodes tiled other than flat or as
    the reduction they would join (Triton's `select_tiling`, with
    `tiling-prevents-pointwise-fusion` and
    `tiling-prevents-reduction-fusion`, both on by default).

    Each fused node becomes a `sched.group "op0_op1" fused { ... }` holding
    its members. With `explain`, every candidate pair that is not fused is
    reported as a remark with a typed reason (legality, cycle, memory,
    distance, size, score) and the numbers behind it, and every loop
    reorder as a remark naming the new order; `report` writes all decisions
    and reorders as JSON. `fuel` stops after that many fusions, so a bad
    decision can be bisected.

    Inductor answers "is node1 an ancestor of node2" and "would this fusion
    create a cycle" from every node's set of transitive ancestors, which
    total n^2/2 names on a chain of n nodes. By default this pass answers
    both without the sets: ancestor questions by a backward search on the
    graph before fusion bounded by two topological orders, cycle questions
    by a search on the fused graph that stays between the two nodes in a
    topological order it keeps up to date as nodes fuse. `ancestor-sets`
    uses Inductor's algorithm instead, to cross-check the decisions.

    Requires `-sched-pre-fusion` to have run (with ancestor sets under
    `ancestor-sets`).
  }];
  let options = [
    Option<"maxFusionSize", "max-fusion-size", "int64_t", /*default=*/"64",
           "Inductor's config.max_fusion_size">,
    Option<"maxFusionUniqueIOBuffers", "max-fusion-unique-io-buffers",
           "int64_t", /*default=*/"-1",
           "Inductor's config.max_fusion_unique_io_buffers (-1: None)">,
    Option<"aggressiveFusion", "aggressive-fusion", "bool", /*default=*/"false",
           "Inductor's config.aggressive_fusion">,
    Option<"scoreFusionMemoryThreshold", "score-fusion-memory-threshold",
           "int64_t", /*default=*/"10",
           "Inductor's config.score_fusion_memory_threshold (bytes)">,
    Option<"loopOrderingAfterFusion", "loop-ordering-after-fusion", "bool",
           /*default=*/"true", "Inductor's config.loop_ordering_after_fusion">,
    Option<"tilingPreventsPointwiseFusion",
           "tiling-prevents-pointwise-fusion", "bool", /*default=*/"true",
           "Inductor's config.triton.tiling_prevents_pointwise_fusion">,
    Option<"tilingPreventsReductionFusion",
           "tiling-prevents-reduction-fusion", "bool", /*default=*/"true",
           "Inductor's config.triton.tiling_prevents_reduction_fusion">,
    Option<"testIgnoreWeakDeps", "test-ignore-weak-deps", "bool",
           /*default=*/"false",
           "For tests only: take every weak dependency as fusable, skipping "
           "the in-place check (a deliberately broken rule)">,
    Option<"loopIndexInversion", "loop-index-inversion", "bool",
           /*default=*/"true",
           "Inductor's config.loop_index_inversion_in_fusion">,
    Option<"fuel", "fuel", "int64_t", /*default=*/"-1",
           "Stop after this many fusions (-1: no limit)">,
    Option<"ancestorSets", "ancestor-sets", "bool", /*default=*/"false",
           "Answer ancestor and cycle questions from ancestor sets, as "
           "Inductor does (quadratic; for cross-checking)">,
    Option<"explain", "explain", "bool", /*default=*/"false",
           "Report every candidate pair that is not fused as a remark">,
    Option<"report", "report", "std::string", /*default=*/"\"\"",
           "Write every fusion decision to this JSON file">
  ];
}

def SchedMergeLoopsPass
    : Pass<"sched-merge-loops", "::mlir::inductor_sched::sched::GraphOp"> {
  let summary = "Merge the loops of GPU nodes after fusion (S15)";
  let description = [{
    Inductor's `Scheduler.merge_loops` under loop ordering after fusion:
    every compute node on a GPU, alone or in a fused group, has its
    iteration loops and its reduction loops merged wherever every index of
    its body walks them contiguously (`LoopBody.merge_loops`); its body and
    ranges are rewritten and its dependencies re-extracted in normalized form
    (`c*` variables), keeping the fake Weak and Star dependencies. The fused
    groups' own dependencies are not refreshed, as in Inductor. CPU nodes
    were merged when they were built and are left alone. Marks rewritten
    nodes `sched.loops_merged`.
  }];
  let options = [
    Option<"loopOrderingAfterFusion", "loop-ordering-after-fusion", "bool",
           /*default=*/"true",
           "Inductor's config.loop_ordering_after_fusion; without it, "
           "nothing is left to merge">
  ];
}

def SchedCreateComboKernelsPass
    : Pass<"sched-create-combo-kernels", "::mlir::inductor_sched::sched::GraphOp"> {
  let summary = "Group independent GPU nodes into combo kernels (S17)";
  let description = [{
    Inductor's `create_combo_kernel_nodes`, run when `config.combo_kernels`
    is on (off by default; `-sched-schedule=combo-kernels=true`): the nodes
    are split into the levels of Kahn's topological sort; on each level the
    nodes of each GPU device, in order, are cut into chunks of at most 8;
    extern, nop and foreach nodes (and, with `pointwise-only`, reductions)
    are left out of a chunk, and every chunk of two or more becomes a
    foreach group (`ForeachKernelSchedulerNode` with Inductor's custom
    partition). CPU nodes are never combined. The nodes are then sorted by
    order and topologically, and redundant weak dependencies pruned.
  }];
  let options = [
    Option<"pointwiseOnly", "pointwise-only", "bool", /*default=*/"false",
           "Inductor's config.combo_kernels_pointwise_only">
  ];
}

def SchedReorderForPeakMemoryPass
    : Pass<"sched-reorder-for-peak-memory",
           "::mlir::inductor_sched::sched::GraphOp"> {
  let summary = "Reorder the fused nodes to lower peak memory (S18)";
  let description = [{
    Inductor's `reorder_for_peak_memory` (`torch/_inductor/memory.py`), on
    by default (`config.reorder_for_peak_memory`). It models the memory the
    schedule holds:

    - freeable inputs: graph inputs some node reads, except those the
      caller keeps alive (names starting with `primals_`, `arg`,
      `fwd_rng_state`, `bwd_rng_state`, `tangents`); held from the start
      until their last reader;
    - each written buffer's bytes when allocated and when freed, under the
      size hints: numel x dtype size; none for a `!sched.none_layout` or a
      mutation (`sched.mutation_real_name`), whose readers instead keep the
      mutated buffer alive; a `!sched.multi_output_layout` allocates what
      its `sched.multi_output` children later free;
    - a buffer is freed after the last node with an unmet dependency on it
      (right after its writer when there is none); graph outputs are never
      freed.

    It estimates the peak of the current order and of three topological
    orders: LPMF (least peak memory first: the ready node that stays under
    the peak so far and leaves the least behind), BFS (the ready node whose
    predecessors ran earliest) and DFS (producers first, smallest bytes
    written plus read first). The order with the smallest peak is kept; on
    a tie the earlier of baseline, lpmf, bfs, dfs wins, so the current
    order stays unless another is strictly better. The graph's ops are
    moved into the chosen order.

    `method` keeps one method's order whatever its peak, to inspect a
    heuristic; `report` prints every estimated peak, in bytes, as a remark
    on the graph:

    ```
    remark: peak memory: baseline 180228, lpmf 172048, bfs 180228, dfs 172048; chose lpmf
    ```

    Fails, naming the nodes, if their memory edges form a cycle. Requires
    `-sched-compute-dependencies`; runs after fusion and loop merging, and
    before `-sched-compute-last-usage`.
  }];
  let options = [
    Option<"enable", "enable", "bool", /*default=*/"true",
           "Inductor's config.reorder_for_peak_memory; off, the order is "
           "kept">,
    Option<"method", "method", "std::string", /*default=*/"\"best\"",
           "The order to keep: best (the smallest estimated peak), or one "
           "of baseline, lpmf, bfs, dfs">,
    Option<"report", "report", "bool", /*default=*/"false",
           "Report each method's estimated peak memory, and each buffer's "
           "bytes and successors, as remarks (for small graphs)">
  ];
}

def SchedComputeLastUsagePass
    : Pass<"sched-compute-last-usage", "::mlir::inductor_sched::sched::GraphOp"> {
  let summary = "Record where each buffer is used for the last time (S21)";
  let description = [{
    Inductor's `compute_last_usage`: walking the nodes backwards from the
    graph outputs, a node's last usage is the set of buffers it uses
    (following aliases, with mutated buffers under their real names) that
    no later node uses; those can be freed after it. Inside a fused group
    the same is computed among its members, for reuse within the kernel.
    Graph outputs never appear. Records `sched.last_usage` on every node
    and group member.
  }];
}

def SchedSpecializeSymbolsPass
    : Pass<"sched-specialize-symbols", "::mlir::inductor_sched::sched::GraphOp"> {
  let summary = "Give size symbols values: a graph of static shapes";
  let description = [{
    Replaces the graph's size symbols by values everywhere they occur:
    buffer types (sizes, strides, offsets), node ranges, load, store and
    index expressions, indirect-indexing sizes and the scheduler's
    dependence annotations. A symbol takes its value from `values`
    (`s0=128,s1=4`), or else its size hint from `symbols(...)`; the
    symbols given values leave the graph's declaration. The lowerings
    (`-sched-lower-to-llvm`, `-sched-lower-to-nvvm`,
    `-convert-sched-to-linalg`) want static shapes, so a graph with size
    symbols is specialized, best after `-sched-schedule` (whose fusion
    decisions, as Inductor's, read the hints): one compilation per shape,
    as Inductor's `assume_static_by_default` does. A value that is not a
    positive integer, or a symbol the graph does not declare, is an error;
    so is a value that makes a buffer's layout invalid.
  }];
  let options = [
    Option<"values", "values", "std::string", /*default=*/"\"\"",
           "Comma-separated symbol=value pairs (default: the size hints)">
  ];
}

def SchedPrintDotPass
    : Pass<"sched-print-dot", "::mlir::inductor_sched::sched::GraphOp"> {
  let summary = "Print the scheduled graph in Graphviz DOT";
  let description = [{
    Prints the graph's nodes to standard output (or `output`) as a DOT
    digraph: one box per scheduler node, fused groups as clusters, and an
    edge from each node to every node that depends on it, styled by the
    dependency's kind: solid for a MemoryDep, bold for a StarDep, dashed for
    a WeakDep. Edge labels name the buffer. Changes nothing.
  }];
  let options = [
    Option<"output", "output", "std::string", /*default=*/"\"-\"",
           "File to write the DOT graph to ('-' for standard output)">
  ];
}

def SchedDebugStrPass
    : Pass<"sched-debug-str", "::mlir::inductor_sched::sched::GraphOp"> {
  let summary = "Print the scheduler state as Inductor's debug_str()";
  let description = [{
    Prints every node to standard output in the text of Inductor's
    `BaseSchedulerNode.debug_str()`: writes, unmet and met dependencies,
    outputs with layouts and users, group, sizes, layouts and the loop
    body, so the state can be diffed line for line against an Inductor log.
    Changes nothing.
  }];
}

#endif // INDUCTORSCHED_TRANSFORMS_PASSES_TD
