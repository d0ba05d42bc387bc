"""The exporter reproduces the five hand-written cpu examples.

For each program of ../shared/inductor-dumps (its Python is in that
README), `inductor_sched.export` on device cpu must give a graph that
sched-opt prints exactly as it prints `examples/<case>.cpu.mlir`, and whose
`-sched-pre-fusion -sched-debug-str` is Inductor's dumped state, line for
line; the decisions recorded during the export must agree with the dump.

    /tmp/torchenv/bin/python python/tests/test_export_examples.py

Skips (exit 0) without torch. sched-opt: $SCHED_OPT, else
build-export/bin/sched-opt, else build/bin/sched-opt.
"""
import json
import os
import sys
import tempfile
import unittest

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
sys.path.insert(0, os.path.join(ROOT, "python"))
DUMPS = os.environ.get("INDUCTOR_DUMPS",
                       os.path.join(ROOT, "..", "shared", "inductor-dumps", "inductor_dumps.json"))

try:
    import torch
except ImportError:
    torch = None


def sched_opt_path():
    for path in (os.environ.get("SCHED_OPT"),
                 os.path.join(ROOT, "build-export", "bin", "sched-opt"),
                 os.path.join(ROOT, "build", "bin", "sched-opt")):
        if path and os.path.exists(path):
            return path
    raise unittest.SkipTest("sched-opt not built")


def seed_add_sum_8x16(a, b):
    return (a + b).sum(1)


def add_two_users_sum(a, b):
    return ((a + b).sum(1), (a + b) * 2)


def transpose_add_sum(a, b):
    return (a + b.t()).sum(0)


def input_mutation(x, y):
    x.add_(1.0)
    return x * y


def dead_value(x):
    y = x * 2
    z = y.sum()  # noqa: F841 (unused, as in the dump)
    return y + 1


CASES = {
    seed_add_sum_8x16: [(8, 16), (8, 16)],
    add_two_users_sum: [(8, 16), (8, 16)],
    transpose_add_sum: [(4096, 4096), (4096, 4096)],
    input_mutation: [(8192, 4096), (8192, 4096)],
    dead_value: [(1024, 1024)],
}


class ExportExamplesTest(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.sched_opt = sched_opt_path()
        with open(DUMPS) as f:
            cls.dumps = json.load(f)
        cls.tmp = tempfile.TemporaryDirectory()

    @classmethod
    def tearDownClass(cls):
        cls.tmp.cleanup()

    def check_case(self, fn, shapes):
        from inductor_sched import export
        from inductor_sched.compare import run_sched_opt

        case = fn.__name__
        exported = export(fn, [torch.randn(*s) for s in shapes], device="cpu")
        path = os.path.join(self.tmp.name, f"{case}.cpu.mlir")
        with open(path, "w") as f:
            f.write(exported.mlir)
        example = os.path.join(ROOT, "examples", f"{case}.cpu.mlir")
        self.assertEqual(run_sched_opt(self.sched_opt, path),
                         run_sched_opt(self.sched_opt, example), f"{case}: graph")

        dump = self.dumps[case]["cpu"]
        state = run_sched_opt(self.sched_opt, path, "-sched-pre-fusion",
                              "-sched-debug-str", "-o", "/dev/null")
        self.assertEqual(state.rstrip("\n"), "\n\n".join(dump["debug_pre"]),
                         f"{case}: pre-fusion state")
        self.assertEqual(exported.decisions["pre_fusion"], dump["debug_pre"],
                         f"{case}: recorded pre-fusion state")
        self.assertEqual([p["name"] for p in exported.decisions["partition"]],
                         [n["name"] for n in dump["final"]], f"{case}: partition")


def _make_test(fn, shapes):
    return lambda self: self.check_case(fn, shapes)


for _fn, _shapes in CASES.items():
    setattr(ExportExamplesTest, f"test_{_fn.__name__}", _make_test(_fn, _shapes))


if __name__ == "__main__":
    if torch is None:
        print("skipped: torch not installed")
        sys.exit(0)
    unittest.main(verbosity=2)
