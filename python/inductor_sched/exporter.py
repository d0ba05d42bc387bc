"""Runs Inductor on a program and writes what its scheduler receives.

`export` compiles the program with `torch.compile(backend="inductor")`
(FX graph cache and all caches off) and hooks `Scheduler._init`:

- every operation Inductor lowered is written as it becomes a scheduler
  node (`Scheduler.create_scheduler_node`): its buffers (`sched.buffer`,
  `sched.mutation`, `sched.alias`) and then the node itself (`sched.node`
  with its LoopBody, `sched.extern`, `sched.nop`, `sched.multi_output`);
- Inductor's own decisions are recorded: each node's `debug_str()` just
  before the fusion loop, and the nodes after fusion and loop merging.

Compilation stops once `Scheduler._init` returns: no kernel is generated.
"""
import contextlib
import dataclasses
import logging
import warnings

import sympy
import torch
import torch._dynamo
import torch._inductor.config as inductor_config
import torch._inductor.debug as inductor_debug
from torch._inductor import ir
from torch._inductor import scheduler as inductor_scheduler
from torch._inductor.virtualized import V

from . import UnsupportedError
from .body import BodyWriter, mlir_type
from .index import free_size_symbols, render


@dataclasses.dataclass
class Export:
    """The exported graph and what Inductor decided about it."""

    mlir: str
    decisions: dict


class _Stop(Exception):
    """Raised once the scheduler has been seen, to skip code generation."""


def device_name(device):
    device = torch.device(device)
    if device.type == "cuda" and device.index is None:
        return "cuda:0"
    return str(device)


class GraphWriter:
    """Accumulates the `sched.graph` of one `Scheduler._init`."""

    def __init__(self, name):
        self.name = name
        self.lines = []
        self.buffers = {}  # name -> (ssa, type alias, element type)
        self.aliases = {}  # type text -> alias
        self.symbols = set()
        self.mutated_inputs = {}  # graph input -> its latest mutation
        self.num_views = 0

    # Types -----------------------------------------------------------------

    def _expr(self, e):
        self.symbols |= free_size_symbols(e)
        return render(e)

    def _alias(self, text, stem):
        if text not in self.aliases:
            taken = set(self.aliases.values())
            alias, k = f"!{stem}", 1
            while alias in taken:
                alias, k = f"!{stem}_{k}", k + 1
            self.aliases[text] = alias
        return self.aliases[text]

    def strided_type(self, device, dtype, size, stride, offset):
        t = mlir_type(dtype)
        sizes = ", ".join(self._expr(s) for s in size)
        strides = ", ".join(self._expr(s) for s in stride)
        off = "" if offset == 0 else f", offset = {self._expr(offset)}"
        text = (f'!sched.buffer<[{sizes}], {t}, strides = [{strides}]{off}, '
                f'device = "{device_name(device)}">')
        stem = "_".join([t] + ["x".join(render(s) for s in size) or "scalar"])
        return self._alias(text, "".join(c if c.isalnum() else "_" for c in stem)), t

    def layout_type(self, layout):
        if isinstance(layout, ir.NoneLayout):
            return f'!sched.none_layout<"{device_name(layout.device)}">', None
        if isinstance(layout, ir.MultiOutputLayout):
            return f'!sched.multi_output_layout<"{device_name(layout.device)}">', None
        if type(layout) not in (ir.FixedLayout, ir.NonOwningLayout):
            raise UnsupportedError(f"layout {type(layout).__name__}")
        return self.strided_type(layout.device, layout.dtype, layout.size,
                                 layout.stride, layout.offset)

    # Buffers ---------------------------------------------------------------

    def ref(self, name):
        if name not in self.buffers:
            raise UnsupportedError(f"buffer {name!r} is used before it is defined")
        return self.buffers[name]

    def add_input(self, name, layout, constant=False):
        t, dtype = layout
        self.buffers[name] = (f"%{name}", t, dtype)
        flag = " constant" if constant else ""
        self.lines.append(f'  %{name} = sched.input "{name}"{flag} : {t}')

    def add_buffer(self, buf):
        name = buf.get_name()
        if name in self.buffers:  # declared early, as the base of an alias
            return
        layout = buf.layout
        targets = buf.get_mutation_names()
        if targets:
            (target,) = targets
            tref, ttype, tdtype = self.ref(target)
            t, dtype = self._mutation_type(name, layout, ttype, tdtype)
            decl = f'sched.mutation "{name}" mutates({tref} : {ttype}) : {t}'
            self._note_mutation(target, name)
        elif isinstance(layout, ir.NonOwningLayout):
            base = layout.view.get_name()
            if base not in self.buffers:
                self.add_buffer(V.graph.get_buffer(base))
            bref, btype, _ = self.ref(base)
            t, dtype = self.layout_type(layout)
            decl = f'sched.alias "{name}" aliases({bref} : {btype}) : {t}'
        elif isinstance(layout, ir.MutationLayoutSHOULDREMOVE):
            raise UnsupportedError(f"{name}: a mutation layout without a target name")
        else:
            t, dtype = self.layout_type(layout)
            decl = f'sched.buffer "{name}" : {t}'
        self.buffers[name] = (f"%{name}", t, dtype)
        self.lines.append(f"  %{name} = {decl}")

    def _mutation_type(self, name, layout, ttype, tdtype):
        """A mutation has its target's layout: the dialect cannot say more."""
        if isinstance(layout, ir.NoneLayout):
            return self.layout_type(layout)
        if isinstance(layout, ir.MutationLayoutSHOULDREMOVE):
            real = layout.real_layout()
            t, _ = self.strided_type(real.device, layout.dtype, layout.size,
                                     layout.stride, real.offset)
            if t != ttype:
                raise UnsupportedError(
                    f"{name}: mutation through a view ({t} of {ttype}); sched.mutation "
                    "must have its target's layout")
        return ttype, tdtype

    def _note_mutation(self, target, name):
        for graph_input, latest in self.mutated_inputs.items():
            if latest == target:
                self.mutated_inputs[graph_input] = name
                return
        if target in V.graph.graph_inputs or target in V.graph.constants:
            self.mutated_inputs[target] = name

    def operand(self, node):
        """The SSA value and type of an extern kernel's input."""
        if isinstance(node, ir.ReinterpretView):
            bref, btype, _ = self.ref(node.data.get_name())
            layout = node.get_layout()
            t, _ = self.strided_type(layout.device, layout.dtype, layout.size,
                                     layout.stride, layout.offset)
            ssa = f"%view{self.num_views}"
            self.num_views += 1
            self.lines.append(f"  {ssa} = sched.view {bref} : {btype} to {t}")
            return ssa, t
        if isinstance(node, ir.IRNode):
            ref, t, _ = self.ref(node.get_name())
            return ref, t
        raise UnsupportedError(f"extern kernel input {node!r}")

    # Nodes -----------------------------------------------------------------

    def add_node(self, snode):
        node = snode.node
        outputs = [b.node for b in snode.get_outputs()]
        for buf in outputs:
            self.add_buffer(buf)
        writes = self._list([(self.buffers[b.get_name()][0], self.buffers[b.get_name()][1])
                             for b in outputs])
        name = snode.get_name()
        if isinstance(snode, inductor_scheduler.NopKernelSchedulerNode):
            inputs = self._list([self.operand(i) for i in _flatten(getattr(node, "inputs", []))])
            self.lines.append(f'  sched.nop "{name}"({inputs}) writes({writes})'
                              f'{_ir_class(node)}')
        elif isinstance(snode, inductor_scheduler.ExternKernelSchedulerNode):
            self._extern(snode, node, name, writes)
        elif isinstance(snode, inductor_scheduler.SchedulerNode):
            self._loop_node(snode, name, writes)
        else:
            raise UnsupportedError(f"{name}: scheduler node {type(snode).__name__}")

    @staticmethod
    def _list(values):
        if not values:
            return ""
        return f"{', '.join(v for v, _ in values)} : {', '.join(t for _, t in values)}"

    def _extern(self, snode, node, name, writes):
        if isinstance(node, ir.MultiOutput):
            (src,) = node.inputs
            ref, t, _ = self.ref(src.get_name())
            path = []
            for kind, i in node.indices:
                if kind not in (tuple, list):
                    raise UnsupportedError(f"{name}: multi-output index of {kind}")
                path.append(str(i))
            self.lines.append(f'  sched.multi_output "{name}" {ref}[{", ".join(path)}] '
                              f'writes({writes}) : {t}')
            return
        if isinstance(node, ir.TemplateBuffer):
            raise UnsupportedError(f"{name}: template buffer {type(node).__name__}")
        kernel = getattr(node, "python_kernel_name", None) or node.get_kernel_name()
        inputs = self._list([self.operand(i) for i in _flatten(node.inputs)])
        attrs = []
        defined = sorted(str(s) for s in node.get_unbacked_symbol_defs())
        if defined:
            attrs.append("defines_symbols = [" + ", ".join(f'"{s}"' for s in defined) + "]")
        side = " side_effects" if snode.has_side_effects() else ""
        attr_text = f" {{{', '.join(attrs)}}}" if attrs else ""
        self.lines.append(f'  sched.extern "{name}" "{kernel}"({inputs}) '
                          f'writes({writes}){side}{_ir_class(node)}{attr_text}')

    def _loop_node(self, snode, name, writes):
        if isinstance(snode.node, ir.TemplateBuffer):
            raise UnsupportedError(f"{name}: template buffer {type(snode.node).__name__}")
        body = snode._body
        for e in list(body.indexing_exprs.values()) + list(body.var_ranges.values()):
            self.symbols |= free_size_symbols(e)
        sizes, reduce = snode._sizes
        ranges = f"ranges [{', '.join(self._expr(s) for s in sizes)}]"
        if reduce:
            ranges += f" reduce [{', '.join(self._expr(s) for s in reduce)}]"
        body_lines = BodyWriter(body, self.buffers, name).write()
        self.lines.append(f'  sched.node "{name}" writes({writes}) {ranges} {{')
        self.lines.extend("  " + line[4:] if line.startswith("    ") else line
                          for line in body_lines)
        self.lines.append("  }")

    # The graph -------------------------------------------------------------

    def finish(self):
        for list_name, names in V.graph.lists.items():
            members = self._list([self.ref(n)[:2] for n in names])
            self.lines.append(f'  sched.graph_list "{list_name}"({members})')
        names = list(V.graph.get_output_names())
        for latest in self.mutated_inputs.values():
            if latest not in names:
                names.append(latest)
        outputs = self._list([self.ref(n)[:2] for n in names])
        self.lines.append(f"  sched.output {outputs}".rstrip())
        return self._text()

    def _symbol_decl(self):
        backed = sorted((s for s in self.symbols if s.startswith("s")),
                        key=lambda s: int(s[1:]))
        if not backed:
            return ""
        hints = V.graph.sizevars.shape_env.var_to_val
        decls = []
        for s in backed:
            hint = hints.get(sympy.Symbol(s, integer=True, positive=True))
            if hint is None:
                hint = next((v for k, v in hints.items() if k.name == s), None)
            if hint is None:
                raise UnsupportedError(f"size symbol {s} has no hint")
            decls.append(f"{s} = {int(hint)}")
        return f" symbols({', '.join(decls)})"

    def _text(self):
        head = [f"{alias} = {text}" for text, alias in self.aliases.items()]
        graph = [f"sched.graph @{self.name}{self._symbol_decl()} {{", *self.lines, "}"]
        return "\n".join(head + [""] + graph) + "\n"


def _ir_class(node):
    """The ` class "..."` of a sched.extern / sched.nop: the Python class of
    Inductor's IR node, which its debug_str() prints."""
    return f' class "{type(node).__name__}"'


def _flatten(items):
    for item in items:
        if isinstance(item, (list, tuple)):
            yield from _flatten(item)
        else:
            yield item


class _Capture:
    """Hooks on Inductor's scheduler for the duration of one compilation."""

    def __init__(self, name):
        self.name = name
        self.writer = None
        self.mlir = None
        self.decisions = {"pre_fusion": None, "partition": None, "final": None}

    @contextlib.contextmanager
    def installed(self):
        cls = inductor_scheduler.Scheduler
        saved = (cls._init, cls.create_scheduler_node,
                 cls.finalize_multi_template_buffers, inductor_debug.log_ir_pre_fusion)
        capture = self

        def _init(sched, nodes):
            if capture.writer is not None:
                raise UnsupportedError("the program compiles to more than one graph")
            capture.writer = GraphWriter(capture.name)
            capture._inputs()
            saved[0](sched, nodes)
            capture.mlir = capture.writer.finish()
            raise _Stop()

        def create_scheduler_node(sched, node):
            snode = saved[1](sched, node)
            capture.writer.add_node(snode)
            return snode

        def finalize(sched):
            capture.decisions["partition"] = [
                {"name": n.get_name(), "kind": type(n).__name__,
                 "ops": [m.get_name() for m in n.get_nodes()]}
                for n in sched.nodes
            ]
            capture.decisions["final"] = [n.debug_str() for n in sched.nodes]
            return saved[2](sched)

        def log_pre_fusion(nodes):
            capture.decisions["pre_fusion"] = [n.debug_str() for n in nodes]
            return saved[3](nodes)

        cls._init = _init
        cls.create_scheduler_node = create_scheduler_node
        cls.finalize_multi_template_buffers = finalize
        inductor_debug.log_ir_pre_fusion = log_pre_fusion
        try:
            yield
        finally:
            (cls._init, cls.create_scheduler_node,
             cls.finalize_multi_template_buffers, inductor_debug.log_ir_pre_fusion) = saved

    def _inputs(self):
        w = self.writer
        for name, value in V.graph.graph_inputs.items():
            if isinstance(value, sympy.Expr):
                continue
            w.add_input(name, w.layout_type(value.get_layout()))
        for name, tensor in V.graph.constants.items():
            w.add_input(name, w.strided_type(tensor.device, tensor.dtype, tensor.size(),
                                             tensor.stride(), tensor.storage_offset()),
                        constant=True)


def export(fn, example_inputs, device="cpu", name=None, dynamic=None):
    """Compiles `fn` on `example_inputs` (moved to `device`) with Inductor and
    returns an `Export`: the `sched` graph and Inductor's decisions.

    `dynamic` compiles with symbolic sizes: `True` is
    `torch.compile(dynamic=True)` (every size Dynamo does not specialize is a
    symbol), a dict `{input index: [dims]}` marks those dimensions of those
    inputs `torch._dynamo.mark_dynamic`. The graph then declares its size
    symbols (`symbols(s77 = 32)`, the example inputs' sizes as hints)."""
    name = name or fn.__name__
    inputs = [x.to(device) if isinstance(x, torch.Tensor) else x for x in example_inputs]
    compile_dynamic = None
    if dynamic is True:
        compile_dynamic = True
    elif dynamic:
        for index, dims in dynamic.items():
            for dim in dims:
                torch._dynamo.mark_dynamic(inputs[index], dim)
    capture = _Capture(name)
    torch._dynamo.reset()
    with inductor_config.patch(fx_graph_cache=False, force_disable_caches=True), \
            capture.installed(), _quiet():
        try:
            torch.compile(fn, backend="inductor", dynamic=compile_dynamic)(*inputs)
        except Exception as exc:  # torch wraps _Stop in BackendCompilerFailed
            if capture.mlir is None:
                _reraise_unsupported(exc)
                raise
    if capture.mlir is None:
        raise UnsupportedError(f"{name}: Inductor's scheduler never ran (nothing to compile?)")
    decisions = dict(capture.decisions, program=name, device=device_name(device),
                     torch=torch.__version__)
    return Export(capture.mlir, decisions)


@contextlib.contextmanager
def _quiet():
    """Silences torch's warnings and the error log of the deliberate stop."""
    logger = logging.getLogger("torch._inductor")
    level = logger.level
    logger.setLevel(logging.CRITICAL)
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            yield
    finally:
        logger.setLevel(level)


def _reraise_unsupported(exc):
    """Surfaces an UnsupportedError that torch wrapped."""
    seen = exc
    while seen is not None:
        if isinstance(seen, UnsupportedError):
            raise UnsupportedError(str(seen)) from exc
        seen = getattr(seen, "inner_exception", None) or seen.__cause__


def graph_input_order(fn, example_inputs):
    """Which argument of `fn` each graph input (`arg0_1`, `arg1_1`, ...) is.

    Dynamo makes a placeholder for an input when the traced code first uses
    it, so Inductor's `argN_1` follow the order of first use, not the
    signature's: `(a + b.t()).sum(0)` has `arg0_1 = b`. Traces `fn` once
    (no compilation) and returns argument indices in graph-input order."""
    import inspect

    signature = inspect.signature(fn).parameters
    params = list(signature)
    order = []

    def position(source):
        name = getattr(source, "local_name", None)
        if name in params and signature[name].kind != inspect.Parameter.VAR_POSITIONAL:
            return params.index(name)
        # An element of *args: the arguments from that parameter on.
        base = getattr(source, "base", None)
        name = getattr(base, "local_name", None)
        if name in params and signature[name].kind == inspect.Parameter.VAR_POSITIONAL \
                and isinstance(getattr(source, "index", None), int):
            return params.index(name) + source.index
        return None

    def record(gm, inputs):
        for node in gm.graph.nodes:
            if node.op != "placeholder":
                continue
            source = node.meta["grapharg"].source
            index = position(source)
            if index is None:
                raise UnsupportedError(f"graph input {node.name} is not an argument of "
                                       f"{fn.__name__} ({source})")
            order.append(index)
        return gm.forward

    torch._dynamo.reset()
    torch.compile(fn, backend=record)(*example_inputs)
    torch._dynamo.reset()
    return order
