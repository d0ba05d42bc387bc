//===- DagReachability.cpp - Ancestor queries on a fixed DAG --------------===//

#include "InductorSched/Analysis/DagReachability.h"

#include "llvm/ADT/STLExtras.h"

#include <algorithm>
#include <queue>

using namespace mlir;
using namespace mlir::inductor_sched;

DagReachability::DagReachability(std::vector<SmallVector<unsigned, 2>> preds)
    : preds(std::move(preds)) {
  size_t n = this->preds.size();
  std::vector<SmallVector<unsigned, 2>> succs(n);
  std::vector<unsigned> inDegree(n, 0);
  for (auto [node, nodePreds] : llvm::enumerate(this->preds)) {
    llvm::sort(nodePreds);
    nodePreds.erase(std::unique(nodePreds.begin(), nodePreds.end()),
                    nodePreds.end());
    inDegree[node] = nodePreds.size();
    for (unsigned p : nodePreds)
      succs[p].push_back(node);
  }
  // Independent branches land in opposite orders in the two, so their
  // nodes are told apart by the pair.
  auto kahn = [&](auto ready) {
    std::vector<unsigned> order(n, 0), degree = inDegree;
    for (unsigned i = 0; i < n; ++i)
      if (degree[i] == 0)
        ready.push(i);
    unsigned next = 0;
    while (!ready.empty()) {
      unsigned node = ready.top();
      ready.pop();
      order[node] = next++;
      for (unsigned s : succs[node])
        if (--degree[s] == 0)
          ready.push(s);
    }
    return order;
  };
  firstOrder = kahn(std::priority_queue<unsigned, std::vector<unsigned>,
                                        std::greater<unsigned>>());
  secondOrder = kahn(std::priority_queue<unsigned>());
  visitedEpoch.assign(n, 0);
  sourceEpoch.assign(n, 0);
}

bool DagReachability::reaches(ArrayRef<unsigned> from, ArrayRef<unsigned> to) {
  if (from.empty() || to.empty())
    return false;
  if (++epoch == 0) {
    // The counter wrapped: forget every mark.
    llvm::fill(visitedEpoch, 0);
    llvm::fill(sourceEpoch, 0);
    epoch = 1;
  }
  // A strict descendant of a source comes after it in both orders.
  unsigned lowestFirst = firstOrder[from.front()],
           lowestSecond = secondOrder[from.front()];
  for (unsigned f : from) {
    sourceEpoch[f] = epoch;
    lowestFirst = std::min(lowestFirst, firstOrder[f]);
    lowestSecond = std::min(lowestSecond, secondOrder[f]);
  }
  auto mayDescend = [&](unsigned node) {
    return firstOrder[node] > lowestFirst && secondOrder[node] > lowestSecond;
  };
  stack.clear();
  for (unsigned t : to)
    if (mayDescend(t) && visitedEpoch[t] != epoch) {
      visitedEpoch[t] = epoch;
      stack.push_back(t);
    }
  while (!stack.empty()) {
    unsigned node = stack.pop_back_val();
    ++visitedTotal;
    // Predecessors are sorted; the lowest-numbered is expanded first: long
    // edges (residual connections) lead to far ancestors fastest.
    for (unsigned p : llvm::reverse(preds[node])) {
      if (sourceEpoch[p] == epoch)
        return true;
      if (visitedEpoch[p] == epoch || !mayDescend(p))
        continue;
      visitedEpoch[p] = epoch;
      stack.push_back(p);
    }
  }
  return false;
}
