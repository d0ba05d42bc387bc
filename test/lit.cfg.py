# -*- Python -*-
# lit configuration for InductorSched.

import os
import sys

import lit.formats
from lit.llvm import llvm_config
from lit.llvm.subst import ToolSubst

config.name = "InductorSched"
config.test_format = lit.formats.ShTest(not llvm_config.use_lit_shell)
config.suffixes = [".mlir"]
config.test_source_root = os.path.dirname(__file__)
config.test_exec_root = os.path.join(config.sched_obj_root, "test")
config.excludes = ["CMakeLists.txt", "README.md", "lit.cfg.py", "lit.site.cfg.py", "Inputs"]

config.substitutions.append(("%PATH%", config.environment["PATH"]))
config.substitutions.append(("%examples", os.path.join(config.sched_src_root, "examples")))
config.substitutions.append(("%utils", os.path.join(config.sched_src_root, "utils")))
config.substitutions.append(("%python", sys.executable))

llvm_config.with_system_environment(["HOME", "INCLUDE", "LIB", "TMP", "TEMP"])
llvm_config.use_default_substitutions()

# FileCheck, not and count live only in Debian's /usr/lib/llvm-22/bin.
llvm_config.with_environment("PATH", config.llvm_tools_dir, append_path=True)
tool_dirs = [config.sched_tools_dir, config.llvm_tools_dir]
tools = ["sched-opt", "sched-run"]
llvm_config.add_tool_substitutions(tools, tool_dirs)

# The GPU path's binaries need ptxas (a CUDA toolkit) and its libraries the
# runtime built against one (runtime/CMakeLists.txt).
config.substitutions.append(("%scripts", os.path.join(config.sched_src_root, "scripts")))
config.substitutions.append(("%sched_build", config.sched_obj_root))
if os.path.exists(os.path.join(config.cuda_toolkit or "/nonexistent", "bin", "ptxas")):
    config.available_features.add("ptxas")
    config.substitutions.append(("%cuda_toolkit", config.cuda_toolkit))
if os.path.exists(os.path.join(config.sched_obj_root, "lib", "libSchedCudaRuntime.a")):
    config.available_features.add("cuda-runtime")
elif "ptxas" in config.available_features:
    lit_config.warning("a CUDA toolkit but no lib/libSchedCudaRuntime.a (build target "
                       "SchedCudaRuntime): the GPU library tests are unsupported")
