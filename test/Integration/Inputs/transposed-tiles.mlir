// Reductions whose operand is read transposed (contiguous along the
// reduction, strided across the vector lanes of the output points), for
// sched-run-transposed-tiles.mlir.

// (a + b.t()).sum(0), a [32, 48] and b [48, 32]: 48 outputs of 32 points.
!a = !sched.buffer<[32, 48], f32, strides = [48, 1], device = "cpu">
!b = !sched.buffer<[48, 32], f32, strides = [32, 1], device = "cpu">
!o = !sched.buffer<[48], f32, strides = [1], device = "cpu">
sched.graph @add_transposed_sum {
  %a = sched.input "a" : !a
  %b = sched.input "b" : !b
  %buf0 = sched.buffer "buf0" : !o
  sched.node "op0" writes(%buf0 : !o) ranges [48] reduce [32] {
    %x = sched.load %a[p0 + 48*p1] : !a
    %y = sched.load %b[32*p0 + p1] : !b
    %s = arith.addf %x, %y : f32
    %r = sched.reduction sum %s : f32 -> f32
    sched.store_reduction %r, %buf0[p0] : !o
  }
  sched.output %buf0 : !o
}

// Two transposed operands, one through a view with an offset (rows 16..47
// of a [64, 32] buffer), beside a column read of c; a max and a sum.
!big = !sched.buffer<[64, 32], f32, strides = [32, 1], device = "cpu">
!v = !sched.buffer<[32, 32], f32, strides = [32, 1], offset = 512, device = "cpu">
!m = !sched.buffer<[32, 32], f32, strides = [32, 1], device = "cpu">
!r = !sched.buffer<[32], f32, strides = [1], device = "cpu">
sched.graph @two_transposed {
  %big = sched.input "big" : !big
  %m = sched.input "m" : !m
  %c = sched.input "c" : !m
  %view = sched.view %big : !big to !v
  %buf0 = sched.buffer "buf0" : !r
  %buf1 = sched.buffer "buf1" : !r
  sched.node "op0" writes(%buf0 : !r) ranges [32] reduce [32] {
    %x = sched.load %view[512 + 32*p0 + p1] : !v
    %y = sched.load %m[32*p0 + p1] : !m
    %z = sched.load %c[p0 + 32*p1] : !m
    %p = arith.mulf %x, %y : f32
    %q = arith.addf %p, %z : f32
    %r = sched.reduction max %q : f32 -> f32
    sched.store_reduction %r, %buf0[p0] : !r
  }
  sched.node "op1" writes(%buf1 : !r) ranges [32] reduce [32] {
    %x = sched.load %c[p0 + 32*p1] : !m
    %w = sched.load %big[p1 + 32*p0] : !big
    %s = arith.subf %x, %w : f32
    %r = sched.reduction sum %s : f32 -> f32
    sched.store_reduction %r, %buf1[p0] : !r
  }
  sched.output %buf0, %buf1 : !r, !r
}
