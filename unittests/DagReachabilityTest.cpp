//===- DagReachabilityTest.cpp - Ancestor queries without ancestor sets ---===//
//
// DagReachability must agree with the transitive closure (Inductor's
// ancestor sets) on every query; checked exhaustively on small graphs and on
// random DAGs against a closure computed here.
//
//===----------------------------------------------------------------------===//

#include "InductorSched/Analysis/DagReachability.h"

#include "gtest/gtest.h"

#include <random>
#include <set>

using namespace mlir;
using namespace mlir::inductor_sched;

namespace {
using Preds = std::vector<SmallVector<unsigned, 2>>;

/// ancestors[i]: every strict ancestor of i (nodes numbered topologically).
std::vector<std::set<unsigned>> closure(const Preds &preds) {
  std::vector<std::set<unsigned>> anc(preds.size());
  for (unsigned i = 0; i < preds.size(); ++i)
    for (unsigned p : preds[i]) {
      anc[i].insert(p);
      anc[i].insert(anc[p].begin(), anc[p].end());
    }
  return anc;
}

TEST(DagReachabilityTest, Diamond) {
  // 0 -> 1 -> 3, 0 -> 2 -> 3, and 4 on its own.
  DagReachability r(Preds{{}, {0}, {0}, {1, 2}, {}});
  EXPECT_TRUE(r.reaches({0}, {3}));
  EXPECT_TRUE(r.reaches({1}, {3}));
  EXPECT_FALSE(r.reaches({3}, {0}));
  EXPECT_FALSE(r.reaches({1}, {2}));
  EXPECT_FALSE(r.reaches({2}, {1}));
  EXPECT_FALSE(r.reaches({4}, {3}));
  // Strict: a node is not its own ancestor.
  EXPECT_FALSE(r.reaches({3}, {3}));
  // Sets: some node of the first reaches some node of the second.
  EXPECT_TRUE(r.reaches({4, 1}, {2, 3}));
  EXPECT_FALSE(r.reaches({1, 2}, {1, 2}));
  EXPECT_FALSE(r.reaches({}, {3}));
  EXPECT_FALSE(r.reaches({0}, {}));
}

TEST(DagReachabilityTest, NumberingNeedNotBeTopological) {
  // 2 -> 0 -> 1: predecessors numbered above their successors.
  DagReachability r(Preds{{2}, {0}, {}});
  EXPECT_TRUE(r.reaches({2}, {1}));
  EXPECT_FALSE(r.reaches({1}, {2}));
}

TEST(DagReachabilityTest, AgreesWithClosureOnRandomDags) {
  std::mt19937 rng(42);
  for (int graph = 0; graph < 50; ++graph) {
    unsigned n = 5 + rng() % 60;
    Preds preds(n);
    for (unsigned i = 1; i < n; ++i) {
      unsigned edges = rng() % 4;
      for (unsigned e = 0; e < edges; ++e)
        preds[i].push_back(rng() % i);
    }
    std::vector<std::set<unsigned>> anc = closure(preds);
    DagReachability r(preds);
    for (int query = 0; query < 200; ++query) {
      SmallVector<unsigned> from, to;
      for (unsigned k = 1 + rng() % 3; k > 0; --k)
        from.push_back(rng() % n);
      for (unsigned k = 1 + rng() % 3; k > 0; --k)
        to.push_back(rng() % n);
      bool expected = false;
      for (unsigned t : to)
        for (unsigned f : from)
          expected |= anc[t].count(f) > 0;
      EXPECT_EQ(r.reaches(from, to), expected)
          << "graph " << graph << ", query " << query;
    }
  }
}
} // namespace
