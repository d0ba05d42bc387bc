"""Conformance: sched-opt's scheduler against Inductor's, program by program.

For each program, `record` exports it (`inductor_sched.export`), which also
records Inductor's own decisions: every node's `debug_str()` just before
the fusion loop and the scheduler nodes after fusion. It writes both beside
each other, `<name>.<device>.mlir` and `<name>.<device>.inductor.json`, so
that CI can re-check them without torch (`utils/check-corpus.py`). Then it
runs sched-opt's `-sched-schedule` pipeline and prints, node by node and
partition by partition, where the two disagree.

    python -m inductor_sched.conformance [--out test/corpus] [--device cpu|cuda]
        [--only NAME ...]

Where sched-opt is not built (the GPU machine), export only, with
`python -m inductor_sched.export_corpus --device cuda --out DIR`.
"""
import argparse
import json
import os
import sys

from . import UnsupportedError
from .compare import compare

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))


def default_sched_opt():
    for build in ("build-export", "build"):
        path = os.path.join(ROOT, build, "bin", "sched-opt")
        if os.path.exists(path):
            return path
    return "sched-opt"


def record(fn, example_inputs, out_dir, name=None, device="cpu", dynamic=None):
    """Exports `fn` into `out_dir`; returns the .mlir and .inductor.json paths."""
    from .exporter import export

    exported = export(fn, example_inputs, device=device, name=name, dynamic=dynamic)
    stem = os.path.join(out_dir, f"{exported.decisions['program']}.{device}")
    with open(stem + ".mlir", "w") as f:
        f.write(exported.mlir)
    with open(stem + ".inductor.json", "w") as f:
        json.dump(exported.decisions, f, indent=1)
        f.write("\n")
    return stem + ".mlir", stem + ".inductor.json"


def report(name, result, out=sys.stdout):
    """Prints one program's verdict and, when it differs, the diffs."""
    verdict = lambda ok: "equal" if ok else "DIFFERS"  # noqa: E731
    print(f"{name}: pre-fusion {verdict(result['prefusion_equal'])}, "
          f"partition {verdict(result['partition_equal'])}, "
          f"final state {verdict(result['final_equal'])}", file=out)
    for diff in result["diffs"]:
        print("  " + diff.rstrip("\n").replace("\n", "\n  "), file=out)


def check(mlir_path, json_path, sched_opt):
    with open(json_path) as f:
        decisions = json.load(f)
    return compare(sched_opt, mlir_path, decisions)


def main(argv=None):
    from .corpus import PROGRAMS

    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--out", default=os.path.join(ROOT, "test", "corpus"))
    parser.add_argument("--only", nargs="*", help="program names (default: all)")
    parser.add_argument("--device", default="cpu", help="cpu (default) or cuda")
    parser.add_argument("--sched-opt", default=default_sched_opt())
    args = parser.parse_args(argv)
    os.makedirs(args.out, exist_ok=True)
    unsupported = []
    for program in PROGRAMS:
        if args.only and program.name not in args.only:
            continue
        try:
            paths = record(program.fn, program.inputs(), args.out, name=program.name,
                           device=args.device, dynamic=program.dynamic)
        except Exception as err:  # report every program, whatever breaks
            kind = "" if isinstance(err, UnsupportedError) else f"{type(err).__name__}: "
            unsupported.append((program.name, str(err)))
            print(f"{program.name}: NOT EXPORTED: {kind}{str(err).splitlines()[0]}")
            continue
        report(program.name, check(*paths, args.sched_opt))
    if unsupported:
        print(f"{len(unsupported)} program(s) not exported: "
              + ", ".join(n for n, _ in unsupported))


if __name__ == "__main__":
    main()
