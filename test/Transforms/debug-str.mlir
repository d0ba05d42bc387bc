// -sched-debug-str on node kinds the dumps do not cover: extern kernels (with
// a view input), a NoneLayout output with side effects, size symbols in groups
// and sizes, a mutation, and a dependency list long enough to wrap as pprint does.
// RUN: sched-opt %s -sched-pre-fusion -sched-debug-str -o /dev/null | FileCheck %s --match-full-lines --strict-whitespace

// CHECK:op0: ExternKernelSchedulerNode(ExternKernel)
// CHECK-NEXT:op0.writes = [StarDep(name='buf0', mode=None)]
// CHECK-NEXT:op0.unmet_dependencies = []
// CHECK-NEXT:op0.met_dependencies = [StarDep(name='arg0_1', mode=None), StarDep(name='arg1_1', mode=None)]
// CHECK-NEXT:op0.outputs = [
// CHECK-NEXT:    buf0: ExternKernel
// CHECK-NEXT:    buf0.layout = FixedLayout('cuda:0', torch.float32, size=[s0, 16], stride=[16, 1])
// CHECK-NEXT:    buf0.users = [
// CHECK-NEXT:        NodeUser(node=SchedulerNode(name='op1'), can_inplace=False, is_weak=False),
// CHECK-NEXT:        NodeUser(node=SchedulerNode(name='op2'), can_inplace=False, is_weak=False),
// CHECK-NEXT:    ]
// CHECK-NEXT:]
// CHECK-NEXT:op0.node.kernel = extern_kernels.mm
// CHECK-EMPTY:
// CHECK-NEXT:op1: SchedulerNode(ComputedBuffer)
// CHECK-NEXT:op1.writes = [MemoryDep('buf1', d0, {d0: s0})]
// CHECK-NEXT:op1.unmet_dependencies = [MemoryDep('buf0', 16*d0 + d1, {d0: s0, d1: 16})]
// CHECK-NEXT:op1.met_dependencies = [MemoryDep('arg0_1', 16*d0 + d1, {d0: s0, d1: 16})]
// CHECK-NEXT:op1.outputs = [
// CHECK-NEXT:    buf1: ComputedBuffer
// CHECK-NEXT:    buf1.layout = FixedLayout('cuda:0', torch.float32, size=[s0], stride=[1])
// CHECK-NEXT:    buf1.users = [
// CHECK-NEXT:        NodeUser(node=SchedulerNode(name='op2'), can_inplace=False, is_weak=False),
// CHECK-NEXT:        NodeUser(node=ExternKernelSchedulerNode(name='op3'), can_inplace=False, is_weak=False),
// CHECK-NEXT:    ]
// CHECK-NEXT:]
// CHECK-NEXT:op1.group.device = cuda:0
// CHECK-NEXT:op1.group.iteration = (s0, 16)
// CHECK-NEXT:op1.sizes = ([s0], [16])
// CHECK-NEXT:buf0_layout = FixedLayout('cuda:0', torch.float32, size=[s0, 16], stride=[16, 1])
// CHECK-NEXT:arg0_1_layout = FixedLayout('cuda:0', torch.float32, size=[s0, 16], stride=[16, 1])
// CHECK-NEXT:buf1_layout = FixedLayout('cuda:0', torch.float32, size=[s0], stride=[1])
// CHECK-NEXT:class op1_loop_body:
// CHECK-NEXT:    var_ranges = {p0: s0, p1: 16}
// CHECK-NEXT:    index0 = 16*p0 + p1
// CHECK-NEXT:    index1 = p0
// CHECK-NEXT:    def body(self, ops):
// CHECK-NEXT:        get_index = self.get_index('index0')
// CHECK-NEXT:        load = ops.load('buf0', get_index)
// CHECK-NEXT:        get_index_1 = self.get_index('index0')
// CHECK-NEXT:        load_1 = ops.load('arg0_1', get_index_1)
// CHECK-NEXT:        mul = ops.mul(load, load_1)
// CHECK-NEXT:        reduction = ops.reduction(torch.float32, torch.float32, 'max', mul)
// CHECK-NEXT:        get_index_2 = self.get_index('index1')
// CHECK-NEXT:        store_reduction = ops.store_reduction('buf1', get_index_2, reduction)
// CHECK-NEXT:        return None
// CHECK-EMPTY:
// CHECK-NEXT:op2: SchedulerNode(ComputedBuffer)
// CHECK-NEXT:op2.writes = [MemoryDep('buf2', 16*d0 + d1, {d0: s0, d1: 16})]
// CHECK-NEXT:op2.unmet_dependencies = 
// CHECK-NEXT:    [   MemoryDep('buf0', 16*d0 + d1, {d0: s0, d1: 16}),
// CHECK-NEXT:        MemoryDep('buf1', d0, {d0: s0}),
// CHECK-NEXT:        WeakDep(name='buf0', mutating_buf='buf2', is_fake=True),
// CHECK-NEXT:        WeakDep(name='buf1', mutating_buf='buf2', is_fake=True)]
// CHECK-NEXT:op2.met_dependencies = [StarDep(name='arg0_1', mode=None)]
// CHECK-NEXT:op2.outputs = [
// CHECK-NEXT:    buf2: ComputedBuffer
// CHECK-NEXT:    buf2.layout = MutationLayoutSHOULDREMOVE('cuda:0', torch.float32, size=[s0, 16], stride=[16, 1])
// CHECK-NEXT:    buf2.mutations = ['arg0_1']
// CHECK-NEXT:    buf2.users = [NodeUser(node=OUTPUT, can_inplace=False, is_weak=False)]
// CHECK-NEXT:]
// CHECK-NEXT:op2.group.device = cuda:0
// CHECK-NEXT:op2.group.iteration = (16*s0, 1)
// CHECK-NEXT:op2.sizes = ([s0, 16], [])
// CHECK-NEXT:buf0_layout = FixedLayout('cuda:0', torch.float32, size=[s0, 16], stride=[16, 1])
// CHECK-NEXT:buf1_layout = FixedLayout('cuda:0', torch.float32, size=[s0], stride=[1])
// CHECK-NEXT:arg0_1_layout = FixedLayout('cuda:0', torch.float32, size=[s0, 16], stride=[16, 1])
// CHECK-NEXT:buf2_layout = MutationLayoutSHOULDREMOVE('cuda:0', torch.float32, size=[s0, 16], stride=[16, 1])
// CHECK-NEXT:class op2_loop_body:
// CHECK-NEXT:    var_ranges = {p0: s0, p1: 16}
// CHECK-NEXT:    index0 = 16*p0 + p1
// CHECK-NEXT:    index1 = p0
// CHECK-NEXT:    def body(self, ops):
// CHECK-NEXT:        get_index = self.get_index('index0')
// CHECK-NEXT:        load = ops.load('buf0', get_index)
// CHECK-NEXT:        get_index_1 = self.get_index('index1')
// CHECK-NEXT:        load_1 = ops.load('buf1', get_index_1)
// CHECK-NEXT:        sub = ops.sub(load, load_1)
// CHECK-NEXT:        exp = ops.exp(sub)
// CHECK-NEXT:        constant = ops.constant(0.5, torch.float32)
// CHECK-NEXT:        mul = ops.mul(exp, constant)
// CHECK-NEXT:        get_index_2 = self.get_index('index0')
// CHECK-NEXT:        store = ops.store('buf2', get_index_2, mul, None)
// CHECK-NEXT:        return store
// CHECK-EMPTY:
// CHECK-NEXT:op3: ExternKernelSchedulerNode(ExternKernel)
// CHECK-NEXT:op3.writes = [StarDep(name='buf3', mode=None)]
// CHECK-NEXT:op3.unmet_dependencies = [StarDep(name='buf1', mode=None)]
// CHECK-NEXT:op3.met_dependencies = []
// CHECK-NEXT:op3.outputs = [
// CHECK-NEXT:    buf3: ExternKernel
// CHECK-NEXT:    buf3.layout = NoneLayout(device=device(type='cuda', index=0), size=[0], stride=[0])
// CHECK-NEXT:    buf3.users = []
// CHECK-NEXT:]
// CHECK-NEXT:op3.node.kernel = aten._assert_async.msg
// CHECK-NOT:{{.}}

!a = !sched.buffer<[s0, 16], f32, strides = [16, 1], device = "cuda:0">
!w = !sched.buffer<[16, 16], f32, strides = [16, 1], device = "cuda:0">
!wt = !sched.buffer<[16, 16], f32, strides = [1, 16], device = "cuda:0">
!r = !sched.buffer<[s0], f32, strides = [1], device = "cuda:0">
!none = !sched.none_layout<"cuda:0">
sched.graph @kinds symbols(s0 = 32) {
  %a = sched.input "arg0_1" : !a
  %w = sched.input "arg1_1" : !w
  %wt = sched.view %w : !w to !wt
  %buf0 = sched.buffer "buf0" : !a
  sched.extern "op0" "extern_kernels.mm"(%a, %wt : !a, !wt) writes(%buf0 : !a)
  %buf1 = sched.buffer "buf1" : !r
  sched.node "op1" writes(%buf1 : !r) ranges [s0] reduce [16] {
    %x = sched.load %buf0[16*p0 + p1] : !a
    %y = sched.load %a[16*p0 + p1] : !a
    %z = arith.mulf %x, %y : f32
    %m = sched.reduction max %z : f32 -> f32
    sched.store_reduction %m, %buf1[p0] : !r
  }
  %buf2 = sched.mutation "buf2" mutates(%a : !a) : !a
  sched.node "op2" writes(%buf2 : !a) ranges [s0, 16] {
    %x = sched.load %buf0[16*p0 + p1] : !a
    %m = sched.load %buf1[p0] : !r
    %d = arith.subf %x, %m : f32
    %e = math.exp %d : f32
    %h = arith.constant 0.5 : f32
    %f = arith.mulf %e, %h : f32
    sched.store %f, %buf2[16*p0 + p1] : !a
  }
  %buf3 = sched.buffer "buf3" : !none
  sched.extern "op3" "aten._assert_async.msg"(%buf1 : !r) writes(%buf3 : !none) side_effects
  sched.output %buf2 : !a
}
