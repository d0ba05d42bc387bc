#!/usr/bin/env python3
"""Prints the PTX of every gpu.binary in MLIR on stdin (or a file):
what `-sched-lower-to-nvvm="format=isa"` embeds as an escaped string."""
import re
import sys

text = open(sys.argv[1]).read() if len(sys.argv) > 1 else sys.stdin.read()
for m in re.finditer(r'assembly = "((?:[^"\\]|\\.)*)"', text):
    raw = m.group(1)
    # MLIR escapes non-printable bytes as \XX (hex) and \\ and \".
    out = re.sub(r"\\([0-9A-Fa-f]{2}|\\|\")",
                 lambda e: e.group(1) if e.group(1) in ("\\", '"') else chr(int(e.group(1), 16)),
                 raw)
    sys.stdout.write(out)
