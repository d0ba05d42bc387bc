"""Run a graph compiled ahead of time for the GPU on torch CUDA tensors.

`scripts/build-cuda-library.sh g.mlir DIR` writes DIR/lib<graph>.so (one C
function, `void <graph>(void *...)`: a device pointer to each input's
storage, then to each output's) and DIR/<graph>.abi.json. This module loads
the pair with ctypes, checks the tensors against the ABI (dtype, storage
extent) and queues the graph on PyTorch's current stream, asynchronously,
as a PyTorch op is.
"""
import ctypes

from .abi import load_library, torch_dtype



def _base_pointer(t):
    """The address of element 0 of `t`'s storage (index expressions are
    storage offsets, so the graph wants the storage's base)."""
    return t.data_ptr() - t.storage_offset() * t.element_size()


def _extent(t):
    """Elements of storage `t` reaches from its storage's base."""
    if t.numel() == 0:
        return 0
    return t.storage_offset() + 1 + sum((s - 1) * st for s, st in zip(t.shape, t.stride()))


def load_graphs(directory, name):
    """Every graph of DIR/libNAME.so, by graph name."""
    import torch

    torch.cuda.init()  # the library's modules load in the primary context
    return load_library(directory, name, CudaGraphLibrary)


class CudaGraphLibrary:
    """One graph of a library: `lib` (ctypes) and its ABI entry.

    A call does as little Python as it can (the tiny graphs of the
    benchmark are launch-bound): a tensor in the ABI's layout passes on
    five attribute compares, outputs are made from the ABI's layouts, and
    the stream is handed to the runtime only when it changed."""

    def __init__(self, lib, abi):
        import torch

        self.torch = torch
        self.abi = abi
        self.lib = lib
        self.fn = getattr(self.lib, abi["graph"])
        self.owned = [o for o in self.abi["outputs"] if "alias_of" not in o]
        self.fn.argtypes = [ctypes.c_void_p] * (len(self.abi["inputs"]) + len(self.owned))
        self.fn.restype = None
        self.lib.sched_cuda_set_synchronous(0)
        self.lib.sched_cuda_last_error.restype = ctypes.c_int
        # (dtype, sizes, strides, offset) of each input and owned output.
        layout = lambda e: (torch_dtype(e["dtype"]), torch.Size(e["sizes"]),  # noqa: E731
                            tuple(e["strides"]), e["offset"])
        self.in_layouts = [layout(e) for e in self.abi["inputs"]]
        self.out_layouts = [layout(e) for e in self.owned]

    def _check(self, t, entry):
        """A tensor not in the ABI's layout: any view of the same dtype
        that addresses the same extent of storage from its base (a flat
        tensor of the storage, say)."""
        want = torch_dtype(entry["dtype"])
        if t.dtype != want or not t.is_cuda:
            raise TypeError(f"{entry['name']}: expected a cuda {want} tensor, got {t.dtype} on {t.device}")
        if _extent(t) != entry["extent"]:
            raise ValueError(f"{entry['name']}: the graph addresses {entry['extent']} elements "
                             f"of storage, the tensor {_extent(t)} (a different layout)")

    def _pointer(self, t, layout, entry):
        dtype, sizes, strides, offset = layout
        if (t.dtype is dtype and t.shape == sizes and t.stride() == strides
                and t.storage_offset() == offset and t.is_cuda):
            return t.data_ptr() - offset * t.element_size()
        self._check(t, entry)
        return _base_pointer(t)

    def _new_output(self, layout, entry, device):
        dtype, sizes, strides, offset = layout
        if offset == 0:
            return self.torch.empty_strided(sizes, strides, dtype=dtype, device=device)
        flat = self.torch.empty(entry["extent"], dtype=dtype, device=device)
        return flat.as_strided(sizes, strides, offset)

    def __call__(self, *inputs, like=None):
        """Runs the graph on `inputs` (in graph-input order: see
        exporter.graph_input_order) and returns the outputs that are not
        inputs, in order, in the ABI's layouts; or, with `like`, tensors of
        their shapes and strides. Outputs that are (mutated) inputs are the
        input tensors themselves, updated in place."""
        torch = self.torch
        if len(inputs) != len(self.in_layouts):
            raise TypeError(f"expected {len(self.in_layouts)} inputs, got {len(inputs)}")
        args = [self._pointer(t, layout, entry)
                for t, layout, entry in zip(inputs, self.in_layouts, self.abi["inputs"])]
        device = inputs[0].device if inputs else torch.device("cuda", torch.cuda.current_device())
        if like is None:
            outputs = [self._new_output(layout, entry, device)
                       for layout, entry in zip(self.out_layouts, self.owned)]
        else:
            if len(like) != len(self.owned):
                raise TypeError(f"expected {len(self.owned)} outputs that are not inputs, got {len(like)}")
            outputs = [torch.empty_strided(l.shape, l.stride(), dtype=l.dtype, device=l.device)
                       for l in like]
            for out, entry in zip(outputs, self.owned):
                self._check(out, entry)
        args += [self._pointer(t, layout, entry)
                 for t, layout, entry in zip(outputs, self.out_layouts, self.owned)]
        # The runtime's stream is one per library: set it when it changed.
        stream = torch.cuda.current_stream().cuda_stream
        if getattr(self.lib, "_sched_stream", None) != stream:
            self.lib.sched_cuda_set_stream(ctypes.c_void_p(stream))
            self.lib._sched_stream = stream
        self.fn(*args)
        error = self.lib.sched_cuda_last_error()
        if error:
            raise RuntimeError(f"{self.abi['graph']}: CUDA driver error {error}")
        return outputs
