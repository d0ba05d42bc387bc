"""Holds sched-opt's scheduler state to Inductor's recorded decisions.

Needs no torch: it reads an exported `.mlir` and the decisions recorded
beside it (`<name>.<device>.inductor.json`, written by `conformance.py`),
runs sched-opt, and compares

- before fusion: each node's `-sched-debug-str` text after
  `-sched-pre-fusion` with Inductor's `debug_str()`, node by node;
- after fusion: the partition `-sched-schedule` prints (`sched.group`s and
  lone nodes, in order) with Inductor's `Scheduler.nodes`, and each final
  node's `debug_str()`.
"""
import difflib
import re
import subprocess

GROUP_KINDS = {
    "fused": "FusedSchedulerNode",
    "foreach": "ForeachKernelSchedulerNode",
    "grouped": "GroupedSchedulerNode",
}
LONE = re.compile(r'^    sched\.(node|extern|nop|multi_output) "([^"]+)"')
GROUP = re.compile(r'^    sched\.group "([^"]+)" (\w+)')
MEMBER = re.compile(r'^      sched\.(node|extern|nop|multi_output) "([^"]+)"')


class SchedOptError(RuntimeError):
    """sched-opt rejected a graph or failed on it."""


def run_sched_opt(sched_opt, mlir_path, *args):
    """sched-opt's stdout for `mlir_path`; raises SchedOptError on failure."""
    proc = subprocess.run([sched_opt, mlir_path, *args], capture_output=True, text=True)
    if proc.returncode != 0:
        raise SchedOptError(proc.stderr.strip() or f"sched-opt exited {proc.returncode}")
    return proc.stdout


def partition_of(ir_text):
    """The kernels of a scheduled graph: [{name, kind, ops}] in order."""
    parts = []
    for line in ir_text.splitlines():
        if m := GROUP.match(line):
            parts.append({"name": m.group(1), "kind": GROUP_KINDS.get(m.group(2), m.group(2)),
                          "ops": []})
        elif m := MEMBER.match(line):
            parts[-1]["ops"].append(m.group(2))
        elif m := LONE.match(line):
            parts.append({"name": m.group(2), "kind": m.group(1), "ops": [m.group(2)]})
    return parts


def split_states(text, names):
    """Splits a `-sched-debug-str` dump into {node name: its debug_str()}."""
    header = re.compile(r"^(%s): \w+\(" % "|".join(re.escape(n) for n in names))
    states, current = {}, None
    for line in text.rstrip("\n").split("\n"):
        if m := header.match(line):
            current = m.group(1)
            states[current] = []
        if current is not None:
            states[current].append(line)
    return {n: "\n".join(lines).rstrip("\n") for n, lines in states.items()}


def _diff_states(label, ours, theirs):
    """Unified diffs of the nodes whose states differ (Inductor first)."""
    diffs = []
    for name in dict.fromkeys(list(theirs) + list(ours)):
        a, b = theirs.get(name, ""), ours.get(name, "")
        if a != b:
            diffs.append("".join(difflib.unified_diff(
                (a + "\n").splitlines(True), (b + "\n").splitlines(True),
                f"inductor {label} {name}", f"sched-opt {label} {name}")))
    return diffs


def _format_partition(parts):
    return ", ".join(p["name"] if len(p["ops"]) == 1 and p["ops"] == [p["name"]]
                     else f"{p['name']}({'+'.join(p['ops'])})" for p in parts)


def compare(sched_opt, mlir_path, decisions):
    """Compares sched-opt on `mlir_path` with Inductor's `decisions`.

    Returns {prefusion_equal, partition_equal, final_equal, diffs}; a graph
    that sched-opt rejects is unequal everywhere, with its error as the diff.
    """
    result = {"prefusion_equal": False, "partition_equal": False, "final_equal": False,
              "diffs": []}
    try:
        pre = run_sched_opt(sched_opt, mlir_path, "-sched-pre-fusion", "-sched-debug-str",
                            "-o", "/dev/null")
        scheduled = run_sched_opt(sched_opt, mlir_path, "-sched-schedule")
        final = run_sched_opt(sched_opt, mlir_path, "-sched-schedule", "-sched-debug-str",
                              "-o", "/dev/null")
    except SchedOptError as err:
        result["diffs"].append(f"sched-opt failed: {err}")
        return result

    theirs_pre = _states_by_name(decisions["pre_fusion"])
    ours_pre = split_states(pre, theirs_pre)
    result["prefusion_equal"] = _joined(pre) == "\n\n".join(decisions["pre_fusion"])
    if not result["prefusion_equal"]:
        result["diffs"] += _diff_states("pre-fusion", ours_pre, theirs_pre) or [
            "pre-fusion: texts differ outside the nodes' states"]

    ours_parts = [{k: p[k] for k in ("name", "ops")} for p in partition_of(scheduled)]
    theirs_parts = [{k: p[k] for k in ("name", "ops")} for p in decisions["partition"]]
    result["partition_equal"] = ours_parts == theirs_parts
    if not result["partition_equal"]:
        same_groups = sorted(map(str, ours_parts)) == sorted(map(str, theirs_parts))
        result["diffs"].append(
            "partition differs" + (" (same kernels, other order)" if same_groups else "")
            + f":\n  inductor:  {_format_partition(theirs_parts)}"
            + f"\n  sched-opt: {_format_partition(ours_parts)}")

    theirs_final = _states_by_name(decisions["final"])
    result["final_equal"] = _joined(final) == "\n\n".join(decisions["final"])
    if not result["final_equal"] and result["partition_equal"]:
        result["diffs"] += _diff_states("final", split_states(final, theirs_final),
                                        theirs_final)
    return result


def _joined(text):
    return text.rstrip("\n")


def _states_by_name(states):
    return {s.split(":", 1)[0]: s for s in states}
