"""test/corpus's programs on the GPU against PyTorch eager (issue 6).

For each program of python/inductor_sched/corpus.py whose library was built
(bench/build_gpu_corpus_libs.sh DIR: DIR/lib<name>.cuda.so), on its example
inputs (seeded, moved to cuda): runs eager and our library, and compares
every output and every mutated input (rtol = atol = 1e-4, fp32; matmuls
run on cuBLAS on both sides, TF32 off as PyTorch's default). Prints one
line per program and a summary; exits 1 on any mismatch.

    python3 bench/gpu_corpus_check.py --lib-dir DIR
"""
import argparse
import os
import sys

import torch

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
sys.path.insert(0, os.path.join(HERE, "..", "python"))

from gpu_bench import as_list, max_error  # noqa: E402
from inductor_sched import corpus  # noqa: E402
from inductor_sched.cuda_library import load_graphs  # noqa: E402
from inductor_sched.exporter import graph_input_order  # noqa: E402

RTOL = ATOL = 1e-4


def check(program, lib_dir):
    name = f"{program.name}.cuda"
    if not os.path.exists(os.path.join(lib_dir, f"lib{name}.so")):
        return None
    torch.manual_seed(0)
    inputs = [t.cuda() if isinstance(t, torch.Tensor) else t for t in program.inputs()]
    clone = lambda: [t.clone() if isinstance(t, torch.Tensor) else t for t in inputs]  # noqa: E731
    eager_in = clone()
    eager_out = [t for t in as_list(program.fn(*eager_in)) if isinstance(t, torch.Tensor)]
    graphs = load_graphs(lib_dir, name)
    (lib,) = graphs.values()
    order = graph_input_order(program.fn, clone())
    ours_in = clone()
    ours_out = lib(*[ours_in[i] for i in order])
    torch.cuda.synchronize()
    if len(ours_out) != len(eager_out):
        return f"{len(ours_out)} outputs against eager's {len(eager_out)}: not compared"
    got, want = ours_out + ours_in, eager_out + eager_in
    got = [g for g, w in zip(got, want) if isinstance(w, torch.Tensor)]
    want = [w for w in want if isinstance(w, torch.Tensor)]
    # An output the graph returns as its buffer where eager returns a view
    # of another shape (transpose_flatten's .view(-1)): compared in logical
    # row-major order, when the element counts agree.
    note = ""
    for i, (g, w) in enumerate(zip(got, want)):
        if g.shape != w.shape and g.numel() == w.numel():
            note += f"; output {i} compared flattened ({tuple(g.shape)} against {tuple(w.shape)})"
            got[i], want[i] = g.reshape(-1), w.reshape(-1)
    ok = all(g.shape == w.shape and torch.allclose(g, w.to(g.dtype), rtol=RTOL, atol=ATOL)
             for g, w in zip(got, want))
    error = max_error(got, want) if all(g.shape == w.shape for g, w in zip(got, want)) else float("nan")
    return ("match" if ok else "MISMATCH") + f" (max abs error {error:.2e}{note})"


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--lib-dir", required=True)
    args = parser.parse_args(argv)
    counts = {}
    for program in corpus.PROGRAMS:
        try:
            result = check(program, args.lib_dir)
        except Exception as e:  # one program must not hide the others
            result = f"ERROR {type(e).__name__}: {e}"
        if result is None:
            continue
        print(f"{program.name}: {result}", flush=True)
        key = result.split(" ")[0]
        counts[key] = counts.get(key, 0) + 1
    print(", ".join(f"{v} {k}" for k, v in sorted(counts.items())))
    return 1 if counts.get("MISMATCH") or counts.get("ERROR") else 0


if __name__ == "__main__":
    sys.exit(main())
