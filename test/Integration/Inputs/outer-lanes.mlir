// Outer-vectorized reductions sized for the wide and split lane choices
// (-convert-sched-to-scf's outer-lanes=0): ranges divide by 128.

!m = !sched.buffer<[256, 128], f32, strides = [128, 1], device = "cpu">
!sq = !sched.buffer<[128, 128], f32, strides = [128, 1], device = "cpu">
!v = !sched.buffer<[128], f32, strides = [1], device = "cpu">

// A column sum: nothing gathered, 128 lanes.
sched.graph @column_sum {
  %x = sched.input "arg0_1" : !m
  %buf0 = sched.buffer "buf0" : !v
  sched.node "op0" writes(%buf0 : !v) ranges [128] reduce [256] {
    %a = sched.load %x[p0 + 128*p1] : !m
    %r = sched.reduction sum %a : f32 -> f32
    sched.store_reduction %r, %buf0[p0] : !v
  }
  sched.output %buf0 : !v
}

// (a + b.t()).sum(0) * 0.5 + c: a split sum, with code after it.
sched.graph @split_sum {
  %a = sched.input "arg0_1" : !sq
  %b = sched.input "arg1_1" : !sq
  %c = sched.input "arg2_1" : !v
  %buf0 = sched.buffer "buf0" : !v
  sched.node "op0" writes(%buf0 : !v) ranges [128] reduce [128] {
    %x = sched.load %b[p0 + 128*p1] : !sq
    %y = sched.load %a[128*p0 + p1] : !sq
    %s = arith.addf %x, %y : f32
    %r = sched.reduction sum %s : f32 -> f32
    %half = arith.constant 0.5 : f32
    %h = arith.mulf %r, %half : f32
    %z = sched.load %c[p0] : !v
    %o = arith.addf %h, %z : f32
    sched.store_reduction %o, %buf0[p0] : !v
  }
  sched.output %buf0 : !v
}

// Three terms, two orientations, a broadcast in each half.
sched.graph @split_three_terms {
  %a = sched.input "arg0_1" : !sq
  %b = sched.input "arg1_1" : !sq
  %c = sched.input "arg2_1" : !v
  %buf0 = sched.buffer "buf0" : !v
  sched.node "op0" writes(%buf0 : !v) ranges [128] reduce [128] {
    %x = sched.load %b[p0 + 128*p1] : !sq
    %w = sched.load %c[p1] : !v
    %xw = arith.mulf %x, %w : f32
    %y = sched.load %a[128*p0 + p1] : !sq
    %two = arith.constant 2.0 : f32
    %y2 = arith.mulf %y, %two : f32
    %z = sched.load %c[p0] : !v
    %s0 = arith.addf %xw, %y2 : f32
    %s = arith.addf %s0, %z : f32
    %r = sched.reduction sum %s : f32 -> f32
    sched.store_reduction %r, %buf0[p0] : !v
  }
  sched.output %buf0 : !v
}

// One term reads both ways (a product): no split, 16 lanes and a gather.
sched.graph @mixed_term {
  %a = sched.input "arg0_1" : !sq
  %b = sched.input "arg1_1" : !sq
  %buf0 = sched.buffer "buf0" : !v
  sched.node "op0" writes(%buf0 : !v) ranges [128] reduce [128] {
    %x = sched.load %b[p0 + 128*p1] : !sq
    %y = sched.load %a[128*p0 + p1] : !sq
    %p = arith.mulf %x, %y : f32
    %r = sched.reduction sum %p : f32 -> f32
    sched.store_reduction %r, %buf0[p0] : !v
  }
  sched.output %buf0 : !v
}
