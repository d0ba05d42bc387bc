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


def add_sum(rows, cols):
    m, v = f"!f32_{rows}x{cols}", f"!f32_{rows}"
    return f"""{m} = !sched.buffer<[{rows}, {cols}], f32, strides = [{cols}, 1], device = "cuda:0">
{v} = !sched.buffer<[{rows}], f32, strides = [1], device = "cuda:0">

sched.graph @add_sum {{
  %arg0_1 = sched.input "arg0_1" : {m}
  %arg1_1 = sched.input "arg1_1" : {m}
  %buf0 = sched.buffer "buf0" : {v}
  sched.node "op0" writes(%buf0 : {v}) ranges [{rows}] reduce [{cols}] {{
    %load = sched.load %arg0_1[{cols}*p0 + p1] : {m}
    %load_1 = sched.load %arg1_1[{cols}*p0 + p1] : {m}
    %add = arith.addf %load, %load_1 : f32
    %reduction = sched.reduction sum %add : f32 -> f32
    sched.store_reduction %reduction, %buf0[p0] : {v}
  }}
  sched.output %buf0 : {v}
}}
"""


def sum_amax(rows, cols):
    m, v = f"!f32_{rows}x{cols}", f"!f32_{rows}"
    nodes = ""
    for i, kind in enumerate(["sum", "max"]):
        nodes += f"""  sched.node "op{i}" writes(%buf{i} : {v}) ranges [{rows}] reduce [{cols}] {{
    %load = sched.load %arg0_1[{cols}*p0 + p1] : {m}
    %reduction = sched.reduction {kind} %load : f32 -> f32
    sched.store_reduction %reduction, %buf{i}[p0] : {v}
  }}
"""
    return f"""{m} = !sched.buffer<[{rows}, {cols}], f32, strides = [{cols}, 1], device = "cuda:0">
{v} = !sched.buffer<[{rows}], f32, strides = [1], device = "cuda:0">

sched.graph @sum_amax {{
  %arg0_1 = sched.input "arg0_1" : {m}
  %buf0 = sched.buffer "buf0" : {v}
  %buf1 = sched.buffer "buf1" : {v}
{nodes}  sched.output %buf0, %buf1 : {v}, {v}
}}
"""


def main():
    writers = {"add_sum": add_sum, "sum_amax": sum_amax}
    for case, (fn, shapes, path) in gpu_programs.SIZE_VARIANTS.items():
        rows, cols = map(int, shapes.split(",")[0].split("x"))
        with open(os.path.join(HERE, "..", "..", path), "w") as f:
            f.write(writers[fn.__name__](rows, cols))
        print("wrote", path)


if __name__ == "__main__":
    main()
