// RUN: sched-opt %examples/input_mutation.cuda.mlir -sched-pre-fusion -sched-print-dot -o /dev/null | FileCheck %s --check-prefix=PRE
// RUN: sched-opt %examples/input_mutation.cuda.mlir -sched-schedule -sched-print-dot -o /dev/null | FileCheck %s --check-prefix=POST

// Before fusion: three boxes; op2 reads buf1 and must follow the earlier
// readers of arg0_1 (weak, dashed).
// PRE:      digraph "input_mutation" {
// PRE-NEXT:   node [shape=box];
// PRE-NEXT:   "op0" [label="op0\npointwise"];
// PRE-NEXT:   "op1" [label="op1\npointwise"];
// PRE-NEXT:   "op2" [label="op2\npointwise"];
// PRE-NEXT:   "op1" -> "op2" [label="buf1", style=solid];
// PRE-NEXT:   "op0" -> "op2" [label="buf0", style=dashed];
// PRE-NEXT:   "op1" -> "op2" [label="buf1", style=dashed];
// PRE-NEXT: }

// After fusion: one cluster; the weak edge on buf1 was redundant and pruned.
// POST:      subgraph "cluster_op0_op1_op2" {
// POST-NEXT:   label="op0_op1_op2";
// POST-NEXT:   "op0" [label="op0\npointwise"];
// POST-NEXT:   "op1" [label="op1\npointwise"];
// POST-NEXT:   "op2" [label="op2\npointwise"];
// POST-NEXT: }
// POST-NEXT: "op1" -> "op2" [label="buf1", style=solid];
// POST-NEXT: "op0" -> "op2" [label="buf0", style=dashed];
// POST-NEXT: }
