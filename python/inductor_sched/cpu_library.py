"""Run a graph compiled ahead of time for the CPU on torch CPU tensors.

`scripts/build-cpu-library.sh g.mlir DIR` writes DIR/libNAME.so (per
graph, `_mlir_ciface_<graph>`: a pointer to an MLIR memref descriptor per
input, then per output) and DIR/NAME.abi.json (each argument's dtype,
sizes, strides and offset). This module builds the descriptors of torch
tensors with ctypes and calls the graph on them.
"""
import ctypes

from .abi import load_library, torch_dtype

_descriptor_types = {}


def descriptor_type(rank):
    """MLIR's strided memref descriptor of `rank` (C interface)."""
    if rank not in _descriptor_types:
        fields = [("allocated", ctypes.c_void_p), ("aligned", ctypes.c_void_p),
                  ("offset", ctypes.c_int64)]
        if rank:
            fields += [("sizes", ctypes.c_int64 * rank), ("strides", ctypes.c_int64 * rank)]
        _descriptor_types[rank] = type(f"MemRef{rank}D", (ctypes.Structure,), {"_fields_": fields})
    return _descriptor_types[rank]


def load_graphs(directory, name):
    """Every graph of DIR/libNAME.so, by graph name."""
    return load_library(directory, name, CpuGraphLibrary)


class CpuGraphLibrary:
    """One graph of a library: `lib` (ctypes) and its ABI entry."""

    def __init__(self, lib, abi):
        import torch

        self.torch = torch
        self.abi = abi
        self.fn = getattr(lib, "_mlir_ciface_" + abi["graph"])
        self.fn.restype = None

    def _descriptor(self, t, entry):
        torch = self.torch
        want = torch_dtype(entry["dtype"])
        if t.dtype != want or t.device.type != "cpu":
            raise TypeError(f"{entry['name']}: expected a cpu {want} tensor, got {t.dtype} on {t.device}")
        if list(t.shape) != entry["sizes"] or (t.numel() > 1 and list(t.stride()) != entry["strides"]) \
                or t.storage_offset() != entry["offset"]:
            raise ValueError(f"{entry['name']}: expected sizes {entry['sizes']}, strides "
                             f"{entry['strides']}, offset {entry['offset']}; got {list(t.shape)}, "
                             f"{list(t.stride())}, {t.storage_offset()}")
        base = t.data_ptr() - t.storage_offset() * t.element_size()
        d = descriptor_type(len(entry["sizes"]))()
        d.allocated = d.aligned = base
        d.offset = entry["offset"]
        for i, (s, st) in enumerate(zip(entry["sizes"], entry["strides"])):
            d.sizes[i] = s
            d.strides[i] = st
        return d

    def empty_outputs(self):
        torch = self.torch
        return [torch.empty_strided(e["sizes"], e["strides"], dtype=torch_dtype(e["dtype"]))
                for e in self.abi["outputs"]]

    def __call__(self, *inputs, outputs=None):
        """Runs the graph on `inputs` (graph-input order) into `outputs`
        (default: new tensors of the outputs' layouts); returns them."""
        if len(inputs) != len(self.abi["inputs"]):
            raise TypeError(f"expected {len(self.abi['inputs'])} inputs, got {len(inputs)}")
        outputs = self.empty_outputs() if outputs is None else outputs
        descs = [self._descriptor(t, e) for t, e in zip(inputs, self.abi["inputs"])]
        descs += [self._descriptor(t, e) for t, e in zip(outputs, self.abi["outputs"])]
        self.fn(*[ctypes.byref(d) for d in descs])
        return outputs
