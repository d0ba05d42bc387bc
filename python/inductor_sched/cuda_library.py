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
    """One graph of a library: `lib` (ctypes) and its ABI entry."""

    def __init__(self, lib, abi):
        import torch

        self.torch = torch
        self.abi = abi
        self.lib = lib
        self.fn = getattr(self.lib, abi["graph"])
        n = len(self.abi["inputs"]) + sum(1 for o in self.abi["outputs"] if "alias_of" not in o)
        self.fn.argtypes = [ctypes.c_void_p] * n
        self.fn.restype = None
        self.lib.sched_cuda_set_synchronous(0)
        self.lib.sched_cuda_last_error.restype = ctypes.c_int

    def _check(self, t, entry):
        want = torch_dtype(entry["dtype"])
        if t.dtype != want or not t.is_cuda:
            raise TypeError(f"{entry['name']}: expected a cuda {want} tensor, got {t.dtype} on {t.device}")
        if _extent(t) != entry["extent"]:
            raise ValueError(f"{entry['name']}: the graph addresses {entry['extent']} elements "
                             f"of storage, the tensor {_extent(t)} (a different layout)")

    def __call__(self, *inputs, like):
        """Runs the graph on `inputs` (in graph-input order: see
        exporter.graph_input_order). `like` are tensors with the shapes and
        strides of the outputs that are not inputs (eager's outputs), in
        order; returns those outputs. Outputs that are (mutated) inputs are
        the input tensors themselves, updated in place."""
        torch = self.torch
        if len(inputs) != len(self.abi["inputs"]):
            raise TypeError(f"expected {len(self.abi['inputs'])} inputs, got {len(inputs)}")
        owned = [e for e in self.abi["outputs"] if "alias_of" not in e]
        if len(like) != len(owned):
            raise TypeError(f"expected {len(owned)} outputs that are not inputs, got {len(like)}")
        args = []
        for t, entry in zip(inputs, self.abi["inputs"]):
            self._check(t, entry)
            args.append(_base_pointer(t))
        outputs = []
        for l, entry in zip(like, owned):
            out = torch.empty_strided(l.shape, l.stride(), dtype=l.dtype, device=l.device)
            self._check(out, entry)
            args.append(_base_pointer(out))
            outputs.append(out)
        self.lib.sched_cuda_set_stream(ctypes.c_void_p(torch.cuda.current_stream().cuda_stream))
        self.fn(*[ctypes.c_void_p(a) for a in args])
        error = self.lib.sched_cuda_last_error()
        if error:
            raise RuntimeError(f"{self.abi['graph']}: CUDA driver error {error}")
        return outputs
