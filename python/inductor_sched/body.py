"""A SchedulerNode's LoopBody as the body of a `sched.node`.

The LoopBody's root block is an FX graph of calls on an ops handler
(`load`, `store`, `reduction`, `add`, ...) and of its own submodules
(`get_index`, `set_indirect<k>`, `masked_subblock<k>`). It is written op for
op, in graph order, each FX node becoming one `sched` / `arith` / `math`
op named after it, so the body reads like Inductor's `debug_str()`.

An op without an exact counterpart raises `UnsupportedError` naming it.
"""
import math

import torch

from . import UnsupportedError
from .floats import bits_text, finite_text, rounded
from .index import render

DTYPES = {
    torch.float32: "f32",
    torch.float64: "f64",
    torch.float16: "f16",
    torch.bfloat16: "bf16",
    torch.int64: "i64",
    torch.int32: "i32",
    torch.int16: "i16",
    torch.int8: "i8",
    torch.bool: "i1",
}

REDUCTION_RESULTS = {"welford_reduce": 3, "welford_combine": 3}

# Inductor op -> (op on floats, op on integers); None: no such op.
BINARY = {
    "add": ("arith.addf", "arith.addi"),
    "sub": ("arith.subf", "arith.subi"),
    "mul": ("arith.mulf", "arith.muli"),
    "truediv": ("arith.divf", None),
    "floordiv": (None, "arith.floordivsi"),
    "truncdiv": (None, "arith.divsi"),
    "mod": (None, "arith.remsi"),
    "maximum": ("arith.maximumf", "arith.maxsi"),
    "minimum": ("arith.minimumf", "arith.minsi"),
    "bitwise_and": (None, "arith.andi"),
    "bitwise_or": (None, "arith.ori"),
    "bitwise_xor": (None, "arith.xori"),
    "pow": ("math.powf", None),
    "atan2": ("math.atan2", None),
    "copysign": ("math.copysign", None),
}

# Logical operators of masks: exact on i1 only.
LOGICAL = {"and_": "arith.andi", "or_": "arith.ori"}

UNARY_FLOAT = {
    name: f"math.{name}"
    for name in (
        "exp", "exp2", "expm1", "log", "log2", "log10", "log1p", "sqrt",
        "rsqrt", "sin", "cos", "tan", "tanh", "sinh", "cosh", "asin", "acos",
        "atan", "asinh", "acosh", "atanh", "erf", "erfc", "floor", "ceil",
        "trunc",
    )
}
UNARY_FLOAT.update({"abs": "math.absf", "neg": "arith.negf"})

PREDICATES = {"isnan": "math.isnan", "isinf": "math.isinf"}

COMPARE = {
    "eq": ("oeq", "eq"),
    "ne": ("une", "ne"),
    "lt": ("olt", "slt"),
    "le": ("ole", "sle"),
    "gt": ("ogt", "sgt"),
    "ge": ("oge", "sge"),
}


def mlir_type(dtype):
    """The MLIR element type of a torch dtype."""
    if dtype not in DTYPES:
        raise UnsupportedError(f"dtype {dtype}")
    return DTYPES[dtype]


def is_float(t):
    return t[0] in "fb"


def width(t):
    return int(t[1:]) if t[0] in "fi" else 16


def python_value_attr(value, t):
    """` {sched.python_value = ...}` when the Python float `value` of
    Inductor's ops.constant is not exactly representable in the float type
    t: the constant's value is then its rounding, and the attribute keeps
    the float Inductor holds (and prints). Empty otherwise."""
    if not is_float(t) or t == "f64":
        return ""
    value = float(value)
    if not math.isfinite(value) or rounded(value, t) == value:
        return ""
    return f" {{sched.python_value = {mlir_constant(value, 'f64')}}}"


def mlir_constant(value, t):
    """The attribute text of `arith.constant` for a Python scalar of type t."""
    if t == "i1":
        return "true" if value else "false"
    if not is_float(t):
        if float(value) != int(value):
            raise UnsupportedError(f"constant {value!r} of integer type {t}")
        return f"{int(value)} : {t}"
    value = float(value)
    if math.isfinite(value):
        return f"{finite_text(value)} : {t}"
    return f"0x{bits_text(value, t)} : {t}"


class BodyWriter:
    """Writes one LoopBody; `buffers` maps a buffer name to (ssa, type)."""

    def __init__(self, body, buffers, node_name):
        self.body = body
        self.buffers = buffers
        self.node_name = node_name
        self.lines = []
        self.values = {}  # fx.Node -> (ssa text, mlir type)
        self.indirect_refs = {}  # "indirect0" -> ssa text

    def write(self):
        self._block(self.body.root_block.graph, "", "      ")
        return self.lines

    def _block(self, graph, prefix, indent):
        result = None
        for node in graph.nodes:
            if node.op == "placeholder":
                continue
            if node.op == "output":
                result = node.args[0]
                continue
            self._node(node, prefix, indent)
        return result

    def _fail(self, what):
        raise UnsupportedError(f"{self.node_name}: {what}")

    def _buffer(self, name):
        if name not in self.buffers:
            self._fail(f"buffer {name!r} is not defined before this node")
        return self.buffers[name]

    def _index(self, node):
        if node.op != "call_module" or node.target != "get_index":
            self._fail(f"an index that is not a get_index: {node}")
        return render(self.body.indexing_exprs[node.args[0]])

    def _indirect(self, node):
        """The ` indirect(...)` suffix for the indirect symbols of an index."""
        expr = self.body.indexing_exprs[node.args[0]]
        used = sorted(
            (s for s in expr.free_symbols if s.name.startswith("indirect")),
            key=lambda s: int(s.name[len("indirect"):]),
        )
        if not used:
            return ""
        refs = []
        for k, s in enumerate(used):
            if s.name != f"indirect{k}":
                self._fail(f"index {expr} skips indirect{k}")
            refs.append(self.indirect_refs[s.name])
        return f" indirect({', '.join(refs)})"

    def _arg(self, a):
        if a not in self.values:
            self._fail(f"operand {a!r} is not a value of the body")
        return self.values[a]

    def _emit(self, indent, text):
        self.lines.append(indent + text)

    def _node(self, node, prefix, indent):
        name = "%" + prefix + node.name
        if node.op == "call_module":
            self._module(node, name, prefix, indent)
        elif node.op == "call_function" and node.target.__name__ == "getitem":
            src, i = node.args
            ref, types = self._arg(src)
            self.values[node] = (f"{ref}#{i}", types[i])
        elif node.op == "call_method":
            self._op(node, node.target, node.args[1:], node.kwargs, name, indent)
        else:
            self._fail(f"FX node {node.op} {node.target}")

    def _module(self, node, name, prefix, indent):
        target = node.target
        if target == "get_index":
            return
        if target.startswith("set_indirect"):
            shim = self.body.submodules[target].clone.keywords
            ref, t = self._arg(node.args[0])
            flags = (" check" if shim["check"] else "") + (" wrap_neg" if shim["wrap_neg"] else "")
            self._emit(indent, f"{name} = sched.indirect_indexing {ref} size "
                       f"{render(shim['size'])}{flags} : {t}")
            self.indirect_refs[shim["var"].name] = name
            return
        if target.startswith("masked_subblock"):
            self._masked(node, name, indent)
            return
        self._fail(f"LoopBody submodule {target}")

    def _masked(self, node, name, indent):
        mask, other = node.args
        mref, mtype = self._arg(mask)
        if mtype != "i1":
            self._fail(f"mask of type {mtype}")
        block = self.body.subblocks[node.target]
        start = len(self.lines)
        result = self._block(block.graph, node.target + "_", indent + "  ")
        ref, t = self._arg(result)
        self._emit(indent + "  ", f"sched.yield {ref} : {t}")
        body = self.lines[start:]
        del self.lines[start:]
        self._emit(indent, f"{name} = sched.masked {mref} -> {t} other "
                   f"{mlir_constant(other, t).split(' : ')[0]} {{")
        self.lines.extend(body)
        self._emit(indent, "}")
        self.values[node] = (name, t)

    def _op(self, node, op, args, kwargs, name, indent):
        handler = getattr(self, "_op_" + op, None)
        if handler is not None:
            handler(node, args, kwargs, name, indent)
            return
        if kwargs:
            self._fail(f"ops.{op} with keyword arguments {kwargs}")
        operands = [self._arg(a) for a in args]
        refs = ", ".join(r for r, _ in operands)
        types = {t for _, t in operands}
        if len(types) != 1:
            self._fail(f"ops.{op} on mixed types {sorted(types)}")
        (t,) = types
        mlir_op, result = self._lookup(op, t, len(operands))
        if op in COMPARE:
            pred = COMPARE[op][0 if is_float(t) else 1]
            self._emit(indent, f"{name} = {mlir_op} {pred}, {refs} : {t}")
        else:
            self._emit(indent, f"{name} = {mlir_op} {refs} : {t}")
        self.values[node] = (name, result)

    def _lookup(self, op, t, arity):
        """The MLIR op of Inductor's `op` on operands of type t, and its result type."""
        if op in BINARY and arity == 2:
            choice = BINARY[op][0 if is_float(t) else 1]
            # arith.andi / arith.ori on i1 are Inductor's logical and_ / or_.
            if choice and (is_float(t) or t != "i1" or op == "bitwise_xor"):
                return choice, t
        if op in LOGICAL and arity == 2 and t == "i1":
            return LOGICAL[op], t
        if op in UNARY_FLOAT and arity == 1 and is_float(t):
            return UNARY_FLOAT[op], t
        if op in PREDICATES and arity == 1 and is_float(t):
            return PREDICATES[op], "i1"
        if op in COMPARE and arity == 2:
            return ("arith.cmpf" if is_float(t) else "arith.cmpi"), "i1"
        self._fail(f"Inductor op ops.{op} on {t} has no sched mapping yet")

    def _op_load(self, node, args, kwargs, name, indent):
        buf, index = args
        ref, btype, dtype = self._buffer(buf)
        self._emit(indent, f"{name} = sched.load {ref}[{self._index(index)}]"
                   f"{self._indirect(index)} : {btype}")
        self.values[node] = (name, dtype)

    def _op_store(self, node, args, kwargs, name, indent):
        buf, index, value, mode = (list(args) + [kwargs.get("mode")])[:4]
        ref, btype, dtype = self._buffer(buf)
        vref, vtype = self._arg(value)
        if vtype != dtype:
            self._fail(f"store of {vtype} into {buf} of {dtype}")
        if mode not in (None, "atomic_add"):
            self._fail(f"store mode {mode!r}")
        suffix = f" mode = {mode}" if mode else ""
        self._emit(indent, f"sched.store {vref}, {ref}[{self._index(index)}]"
                   f"{self._indirect(index)}{suffix} : {btype}")

    def _op_store_reduction(self, node, args, kwargs, name, indent):
        buf, index, value = args
        ref, btype, dtype = self._buffer(buf)
        vref, vtype = self._arg(value)
        if vtype != dtype:
            self._fail(f"store_reduction of {vtype} into {buf} of {dtype}")
        self._emit(indent, f"sched.store_reduction {vref}, {ref}[{self._index(index)}] : {btype}")

    def _op_reduction(self, node, args, kwargs, name, indent):
        dtype, src_dtype, kind, value = args
        inputs = value if isinstance(value, tuple) else (value,)
        operands = [self._arg(v) for v in inputs]
        result = mlir_type(dtype)
        n = REDUCTION_RESULTS.get(kind, 1)
        results = [result] * n
        lhs = f"{name}:{n}" if n > 1 else name
        self._emit(indent, f"{lhs} = sched.reduction {kind} "
                   f"{', '.join(r for r, _ in operands)} : "
                   f"{', '.join(t for _, t in operands)} -> {', '.join(results)}")
        self.values[node] = (name, results) if n > 1 else (name, result)

    def _op_constant(self, node, args, kwargs, name, indent):
        value, dtype = args
        t = mlir_type(dtype)
        self._emit(indent, f"{name} = arith.constant{python_value_attr(value, t)} "
                   f"{mlir_constant(value, t)}")
        self.values[node] = (name, t)

    def _op_index_expr(self, node, args, kwargs, name, indent):
        index, dtype = args
        t = mlir_type(dtype)
        if is_float(t) or t == "i1":
            self._fail(f"index_expr of type {t}")
        self._emit(indent, f"{name} = sched.index_expr [{self._index(index)}]"
                   f"{self._indirect(index)} : {t}")
        self.values[node] = (name, t)

    def _op_where(self, node, args, kwargs, name, indent):
        (c, ct), (a, at), (b, bt) = (self._arg(x) for x in args)
        if ct != "i1" or at != bt:
            self._fail(f"ops.where on {ct}, {at}, {bt}")
        self._emit(indent, f"{name} = arith.select {c}, {a}, {b} : {at}")
        self.values[node] = (name, at)

    def _op_to_dtype(self, node, args, kwargs, name, indent):
        ref, src = self._arg(args[0])
        dst = mlir_type(args[1] if len(args) > 1 else kwargs["dtype"])
        rest = {k: v for k, v in kwargs.items() if k not in ("dtype", "src_dtype")}
        if len(args) > 2 or rest:
            self._fail(f"ops.to_dtype with arguments {args[2:]} {rest}")
        attr = ""
        if kwargs.get("src_dtype") is not None:
            if mlir_type(kwargs["src_dtype"]) != src:
                self._fail(f"ops.to_dtype of {src} with src_dtype {kwargs['src_dtype']}")
            attr = " {sched.src_dtype}"
        self._emit(indent, f"{name} = {self._cast(src, dst)} {ref}{attr} : {src} to {dst}")
        self.values[node] = (name, dst)

    def _cast(self, src, dst):
        if is_float(src) and is_float(dst) and width(src) != width(dst):
            return "arith.extf" if width(dst) > width(src) else "arith.truncf"
        if not is_float(src) and is_float(dst):
            return "arith.uitofp" if src == "i1" else "arith.sitofp"
        if is_float(src) and not is_float(dst) and dst != "i1":
            return "arith.fptosi"
        if not is_float(src) and not is_float(dst) and dst != "i1" and src != dst:
            if src == "i1":
                return "arith.extui"
            return "arith.extsi" if width(dst) > width(src) else "arith.trunci"
        self._fail(f"ops.to_dtype from {src} to {dst} has no sched mapping yet")
