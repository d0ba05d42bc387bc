"""Inductor's sympy index expressions in the `sched` dialect's index syntax.

LoopBody indices are sums of products of an integer with a loop variable
(`p0`), a size symbol (`s0`, `s77`) or an indirect index (`indirect0`), plus
`FloorDiv` and `ModularIndexing`, and powers of a size symbol (`s0**2`,
written `s0*s0`). They print as the dialect writes them:
`16*p0 + p1`, `(p0 floordiv 4) mod 8`. sched-opt canonicalizes the order
of terms itself, so only the structure matters here.
"""
import re

import sympy

from . import UnsupportedError

# Loop variables, size symbols (backed, unbacked) and indirect indices.
SYMBOL = re.compile(r"^(p|s|u|indirect)\d+$")


def render(expr):
    """The dialect text of a sympy index or size expression."""
    text = _render(sympy.sympify(expr))
    if text.startswith("(") and _balanced(text[1:-1]):
        return text[1:-1]
    return text


def _balanced(text):
    depth = 0
    for ch in text:
        depth += {"(": 1, ")": -1}.get(ch, 0)
        if depth < 0:
            return False
    return depth == 0


def _render(e):
    if isinstance(e, sympy.Integer):
        return str(int(e))
    if isinstance(e, sympy.Symbol):
        return _symbol(e)
    if isinstance(e, sympy.Add):
        return _sum(e)
    if isinstance(e, sympy.Mul):
        return _product(e)
    if isinstance(e, sympy.Pow):
        return _power(e)
    name = type(e).__name__
    if name in ("FloorDiv", "CleanDiv"):
        return f"({_render(e.args[0])} floordiv {_render(e.args[1])})"
    if name == "ModularIndexing":
        base, div, mod = e.args
        inner = _render(base) if div == 1 else f"({_render(base)} floordiv {_render(div)})"
        return f"({inner} mod {_render(mod)})"
    if name == "Mod" and all(a.is_nonnegative for a in e.args):
        return f"({_render(e.args[0])} mod {_render(e.args[1])})"
    raise UnsupportedError(f"index expression {name}: {e}")


def _symbol(s):
    if SYMBOL.match(s.name):
        return s.name
    raise UnsupportedError(f"index symbol {s.name!r}")


def _sum(e):
    terms = sorted(e.args, key=sympy.default_sort_key)
    out = _render(terms[0])
    for t in terms[1:]:
        if t.as_coeff_Mul()[0] < 0:
            out += f" - {_render(-t)}"
        else:
            out += f" + {_render(t)}"
    return f"({out})"


def _product(e):
    coeff, rest = e.as_coeff_Mul()
    factors = [_render(f) for f in sympy.Mul.make_args(rest)]
    if coeff != 1:
        if not isinstance(coeff, sympy.Integer):
            raise UnsupportedError(f"non-integer coefficient in index {e}")
        factors.insert(0, f"({int(coeff)})" if coeff < 0 else str(int(coeff)))
    return "*".join(factors)


def _power(e):
    """`s0**2` (a size symbol's square, as in the numel of an [s0, s0]
    buffer) as the product the dialect writes, `s0*s0`."""
    base, exp = e.args
    if (isinstance(exp, sympy.Integer) and exp >= 2 and isinstance(base, sympy.Symbol)
            and base.name[0] in "su"):
        return "*".join([_symbol(base)] * int(exp))
    raise UnsupportedError(f"index expression Pow: {e}")


def free_size_symbols(expr):
    """Size symbols of `expr`: Inductor's backed `s*` and unbacked `u*`."""
    return {
        s.name
        for s in sympy.sympify(expr).free_symbols
        if s.name[0] in "su" and s.name[1:].isdigit()
    }
