// S12: the nodes of each graph list become one foreach node; S14: foreach
// nodes fuse only through ForeachKernelSchedulerNode.can_fuse, a neighbour
// joining the one part it feeds or reads.
// RUN: sched-opt %s -split-input-file -sched-pre-fusion | FileCheck %s --check-prefix=PRE
// RUN: sched-opt %s -split-input-file -sched-schedule | FileCheck %s
// RUN: sched-opt %s -split-input-file -sched-pre-fusion -sched-fuse-nodes=explain=true -o /dev/null 2>&1 | FileCheck %s --check-prefix=EXPLAIN

// _foreach_add(list_a, list_b), then buf0 * 2. The foreach node goes after
// the other nodes and the topological sort puts it back before op2; op2
// then fuses into the part that produces what it reads.
!t = !sched.buffer<[64], f32, strides = [1], device = "cuda:0">
// PRE-LABEL:   sched.graph @consumer_joins_its_producer_part
// PRE:           sched.group "op0_op1" foreach attributes {{{.*}}sched.max_order = 1 : i64, sched.min_order = 0 : i64
// PRE-NEXT:        sched.node "op0"
// PRE:             sched.node "op1"
// PRE:           sched.node "op2"
// CHECK-LABEL: sched.graph @consumer_joins_its_producer_part
// CHECK:         sched.group "op0_op2_op1" foreach
// CHECK-NEXT:      sched.group "op0_op2" fused
// CHECK-NEXT:        sched.node "op0"
// CHECK:             sched.node "op2"
// CHECK:           sched.node "op1"
// CHECK-NOT:     sched.node
// CHECK:         sched.output
sched.graph @consumer_joins_its_producer_part {
  %a0 = sched.input "arg0_1" : !t
  %a1 = sched.input "arg1_1" : !t
  %b0 = sched.input "arg2_1" : !t
  %b1 = sched.input "arg3_1" : !t
  %buf0 = sched.buffer "buf0" : !t
  sched.node "op0" writes(%buf0 : !t) ranges [64] {
    %x = sched.load %a0[p0] : !t
    %y = sched.load %b0[p0] : !t
    %s = arith.addf %x, %y : f32
    sched.store %s, %buf0[p0] : !t
  }
  %buf1 = sched.buffer "buf1" : !t
  sched.node "op1" writes(%buf1 : !t) ranges [64] {
    %x = sched.load %a1[p0] : !t
    %y = sched.load %b1[p0] : !t
    %s = arith.addf %x, %y : f32
    sched.store %s, %buf1[p0] : !t
  }
  sched.graph_list "list_0"(%buf0, %buf1 : !t, !t)
  %buf2 = sched.buffer "buf2" : !t
  sched.node "op2" writes(%buf2 : !t) ranges [64] {
    %x = sched.load %buf0[p0] : !t
    %c = arith.constant 2.0 : f32
    %m = arith.mulf %x, %c : f32
    sched.store %m, %buf2[p0] : !t
  }
  sched.output %buf1, %buf2 : !t, !t
}

// -----

// A producer feeding one part: the pair is found as (op0, foreach) and op0
// joins the part that reads buf0. A dead list member (op3) is left out.
!t = !sched.buffer<[64], f32, strides = [1], device = "cuda:0">
// PRE-LABEL:   sched.graph @producer_joins_its_consumer_part attributes {sched.removed_buffers = ["buf3"], sched.removed_operations = ["op3"]}
// PRE:           sched.node "op0"
// PRE:           sched.group "op1_op2" foreach
// PRE-NOT:       "op3"
// PRE:           sched.graph_list "list_0"(%{{.*}}, %{{.*}} : !{{.*}}, !{{.*}})
// CHECK-LABEL: sched.graph @producer_joins_its_consumer_part
// CHECK:         sched.group "op0_op1_op2" foreach
// CHECK-NEXT:      sched.group "op0_op1" fused
sched.graph @producer_joins_its_consumer_part {
  %x = sched.input "arg0_1" : !t
  %y = sched.input "arg1_1" : !t
  %buf0 = sched.buffer "buf0" : !t
  sched.node "op0" writes(%buf0 : !t) ranges [64] {
    %v = sched.load %x[p0] : !t
    %c = math.cos %v : f32
    sched.store %c, %buf0[p0] : !t
  }
  %buf1 = sched.buffer "buf1" : !t
  sched.node "op1" writes(%buf1 : !t) ranges [64] {
    %v = sched.load %buf0[p0] : !t
    %c = math.sin %v : f32
    sched.store %c, %buf1[p0] : !t
  }
  %buf2 = sched.buffer "buf2" : !t
  sched.node "op2" writes(%buf2 : !t) ranges [64] {
    %v = sched.load %y[p0] : !t
    %c = math.sin %v : f32
    sched.store %c, %buf2[p0] : !t
  }
  %buf3 = sched.buffer "buf3" : !t
  sched.node "op3" writes(%buf3 : !t) ranges [64] {
    %v = sched.load %y[p0] : !t
    %c = math.exp %v : f32
    sched.store %c, %buf3[p0] : !t
  }
  sched.graph_list "list_0"(%buf1, %buf2, %buf3 : !t, !t, !t)
  sched.output %buf1, %buf2 : !t, !t
}

// -----

// A reduction never fuses with a foreach node; on a CPU no foreach node
// fuses at all. A list whose members are all dead makes no node.
!t = !sched.buffer<[64, 64], f32, strides = [64, 1], device = "cuda:0">
!r = !sched.buffer<[64], f32, strides = [1], device = "cuda:0">
// CHECK-LABEL: sched.graph @reduction_consumer
// CHECK-NOT:     sched.group "op3"
// CHECK:         sched.group "op0_op1" foreach
// CHECK:         sched.node "op2"
// EXPLAIN:       remark: not fusing 'op0_op1' with 'op2' [legality]: candidate consumer is a reduction, foreach ops cannot be fused with reductions currently
sched.graph @reduction_consumer {
  %x = sched.input "arg0_1" : !t
  %buf0 = sched.buffer "buf0" : !t
  sched.node "op0" writes(%buf0 : !t) ranges [64, 64] {
    %v = sched.load %x[64*p0 + p1] : !t
    %c = math.cos %v : f32
    sched.store %c, %buf0[64*p0 + p1] : !t
  }
  %buf1 = sched.buffer "buf1" : !t
  sched.node "op1" writes(%buf1 : !t) ranges [64, 64] {
    %v = sched.load %x[64*p0 + p1] : !t
    %c = math.sin %v : f32
    sched.store %c, %buf1[64*p0 + p1] : !t
  }
  sched.graph_list "list_0"(%buf0, %buf1 : !t, !t)
  %buf2 = sched.buffer "buf2" : !r
  sched.node "op2" writes(%buf2 : !r) ranges [64] reduce [64] {
    %v = sched.load %buf0[64*p0 + p1] : !t
    %s = sched.reduction sum %v : f32 -> f32
    sched.store_reduction %s, %buf2[p0] : !r
  }
  %buf3 = sched.buffer "buf3" : !t
  sched.node "op3" writes(%buf3 : !t) ranges [64, 64] {
    %v = sched.load %x[64*p0 + p1] : !t
    sched.store %v, %buf3[64*p0 + p1] : !t
  }
  sched.graph_list "list_1"(%buf3 : !t)
  sched.output %buf1, %buf2 : !t, !r
}

// -----

!t = !sched.buffer<[64], f32, strides = [1], device = "cpu">
// CHECK-LABEL: sched.graph @cpu_foreach
// CHECK:         sched.group "op0_op1" foreach
// CHECK:         sched.node "op2"
// EXPLAIN:       remark: not fusing 'op0_op1' with 'op2' [legality]: the C++ backend does not fuse foreach nodes
sched.graph @cpu_foreach {
  %a = sched.input "arg0_1" : !t
  %buf0 = sched.buffer "buf0" : !t
  sched.node "op0" writes(%buf0 : !t) ranges [64] {
    %x = sched.load %a[p0] : !t
    %c = math.cos %x : f32
    sched.store %c, %buf0[p0] : !t
  }
  %buf1 = sched.buffer "buf1" : !t
  sched.node "op1" writes(%buf1 : !t) ranges [64] {
    %x = sched.load %a[p0] : !t
    %c = math.sin %x : f32
    sched.store %c, %buf1[p0] : !t
  }
  sched.graph_list "list_0"(%buf0, %buf1 : !t, !t)
  %buf2 = sched.buffer "buf2" : !t
  sched.node "op2" writes(%buf2 : !t) ranges [64] {
    %x = sched.load %buf0[p0] : !t
    %c = math.exp %x : f32
    sched.store %c, %buf2[p0] : !t
  }
  sched.output %buf1, %buf2 : !t, !t
}
