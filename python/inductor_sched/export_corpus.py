"""Exports the whole corpus on one device, with Inductor's decisions, no sched-opt.

For the GPU machine, which has torch and Triton but no sched-opt: every
program of `corpus.PROGRAMS` is exported on `--device` into `--out` as
`<name>.<device>.mlir` + `<name>.<device>.inductor.json` (the files
`conformance.py` writes); the comparison with sched-opt happens later,
where sched-opt is built (`utils/check-corpus.py`). A program that cannot
be exported is skipped and named, with its error, in `export-<device>.log`;
`export-<device>.json` records the versions seen (torch, Triton, the GPU)
and each program's status. `--fusion-logs DIR` also writes, per program,
Inductor's own `fusion` and `loop_ordering` logs (TORCH_LOGS's artifacts:
every pair it refused and why, every loop reorder) as
`DIR/<name>.<device>.fusion.log`.

    PYTHONPATH=python python -m inductor_sched.export_corpus --device cuda \\
        --out /tmp/corpus-cuda [--fusion-logs /tmp/logs] [--only softmax ...]

Exits 0 when at least one program was exported, 1 otherwise.
"""
import argparse
import contextlib
import json
import os
import platform
import signal
import sys
import time
import traceback


class _Timeout(Exception):
    pass


def _on_alarm(signum, frame):
    raise _Timeout()


def versions(device):
    import torch

    seen = {"torch": torch.__version__, "python": platform.python_version(),
            "cuda": torch.version.cuda}
    try:
        import triton

        seen["triton"] = triton.__version__
    except ImportError:
        seen["triton"] = None
    if device.startswith("cuda"):
        seen["gpu"] = torch.cuda.get_device_name()
        seen["capability"] = ".".join(map(str, torch.cuda.get_device_capability()))
    return seen


ARTIFACTS = ("__fusion", "__loop_ordering")


def _artifact_loggers():
    """Inductor's fusion and loop_ordering artifact loggers, enabled, silent."""
    import logging

    import torch._inductor.codegen.simd  # noqa: F401 (registers its loggers)
    import torch._inductor.scheduler  # noqa: F401

    loggers = [logging.getLogger(name) for name in list(logging.root.manager.loggerDict)
               if name.startswith("torch._inductor") and name.endswith(ARTIFACTS)]
    for logger in loggers:
        for handler in list(logger.handlers):
            logger.removeHandler(handler)
        logger.setLevel(logging.DEBUG)
        logger.propagate = False
    return loggers


@contextlib.contextmanager
def _logging_to(loggers, path):
    import logging

    if not loggers:
        yield
        return
    handler = logging.FileHandler(path, mode="w")
    handler.setFormatter(logging.Formatter("[%(name)s] %(message)s"))
    for logger in loggers:
        logger.addHandler(handler)
    try:
        yield
    finally:
        for logger in loggers:
            logger.removeHandler(handler)
        handler.close()


def main(argv=None):
    from . import UnsupportedError
    from .conformance import record
    from .corpus import PROGRAMS

    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--device", default="cpu", help="cpu or cuda")
    parser.add_argument("--out", required=True, help="directory to write the corpus into")
    parser.add_argument("--only", nargs="*", help="program names (default: all)")
    parser.add_argument("--timeout", type=int, default=120,
                        help="seconds allowed per program (default 120)")
    parser.add_argument("--fusion-logs", help="directory for Inductor's fusion logs")
    args = parser.parse_args(argv)

    import torch

    os.makedirs(args.out, exist_ok=True)
    loggers = []
    if args.fusion_logs:
        os.makedirs(args.fusion_logs, exist_ok=True)
        loggers = _artifact_loggers()
    seen = versions(args.device)
    print("versions: " + ", ".join(f"{k} {v}" for k, v in seen.items()), flush=True)
    manifest = {"device": args.device, "versions": seen, "programs": {}}
    log_path = os.path.join(args.out, f"export-{args.device}.log")
    manifest_path = os.path.join(args.out, f"export-{args.device}.json")
    signal.signal(signal.SIGALRM, _on_alarm)
    exported = 0
    with open(log_path, "w") as log:
        log.write(f"# export on {args.device}: "
                  + ", ".join(f"{k} {v}" for k, v in seen.items()) + "\n")
        for program in PROGRAMS:
            if args.only and program.name not in args.only:
                continue
            start = time.time()
            torch.manual_seed(0)
            signal.alarm(args.timeout)
            log_file = os.path.join(args.fusion_logs or "",
                                    f"{program.name}.{args.device}.fusion.log")
            try:
                with _logging_to(loggers, log_file):
                    record(program.fn, program.inputs(), args.out, name=program.name,
                           device=args.device, dynamic=program.dynamic)
                status, error = "exported", None
                exported += 1
            except _Timeout:
                status, error = "timeout", f"more than {args.timeout} s"
            except Exception as err:  # every program is reported, whatever breaks
                status = "unsupported" if isinstance(err, UnsupportedError) else "error"
                error = f"{type(err).__name__}: {err}"
                log.write(f"== {program.name}: {status}\n{traceback.format_exc()}\n")
            finally:
                signal.alarm(0)
            seconds = round(time.time() - start, 2)
            manifest["programs"][program.name] = {"status": status, "error": error,
                                                  "seconds": seconds}
            line = f"{program.name}: {status} ({seconds} s)"
            if error:
                line += ": " + error.splitlines()[0][:300]
            print(line, flush=True)
            log.write(line + "\n")
            log.flush()
            with open(manifest_path, "w") as f:  # rewritten each time: survives a crash
                json.dump(manifest, f, indent=1)
                f.write("\n")
        failed = [n for n, p in manifest["programs"].items() if p["status"] != "exported"]
        summary = (f"{exported} exported, {len(failed)} not exported"
                   + (f": {', '.join(failed)}" if failed else ""))
        print(summary, flush=True)
        log.write(summary + "\n")
    return 0 if exported else 1


if __name__ == "__main__":
    sys.exit(main())
