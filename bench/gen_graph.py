#!/usr/bin/env python3
"""Deterministic generator of large `sched` graphs for the pre-fusion benchmark.

Writes one `sched.graph` per (shape, size) in the textual IR that
`build/bin/sched-opt` parses, with Inductor's naming (arg<i>_1 for graph
inputs, buf<k> for buffers, op<k> for the operation writing buf<k>).

Shapes (N = number of scheduler nodes, exactly):

  chain        op_k loads buf_{k-1} and stores buf_k (pointwise over
               [1024] f32 on cuda:0): one dependence chain of length N.
  fanout       op0 computes buf0 from arg0_1; op1..op_{N-1} each load the
               shared buf0 and store their own output; every output is a
               graph output (buf0 has N-1 users).
  transformer  repeated blocks shaped like one transformer layer as Inductor
               lowers it (22 nodes a block): layernorm as two welford
               reductions (ranges [T] reduce [H]) plus a pointwise normalize,
               extern_kernels.mm for q/k/v/scores/attn/out-proj/MLP, an
               in-place KV-cache update (sched.mutation of a graph input,
               written by a node), softmax as max + exp-sum reductions and a
               pointwise divide, GELU, two residual adds, and one dead node a
               block (an output nobody reads) for dead-node elimination.

Every buffer is declared right before its single writer, every read refers to
an earlier value, and the graph ends with sched.output.

Usage:
  python3 bench/gen_graph.py -o /tmp/sched-graphs                 # all shapes, 1k/10k/100k
  python3 bench/gen_graph.py -o DIR --shapes chain --sizes 1000 --verify
"""

import argparse
import os
import subprocess
import sys

SHAPES = ("chain", "fanout", "transformer")
DEFAULT_SIZES = (1000, 10000, 100000)

DEVICE = "cuda:0"
# Transformer block dimensions: T tokens, H hidden, F = MLP hidden.
T, H, F = 512, 768, 3072


def _buf_type(shape, strides):
    dims = ", ".join(str(d) for d in shape)
    st = ", ".join(str(s) for s in strides)
    return f'!sched.buffer<[{dims}], f32, strides = [{st}], device = "{DEVICE}">'


class Writer:
    """Accumulates graph lines and hands out Inductor names."""

    def __init__(self, name, max_nodes):
        self.name = name
        self.max_nodes = max_nodes
        self.inputs = []   # (ssa, type alias)
        self.body = []     # lines after the inputs
        self.n_inputs = 0
        self.n_nodes = 0   # op<k> / buf<k> counter
        self.last_written = None  # (ssa, type alias)

    def full(self):
        return self.n_nodes >= self.max_nodes

    def input(self, ty):
        name = f"arg{self.n_inputs}_1"
        self.n_inputs += 1
        self.inputs.append(f'  %{name} = sched.input "{name}" : {ty}')
        return f"%{name}"

    def _next(self):
        k = self.n_nodes
        self.n_nodes += 1
        return k

    def node(self, ty, ranges, body, reduce=None, mutates=None):
        """A loop-body node writing one fresh buffer (or a mutation of
        `mutates`). `body(out)` returns the body lines (without indentation)
        given the SSA name of the written buffer."""
        k = self._next()
        buf = f"%buf{k}"
        if mutates is None:
            self.body.append(f'  {buf} = sched.buffer "buf{k}" : {ty}')
        else:
            self.body.append(
                f'  {buf} = sched.mutation "buf{k}" mutates({mutates} : {ty}) : {ty}')
        rng = "ranges [" + ", ".join(str(r) for r in ranges) + "]"
        if reduce:
            rng += " reduce [" + ", ".join(str(r) for r in reduce) + "]"
        self.body.append(f'  sched.node "op{k}" writes({buf} : {ty}) {rng} {{')
        for line in body(buf):
            self.body.append("    " + line)
        self.body.append("  }")
        self.last_written = (buf, ty)
        return buf

    def extern(self, kernel, args, ty):
        k = self._next()
        buf = f"%buf{k}"
        self.body.append(f'  {buf} = sched.buffer "buf{k}" : {ty}')
        names = ", ".join(a for a, _ in args)
        types = ", ".join(t for _, t in args)
        self.body.append(
            f'  sched.extern "op{k}" "{kernel}"({names} : {types}) writes({buf} : {ty})')
        self.last_written = (buf, ty)
        return buf

    def render(self, outputs, aliases, header):
        out = [header]
        for alias, ty in aliases:
            out.append(f"{alias} = {ty}")
        out.append("")
        out.append(f"sched.graph @{self.name} {{")
        out.extend(self.inputs)
        out.extend(self.body)
        seen, vals, tys = set(), [], []
        for v, t in outputs:
            if v is not None and v not in seen:
                seen.add(v)
                vals.append(v)
                tys.append(t)
        if vals:
            out.append(f"  sched.output {', '.join(vals)} : {', '.join(tys)}")
        else:
            out.append("  sched.output")
        out.append("}")
        return "\n".join(out) + "\n"


def _pointwise_1d(src, k):
    """Body of a [1024] pointwise node: out[p0] = src[p0] * c + 1."""
    c = 1.0 + (k % 7) / 8.0

    def body(out):
        return [
            f"%load = sched.load {src}[p0] : !t",
            f"%constant = arith.constant {c!r} : f32",
            "%mul = arith.mulf %load, %constant : f32",
            "%constant_1 = arith.constant 1.0 : f32",
            "%add = arith.addf %mul, %constant_1 : f32",
            f"sched.store %add, {out}[p0] : !t",
        ]
    return body


def gen_chain(n):
    w = Writer(f"chain_{n}", n)
    x = w.input("!t")
    prev = x
    while not w.full():
        prev = w.node("!t", [1024], _pointwise_1d(prev, w.n_nodes))
    return w.render([(prev, "!t")], [("!t", _buf_type([1024], [1]))],
                    f"// chain of {n} pointwise nodes (bench/gen_graph.py)")


def gen_fanout(n):
    w = Writer(f"fanout_{n}", n)
    x = w.input("!t")
    shared = w.node("!t", [1024], _pointwise_1d(x, 0))
    outs = []
    while not w.full():
        outs.append((w.node("!t", [1024], _pointwise_1d(shared, w.n_nodes)), "!t"))
    if not outs:  # n == 1
        outs = [(shared, "!t")]
    return w.render(outs, [("!t", _buf_type([1024], [1]))],
                    f"// fanout: op0 then {n - 1} readers of buf0 (bench/gen_graph.py)")


TRANSFORMER_TYPES = [
    ("!x", _buf_type([T, H], [H, 1])),     # activations [T, H]
    ("!row", _buf_type([T], [1])),         # per-token statistics [T]
    ("!vec", _buf_type([H], [1])),         # layernorm weight/bias [H]
    ("!w", _buf_type([H, H], [H, 1])),     # projection weights [H, H]
    ("!w1", _buf_type([H, F], [F, 1])),    # MLP up [H, F]
    ("!w2", _buf_type([F, H], [H, 1])),    # MLP down [F, H]
    ("!hf", _buf_type([T, F], [F, 1])),    # MLP hidden [T, F]
    ("!kc", _buf_type([H, T], [T, 1])),    # K cache (transposed) [H, T]
    ("!s", _buf_type([T, T], [T, 1])),     # attention scores [T, T]
]


def _welford(src, which):
    """One output of a welford_reduce over the hidden dim (Inductor splits
    var_mean into one ComputedBuffer per result)."""
    def body(out):
        return [
            f"%load = sched.load {src}[{H}*p0 + p1] : !x",
            "%mean, %m2, %weight = sched.reduction welford_reduce %load : f32 -> f32, f32, f32",
            f"sched.store_reduction %{which}, {out}[p0] : !row",
        ]
    return body


def _layernorm(x, mean, m2, gamma, beta):
    def body(out):
        return [
            f"%load = sched.load {x}[{H}*p0 + p1] : !x",
            f"%load_1 = sched.load {mean}[p0] : !row",
            "%sub = arith.subf %load, %load_1 : f32",
            f"%load_2 = sched.load {m2}[p0] : !row",
            f"%constant = arith.constant {float(H)!r} : f32",
            "%div = arith.divf %load_2, %constant : f32",
            "%constant_1 = arith.constant 1.0e-05 : f32",
            "%add = arith.addf %div, %constant_1 : f32",
            "%rsqrt = math.rsqrt %add : f32",
            "%mul = arith.mulf %sub, %rsqrt : f32",
            f"%load_3 = sched.load {gamma}[p1] : !vec",
            "%mul_1 = arith.mulf %mul, %load_3 : f32",
            f"%load_4 = sched.load {beta}[p1] : !vec",
            "%add_1 = arith.addf %mul_1, %load_4 : f32",
            f"sched.store %add_1, {out}[{H}*p0 + p1] : !x",
        ]
    return body


def _cache_update(k):
    """KV-cache update: cache[h, t] = k[t, h], in place into a graph input."""
    def body(out):
        return [
            f"%load = sched.load {k}[p0 + {H}*p1] : !x",
            f"sched.store %load, {out}[{T}*p0 + p1] : !kc",
        ]
    return body


def _softmax_max(s):
    def body(out):
        return [
            f"%load = sched.load {s}[{T}*p0 + p1] : !s",
            "%reduction = sched.reduction max %load : f32 -> f32",
            f"sched.store_reduction %reduction, {out}[p0] : !row",
        ]
    return body


def _softmax_sum(s, amax):
    def body(out):
        return [
            f"%load = sched.load {s}[{T}*p0 + p1] : !s",
            f"%load_1 = sched.load {amax}[p0] : !row",
            "%sub = arith.subf %load, %load_1 : f32",
            "%exp = math.exp %sub : f32",
            "%reduction = sched.reduction sum %exp : f32 -> f32",
            f"sched.store_reduction %reduction, {out}[p0] : !row",
        ]
    return body


def _softmax_div(s, amax, ssum):
    def body(out):
        return [
            f"%load = sched.load {s}[{T}*p0 + p1] : !s",
            f"%load_1 = sched.load {amax}[p0] : !row",
            "%sub = arith.subf %load, %load_1 : f32",
            "%exp = math.exp %sub : f32",
            f"%load_2 = sched.load {ssum}[p0] : !row",
            "%div = arith.divf %exp, %load_2 : f32",
            f"sched.store %div, {out}[{T}*p0 + p1] : !s",
        ]
    return body


def _residual(a, b):
    def body(out):
        return [
            f"%load = sched.load {a}[{H}*p0 + p1] : !x",
            f"%load_1 = sched.load {b}[{H}*p0 + p1] : !x",
            "%add = arith.addf %load, %load_1 : f32",
            f"sched.store %add, {out}[{H}*p0 + p1] : !x",
        ]
    return body


def _gelu(h):
    def body(out):
        return [
            f"%load = sched.load {h}[{F}*p0 + p1] : !hf",
            "%constant = arith.constant 0.5 : f32",
            "%mul = arith.mulf %load, %constant : f32",
            "%constant_1 = arith.constant 0.70710678118654757 : f32",
            "%mul_1 = arith.mulf %load, %constant_1 : f32",
            "%erf = math.erf %mul_1 : f32",
            "%constant_2 = arith.constant 1.0 : f32",
            "%add = arith.addf %erf, %constant_2 : f32",
            "%mul_2 = arith.mulf %mul, %add : f32",
            f"sched.store %mul_2, {out}[{F}*p0 + p1] : !hf",
        ]
    return body


def _dead(p):
    """An unused result (e.g. attention probabilities saved for nothing)."""
    def body(out):
        return [
            f"%load = sched.load {p}[{T}*p0 + p1] : !s",
            "%log = math.log %load : f32",
            f"sched.store %log, {out}[{T}*p0 + p1] : !s",
        ]
    return body


def gen_transformer(n):
    w = Writer(f"transformer_{n}", n)
    # Inputs are declared up front (Inductor's graph inputs), one set a block;
    # the number of blocks is known from the node budget.
    per_block = 22
    n_blocks = (n + per_block - 1) // per_block
    x = w.input("!x")
    params = []
    for _ in range(n_blocks):
        params.append(dict(
            ln1_w=w.input("!vec"), ln1_b=w.input("!vec"),
            wq=w.input("!w"), wk=w.input("!w"), wv=w.input("!w"), wo=w.input("!w"),
            kcache=w.input("!kc"),
            ln2_w=w.input("!vec"), ln2_b=w.input("!vec"),
            w1=w.input("!w1"), w2=w.input("!w2")))
    outputs = []
    mm = "extern_kernels.mm"
    for p in params:
        steps = []
        # A small interpreter over closures so the node budget can cut a
        # block anywhere.
        st = {}

        def add(key, fn):
            steps.append((key, fn))

        add("mean1", lambda: w.node("!row", [T], _welford(x, "mean"), reduce=[H]))
        add("m21", lambda: w.node("!row", [T], _welford(x, "m2"), reduce=[H]))
        add("xn", lambda: w.node("!x", [T, H], _layernorm(x, st["mean1"], st["m21"],
                                                         p["ln1_w"], p["ln1_b"])))
        add("q", lambda: w.extern(mm, [(st["xn"], "!x"), (p["wq"], "!w")], "!x"))
        add("k", lambda: w.extern(mm, [(st["xn"], "!x"), (p["wk"], "!w")], "!x"))
        add("kc", lambda: w.node("!kc", [H, T], _cache_update(st["k"]),
                                 mutates=p["kcache"]))
        add("v", lambda: w.extern(mm, [(st["xn"], "!x"), (p["wv"], "!w")], "!x"))
        add("s", lambda: w.extern(mm, [(st["q"], "!x"), (st["kc"], "!kc")], "!s"))
        add("amax", lambda: w.node("!row", [T], _softmax_max(st["s"]), reduce=[T]))
        add("ssum", lambda: w.node("!row", [T], _softmax_sum(st["s"], st["amax"]),
                                   reduce=[T]))
        add("prob", lambda: w.node("!s", [T, T], _softmax_div(st["s"], st["amax"],
                                                             st["ssum"])))
        add("dead", lambda: w.node("!s", [T, T], _dead(st["prob"])))
        add("attn", lambda: w.extern(mm, [(st["prob"], "!s"), (st["v"], "!x")], "!x"))
        add("o", lambda: w.extern(mm, [(st["attn"], "!x"), (p["wo"], "!w")], "!x"))
        add("x2", lambda: w.node("!x", [T, H], _residual(x, st["o"])))
        add("mean2", lambda: w.node("!row", [T], _welford(st["x2"], "mean"), reduce=[H]))
        add("m22", lambda: w.node("!row", [T], _welford(st["x2"], "m2"), reduce=[H]))
        add("xn2", lambda: w.node("!x", [T, H], _layernorm(st["x2"], st["mean2"],
                                                          st["m22"], p["ln2_w"],
                                                          p["ln2_b"])))
        add("h1", lambda: w.extern(mm, [(st["xn2"], "!x"), (p["w1"], "!w1")], "!hf"))
        add("h2", lambda: w.node("!hf", [T, F], _gelu(st["h1"])))
        add("h3", lambda: w.extern(mm, [(st["h2"], "!hf"), (p["w2"], "!w2")], "!x"))
        add("x3", lambda: w.node("!x", [T, H], _residual(st["x2"], st["h3"])))
        assert len(steps) == per_block
        for key, fn in steps:
            if w.full():
                break
            st[key] = fn()
        if "kc" in st:
            # Inductor returns a mutated graph input: the mutation has an
            # OUTPUT user.
            outputs.append((st["kc"], "!kc"))
        if "x3" in st:
            x = st["x3"]
        if w.full():
            break
    # The final hidden state, plus whatever the budget cut off last.
    outs = [(x, "!x")] if x.startswith("%buf") else []
    if w.last_written is not None:
        outs.append(w.last_written)
    return w.render(outs + outputs, TRANSFORMER_TYPES,
                    f"// transformer-like graph of {n} nodes, {per_block} a block "
                    f"(bench/gen_graph.py)")


GENERATORS = {"chain": gen_chain, "fanout": gen_fanout, "transformer": gen_transformer}


def graph_path(directory, shape, n):
    return os.path.join(directory, f"{shape}_{n}.mlir")


def write_graph(directory, shape, n):
    os.makedirs(directory, exist_ok=True)
    path = graph_path(directory, shape, n)
    text = GENERATORS[shape](n)
    tmp = path + ".tmp"
    with open(tmp, "w") as f:
        f.write(text)
    os.replace(tmp, path)
    return path


def verify(sched_opt, path):
    r = subprocess.run([sched_opt, path, "-o", os.devnull],
                       stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    return r.returncode == 0, r.stderr


def main(argv=None):
    here = os.path.dirname(os.path.abspath(__file__))
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("-o", "--out-dir", required=True, help="directory for <shape>_<N>.mlir")
    ap.add_argument("--shapes", default=",".join(SHAPES),
                    help="comma-separated subset of " + ",".join(SHAPES))
    ap.add_argument("--sizes", default=",".join(str(s) for s in DEFAULT_SIZES),
                    help="comma-separated node counts")
    ap.add_argument("--device", default="cuda:0",
                    help="device of every buffer (default %(default)s)")
    ap.add_argument("--verify", action="store_true",
                    help="run sched-opt on each file (parse + verify) and fail on error")
    ap.add_argument("--sched-opt", default=os.path.join(here, "..", "build", "bin", "sched-opt"))
    args = ap.parse_args(argv)
    globals()["DEVICE"] = args.device
    shapes = [s for s in args.shapes.split(",") if s]
    for s in shapes:
        if s not in GENERATORS:
            ap.error(f"unknown shape {s!r}")
    sizes = [int(s) for s in args.sizes.split(",") if s]
    ok = True
    for shape in shapes:
        for n in sizes:
            path = write_graph(args.out_dir, shape, n)
            msg = f"{path}: {os.path.getsize(path)} bytes"
            if args.verify:
                good, err = verify(args.sched_opt, path)
                ok &= good
                msg += " verified" if good else " FAILED:\n" + err[:2000]
            print(msg, flush=True)
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
