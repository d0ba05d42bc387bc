#!/usr/bin/env python3
"""Writes bench/gpu/sizes/<case>.mlir: add_sum and sum_amax (the graphs
Inductor exports for them, bench/gpu/) at the other sizes of
bench/gpu_programs.SIZE_VARIANTS, for measuring how a lowering choice
scales with the bytes a kernel streams (bench/README.md, eviction hints).

    python3 bench/diagnostics/size_variant_graphs.py
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, ".."))
import gpu_programs  # noqa: E402


def graph(name, rows, cols, inputs, buffers, nodes):
    """A sched graph over [rows, cols] inputs and [rows] buffers."""
    m, v = f"!f32_{rows}x{cols}", f"!f32_{rows}"
    lines = [f'{m} = !sched.buffer<[{rows}, {cols}], f32, strides = [{cols}, 1], device = "cuda:0">',
             f'{v} = !sched.buffer<[{rows}], f32, strides = [1], device = "cuda:0">', "",
             f"sched.graph @{name} {{"]
    lines += [f'  %arg{i}_1 = sched.input "arg{i}_1" : {m}' for i in range(inputs)]
    lines += [f'  %buf{i} = sched.buffer "buf{i}" : {v}' for i in range(buffers)]
    for i, body in enumerate(nodes):
        lines.append(f'  sched.node "op{i}" writes(%buf{i} : {v}) ranges [{rows}] reduce [{cols}] {{')
        lines += ["    " + line.format(m=m, v=v, cols=cols) for line in body]
        lines.append(f"    sched.store_reduction %reduction, %buf{i}[p0] : {v}")
        lines.append("  }")
    outs = ", ".join(f"%buf{i}" for i in range(buffers))
    lines += [f"  sched.output {outs} : {', '.join([v] * buffers)}", "}", ""]
    return "\n".join(lines)


def add_sum(rows, cols):
    return graph("add_sum", rows, cols, 2, 1, [[
        "%load = sched.load %arg0_1[{cols}*p0 + p1] : {m}",
        "%load_1 = sched.load %arg1_1[{cols}*p0 + p1] : {m}",
        "%add = arith.addf %load, %load_1 : f32",
        "%reduction = sched.reduction sum %add : f32 -> f32"]])


def sum_amax(rows, cols):
    return graph("sum_amax", rows, cols, 1, 2, [[
        "%load = sched.load %arg0_1[{cols}*p0 + p1] : {m}",
        f"%reduction = sched.reduction {kind} %load : f32 -> f32"] for kind in ("sum", "max")])


def main():
    writers = {"add_sum": add_sum, "sum_amax": sum_amax}
    for case, (fn, shapes, path) in gpu_programs.SIZE_VARIANTS.items():
        rows, cols = map(int, shapes.split(",")[0].split("x"))
        with open(os.path.join(HERE, "..", "..", path), "w") as f:
            f.write(writers[fn.__name__](rows, cols))
        print("wrote", path)


if __name__ == "__main__":
    main()
