"""What the ahead-of-time libraries' ABI JSON (utils/graph-abi.py) means
for torch: dtype names, and loading the JSON beside a library."""
import ctypes
import json
import os

# The dialect's element types as torch dtype names.
DTYPES = {"f32": "float32", "f16": "float16", "bf16": "bfloat16",
          "f64": "float64", "i64": "int64", "i32": "int32", "i8": "int8",
          "i1": "bool"}


def torch_dtype(name):
    import torch

    return getattr(torch, DTYPES[name])


def load_abi(directory, name):
    """DIR/NAME.abi.json: {"graphs": [...]}."""
    with open(os.path.join(directory, f"{name}.abi.json")) as f:
        return json.load(f)


def load_library(directory, name, graph_class):
    """DIR/libNAME.so and its ABI: each graph as graph_class(lib, entry), by
    graph name."""
    abi = load_abi(directory, name)
    lib = ctypes.CDLL(os.path.join(directory, f"lib{name}.so"))
    return {g["graph"]: graph_class(lib, g) for g in abi["graphs"]}
