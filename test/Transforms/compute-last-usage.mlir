// Last usage after the whole of _init, for the reference's worked examples.
// RUN: sched-opt %examples/seed_add_sum_8x16.cuda.mlir -sched-schedule | FileCheck %s --check-prefix=SEED
// RUN: sched-opt %examples/input_mutation.cuda.mlir -sched-schedule | FileCheck %s --check-prefix=MUTATION

// The seed: the graph output buf0 never appears; the inputs end at op0.
// SEED: sched.node "op0" {{.*}}sched.last_usage = ["arg1_1", "arg0_1"]

// The mutation: the fused kernel is the last user of arg0_1 (through buf2,
// the mutation, under its real name), arg1_1 and buf1; inside the kernel,
// op2 is the last to use buf1, arg0_1 and buf0, op1 the last of nothing,
// op0 the last of arg1_1.
// MUTATION: sched.group "op0_op1_op2" fused attributes {{{.*}}sched.last_usage = ["arg0_1", "buf1", "arg1_1"]
// MUTATION: sched.node "op0" {{.*}}sched.last_usage = ["arg1_1"]
// MUTATION: sched.node "op1" {{.*}}sched.last_usage = []
// MUTATION: sched.node "op2" {{.*}}sched.last_usage = ["arg0_1", "buf0", "buf1"]
