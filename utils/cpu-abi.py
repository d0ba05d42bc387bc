#!/usr/bin/env python3
"""The C arguments of graphs lowered by -convert-sched-to-scf, as JSON.

Reads its output (a func.func per graph with one memref per input, then
per output, `sched.arg_names` and `sched.num_inputs`) and writes
{"graphs": [{"graph", "inputs", "outputs"}]}: each argument's buffer name,
dtype, sizes, strides and offset in elements, the layout of the memref
descriptor MLIR's C interface (`_mlir_ciface_<graph>`) takes for it.
"""
import argparse
import json
import re
import sys

FUNC = re.compile(r"^\s*func\.func @(\w+)\((.*?)\)\s+attributes\s+\{(.*)\}\s*\{\s*$")
ARG = re.compile(r"%\w+: memref<((?:\d+x)*)(\w+)(?:, strided<\[([-\d, ]*)\](?:, offset: (-?\d+))?>)?>")
NAMES = re.compile(r'sched\.arg_names = \[([^\]]*)\]')
INPUTS = re.compile(r'sched\.num_inputs = (\d+)')


def row_major(sizes):
    strides, acc = [], 1
    for s in reversed(sizes):
        strides.insert(0, acc)
        acc *= s
    return strides


def abi(text):
    graphs = []
    for line in text.splitlines():
        m = FUNC.match(line)
        if not m or "sched.arg_names" not in m.group(3):
            continue
        names = re.findall(r'"([^"]*)"', NAMES.search(m.group(3)).group(1))
        inputs = int(INPUTS.search(m.group(3)).group(1))
        entries = []
        for (dims, dtype, strides, offset), name in zip(ARG.findall(m.group(2)), names):
            sizes = [int(d) for d in dims.split("x") if d]
            entries.append({
                "name": name, "dtype": dtype, "sizes": sizes,
                "strides": [int(s) for s in strides.split(",")] if strides else row_major(sizes),
                "offset": int(offset) if offset else 0})
        if len(entries) != len(names):
            raise ValueError(f"@{m.group(1)}: arguments and sched.arg_names differ in number")
        graphs.append({"graph": m.group(1), "inputs": entries[:inputs],
                       "outputs": entries[inputs:]})
    if not graphs:
        raise ValueError("no function with sched.arg_names")
    return {"graphs": graphs}


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("input")
    parser.add_argument("-o", "--output", default="-")
    args = parser.parse_args(argv)
    with open(args.input) as f:
        text = json.dumps(abi(f.read()), indent=1) + "\n"
    if args.output == "-":
        sys.stdout.write(text)
    else:
        with open(args.output, "w") as f:
            f.write(text)


if __name__ == "__main__":
    main()
