#!/usr/bin/env python3
"""Mutational fuzzer for sched-opt: bad input must never crash it.

Seeds are every `*.mlir` under examples/ and test/Dialect/Sched/ (test files
are split at `// -----` lines). Each iteration picks a seed, applies 1-4
random mutations (line delete/duplicate/swap, token and character
delete/insert, integers to 0/-1/huge, operand swaps, op names and keywords
swapped among the dialect's, loop variables renamed, brackets dropped, types
changed, ...) and runs

    sched-opt case.mlir
    sched-opt case.mlir --mlir-print-op-generic | sched-opt

A finding is recorded when a process dies by a signal or exits with a code
>= 128, prints an assertion / "PLEASE submit a bug report" / UNREACHABLE /
sanitizer report ("crash"), or runs over the timeout ("hang"). When the
input is accepted, printing its output again must succeed and give the same
text, and so must parsing its generic form ("roundtrip").

Each distinct finding (by category and a short signature: the assertion,
sanitizer error or signal, and the first stack frame in the dialect's code)
is written once to the output directory as <category>-s<seed>-<iteration>.mlir
with a .log beside it; summary-s<seed>.txt lists them all with how often each
was hit. The exit status is 1 if anything was found. Runs are deterministic
for a given --seed and seed corpus, so two processes with different seeds
cover different cases (one per core):

    scripts/fuzz-sched-opt.py --seed 1 --iterations 2000 &
    scripts/fuzz-sched-opt.py --seed 2 --iterations 2000 --out /tmp/sched-fuzz2

With --pipeline (repeatable), each case also runs through those passes
(crashes and hangs only; errors are the right answer to bad input), seeded
from the pass tests and the corpus too:

    scripts/fuzz-sched-opt.py --seed 3 --iterations 2000 \
        --pipeline=-sched-schedule --pipeline='-sched-schedule=combo-kernels=true'

Options: --sched-opt PATH (default build/bin/sched-opt), --timeout SECONDS
(default 10), --out DIR (default /tmp/sched-fuzz), --quiet.

A sched-opt with sanitizers and assertions (no -DNDEBUG) finds more:

    cmake -G Ninja -S . -B build-asan -DSCHED_BUILD_UNITTESTS=OFF \
      -DCMAKE_C_COMPILER=clang-22 -DCMAKE_CXX_COMPILER=clang++-22 \
      -DMLIR_DIR=/usr/lib/llvm-22/lib/cmake/mlir -DCMAKE_BUILD_TYPE=RelWithDebInfo \
      -DCMAKE_CXX_FLAGS_RELWITHDEBINFO="-O1 -g" \
      -DCMAKE_CXX_FLAGS="-fsanitize=address,undefined -fno-sanitize=vptr" \
      -DCMAKE_EXE_LINKER_FLAGS=-fsanitize=address,undefined
    ninja -C build-asan sched-opt
    scripts/fuzz-sched-opt.py --sched-opt build-asan/bin/sched-opt

ASAN_OPTIONS defaults to allow_user_poisoning=0 (the system MLIR is not
instrumented, and LLVM's allocators poison memory in inline code only the
instrumented side sees) and detect_leaks=0.
"""

import argparse
import os
import random
import re
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

OPS = ["graph", "output", "graph_list", "input", "buffer", "mutation",
       "alias", "view", "node", "extern", "nop", "multi_output", "group",
       "load", "store", "reduction", "store_reduction", "index_expr",
       "indirect_indexing", "masked", "yield"]
KEYWORDS = ["symbols", "attributes", "ranges", "reduce", "writes", "mutates",
            "aliases", "to", "constant", "side_effects", "indirect", "mode",
            "atomic_add", "size", "check", "wrap_neg", "other", "fused",
            "foreach", "grouped", "sum", "prod", "max", "min", "argmax",
            "argmin", "any", "xor_sum", "welford_reduce", "welford_combine",
            "floordiv", "ceildiv", "mod", "strides", "offset", "device",
            "indirect0", "indirect1", "s0", "u0", "p0", "p7", "d0", "c0"]
ATTR_TYPE_NAMES = ["#sched.index", "#sched.memory_dep", "#sched.star_dep",
                   "#sched.weak_dep", "#sched.reduction_kind",
                   "#sched.store_mode", "#sched.group_kind", "!sched.buffer",
                   "!sched.none_layout", "!sched.multi_output_layout"]
TYPES = ["f32", "f16", "bf16", "f64", "i1", "i8", "i32", "i64", "index",
         "none", "tensor<4xf32>", "!sched.none_layout<\"cpu\">",
         "!sched.multi_output_layout<\"cuda:0\">"]
INTS = ["0", "-1", "1", "2", "-9223372036854775808", "9223372036854775807",
        "9223372036854775808", "18446744073709551616", "4294967296",
        "2147483648", "99999999999999999999999999"]
STRINGS = ['""', '"cpu"', '"cuda:0"', '"cuda:"', '"buf0"', '"arg0_1"',
           '"op0"', '"indirect0"', '"atomic_add"', '"op0_op1"', '"\\00"']
PUNCT = list("[](){}<>,:=*+-%#!@\"?") + ["->", "//"]
BRACKETS = "[](){}<>"

TOKEN_RE = re.compile(r'"(?:[^"\\\n]|\\.)*"|[%#!@\^][\w.$-]*|->|'
                      r'-?\d+(?:\.\d+)?(?:[eE][+-]?\d+)?|\w+(?:\.\w+)*|\S')
CRASH_MARKERS = ["Assertion", "PLEASE submit a bug report", "UNREACHABLE",
                 "Stack dump:", "AddressSanitizer", "LeakSanitizer",
                 "runtime error:", "terminate called"]


def load_seeds(with_passes=False):
    seeds = []
    paths = sorted(ROOT.glob("examples/**/*.mlir")) + \
        sorted(ROOT.glob("test/Dialect/Sched/**/*.mlir"))
    if with_passes:  # graphs the scheduler's passes have something to do on
        paths += sorted(ROOT.glob("test/Transforms/*.mlir")) + \
            sorted(ROOT.glob("test/corpus/*.mlir"))
    for path in paths:
        chunks = re.split(r"^// -----.*$", path.read_text(), flags=re.M)
        seeds += [c.strip("\n") + "\n" for c in chunks if c.strip()]
    return seeds


# --- Mutations: each takes (rng, text) and returns the new text. ----------
# (splice also takes the seeds, to insert lines of another seed.)

def _lines(text):
    return text.split("\n")


def delete_line(rng, text):
    lines = _lines(text)
    del lines[rng.randrange(len(lines))]
    return "\n".join(lines)


def duplicate_line(rng, text):
    lines = _lines(text)
    i = rng.randrange(len(lines))
    lines.insert(rng.randrange(len(lines) + 1), lines[i])
    return "\n".join(lines)


def swap_lines(rng, text):
    lines = _lines(text)
    i, j = rng.randrange(len(lines)), rng.randrange(len(lines))
    lines[i], lines[j] = lines[j], lines[i]
    return "\n".join(lines)


def _tokens(text, pattern=None):
    toks = list(TOKEN_RE.finditer(text))
    if pattern:
        toks = [m for m in toks if re.fullmatch(pattern, m.group())]
    return toks


def _replace_token(rng, text, pattern, choices):
    toks = _tokens(text, pattern)
    if not toks:
        return text
    m = rng.choice(toks)
    new = choices(m.group()) if callable(choices) else rng.choice(choices)
    return text[:m.start()] + new + text[m.end():]


def delete_token(rng, text):
    return _replace_token(rng, text, None, [""])


def insert_token(rng, text):
    toks = _tokens(text)
    pool = [m.group() for m in toks] + PUNCT + KEYWORDS + INTS + TYPES
    pos = rng.choice(toks).start() if toks else 0
    return text[:pos] + rng.choice(pool) + " " + text[pos:]


def delete_char(rng, text):
    i = rng.randrange(len(text))
    return text[:i] + text[i + 1:]


def insert_char(rng, text):
    i = rng.randrange(len(text) + 1)
    return text[:i] + rng.choice(PUNCT + list("0p-9 \n")) + text[i:]


def replace_int(rng, text):
    return _replace_token(rng, text, r"-?\d+", INTS)


def swap_operand(rng, text):
    names = sorted({m.group() for m in _tokens(text, r"%[\w.$-]+")})
    return _replace_token(rng, text, r"%[\w.$-]+", names or ["%x"])


def self_reference(rng, text):
    """`%v = op %x` -> `%v = op %v`: a use before its definition, which op
    verifiers see before dominance is checked."""
    lines = _lines(text)
    defs = [i for i, l in enumerate(lines)
            if re.match(r"\s*%[\w.$-]+ = .*%", l)]
    if not defs:
        return text
    i = rng.choice(defs)
    name, rest = lines[i].split("=", 1)
    uses = list(re.finditer(r"%[\w.$-]+", rest))
    m = rng.choice(uses)
    lines[i] = "%s=%s%s%s" % (name, rest[:m.start()], name.strip(),
                              rest[m.end():])
    return "\n".join(lines)


def change_op(rng, text):
    return _replace_token(rng, text, r"sched\.\w+",
                          ["sched." + op for op in OPS])


def change_keyword(rng, text):
    return _replace_token(rng, text, "|".join(KEYWORDS), KEYWORDS)


def change_attr_type_name(rng, text):
    return _replace_token(rng, text, r"[#!]sched\.\w+", ATTR_TYPE_NAMES)


def change_loop_var(rng, text):
    return _replace_token(rng, text, r"[pdct]\d+",
                          ["p7", "p0", "p1", "d0", "c1", "p4294967296",
                           "p99999999999999999999", "indirect0", "s0"])


def drop_bracket(rng, text):
    idx = [i for i, c in enumerate(text) if c in BRACKETS]
    if not idx:
        return text
    i = rng.choice(idx)
    return text[:i] + text[i + 1:]


def change_type(rng, text):
    return _replace_token(rng, text, r"f16|bf16|f32|f64|i1|i8|i32|i64|index",
                          TYPES)


def change_string(rng, text):
    return _replace_token(rng, text, r'"(?:[^"\\\n]|\\.)*"', STRINGS)


def change_alias(rng, text):
    names = sorted({m.group() for m in _tokens(text, r"![\w.]+")
                    if not m.group().startswith("!sched")})
    return _replace_token(rng, text, r"![\w.]+",
                          names + ["!sched.none_layout<\"cpu\">"])


def splice(rng, text, seeds=None):
    other = _lines(rng.choice(seeds))
    lines = _lines(text)
    i = rng.randrange(len(other))
    lines.insert(rng.randrange(len(lines) + 1), "\n".join(other[i:i + 3]))
    return "\n".join(lines)


# Mutations that keep the text parseable more often (and so reach the
# verifiers) are weighted up.
MUTATIONS = [delete_line, duplicate_line, swap_lines, delete_token,
             insert_token, delete_char, insert_char, drop_bracket, splice] + \
    3 * [replace_int, swap_operand, self_reference, change_op, change_keyword,
         change_attr_type_name, change_loop_var, change_type, change_string,
         change_alias]


def mutate(rng, text, seeds):
    for _ in range(int(min(rng.expovariate(0.7), 3)) + 1):  # 1-4, mostly 1
        m = rng.choice(MUTATIONS)
        text = m(rng, text, seeds) if m is splice else m(rng, text)
        if not text:
            text = "\n"
    return text


# --- Running sched-opt. ----------------------------------------------------

def run(cmd, timeout, stdin=None):
    """Returns (returncode or 'timeout', stdout, stderr)."""
    env = dict(os.environ)
    env.setdefault("ASAN_OPTIONS", "allow_user_poisoning=0:detect_leaks=0")
    for attempt in range(60):
        try:
            p = subprocess.run(cmd, input=stdin, env=env, capture_output=True,
                               timeout=timeout, text=True, errors="replace")
            return p.returncode, p.stdout, p.stderr
        except subprocess.TimeoutExpired:
            return "timeout", "", ""
        except OSError:  # sched-opt is being relinked: wait for it
            if attempt == 59:
                raise
            time.sleep(1)


def crash_signature(rc, out):
    """None if the run is fine, else (category, signature): what went wrong
    (assertion, sanitizer report or signal) and where (the first frame in
    the dialect's code)."""
    if rc == "timeout":
        return "hang", "timeout"
    marker = next((m for m in CRASH_MARKERS if m in out), None)
    if 0 <= rc < 128 and marker is None:
        return None
    what = "rc=%s" % rc
    for line in out.splitlines():
        if any(k in line for k in ("Assertion", "UNREACHABLE", "ERROR: ",
                                   "runtime error:")):
            what = re.sub(r"^.*?(ERROR: |runtime error:)", r"\1", line)
            what = re.split(r" on address| at pc| \(pc|0x", what)[0]
            what = re.sub(r"-?\d+", "N", what.strip())[:120]
            break
    frames = re.findall(r"#\d+ 0x[0-9a-f]+ (?:in )?(\S.*)", out)
    frames = [f for f in frames if "::" in f and not re.search(
        r"PrintStackTrace|SignalHandler|__asan|__sanitizer|__ubsan", f)]
    ours = [f for f in frames if "inductor_sched" in f] or frames
    where = re.sub(r"\(.*", "", ours[0]) if ours else "?"
    return "crash", "%s @ %s" % (what, where[:120])


def check_pipelines(exe, path, timeout, pipelines):
    """Yields a finding for each pipeline that crashes or hangs on the input
    (errors are fine: bad input must be reported, never crash)."""
    for pipeline in pipelines:
        cmd = [exe, path, "-o", os.devnull] + pipeline.split()
        rc, out, err = run(cmd, timeout)
        sig = crash_signature(rc, out + err)
        if sig:
            yield sig + ("$ sched-opt case.mlir %s\nrc=%s\n%s" %
                         (pipeline, rc, err),)


def check_case(exe, path, timeout, pipelines=()):
    """Yields (category, signature, log) for each finding on one input."""
    yield from check_pipelines(exe, path, timeout, pipelines)
    rc, out, err = run([exe, path], timeout)
    sig = crash_signature(rc, out + err)
    if sig:
        yield sig + ("$ sched-opt case.mlir\nrc=%s\n%s" % (rc, err),)
        return
    if rc == 0:
        rc2, out2, err2 = run([exe], timeout, stdin=out)
        sig = crash_signature(rc2, out2 + err2)
        if sig:
            yield sig + ("$ sched-opt case.mlir | sched-opt\n%s" % err2,)
        elif rc2 != 0 or out2 != out:
            yield ("roundtrip", "reprint rc=%s" % rc2 if rc2 else
                   "reprint differs",
                   "first print:\n%s\nsecond (rc=%s):\n%s%s" %
                   (out, rc2, out2, err2))
    rcg, outg, errg = run([exe, path, "--mlir-print-op-generic"], timeout)
    sig = crash_signature(rcg, outg + errg)
    if sig:
        yield sig + ("$ sched-opt case.mlir --mlir-print-op-generic\n%s" %
                     errg,)
        return
    if rcg != 0:
        return
    rc3, out3, err3 = run([exe], timeout, stdin=outg)
    sig = crash_signature(rc3, out3 + err3)
    if sig:
        yield sig + ("$ sched-opt case.mlir --mlir-print-op-generic | "
                     "sched-opt\n%s" % err3,)
    elif rc3 != 0 or (rc == 0 and out3 != out):
        yield ("roundtrip", "generic rc=%s" % rc3 if rc3 else
               "generic differs",
               "generic form:\n%s\nparsed back (rc=%s):\n%s%s" %
               (outg, rc3, out3, err3))


def main():
    ap = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawTextHelpFormatter)
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--iterations", type=int, default=1000)
    ap.add_argument("--out", default="/tmp/sched-fuzz")
    ap.add_argument("--sched-opt", default=str(ROOT / "build/bin/sched-opt"))
    ap.add_argument("--timeout", type=float, default=10)
    ap.add_argument("--quiet", action="store_true")
    ap.add_argument("--pipeline", action="append", default=[],
                    help="also run sched-opt with these options on each case "
                    "(repeatable), e.g. '-sched-schedule'; adds the pass "
                    "tests and the corpus to the seeds")
    args = ap.parse_args()

    seeds = load_seeds(with_passes=bool(args.pipeline))
    rng = random.Random(args.seed)
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    seen = {}  # (category, signature) -> [file, count]
    with tempfile.TemporaryDirectory() as tmp:
        case_path = os.path.join(tmp, "case.mlir")
        for it in range(args.iterations):
            if it and it % 500 == 0 and not args.quiet:
                print("[%d] %d distinct findings so far" % (it, len(seen)),
                      flush=True)
            text = mutate(rng, rng.choice(seeds), seeds)
            Path(case_path).write_text(text)
            for cat, sig, log in check_case(args.sched_opt, case_path,
                                            args.timeout, args.pipeline):
                key = (cat, sig)
                if key in seen:
                    seen[key][1] += 1
                    continue
                name = "%s-s%d-%d" % (cat, args.seed, it)
                (out / (name + ".mlir")).write_text(text)
                (out / (name + ".log")).write_text(log)
                seen[key] = [name, 1]
                if not args.quiet:
                    print("[%d] %s: %s -> %s" % (it, cat, sig, name),
                          flush=True)
    lines = ["%s\t%d\t%s\t%s" % (f, n, c, s)
             for (c, s), (f, n) in sorted(seen.items(), key=lambda x: x[1])]
    (out / ("summary-s%d.txt" % args.seed)).write_text(
        "# file\tcount\tcategory\tsignature\n" + "\n".join(lines) + "\n")
    print("%d iterations, %d distinct findings (seed %d, see %s)" %
          (args.iterations, len(seen), args.seed, out))
    return 1 if seen else 0


if __name__ == "__main__":
    sys.exit(main())
