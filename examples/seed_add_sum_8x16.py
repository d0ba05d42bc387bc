"""The seed program of docs/scheduler-init.md, as a real PyTorch function.

    add = arg0_1 + arg1_1; sum_1 = add.sum(dim=1)   # float32 [8, 16] inputs

`python -m inductor_sched export examples/seed_add_sum_8x16.py:seed
--shapes 8x16,8x16 --name seed_add_sum_8x16 -o OUT.mlir` exports the graph
Inductor hands to Scheduler._init; it equals the hand-written
examples/seed_add_sum_8x16.<device>.mlir up to formatting.
"""


def seed(a, b):
    return (a + b).sum(1)
