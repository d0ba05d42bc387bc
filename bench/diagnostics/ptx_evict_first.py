#!/usr/bin/env python3
"""A measurement aid, not part of the compiler: rewrites the PTX that
`-sched-lower-to-nvvm="format=isa"` embeds in host MLIR so that every
global load carries Triton's `evict_first` hints (an L2 eviction policy made
once per kernel with createpolicy, and L1::evict_first), as Inductor's loads
in looped reductions do. It tests whether a kernel's time after
triton.testing.do_bench's L2 flush (which leaves dirty lines to write back)
is the L2 eviction order. The lowering now emits Inductor's hints itself
where they were measured to pay (eviction-hints, docs/gpu-codegen.md);
this aid puts evict_first on every load, which is how that was found.

    python3 bench/diagnostics/ptx_evict_first.py IN.llvm.mlir OUT.llvm.mlir

The library is then built from OUT as scripts/build-cuda-library.sh does
from its .llvm.mlir (the driver JIT-compiles the PTX when the module loads).
"""
import re
import sys

POLICY = "%rd_evict_first"


def unescape(raw):
    return re.sub(r"\\([0-9A-Fa-f]{2}|\\|\")",
                  lambda e: e.group(1) if e.group(1) in ("\\", '"') else chr(int(e.group(1), 16)),
                  raw)


def escape(ptx):
    out = []
    for ch in ptx:
        if ch in ('"', "\\") or not (32 <= ord(ch) < 127):
            out.append("\\%02X" % ord(ch))
        else:
            out.append(ch)
    return "".join(out)


def rewrite(ptx):
    # A policy register and its createpolicy at the top of each kernel body.
    ptx = re.sub(r"(\.entry [^{]*\{\n)",
                 lambda m: m.group(1) + f"\t.reg .b64 \t{POLICY};\n"
                 f"\tcreatepolicy.fractional.L2::evict_first.b64 \t{POLICY}, 1.0;\n",
                 ptx)
    # ld.global[.v2|.v4].T dst, [addr];  ->  with the hints and the policy.
    return re.sub(r"\bld\.global((?:\.v[24])?\.\w+)(\s+[^;]*\[[^\]]*\]);",
                  lambda m: f"ld.global.L1::evict_first.L2::cache_hint{m.group(1)}{m.group(2)}, {POLICY};",
                  ptx)


def main():
    text = open(sys.argv[1]).read()
    count = 0

    def one(m):
        nonlocal count
        count += 1
        return 'assembly = "' + escape(rewrite(unescape(m.group(1)))) + '"'

    text = re.sub(r'assembly = "((?:[^"\\]|\\.)*)"', one, text)
    open(sys.argv[2], "w").write(text)
    print(f"rewrote {count} PTX module(s)", file=sys.stderr)


if __name__ == "__main__":
    main()
