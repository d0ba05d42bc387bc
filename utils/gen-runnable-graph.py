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

All graphs go into one module (one JIT for all of them). The output depends
only on the arguments.
"""

import argparse
import random
import sys

N = 8
LAYOUT = {
    "mat": f"[{N}, {N}], f32, strides = [{N}, 1]",
    "matT": f"[{N}, {N}], f32, strides = [1, {N}]",
    "vec": f"[{N}], f32, strides = [1]",
    "ivec": f"[{N}], i64, strides = [1]",
}


def ty(kind):
    return f'!sched.buffer<{LAYOUT[kind]}, device = "cpu">'


def storage(kind, i, j=None):
    """Storage index of logical element (i, j) of a buffer of `kind`."""
    if kind == "mat":
        return f"{N}*{i}" if j == "0" else f"{N}*{i} + {j}"
    if kind == "matT":
        return i if j == "0" else f"{i} + {N}*({j})"
    return i


class Graph:
    def __init__(self, rng, name, nodes):
        self.rng, self.name, self.nodes = rng, name, nodes
        self.lines, self.bufs, self.k, self.tmp = [], [], 0, 0

    def fresh(self):
        self.tmp += 1
        return f"%t{self.tmp}"

    def load_as_f32(self, src, kind, body, index):
        v = self.fresh()
        body.append(f"    {v} = sched.load {src}[{index}] : {ty(kind)}")
        if kind == "ivec":
            f = self.fresh()
            body.append(f"    {f} = arith.sitofp {v} : i64 to f32")
            return f
        return v

    def read(self, src, kind, shape, body):
        """A value of `src` at the current point of a `shape` loop nest."""
        rng = self.rng
        if shape == "mat":  # loop variables p0 (row), p1 (column)
            if kind in ("vec", "ivec"):
                return self.load_as_f32(src, kind, body, f"p{rng.randint(0, 1)}")
            how = rng.choice(["row", "row", "col", "shift", "mask"])
            if how == "row":
                return self.load_as_f32(src, kind, body, storage(kind, "p0", "p1"))
            if how == "col":
                return self.load_as_f32(src, kind, body, storage(kind, "p1", "p0"))
            if how == "shift":
                idx = storage(kind, "p0", f"(p1 + 1) mod {N}")
                return self.load_as_f32(src, kind, body, idx)
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
            return v
        if kind in ("vec", "ivec"):
            return self.load_as_f32(src, kind, body, "p0")
        # A vector loop reads a matrix's diagonal or first column.
        j = rng.choice(["p0", "0"])
        return self.load_as_f32(src, kind, body, storage(kind, "p0", j))

    def combine(self, values, body):
        acc = values[0]
        for v in values[1:]:
            op = self.rng.choice(["addf", "addf", "mulf", "subf", "maximumf"])
            r = self.fresh()
            body.append(f"    {r} = arith.{op} {acc}, {v} : f32")
            acc = r
        if self.rng.random() < 0.3:
            c, r = self.fresh(), self.fresh()
            body.append(f"    {c} = arith.constant 5.000000e-01 : f32")
            body.append(f"    {r} = arith.mulf {acc}, {c} : f32")
            acc = r
        return acc

    def buffer(self, kind):
        name = f"buf{self.k}"
        self.lines.append(f'  %{name} = sched.buffer "{name}" : {ty(kind)}')
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
            vals.append(self.load_as_f32(target[0], target[1], body, idx))
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
        return name

    def reduction(self):
        rng = self.rng
        mats = [b for b in self.bufs if b[1] in ("mat", "matT")]
        if not mats:
            return
        src, kind = rng.choice(mats)
        red = rng.choice(["sum", "sum", "max", "min", "prod", "argmax", "argmin",
                          "welford_reduce"])
        axis = rng.choice(["row", "col"])
        idx = storage(kind, "p0", "p1") if axis == "row" else storage(kind, "p1", "p0")
        body = [f"    %x = sched.load {src}[{idx}] : {ty(kind)}"]
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

    def build(self):
        rng = self.rng
        inputs = []
        for i in range(rng.randint(2, 4)):
            kind = rng.choice(["mat", "mat", "matT", "vec"])
            self.lines.append(f'  %arg{i} = sched.input "arg{i}_1" : {ty(kind)}')
            inputs.append((f"%arg{i}", kind))
        self.bufs = list(inputs)
        mutated = set()
        for _ in range(self.nodes):
            r = rng.random()
            if r < 0.06:
                mats = [b for b in self.bufs if b[1] in ("mat", "matT")]
                if len(mats) >= 1:
                    a, b = rng.choice(mats), rng.choice(mats)
                    name = self.buffer("mat")
                    self.lines.append(
                        f'  sched.extern "op{self.k}" "extern_kernels.mm"({a[0]}, {b[0]} : {ty(a[1])}, {ty(b[1])}) writes(%{name} : {ty("mat")})')
                    self.bufs.append((f"%{name}", "mat"))
            elif r < 0.14:
                cands = [b for b in self.bufs if b[1] != "ivec" and b[0] not in mutated]
                if cands:
                    target = rng.choice(cands)
                    mutated.add(target[0])
                    name = f"buf{self.k}"
                    t = ty(target[1])
                    self.lines.append(f'  %{name} = sched.mutation "{name}" mutates({target[0]} : {t}) : {t}')
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
        self.lines.append("  sched.output " + ", ".join(o[0] for o in outs) + " : " +
                          ", ".join(ty(o[1]) for o in outs))
        return f"sched.graph @{self.name} {{\n" + "\n".join(self.lines) + "\n}\n"


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--count", type=int, default=10)
    parser.add_argument("--nodes", type=int, default=12)
    parser.add_argument("-o", "--output", default="-")
    args = parser.parse_args()
    rng = random.Random(args.seed)
    text = "\n".join(Graph(rng, f"runnable_{args.seed}_{i}", args.nodes).build()
                     for i in range(args.count))
    if args.output == "-":
        sys.stdout.write(text)
    else:
        with open(args.output, "w") as f:
            f.write(text)


if __name__ == "__main__":
    main()
