"""What the ahead-of-time libraries' ABI JSON (utils/graph-abi.py) means
for torch: dtype names, and loading the JSON beside a library."""
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
