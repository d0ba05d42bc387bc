#!/usr/bin/env python3
"""Random runnable CPU `sched` graphs for differential testing with sched-run.

Each graph is a random DAG of [8, 8] (row-major or column-major) and [8]
buffers: pointwise chains whose loads are row-major, transposed, shifted
(wrapping), broadcast from a vector along either axis, or masked at an edge;
reductions over either axis (sum, prod, max, min, argmax, argmin and
welford_reduce, which writes three buffers); in-place mutations of graph
inputs and of intermediate buffers (reading the mutated buffer only where
they write it, as Inductor's in-place kernels do); `extern_kernels.mm`; and
dead nodes.
Every index stays inside its buffer, so each graph runs.

  python3 utils/gen-runnable-graph.py --seed 1 --count 200 --nodes 12 -o g.mlir
  sched-run g.mlir --check-unfused

--reference prints, instead of the graphs, the lines `sched-run -O=0` prints
for their outputs (with --run-seed for sched-run's --seed), from the
generator's own model of each graph evaluated in Python with float32
semantics, independently of sched-opt and the lowering:

  diff <(python3 utils/gen-runnable-graph.py --seed 3 --count 200 --reference) \
       <(sched-run g.mlir -O=0)

It covers everything the generator emits; a graph whose output holds a NaN
(whose bits it does not model) is refused with an error, not printed.

All graphs go into one module (one JIT for all of them). The output depends
only on the arguments.
"""

import argparse
import math
import platform
import random
import struct
import sys

import sched_run_model

N = 8  # --size
SPLIT_SUMS = False  # --split-sums
LAYOUT = {}


def set_size(n):
    """Buffers of [n, n] and [n] (the default 8 keeps every reduction
    serial; the GPU lowering keeps rows of 128 in registers)."""
    global N
    N = n
    LAYOUT.update({
        "mat": f"[{N}, {N}], f32, strides = [{N}, 1]",
        "matT": f"[{N}, {N}], f32, strides = [1, {N}]",
        "vec": f"[{N}], f32, strides = [1]",
        "ivec": f"[{N}], i64, strides = [1]",
    })


set_size(8)


# --device cuda: graphs for the GPU lowering (buffers on cuda:0, so
# -sched-schedule applies the GPU fusion rules; no extern kernels, which it
# does not lower).
DEVICE = "cpu"
# --allow-nan: an output holding a NaN gets `sum=nan hash=unknown` instead
# of an error (utils/gpu-differential.py compares its first values).
ALLOW_NAN = False


def ty(kind):
    return f'!sched.buffer<{LAYOUT[kind]}, device = "{DEVICE}">'


def storage(kind, i, j=None):
    """Storage index of logical element (i, j) of a buffer of `kind`."""
    if kind == "mat":
        return f"{N}*{i}" if j == "0" else f"{N}*{i} + {j}"
    if kind == "matT":
        return i if j == "0" else f"{i} + {N}*({j})"
    return i


# --reference: an evaluator of the generator's own model of each graph, with
# float32 semantics. Each f32 op is computed in Python's double and rounded
# to float32 once: for +, -, * and / of float32 operands that double rounding
# is innocuous (53 >= 2 * 24 + 2 bits), so every result is the correctly
# rounded float32 one. NaN bit patterns are not modelled: an output holding a
# NaN is refused rather than printed.


def f32(x):
    try:
        return struct.unpack("<f", struct.pack("<f", x))[0]
    except OverflowError:
        return math.copysign(math.inf, x)


def maximumf(a, b):  # arith.maximumf: NaN propagates, -0 < +0
    if math.isnan(a) or math.isnan(b):
        return math.nan
    if a == b:
        return b if math.copysign(1.0, a) < 0 else a
    return a if a > b else b


def minimumf(a, b):
    if math.isnan(a) or math.isnan(b):
        return math.nan
    if a == b:
        return a if math.copysign(1.0, a) < 0 else b
    return a if a < b else b


BINOP = {
    "addf": lambda a, b: f32(a + b),
    "subf": lambda a, b: f32(a - b),
    "mulf": lambda a, b: f32(a * b),
    "maximumf": maximumf,
}


def logical_input(kind, seed, k):
    """sched-run's values of input k, in logical (row-major) order."""
    flat = sched_run_model.input_values(seed, k, N * N if kind != "vec" else N)
    if kind == "matT":  # storage e = i + N * j
        return [flat[i + N * j] for i in range(N) for j in range(N)]
    return flat


def reduce_values(red, xs):
    if red == "sum":
        acc = 0.0
        for x in xs:
            acc = f32(acc + x)
        return acc
    if red == "prod":
        acc = 1.0
        for x in xs:
            acc = f32(acc * x)
        return acc
    if red in ("max", "min"):
        acc, op = (-math.inf, maximumf) if red == "max" else (math.inf, minimumf)
        for x in xs:
            acc = op(acc, x)
        return acc
    if red in ("argmax", "argmin"):
        # Strictly better wins; the first NaN beats all but an earlier NaN.
        best, pos = (-math.inf if red == "argmax" else math.inf), 0
        for r, x in enumerate(xs):
            strict = x > best if red == "argmax" else x < best
            if strict or (math.isnan(x) and not math.isnan(best)):
                best, pos = x, r
        return pos
    assert red == "welford_reduce"
    mean = m2 = w = 0.0
    for x in xs:
        w = f32(w + 1.0)
        delta = f32(x - mean)
        mean = f32(mean + f32(delta / w))
        m2 = f32(m2 + f32(delta * f32(x - mean)))
    return mean, m2, w


def lin(kind, i, j):
    """Logical (row-major) position of element (i, j) of a `kind` buffer."""
    return N * i + j if kind in ("mat", "matT") else i


class Graph:
    def __init__(self, rng, name, nodes):
        self.rng, self.name, self.nodes = rng, name, nodes
        self.lines, self.bufs, self.k, self.tmp = [], [], 0, 0
        # The model: each buffer version's values in logical order, and each
        # SSA value of the node being built as a function of (p0, p1).
        self.vals, self.sem, self.names, self.outs = {}, {}, {}, []
        self.run_seed = 0

    def fresh(self):
        self.tmp += 1
        return f"%t{self.tmp}"

    def load_as_f32(self, src, kind, body, index, pos):
        """`pos(p0, p1)`: the logical position `index` denotes."""
        v = self.fresh()
        body.append(f"    {v} = sched.load {src}[{index}] : {ty(kind)}")
        vals = self.vals[src]
        if kind == "ivec":
            f = self.fresh()
            body.append(f"    {f} = arith.sitofp {v} : i64 to f32")
            self.sem[f] = lambda p0, p1: f32(float(vals[pos(p0, p1)]))
            return f
        self.sem[v] = lambda p0, p1: vals[pos(p0, p1)]
        return v

    def read(self, src, kind, shape, body):
        """A value of `src` at the current point of a `shape` loop nest."""
        rng = self.rng
        if shape == "mat":  # loop variables p0 (row), p1 (column)
            if kind in ("vec", "ivec"):
                r = rng.randint(0, 1)
                return self.load_as_f32(src, kind, body, f"p{r}",
                                        lambda p0, p1: (p0, p1)[r])
            how = rng.choice(["row", "row", "col", "shift", "mask"])
            if how == "row":
                return self.load_as_f32(src, kind, body, storage(kind, "p0", "p1"),
                                        lambda p0, p1: N * p0 + p1)
            if how == "col":
                return self.load_as_f32(src, kind, body, storage(kind, "p1", "p0"),
                                        lambda p0, p1: N * p1 + p0)
            if how == "shift":
                idx = storage(kind, "p0", f"(p1 + 1) mod {N}")
                return self.load_as_f32(src, kind, body, idx,
                                        lambda p0, p1: N * p0 + (p1 + 1) % N)
            # Masked: the left neighbour, 0 in the first column.
            i, c, m, v = self.fresh(), self.fresh(), self.fresh(), self.fresh()
            body.append(f"    {i} = sched.index_expr [p1] : i64")
            body.append(f"    {c} = arith.constant 0 : i64")
            body.append(f"    {m} = arith.cmpi sgt, {i}, {c} : i64")
            body.append(f"    {v} = sched.masked {m} -> f32 other 0.0 {{")
            inner = self.fresh()
            body.append(f"      {inner} = sched.load {src}[{storage(kind, 'p0', 'p1 - 1')}] : {ty(kind)}")
            body.append(f"      sched.yield {inner} : f32")
            body.append("    }")
            vals = self.vals[src]
            self.sem[v] = lambda p0, p1: vals[N * p0 + p1 - 1] if p1 > 0 else 0.0
            return v
        if kind in ("vec", "ivec"):
            return self.load_as_f32(src, kind, body, "p0", lambda p0, p1: p0)
        # A vector loop reads a matrix's diagonal or first column.
        j = rng.choice(["p0", "0"])
        pos = (lambda p0, p1: N * p0 + p0) if j == "p0" else (lambda p0, p1: N * p0)
        return self.load_as_f32(src, kind, body, storage(kind, "p0", j), pos)

    def combine(self, values, body):
        acc = values[0]
        for v in values[1:]:
            op = self.rng.choice(["addf", "addf", "mulf", "subf", "maximumf"])
            r = self.fresh()
            body.append(f"    {r} = arith.{op} {acc}, {v} : f32")
            fa, fv, fn = self.sem[acc], self.sem[v], BINOP[op]
            self.sem[r] = lambda p0, p1, fa=fa, fv=fv, fn=fn: fn(fa(p0, p1), fv(p0, p1))
            acc = r
        if self.rng.random() < 0.3:
            c, r = self.fresh(), self.fresh()
            body.append(f"    {c} = arith.constant 5.000000e-01 : f32")
            body.append(f"    {r} = arith.mulf {acc}, {c} : f32")
            fa = self.sem[acc]
            self.sem[r] = lambda p0, p1: f32(fa(p0, p1) * 0.5)
            acc = r
        return acc

    def buffer(self, kind):
        name = f"buf{self.k}"
        self.lines.append(f'  %{name} = sched.buffer "{name}" : {ty(kind)}')
        self.names[f"%{name}"] = name
        return name

    def pointwise(self, out_kind, dest=None, target=None):
        """A pointwise node; with `target`, one that mutates it in place
        into `dest`. Inductor only emits in-place kernels that read the
        mutated buffer where they write it (anything else is realized into
        a copy first), so the target is read at the store's index only."""
        rng = self.rng
        shape = "mat" if out_kind in ("mat", "matT") else "vec"
        body = []
        vals = []
        if target:
            idx = storage(target[1], "p0", "p1")
            vals.append(self.load_as_f32(target[0], target[1], body, idx,
                                         lambda p0, p1: lin(target[1], p0, p1)))
        srcs = []
        for _ in range(rng.randint(1, 3)):
            pool = self.bufs[-5:] if rng.random() < 0.7 else self.bufs
            pool = [b for b in pool if not target or b[0] != target[0]]
            if pool:
                srcs.append(rng.choice(pool))
        vals += [self.read(s, kd, shape, body) for s, kd in srcs]
        acc = self.combine(vals, body)
        name = dest or self.buffer(out_kind)
        ranges = f"[{N}, {N}]" if shape == "mat" else f"[{N}]"
        idx = storage(out_kind, "p0", "p1")
        self.lines.append(f'  sched.node "op{self.k}" writes(%{name} : {ty(out_kind)}) ranges {ranges} {{')
        self.lines += body
        self.lines.append(f"    sched.store {acc}, %{name}[{idx}] : {ty(out_kind)}")
        self.lines.append("  }")
        f = self.sem[acc]
        if shape == "mat":
            self.vals[f"%{name}"] = [f(p0, p1) for p0 in range(N) for p1 in range(N)]
        else:
            self.vals[f"%{name}"] = [f(p0, 0) for p0 in range(N)]
        self.sem = {}
        return name

    def reduction(self):
        rng = self.rng
        mats = [b for b in self.bufs if b[1] in ("mat", "matT")]
        if not mats:
            return
        src, kind = rng.choice(mats)
        red = rng.choice(["sum", "sum", "max", "min", "prod", "argmax", "argmin",
                          "welford_reduce"] if not SPLIT_SUMS else ["sum", "sum", "max", "min"])
        axis = rng.choice(["row", "col"])
        idx = storage(kind, "p0", "p1") if axis == "row" else storage(kind, "p1", "p0")
        body = [f"    %x = sched.load {src}[{idx}] : {ty(kind)}"]
        sv = self.vals[src]
        rows = [[sv[N * p0 + p1] if axis == "row" else sv[N * p1 + p0]
                 for p1 in range(N)] for p0 in range(N)]
        if SPLIT_SUMS and red == "sum" and rng.random() < 0.5:
            # A sum of two terms read along the other axis of the second
            # operand: where the orientations differ, a sum the CPU
            # lowering splits under reassociation (SplitSum.h).
            src2, kind2 = rng.choice(mats)
            idx2 = storage(kind2, "p1", "p0") if axis == "row" else storage(kind2, "p0", "p1")
            body[0] = f"    %x0 = sched.load {src}[{idx}] : {ty(kind)}"
            body.append(f"    %x1 = sched.load {src2}[{idx2}] : {ty(kind2)}")
            body.append("    %x = arith.addf %x0, %x1 : f32")
            sv2 = self.vals[src2]
            rows = [[f32(x + (sv2[N * p1 + p0] if axis == "row" else sv2[N * p0 + p1]))
                     for p1, x in enumerate(row)] for p0, row in enumerate(rows)]
        results = [reduce_values(red, xs) for xs in rows]
        if red == "welford_reduce":
            names = []
            for _ in range(3):
                names.append(self.buffer("vec"))
                self.k += 1
            self.k -= 1
            writes = ", ".join(f"%{n}" for n in names)
            types = ", ".join(ty("vec") for _ in names)
            body.append("    %m, %m2, %w = sched.reduction welford_reduce %x : f32 -> f32, f32, f32")
            for v, n in zip(["%m", "%m2", "%w"], names):
                body.append(f"    sched.store_reduction {v}, %{n}[p0] : {ty('vec')}")
            self.lines.append(f'  sched.node "op{self.k}" writes({writes} : {types}) ranges [{N}] reduce [{N}] {{')
            self.lines += body
            self.lines.append("  }")
            self.bufs += [(f"%{n}", "vec") for n in names]
            for c, n in enumerate(names):
                self.vals[f"%{n}"] = [r[c] for r in results]
            return
        out = "ivec" if red.startswith("arg") else "vec"
        rty = "i64" if out == "ivec" else "f32"
        name = self.buffer(out)
        body.append(f"    %r = sched.reduction {red} %x : f32 -> {rty}")
        body.append(f"    sched.store_reduction %r, %{name}[p0] : {ty(out)}")
        self.lines.append(f'  sched.node "op{self.k}" writes(%{name} : {ty(out)}) ranges [{N}] reduce [{N}] {{')
        self.lines += body
        self.lines.append("  }")
        self.bufs.append((f"%{name}", out))
        self.vals[f"%{name}"] = results

    def build(self):
        rng = self.rng
        inputs = []
        for i in range(rng.randint(2, 4)):
            kind = rng.choice(["mat", "mat", "matT", "vec"])
            self.lines.append(f'  %arg{i} = sched.input "arg{i}_1" : {ty(kind)}')
            inputs.append((f"%arg{i}", kind))
            self.names[f"%arg{i}"] = f"arg{i}_1"
            self.vals[f"%arg{i}"] = logical_input(kind, self.run_seed, i)
        self.bufs = list(inputs)
        mutated = set()
        for _ in range(self.nodes):
            r = rng.random()
            if r < 0.06 and DEVICE == "cpu" and not SPLIT_SUMS:
                mats = [b for b in self.bufs if b[1] in ("mat", "matT")]
                if len(mats) >= 1:
                    a, b = rng.choice(mats), rng.choice(mats)
                    name = self.buffer("mat")
                    self.lines.append(
                        f'  sched.extern "op{self.k}" "extern_kernels.mm"({a[0]}, {b[0]} : {ty(a[1])}, {ty(b[1])}) writes(%{name} : {ty("mat")})')
                    self.bufs.append((f"%{name}", "mat"))
                    # linalg.matmul from a zero fill: k ascending, no FMA.
                    va, vb = self.vals[a[0]], self.vals[b[0]]
                    c = []
                    for i in range(N):
                        for j in range(N):
                            acc = 0.0
                            for q in range(N):
                                acc = f32(acc + f32(va[N * i + q] * vb[N * q + j]))
                            c.append(acc)
                    self.vals[f"%{name}"] = c
            elif r < 0.14:
                cands = [b for b in self.bufs if b[1] != "ivec" and b[0] not in mutated]
                if cands:
                    target = rng.choice(cands)
                    mutated.add(target[0])
                    name = f"buf{self.k}"
                    t = ty(target[1])
                    self.lines.append(f'  %{name} = sched.mutation "{name}" mutates({target[0]} : {t}) : {t}')
                    self.names[f"%{name}"] = name
                    self.pointwise(target[1], dest=name, target=target)
                    # Later reads see the new version.
                    self.bufs = [(f"%{name}", kd) if b == target[0] else (b, kd)
                                 for b, kd in self.bufs]
            elif r < 0.36:
                self.reduction()
            else:
                kind = rng.choice(["mat", "mat", "matT", "vec"])
                name = self.pointwise(kind)
                self.bufs.append((f"%{name}", kind))
            self.k += 1
        produced = [b for b in self.bufs if b not in inputs]
        text = "\n".join(self.lines)
        def is_read(b):
            return text.count(b[0] + "[") + text.count(b[0] + ",") + text.count(b[0] + " :") > 1
        outs = [b for b in produced if rng.random() < (0.2 if is_read(b) else 0.8)]
        outs = outs or produced[-1:] or inputs[:1]
        self.outs = outs
        self.lines.append("  sched.output " + ", ".join(o[0] for o in outs) + " : " +
                          ", ".join(ty(o[1]) for o in outs))
        return f"sched.graph @{self.name} {{\n" + "\n".join(self.lines) + "\n}\n"


def reference_lines(g):
    """The lines `sched-run -O=0` prints for the outputs of graph `g`."""
    lines = []
    for buf, kind in g.outs:
        vals = g.vals[buf]
        dims = f"{N},{N}" if kind in ("mat", "matT") else f"{N}"
        dtype = "i64" if kind == "ivec" else "f32"
        h, total = sched_run_model.FNV_OFFSET, 0.0
        for v in vals:
            if kind == "ivec":
                raw = struct.pack("<q", v)
            else:
                if math.isnan(v) and ALLOW_NAN:
                    h = None  # its bits are not modelled: no hash
                    total = math.nan
                    break
                if math.isnan(v):
                    raise SystemExit(f"gen-runnable-graph: @{g.name} {g.names[buf]} holds a "
                                     "NaN, whose bits --reference does not model")
                raw = struct.pack("<f", v)
            h = sched_run_model.fnv1a64(raw, h)
            total += float(v)  # in order, as sched-run (not sum()'s compensation)
        first = "".join(" %.9g" % float(v) for v in vals[:8])
        if h is None:
            lines.append("@%s %s %s[%s] sum=nan hash=unknown first:%s"
                         % (g.name, g.names[buf], dtype, dims, first))
            continue
        total = "%.17g" % total
        if total == "nan":
            # inf + -inf in sched-run's double sum: x86-64's default NaN has
            # its sign bit set, and printf prints it as -nan. Elsewhere the
            # sign is the target's choice.
            if platform.machine().lower() not in ("x86_64", "amd64"):
                raise SystemExit(f"gen-runnable-graph: @{g.name} {g.names[buf]}: the sign "
                                 "of a NaN sum is only modelled for x86-64")
            total = "-nan"
        lines.append("@%s %s %s[%s] sum=%s hash=%016x first:%s"
                     % (g.name, g.names[buf], dtype, dims, total, h, first))
    return lines


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--count", type=int, default=10)
    parser.add_argument("--nodes", type=int, default=12)
    parser.add_argument("-o", "--output", default="-")
    parser.add_argument(
        "--reference", action="store_true",
        help="print, instead of the graphs, the output lines `sched-run -O=0` "
        "prints for them, from an independent float32 evaluation")
    parser.add_argument("--run-seed", type=int, default=0,
                        help="--reference: sched-run's --seed (input values)")
    parser.add_argument("--allow-nan", action="store_true",
                        help="--reference: print outputs holding a NaN as "
                        "sum=nan hash=unknown instead of failing")
    parser.add_argument("--size", type=int, default=8,
                        help="N of the [N, N] and [N] buffers (default 8)")
    parser.add_argument("--split-sums", action="store_true",
                        help="reductions only sum, max and min (no kind whose "
                        "rounding reassociation magnifies), half the sums of "
                        "two operands read along different axes; no mm (its "
                        "model is slow at large --size)")
    parser.add_argument("--device", choices=["cpu", "cuda"], default="cpu",
                        help="cuda: buffers on cuda:0 and no extern kernels")
    args = parser.parse_args()
    global DEVICE
    DEVICE = "cuda:0" if args.device == "cuda" else "cpu"
    set_size(args.size)
    global SPLIT_SUMS
    SPLIT_SUMS = args.split_sums
    global ALLOW_NAN
    ALLOW_NAN = args.allow_nan
    rng = random.Random(args.seed)
    graphs = []
    for i in range(args.count):
        g = Graph(rng, f"runnable_{args.seed}_{i}", args.nodes)
        g.run_seed = args.run_seed
        graphs.append((g, g.build()))
    if args.reference:
        text = "".join(line + "\n" for g, _ in graphs for line in reference_lines(g))
    else:
        text = "\n".join(t for _, t in graphs)
    if args.output == "-":
        sys.stdout.write(text)
    else:
        with open(args.output, "w") as f:
            f.write(text)


if __name__ == "__main__":
    main()
