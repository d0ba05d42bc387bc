// The seed program exported from PyTorch 2.11 by inductor_sched
// (examples/exported/, docs/scheduler-init.md section 2: cpu here, cuda on an
// H200) is the hand-written examples/seed_add_sum_8x16.<device>.mlir up to
// formatting: sched-opt prints both the same, and the pre-fusion state of the
// hand-written one is the debug_str() Inductor recorded during the export.
// RUN: sched-opt %examples/seed_add_sum_8x16.cpu.mlir > %t.hand.cpu
// RUN: sched-opt %examples/exported/seed_add_sum_8x16.cpu.mlir > %t.exported.cpu
// RUN: diff %t.hand.cpu %t.exported.cpu
// RUN: sched-opt %examples/seed_add_sum_8x16.cuda.mlir > %t.hand.cuda
// RUN: sched-opt %examples/exported/seed_add_sum_8x16.cuda.mlir > %t.exported.cuda
// RUN: diff %t.hand.cuda %t.exported.cuda
// RUN: %python -c "import json, sys; print('\n\n'.join(json.load(open(sys.argv[1]))['pre_fusion']))" %examples/exported/seed_add_sum_8x16.cuda.inductor.json > %t.inductor.cuda
// RUN: sched-opt %examples/seed_add_sum_8x16.cuda.mlir -sched-pre-fusion -sched-debug-str -o /dev/null > %t.ours.cuda
// RUN: diff %t.inductor.cuda %t.ours.cuda
// RUN: %python -c "import json, sys; print('\n\n'.join(json.load(open(sys.argv[1]))['pre_fusion']))" %examples/exported/seed_add_sum_8x16.cpu.inductor.json > %t.inductor.cpu
// RUN: sched-opt %examples/seed_add_sum_8x16.cpu.mlir -sched-pre-fusion -sched-debug-str -o /dev/null > %t.ours.cpu
// RUN: diff %t.inductor.cpu %t.ours.cpu
