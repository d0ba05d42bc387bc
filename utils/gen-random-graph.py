#!/usr/bin/env python3
"""Random `sched` graphs for cross-checking the scheduler.

Each graph is a random DAG over a few buffer shapes: pointwise nodes that read
one to three earlier buffers (row-major, transposed, shifted or through an
index buffer), row reductions, extern kernels, in-place mutations of graph
inputs, and dead nodes. The shapes are chosen so that fusion meets every kind
of decision: vertical and horizontal pairs, mismatched loop shapes, reads that
do not match writes, intermediate externs, and paths through other fused
nodes that would close a cycle.

  python3 utils/gen-random-graph.py --seed 7 --count 20 --nodes 40 -o out.mlir

Graphs are separated by `// -----` for `sched-opt -split-input-file`. The
output depends only on the arguments.
"""

import argparse
import random
import sys

N = 8  # every buffer is [N, N] (square, so transposes keep the shape) or [N]


def buffer_type(kind, device):
    if kind == "mat":
        return f'!sched.buffer<[{N}, {N}], f32, strides = [{N}, 1], device = "{device}">'
    return f'!sched.buffer<[{N}], f32, strides = [1], device = "{device}">'


def graph(rng, name, nodes, device):
    lines, bufs = [], []  # bufs: (ssa, kind)
    n_inputs = rng.randint(2, 4)
    for i in range(n_inputs):
        kind = rng.choice(["mat", "mat", "vec"])
        lines.append(f'  %arg{i} = sched.input "arg{i}_1" : {buffer_type(kind, device)}')
        bufs.append((f"%arg{i}", kind))
    inputs = list(bufs)
    mutated = set()
    k = 0

    def mat_index(how):
        return {"row": f"{N}*p0 + p1", "col": f"p0 + {N}*p1",
                "shift": f"{N}*p0 + p1 + 1"}[how]

    def load(src, kind, out_kind, var, body):
        """Appends a load of `src` in a loop nest of kind `out_kind`."""
        if kind == "mat" and out_kind == "mat":
            how = rng.choice(["row", "row", "row", "col", "shift"])
            if how == "shift":
                # A shifted read stays inside the buffer: wrap the last one.
                body.append(f"    %{var} = sched.load {src}[(p1 + {N}*p0 + 1) mod {N * N}] : {buffer_type(kind, device)}")
                return
            body.append(f"    %{var} = sched.load {src}[{mat_index(how)}] : {buffer_type(kind, device)}")
        elif kind == "vec" and out_kind == "mat":
            body.append(f"    %{var} = sched.load {src}[p{rng.randint(0, 1)}] : {buffer_type(kind, device)}")
        elif kind == "vec":
            body.append(f"    %{var} = sched.load {src}[p0] : {buffer_type(kind, device)}")
        else:  # a matrix read by a vector loop: its diagonal or first column
            body.append(f"    %{var} = sched.load {src}[{rng.choice([N + 1, N])}*p0] : {buffer_type(kind, device)}")

    for _ in range(nodes):
        choice = rng.random()
        buf, op = f"buf{k}", f"op{k}"
        if choice < 0.08 and len(bufs) > 1:
            src, kind = rng.choice(bufs)
            lines.append(f'  %{buf} = sched.buffer "{buf}" : {buffer_type(kind, device)}')
            lines.append(f'  sched.extern "{op}" "extern_kernels.custom"({src} : {buffer_type(kind, device)}) writes(%{buf} : {buffer_type(kind, device)})')
            bufs.append((f"%{buf}", kind))
        elif choice < 0.14 and len(inputs) > len(mutated):
            target, kind = rng.choice([b for b in inputs if b[0] not in mutated])
            mutated.add(target)
            t = buffer_type(kind, device)
            src, skind = rng.choice([b for b in bufs if b[1] == kind] or [(target, kind)])
            lines.append(f'  %{buf} = sched.mutation "{buf}" mutates({target} : {t}) : {t}')
            body = []
            load(target, kind, kind, "a", body)
            load(src, skind, kind, "b", body)
            ranges = f"[{N}, {N}]" if kind == "mat" else f"[{N}]"
            index = f"{N}*p0 + p1" if kind == "mat" else "p0"
            lines.append(f'  sched.node "{op}" writes(%{buf} : {t}) ranges {ranges} {{')
            lines += body
            lines.append("    %s = arith.addf %a, %b : f32")
            lines.append(f"    sched.store %s, %{buf}[{index}] : {t}")
            lines.append("  }")
        elif choice < 0.32:
            mats = [b for b in bufs if b[1] == "mat"]
            if not mats:
                continue
            src, _ = rng.choice(mats)
            kindname = rng.choice(["sum", "max"])
            t = buffer_type("vec", device)
            lines.append(f'  %{buf} = sched.buffer "{buf}" : {t}')
            lines.append(f'  sched.node "{op}" writes(%{buf} : {t}) ranges [{N}] reduce [{N}] {{')
            idx = rng.choice([f"{N}*p0 + p1", f"p0 + {N}*p1"])
            lines.append(f"    %x = sched.load {src}[{idx}] : {buffer_type('mat', device)}")
            lines.append(f"    %r = sched.reduction {kindname} %x : f32 -> f32")
            lines.append(f"    sched.store_reduction %r, %{buf}[p0] : {t}")
            lines.append("  }")
            bufs.append((f"%{buf}", "vec"))
        else:
            out_kind = rng.choice(["mat", "mat", "vec"])
            t = buffer_type(out_kind, device)
            ranges = f"[{N}, {N}]" if out_kind == "mat" else f"[{N}]"
            index = f"{N}*p0 + p1" if out_kind == "mat" else "p0"
            # Prefer recent buffers, as real programs do, with some far reads.
            srcs = []
            for _ in range(rng.randint(1, 3)):
                pool = bufs[-6:] if rng.random() < 0.7 else bufs
                srcs.append(rng.choice(pool))
            body = []
            for i, (src, kind) in enumerate(srcs):
                load(src, kind, out_kind, f"v{i}", body)
            acc = "%v0"
            for i in range(1, len(srcs)):
                body.append(f"    %s{i} = arith.addf {acc}, %v{i} : f32")
                acc = f"%s{i}"
            lines.append(f'  %{buf} = sched.buffer "{buf}" : {t}')
            lines.append(f'  sched.node "{op}" writes(%{buf} : {t}) ranges {ranges} {{')
            lines += body
            lines.append(f"    sched.store {acc}, %{buf}[{index}] : {t}")
            lines.append("  }")
            bufs.append((f"%{buf}", out_kind))
        k += 1
    produced = [b for b in bufs if b not in inputs]
    text = "\n".join(lines)
    # Most buffers nobody reads are outputs; the rest are dead code.
    def read(b):
        return f"{b[0]}[" in text or f"{b[0]} :" in text.replace(f"%{b[0][1:]} = ", "")
    outs = [b for b in produced
            if rng.random() < (0.15 if read(b) else 0.85)] or produced[-1:] or inputs[:1]
    lines.append("  sched.output " + ", ".join(o[0] for o in outs) + " : " +
                 ", ".join(buffer_type(o[1], device) for o in outs))
    return f"sched.graph @{name} {{\n" + "\n".join(lines) + "\n}\n"


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--count", type=int, default=10)
    parser.add_argument("--nodes", type=int, default=30)
    parser.add_argument("--device", default="cuda:0")
    parser.add_argument("-o", "--output", default="-")
    args = parser.parse_args()
    rng = random.Random(args.seed)
    graphs = [graph(rng, f"random_{args.seed}_{i}", args.nodes, args.device)
              for i in range(args.count)]
    text = "\n// -----\n\n".join(graphs)
    if args.output == "-":
        sys.stdout.write(text)
    else:
        with open(args.output, "w") as f:
            f.write(text)


if __name__ == "__main__":
    main()
