#!/usr/bin/env python3
"""Prints two CPU graphs for fuse-nodes-cpu-size-limits.mlir: a chain of 20
pointwise nodes (vertical pairs) and 20 nodes that all read one input
(horizontal pairs)."""

T = '!sched.buffer<[64], f32, strides = [1], device = "cpu">'


def graph(name, n, chained):
    lines = [f"sched.graph @{name} {{", f'  %x = sched.input "arg0_1" : {T}']
    prev = "%x"
    for k in range(n):
        src = prev if chained else "%x"
        lines += [f'  %buf{k} = sched.buffer "buf{k}" : {T}',
                  f'  sched.node "op{k}" writes(%buf{k} : {T}) ranges [64] {{',
                  f"    %v = sched.load {src}[p0] : {T}",
                  "    %c = math.cos %v : f32",
                  f"    sched.store %c, %buf{k}[p0] : {T}",
                  "  }"]
        prev = f"%buf{k}"
    outs = [f"%buf{k}" for k in range(n)]
    lines.append(f"  sched.output {', '.join(outs)} : {', '.join([T] * n)}")
    lines.append("}")
    return "\n".join(lines)


print(graph("chain", 20, True))
print("\n// -----\n")
print(graph("fanout", 20, False))
