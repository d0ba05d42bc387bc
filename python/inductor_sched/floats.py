"""How the exporter writes float constants, without torch.

body.py writes `arith.constant`s from these, and utils/upgrade-corpus-mlir.py
(which runs without torch) adds the same attributes to older exports.
"""

import struct


def rounded(value, t):
    """The Python float `value` rounded to the float type t (f16, bf16, f32),
    to nearest even."""
    if t == "bf16":
        # round to nearest even on the upper 16 bits of the f32
        bits = struct.unpack(">I", struct.pack(">f", value))[0]
        bits = (bits + 0x7FFF + ((bits >> 16) & 1)) & 0xFFFF0000
        return struct.unpack(">f", struct.pack(">I", bits))[0]
    fmt = {"f16": ">e", "f32": ">f"}[t]
    return struct.unpack(fmt, struct.pack(fmt, value))[0]


def finite_text(value):
    """The attribute text of a finite float: its repr, with a '.0' where the
    repr has no point (an MLIR float literal needs one)."""
    text = repr(value)
    if "." not in text:
        mantissa, _, exponent = text.partition("e")
        text = f"{mantissa}.0" + (f"e{exponent}" if exponent else "")
    return text


def bits_text(value, t):
    """The hex attribute text of `value`'s bits in the float type t."""
    if t == "bf16":
        return struct.pack(">f", value)[:2].hex().upper()
    fmt = {"f16": ">e", "f32": ">f", "f64": ">d"}[t]
    return struct.pack(fmt, value).hex().upper()
