"""Command line: export a program's Inductor IR into the `sched` dialect.

    python -m inductor_sched export module.py:function --shapes 8x16,8x16 \\
        [--dtype float32] [--device cpu|cuda] [--name NAME] [--dynamic] -o out.mlir

Writes the graph to `-o` and Inductor's decisions (pre-fusion
`debug_str()`s, the partition after fusion) beside it, as
`<out without .mlir>.inductor.json`. Shapes are `x`-separated sizes, one
per input, comma-separated; `scalar` is a 0-d tensor. Inputs are random
(`randn`; `randint(0, 8)` for integer dtypes). `--dynamic` compiles with
`torch.compile(dynamic=True)`: sizes become symbols, declared with their
hints in the graph.
"""
import argparse
import importlib
import importlib.util
import json
import os
import sys


def load_function(spec):
    """`path/to/module.py:fn` or `package.module:fn` -> the function."""
    module_name, _, fn_name = spec.rpartition(":")
    if not module_name or not fn_name:
        raise SystemExit(f"expected module.py:function, got {spec!r}")
    if module_name.endswith(".py"):
        loader = importlib.util.spec_from_file_location(
            os.path.splitext(os.path.basename(module_name))[0], module_name)
        module = importlib.util.module_from_spec(loader)
        loader.loader.exec_module(module)
    else:
        module = importlib.import_module(module_name)
    return getattr(module, fn_name)


def make_inputs(shapes, dtype):
    import torch

    dtype = getattr(torch, dtype)
    inputs = []
    for text in shapes.split(","):
        size = () if text == "scalar" else tuple(int(s) for s in text.split("x"))
        if dtype.is_floating_point:
            inputs.append(torch.randn(size, dtype=dtype))
        else:
            inputs.append(torch.randint(0, 8, size, dtype=dtype))
    return inputs


def main(argv=None):
    parser = argparse.ArgumentParser(prog="python -m inductor_sched",
                                     description=__doc__.split("\n\n")[0])
    sub = parser.add_subparsers(dest="command", required=True)
    exp = sub.add_parser("export", help="export one function")
    exp.add_argument("function", help="module.py:function")
    exp.add_argument("--shapes", required=True, help="e.g. 8x16,8x16")
    exp.add_argument("--dtype", default="float32")
    exp.add_argument("--device", default="cpu")
    exp.add_argument("--name", help="graph name (default: the function's)")
    exp.add_argument("--dynamic", action="store_true",
                     help="symbolic sizes (torch.compile(dynamic=True))")
    exp.add_argument("-o", "--output", required=True)
    args = parser.parse_args(argv)

    from . import UnsupportedError, export

    fn = load_function(args.function)
    try:
        exported = export(fn, make_inputs(args.shapes, args.dtype), device=args.device,
                          name=args.name, dynamic=True if args.dynamic else None)
    except UnsupportedError as err:
        print(f"error: cannot export {args.function}: {err}", file=sys.stderr)
        return 1
    with open(args.output, "w") as f:
        f.write(exported.mlir)
    decisions = os.path.splitext(args.output)[0] + ".inductor.json"
    with open(decisions, "w") as f:
        json.dump(exported.decisions, f, indent=1)
        f.write("\n")
    print(f"wrote {args.output} and {decisions}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
