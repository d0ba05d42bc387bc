#!/usr/bin/env python3
"""The C arguments of a graph lowered by -sched-lower-to-nvvm, as JSON.

Reads the host functions of -sched-to-nvvm-kernels' output (a func.func per
graph with one flat `memref<EXTENTxDTYPE>` per input, then per output, and
`sched.arg_names`) and writes {"graphs": [{"graph", "inputs", "outputs"}]},
in module order: each argument's
buffer name, dtype, storage extent, sizes, strides and offset in elements,
in call order. An output
that is a (mutated) graph input takes no argument: it has "alias_of", the
input's name, instead.
"""
import argparse
import json
import re
import sys

FUNC = re.compile(r"^\s*func\.func @(\w+)\((.*?)\)\s+attributes\s+\{(.*)\}\s*\{\s*$")
ARG = re.compile(r"%\w+: memref<(\d+)x(\w+)>")
NAMES = re.compile(r'sched\.arg_names = \[([^\]]*)\]')
INPUT = re.compile(r'sched\.num_inputs = (\d+)')
OUTPUTS = re.compile(r'sched\.outputs = \[([^\]]*)\]')
ALIASES = re.compile(r'sched\.output_aliases = \[([^\]]*)\]')
LAYOUT = re.compile(r"\[array<i64(?:: ([-\d, ]*))?>, array<i64(?:: ([-\d, ]*))?>, (-?\d+)(?: : i64)?\]")


def layouts(attrs):
    """sched.layouts: [sizes, strides, offset] per input, then per output."""
    text = attrs[attrs.index("sched.layouts = ["):]
    ints = lambda t: [int(x) for x in t.split(",")] if t else []  # noqa: E731
    return [{"sizes": ints(m.group(1)), "strides": ints(m.group(2)),
             "offset": int(m.group(3))} for m in LAYOUT.finditer(text)]


def abi(text):
    graphs = []
    for line in text.splitlines():
        m = FUNC.match(line)
        if not m or "sched.arg_names" not in m.group(3):
            continue
        args = ARG.findall(m.group(2))
        names = re.findall(r'"([^"]*)"', NAMES.search(m.group(3)).group(1))
        inputs = int(INPUT.search(m.group(3)).group(1))
        if len(args) != len(names):
            raise ValueError("arguments and sched.arg_names differ in number")
        entries = [{"name": n, "dtype": t, "extent": int(e)}
                   for n, (e, t) in zip(names, args)]
        attrs = m.group(3)
        outputs = re.findall(r'"([^"]*)"', OUTPUTS.search(attrs).group(1))
        aliases = re.findall(r'"([^"]*)"', ALIASES.search(attrs).group(1))
        passed = iter(entries[inputs:])
        result = []
        for name, alias in zip(outputs, aliases):
            result.append({"name": name, "alias_of": alias} if alias
                          else next(passed))
        described = layouts(attrs)
        for entry, layout in zip(entries[:inputs] + result, described):
            entry.update(layout)
        graphs.append({"graph": m.group(1), "inputs": entries[:inputs],
                       "outputs": result})
    if not graphs:
        raise ValueError("no host function with sched.arg_names")
    return {"graphs": graphs}


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("input")
    parser.add_argument("-o", "--output", default="-")
    args = parser.parse_args(argv)
    with open(args.input) as f:
        result = abi(f.read())
    text = json.dumps(result, indent=1) + "\n"
    if args.output == "-":
        sys.stdout.write(text)
    else:
        with open(args.output, "w") as f:
            f.write(text)


if __name__ == "__main__":
    main()
