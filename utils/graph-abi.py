#!/usr/bin/env python3
"""The C arguments of lowered sched graphs, as JSON, for callers that make
tensors (python/inductor_sched/cuda_library.py, cpu_library.py).

  --target cuda: reads -sched-to-nvvm-kernels' output. Each host function
    takes a flat `memref<EXTENTxDTYPE>` (a device pointer to the storage
    from its base) per input, then per output; `sched.layouts` gives each
    one's sizes, strides and offset, `sched.output_aliases` the input an
    output is (a mutated input: no argument, "alias_of" instead).
  --target cpu: reads -convert-sched-to-scf's output. Each function takes a
    memref descriptor (MLIR's C interface) per input, then per output, typed
    from the layout; sizes, strides and offset come from the memref type.

Writes {"graphs": [{"graph", "inputs", "outputs"}]} in module order, each
argument with its buffer name, dtype, sizes, strides, offset (and extent in
elements for cuda).
"""
import argparse
import json
import re
import sys

FUNC = re.compile(r"^\s*func\.func @(\w+)\((.*?)\)\s+attributes\s+\{(.*)\}\s*\{\s*$")
FLAT_ARG = re.compile(r"%\w+: memref<(\d+)x(\w+)>")
TYPED_ARG = re.compile(
    r"%\w+: memref<((?:\d+x)*)(\w+)(?:, strided<\[([-\d, ]*)\](?:, offset: (-?\d+))?>)?>")
LAYOUT = re.compile(
    r"\[array<i64(?:: ([-\d, ]*))?>, array<i64(?:: ([-\d, ]*))?>, (-?\d+)(?: : i64)?\]")


def strings(attrs, name):
    m = re.search(name + r" = \[([^\]]*)\]", attrs)
    return re.findall(r'"([^"]*)"', m.group(1)) if m else []


def ints(text):
    return [int(x) for x in text.split(",")] if text else []


def row_major(sizes):
    strides, acc = [], 1
    for s in reversed(sizes):
        strides.insert(0, acc)
        acc *= s
    return strides


def cuda_arguments(args, attrs, names, inputs):
    entries = [{"name": n, "dtype": t, "extent": int(e)}
               for n, (e, t) in zip(names, FLAT_ARG.findall(args))]
    text = attrs[attrs.index("sched.layouts = ["):]
    layouts = [{"sizes": ints(m.group(1)), "strides": ints(m.group(2)),
                "offset": int(m.group(3))} for m in LAYOUT.finditer(text)]
    passed = iter(entries[inputs:])
    outputs = [{"name": name, "alias_of": alias} if alias else next(passed)
               for name, alias in zip(strings(attrs, "sched.outputs"),
                                      strings(attrs, "sched.output_aliases"))]
    for entry, layout in zip(entries[:inputs] + outputs, layouts):
        entry.update(layout)
    return entries[:inputs], outputs, len(entries)


def cpu_arguments(args, attrs, names, inputs):
    entries = []
    for (dims, dtype, strides, offset), name in zip(TYPED_ARG.findall(args), names):
        sizes = [int(d) for d in dims.split("x") if d]
        entries.append({"name": name, "dtype": dtype, "sizes": sizes,
                        "strides": ints(strides) if strides else row_major(sizes),
                        "offset": int(offset) if offset else 0})
    return entries[:inputs], entries[inputs:], len(entries)


def abi(text, target):
    parse = cuda_arguments if target == "cuda" else cpu_arguments
    graphs = []
    for line in text.splitlines():
        m = FUNC.match(line)
        if not m or "sched.arg_names" not in m.group(3):
            continue
        attrs = m.group(3)
        names = strings(attrs, "sched.arg_names")
        inputs = int(re.search(r"sched\.num_inputs = (\d+)", attrs).group(1))
        ins, outs, count = parse(m.group(2), attrs, names, inputs)
        if count != len(names):
            raise ValueError(f"@{m.group(1)}: arguments and sched.arg_names differ in number")
        graphs.append({"graph": m.group(1), "inputs": ins, "outputs": outs})
    if not graphs:
        raise ValueError("no function with sched.arg_names")
    return {"graphs": graphs}


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("input")
    parser.add_argument("--target", choices=["cpu", "cuda"], required=True)
    parser.add_argument("-o", "--output", default="-")
    args = parser.parse_args(argv)
    with open(args.input) as f:
        text = json.dumps(abi(f.read(), args.target), indent=1) + "\n"
    if args.output == "-":
        sys.stdout.write(text)
    else:
        with open(args.output, "w") as f:
            f.write(text)


if __name__ == "__main__":
    main()
