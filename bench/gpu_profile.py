"""One case's kernels, ours and Inductor's, for a profiler (issue 6).

Warms both up (Inductor compiles, our library loads), then runs each once
between cudaProfilerStart and cudaProfilerStop, so a profiler started with
"--profile-from-start off" sees exactly one call of each:

    ncu --clock-control none --profile-from-start off --section SpeedOfLight \\
        python3 bench/gpu_profile.py --lib-dir DIR --case sum_amax

With --dump-inductor, also prints the Triton code Inductor generated
(TORCHINDUCTOR debug output: the kernels and their launch heuristics).
"""
import argparse
import os
import sys

import torch

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
sys.path.insert(0, os.path.join(HERE, "..", "python"))

import gpu_programs  # noqa: E402
from gpu_bench import make_inputs  # noqa: E402
from inductor_sched.cuda_library import load_graphs  # noqa: E402
from inductor_sched.exporter import graph_input_order  # noqa: E402


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--lib-dir", required=True)
    parser.add_argument("--case", required=True)
    args = parser.parse_args(argv)
    fn, shapes, _ = gpu_programs.CASES[args.case]
    inputs = make_inputs(shapes, 0)
    lib = load_graphs(args.lib_dir, args.case)[args.case]
    order = graph_input_order(fn, [t.clone() for t in inputs])
    compiled = torch.compile(fn)
    for _ in range(3):  # warm-up: compile, load modules
        lib(*[inputs[i] for i in order])
        compiled(*inputs)
    torch.cuda.synchronize()
    torch.cuda.cudart().cudaProfilerStart()
    lib(*[inputs[i] for i in order])
    torch.cuda.synchronize()
    compiled(*inputs)
    torch.cuda.synchronize()
    torch.cuda.cudart().cudaProfilerStop()


if __name__ == "__main__":
    main()
