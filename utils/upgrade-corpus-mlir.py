#!/usr/bin/env python3
"""Brings corpus files exported before issue 7 to the exporter's current form.

Since issue 7 the exporter (python/inductor_sched) writes three things it
used to leave out; this script adds them to a `<name>.<device>.mlir`
written by the older exporter, without torch, from that file and the
`<name>.<device>.inductor.json` recorded in the same export run:

- `class "<C>"` on `sched.extern` / `sched.nop`: `type(node).__name__` of
  Inductor's IR node, which its `debug_str()` line `opN:
  ExternKernelSchedulerNode(<C>)` / `NopKernelSchedulerNode(<C>)` of the
  recorded pre-fusion state prints;
- `{sched.python_value = <v> : f64}` on an `arith.constant` of f32, f16 or
  bf16 whose Python float `<v>` (the exporter wrote its `repr` as the
  constant's text) is not exactly representable in that type;
- `{sched.src_dtype}` on the cast of an `ops.to_dtype` that Inductor called
  with `src_dtype=`: the recorded LoopBody line `<value> = ops.to_dtype(...,
  src_dtype = ...)` of the node, whose FX name is the cast's SSA name.

It is deterministic and idempotent; on the cpu corpus (which the exporter
re-exports here) it reproduces the new export byte for byte. Used for the
cuda files, exported on a GPU machine:

    utils/upgrade-corpus-mlir.py test/corpus/*.cuda.mlir
"""
import json
import os
import re
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), "python"))

from inductor_sched.floats import finite_text, rounded  # noqa: E402

NODE_HEAD = re.compile(r"^(op\d+): (ExternKernelSchedulerNode|NopKernelSchedulerNode)\((\w+)\)$")
DEF = re.compile(r"^    def (\w+)\(self, ops\):$")
TO_DTYPE = re.compile(r"^        (\w+) = ops\.to_dtype\(.*, src_dtype = [\w.]+\)$")
KERNEL_LINE = re.compile(
    r"^(  sched\.(?:extern|nop) \"(op\d+)\".* writes\([^)]*\)(?: side_effects)?)( \{.*\})?$")
NODE_LINE = re.compile(r'^  sched\.node "(op\d+)"')
CONSTANT = re.compile(r"^(\s+%\w+ = arith\.constant) ([-+0-9.e]+) : (f32|f16|bf16)$")
CAST = re.compile(r"^(\s+%(\w+) = arith\.(?:extf|truncf|sitofp|uitofp|fptosi|extsi|extui|trunci) %[\w#]+)( : .*)$")


def recorded(decisions):
    """{op: class} of the extern/nop nodes and {op: {values}} of the
    to_dtype calls given src_dtype, from the pre-fusion debug_str()s."""
    classes, src_dtype = {}, {}
    for text in decisions["pre_fusion"]:
        lines = text.split("\n")
        head = NODE_HEAD.match(lines[0])
        op = lines[0].split(":")[0]
        if head:
            classes[head.group(1)] = head.group(3)
        block = None
        for line in lines:
            m = DEF.match(line)
            if m:
                block = m.group(1)
                continue
            m = TO_DTYPE.match(line)
            if m and block:
                # The exporter names a masked subblock's values `<block>_<name>`.
                prefix = "" if block == "body" else block + "_"
                src_dtype.setdefault(op, set()).add(prefix + m.group(1))
    return classes, src_dtype


def upgrade(mlir_text, decisions):
    classes, src_dtype = recorded(decisions)
    out, node = [], None
    for line in mlir_text.split("\n"):
        m = NODE_LINE.match(line)
        if m:
            node = m.group(1)
        m = KERNEL_LINE.match(line)
        if m and ' class "' not in line and m.group(2) in classes:
            line = f'{m.group(1)} class "{classes[m.group(2)]}"{m.group(3) or ""}'
        m = CONSTANT.match(line)
        if m:
            value, t = float(m.group(2)), m.group(3)
            if rounded(value, t) != value:
                line = (f"{m.group(1)} {{sched.python_value = {finite_text(value)} : f64}} "
                        f"{m.group(2)} : {t}")
        m = CAST.match(line)
        if m and node and m.group(2) in src_dtype.get(node, ()):
            line = f"{m.group(1)} {{sched.src_dtype}}{m.group(3)}"
        out.append(line)
    return "\n".join(out)


def main(paths):
    for path in paths:
        with open(path[: -len(".mlir")] + ".inductor.json") as f:
            decisions = json.load(f)
        with open(path) as f:
            text = f.read()
        new = upgrade(text, decisions)
        if new != text:
            with open(path, "w") as f:
                f.write(new)
            print(f"upgraded {path}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
