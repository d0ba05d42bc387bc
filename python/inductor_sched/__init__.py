"""Export a PyTorch program's Inductor IR into InductorSched's `sched` dialect.

`export(fn, example_inputs, device="cpu")` compiles `fn` with Inductor,
stops it when its scheduler has seen the program, and returns the graph
Inductor handed to `Scheduler._init` as `sched` dialect text, together with
what Inductor itself decided about that graph (its pre-fusion `debug_str()`
of every node and its partition after fusion).

Only `export` and the conformance helpers need torch; `compare` does not,
so CI can check recorded decisions without it.
"""


class UnsupportedError(NotImplementedError):
    """Inductor IR the exporter cannot express in the `sched` dialect yet."""


def export(fn, example_inputs, device="cpu", name=None, dynamic=None):
    """Exports `fn` (see `inductor_sched.exporter.export`)."""
    from .exporter import export as _export

    return _export(fn, example_inputs, device=device, name=name, dynamic=dynamic)


__all__ = ["UnsupportedError", "export"]
