//===- PeakMemory.cpp - Inductor's peak-memory reorder --------------------===//
//
// torch/_inductor/memory.py, as of the newest version read (the one with
// is_nonfreeable_buffers, successor forwarding for mutations and
// peak_memory_from_buf_info_list); each function names its Inductor
// counterpart. Ties are broken by node index, as Inductor's keys do, so no
// result depends on hash order.
//
//===----------------------------------------------------------------------===//

#include "InductorSched/Analysis/PeakMemory.h"
#include "InductorSched/Analysis/SizeHint.h"

#include "llvm/ADT/STLExtras.h"
#include "llvm/ADT/StringSwitch.h"

#include <functional>
#include <limits>
#include <numeric>
#include <set>

using namespace mlir;
using namespace mlir::inductor_sched;
using namespace mlir::inductor_sched::sched;

StringRef mlir::inductor_sched::stringifyPeakMemoryMethod(
    PeakMemoryMethod method) {
  switch (method) {
  case PeakMemoryMethod::Baseline:
    return "baseline";
  case PeakMemoryMethod::Lpmf:
    return "lpmf";
  case PeakMemoryMethod::Bfs:
    return "bfs";
  case PeakMemoryMethod::Dfs:
    return "dfs";
  }
  return "unknown";
}

std::optional<PeakMemoryMethod>
mlir::inductor_sched::symbolizePeakMemoryMethod(StringRef name) {
  return llvm::StringSwitch<std::optional<PeakMemoryMethod>>(name)
      .Case("baseline", PeakMemoryMethod::Baseline)
      .Case("lpmf", PeakMemoryMethod::Lpmf)
      .Case("bfs", PeakMemoryMethod::Bfs)
      .Case("dfs", PeakMemoryMethod::Dfs)
      .Default(std::nullopt);
}

/// utils.is_nonfreeable_buffers: inputs the caller keeps alive (parameters,
/// inference arguments, RNG states, tangents), the prefixes of PyTorch
/// 2.11's torch/_inductor/utils.py (the seed era excluded only `primals_`).
/// 2.11 also strips a subgraph's name prefix first; graphs here have none.
static bool isNonfreeableInput(StringRef name) {
  return name.starts_with("primals_") || name.starts_with("arg") ||
         name.starts_with("fwd_rng_state") ||
         name.starts_with("bwd_rng_state") || name.starts_with("tangents");
}

//===----------------------------------------------------------------------===//
// The model
//===----------------------------------------------------------------------===//

PeakMemoryModel::PeakMemoryModel(const SchedulerGraph &graph)
    : graphOp(graph.getGraph()), nodes(graph.getNodes().begin(),
                                       graph.getNodes().end()),
      info(nodes.size()) {
  for (auto [i, node] : llvm::enumerate(nodes))
    nodeIndex[node] = i;
  llvm::DenseSet<StringAttr> outputs;
  outputs.insert(graph.getOutputNames().begin(),
                 graph.getOutputNames().end());
  auto addBuffer = [&](StringAttr name, SchedulerBuffer *buf) -> unsigned {
    auto [it, inserted] = bufferIndex.try_emplace(name, buffers.size());
    if (inserted) {
      buffers.emplace_back();
      buffers.back().name = name;
      buffers.back().isGraphOutput = outputs.contains(name);
      schedulerBuffers.push_back(buf);
    }
    return it->second;
  };

  // get_freeable_input_buf: the size is that of the last read seen.
  SizeHintEvaluator sizes(graph);
  for (auto [i, node] : llvm::enumerate(nodes))
    for (Attribute dep : node->readWrites.reads) {
      StringAttr name = getDepName(dep);
      if (!graph.isGraphInput(name) || isNonfreeableInput(name.getValue()))
        continue;
      Buffer &input = buffers[addBuffer(name, nullptr)];
      if (input.succNodes.empty() || input.succNodes.back() != i)
        input.succNodes.push_back(i);
      input.sizeAlloc = input.sizeFree = sizes.getDepSizeHint(dep);
    }
  unsigned numInputs = buffers.size();
  for (auto [i, node] : llvm::enumerate(nodes))
    for (SchedulerBuffer *out : node->outputs) {
      unsigned b = addBuffer(out->name, out);
      buffers[b].producer = i;
      info[i].outputs.push_back(b);
    }
  computeBufferSizes(graph);

  // assign_memory_planning_info_for_scheduler_buffers: successors through
  // unmet dependencies; a mutated buffer is freed only after its mutations'
  // successors ran (walked in reverse, so that chains forward transitively).
  llvm::MapVector<StringAttr, llvm::SetVector<unsigned>> succByName;
  for (auto [i, node] : llvm::enumerate(nodes))
    for (Attribute dep : node->unmet)
      succByName[getDepName(dep)].insert(i);
  for (auto &[mutation, real] :
       llvm::reverse(graph.getMutationRealName())) {
    auto it = succByName.find(mutation);
    if (it == succByName.end())
      continue;
    SmallVector<unsigned> forwarded(it->second.begin(), it->second.end());
    succByName[real].insert(forwarded.begin(), forwarded.end());
  }
  for (unsigned b = numInputs; b < buffers.size(); ++b) {
    auto it = succByName.find(buffers[b].name);
    if (it != succByName.end())
      buffers[b].succNodes.assign(it->second.begin(), it->second.end());
  }

  // assign_memory_planning_info_for_scheduler_nodes: edges derived from the
  // buffers' successors, freeable inputs last among a node's predecessors.
  for (auto [i, node] : llvm::enumerate(nodes)) {
    NodeInfo &n = info[i];
    llvm::SetVector<unsigned> succs;
    for (unsigned b : n.outputs) {
      n.size += buffers[b].sizeAlloc;
      succs.insert(buffers[b].succNodes.begin(), buffers[b].succNodes.end());
      for (unsigned s : buffers[b].succNodes)
        info[s].predBuffers.push_back(b);
    }
    succs.remove(i);
    n.succNodes.assign(succs.begin(), succs.end());
    for (unsigned s : n.succNodes)
      info[s].predNodes.push_back(i);
  }
  for (unsigned b = 0; b < numInputs; ++b)
    for (unsigned s : buffers[b].succNodes)
      info[s].predBuffers.push_back(b);

  // topological_sort_dfs's name_to_node: producers of unmet dependencies.
  for (auto [i, node] : llvm::enumerate(nodes))
    for (Attribute dep : node->unmet) {
      auto it = bufferIndex.find(getDepName(dep));
      if (it != bufferIndex.end() && buffers[it->second].producer >= 0)
        info[i].unmetProducers.push_back(buffers[it->second].producer);
    }
}

// compute_size_for_scheduler_buffer: (alloc, free) per written buffer, the
// children of a MultiOutputLayout sized through their parent.
void PeakMemoryModel::computeBufferSizes(const SchedulerGraph &graph) {
  SizeHintEvaluator sizes(graph);
  const auto &realName = graph.getMutationRealName();
  llvm::DenseSet<SchedulerBuffer *> sized;
  std::function<int64_t(SchedulerBuffer *, bool)> computeSize =
      [&](SchedulerBuffer *buf, bool multiOutputChild) -> int64_t {
    sized.insert(buf);
    int64_t alloc = 0, free = 0;
    Type type = buf->defOp->getResult(0).getType();
    if (realName.contains(buf->name) || isa<NoneLayoutType>(type)) {
      // A mutation reuses its target's memory; NoneLayout has none.
    } else if (isa<MultiOutputLayoutType>(type)) {
      for (const NodeUser &user : buf->users) {
        if (!user.node)
          continue;
        for (SchedulerBuffer *child : user.node->outputs)
          if (child->definingOp && isa<MultiOutputOp>(child->definingOp->op))
            alloc += computeSize(child, /*multiOutputChild=*/true);
      }
      free = 0;
      if (auto it = bufferIndex.find(buf->name); it != bufferIndex.end()) {
        buffers[it->second].sizeAlloc = multiOutputChild ? 0 : alloc;
        buffers[it->second].sizeFree = 0;
      }
      return alloc;
    } else {
      auto strided = cast<BufferType>(type);
      free = sizes.getNumel(strided).value_or(0) *
             SizeHintEvaluator::getDtypeSize(strided.getDtype());
      alloc = multiOutputChild ? 0 : free;
    }
    if (auto it = bufferIndex.find(buf->name); it != bufferIndex.end()) {
      buffers[it->second].sizeAlloc = alloc;
      buffers[it->second].sizeFree = free;
    }
    return free;
  };
  for (SchedulerBuffer *buf : schedulerBuffers)
    if (buf && !sized.contains(buf))
      computeSize(buf, /*multiOutputChild=*/false);
}

const PeakMemoryModel::Buffer *
PeakMemoryModel::lookupBuffer(StringAttr name) const {
  auto it = bufferIndex.find(name);
  return it == bufferIndex.end() ? nullptr : &buffers[it->second];
}

LogicalResult PeakMemoryModel::verify() const {
  enum Color : uint8_t { White, Gray, Black };
  std::vector<Color> color(nodes.size(), White);
  // Iterative DFS over predecessors; `path` is the gray chain.
  SmallVector<std::pair<unsigned, unsigned>> path;
  for (unsigned root = 0; root < nodes.size(); ++root) {
    if (color[root] != White)
      continue;
    color[root] = Gray;
    path.push_back({root, 0});
    while (!path.empty()) {
      auto &[n, next] = path.back();
      if (next == info[n].predNodes.size()) {
        color[n] = Black;
        path.pop_back();
        continue;
      }
      unsigned pred = info[n].predNodes[next++];
      if (color[pred] == Black)
        continue;
      if (color[pred] == Gray) {
        std::string cycle;
        llvm::raw_string_ostream os(cycle);
        auto start = llvm::find_if(
            path, [&](const auto &entry) { return entry.first == pred; });
        for (const auto &entry : llvm::make_range(start, path.end()))
          os << nodes[entry.first]->name.getValue() << " -> ";
        os << nodes[pred]->name.getValue();
        return sched::GraphOp(graphOp).emitOpError(
                   "cannot be reordered for peak memory: its memory planning "
                   "graph has a cycle (each node depends on the next): ")
               << cycle;
      }
      color[pred] = Gray;
      path.push_back({pred, 0});
    }
  }
  return success();
}

//===----------------------------------------------------------------------===//
// estimate_peak_memory
//===----------------------------------------------------------------------===//

int64_t
PeakMemoryModel::estimatePeakMemory(ArrayRef<SchedulerNode *> order) const {
  // compute_memory_timeline: a buffer lives from its producer's step to its
  // last successor's; graph outputs never die.
  std::vector<int64_t> stepOf(nodes.size(), -1);
  for (auto [step, node] : llvm::enumerate(order))
    stepOf[nodeIndex.lookup(node)] = step;
  auto lastUse = [&](const Buffer &b) {
    int64_t last = -1;
    for (unsigned s : b.succNodes)
      last = std::max(last, stepOf[s]);
    return last;
  };
  std::vector<int64_t> delta(order.size() + 1, 0);
  auto account = [&](const Buffer &b, int64_t start) {
    delta[start] += b.sizeAlloc;
    if (b.isGraphOutput)
      return;
    int64_t end = lastUse(b);
    delta[(end == -1 ? start : end) + 1] -= b.sizeFree;
  };
  for (const Buffer &b : buffers)
    if (b.producer < 0)
      account(b, 0);
  for (auto [step, node] : llvm::enumerate(order))
    for (unsigned b : info[nodeIndex.lookup(node)].outputs)
      account(buffers[b], step);
  // peak_memory_from_buf_info_list.
  int64_t peak = 0, current = 0;
  for (int64_t d : delta) {
    current += d;
    peak = std::max(peak, current);
  }
  return peak;
}

//===----------------------------------------------------------------------===//
// topological_sort_lpmf
//===----------------------------------------------------------------------===//

namespace {
/// Minimum of (key, node) pairs over ranges of positions, with updates.
class MinTree {
public:
  using Value = std::pair<int64_t, unsigned>;
  static constexpr Value kNone = {std::numeric_limits<int64_t>::max(),
                                  std::numeric_limits<unsigned>::max()};

  explicit MinTree(unsigned n)
      : width(std::max<uint64_t>(1, llvm::PowerOf2Ceil(n))) {
    tree.assign(2 * width, kNone);
  }
  void set(unsigned pos, Value v) {
    pos += width;
    tree[pos] = v;
    for (pos /= 2; pos >= 1; pos /= 2)
      tree[pos] = std::min(tree[2 * pos], tree[2 * pos + 1]);
  }
  /// The minimum over positions [lo, hi).
  Value query(unsigned lo, unsigned hi) const {
    Value best = kNone;
    for (lo += width, hi += width; lo < hi; lo /= 2, hi /= 2) {
      if (lo & 1)
        best = std::min(best, tree[lo++]);
      if (hi & 1)
        best = std::min(best, tree[--hi]);
    }
    return best;
  }

private:
  unsigned width;
  std::vector<Value> tree;
};
} // namespace

// Inductor picks, among the ready nodes, the minimum of
//   (size if size > max_memory - live_memory else 0,
//    size - memory_to_free, index)
// by scanning them all. Here ready nodes sit in a segment tree ordered by
// (size, index), so both cases are range queries: the nodes that fit under
// the peak are a prefix; if there are none, the smallest ready size wins.
// (config.size_threshold_for_succ_based_strategy, a newer alternative key
// used only when set, is not modelled.)
std::vector<SchedulerNode *> PeakMemoryModel::topologicalSortLpmf() const {
  unsigned n = nodes.size();
  std::vector<unsigned> indegree(n), byPosition(n), position(n);
  std::vector<int64_t> memoryToFree(n, 0), sortedSizes(n);
  std::vector<int64_t> outdegree(buffers.size());
  for (unsigned i = 0; i < n; ++i)
    indegree[i] = info[i].predNodes.size();
  for (auto [b, buf] : llvm::enumerate(buffers))
    outdegree[b] = buf.succNodes.size() + (buf.isGraphOutput ? 1 : 0);

  int64_t live = 0, outputMemory = 0;
  for (const Buffer &b : buffers) {
    if (b.producer < 0)
      live += b.sizeFree;
    if (b.isGraphOutput)
      outputMemory += b.sizeFree;
  }
  int64_t maxMemory = std::max(live, outputMemory);

  for (unsigned i = 0; i < n; ++i) {
    for (unsigned b : info[i].predBuffers)
      if (outdegree[b] == 1)
        memoryToFree[i] += buffers[b].sizeFree;
    for (unsigned b : info[i].outputs)
      if (outdegree[b] == 0)
        memoryToFree[i] += buffers[b].sizeFree;
  }

  std::iota(byPosition.begin(), byPosition.end(), 0);
  llvm::sort(byPosition, [&](unsigned a, unsigned b) {
    return std::make_pair(info[a].size, a) < std::make_pair(info[b].size, b);
  });
  for (auto [p, i] : llvm::enumerate(byPosition)) {
    position[i] = p;
    sortedSizes[p] = info[i].size;
  }
  MinTree tree(n);
  std::set<unsigned> ready; // positions
  std::vector<bool> isReady(n, false);
  auto updateKey = [&](unsigned i) {
    tree.set(position[i], {info[i].size - memoryToFree[i], i});
  };
  auto makeReady = [&](unsigned i) {
    isReady[i] = true;
    ready.insert(position[i]);
    updateKey(i);
  };
  for (unsigned i = 0; i < n; ++i)
    if (indegree[i] == 0)
      makeReady(i);

  std::vector<SchedulerNode *> schedule;
  schedule.reserve(n);
  while (schedule.size() < n && !ready.empty()) {
    int64_t gap = maxMemory - live;
    unsigned fitting =
        llvm::upper_bound(sortedSizes, gap) - sortedSizes.begin();
    MinTree::Value best = tree.query(0, fitting);
    if (best == MinTree::kNone) {
      unsigned first = *ready.begin();
      unsigned end = llvm::upper_bound(sortedSizes, sortedSizes[first]) -
                     sortedSizes.begin();
      best = tree.query(first, end);
    }
    unsigned selected = best.second;
    ready.erase(position[selected]);
    isReady[selected] = false;
    tree.set(position[selected], MinTree::kNone);
    schedule.push_back(nodes[selected]);

    live += info[selected].size;
    maxMemory = std::max(maxMemory, live);
    live -= memoryToFree[selected];

    for (unsigned s : info[selected].succNodes)
      if (--indegree[s] == 0)
        makeReady(s);
    // A buffer left with one pending user is freed by that user.
    for (unsigned b : info[selected].predBuffers)
      if (--outdegree[b] == 1)
        for (unsigned s : buffers[b].succNodes) {
          memoryToFree[s] += buffers[b].sizeFree;
          if (isReady[s])
            updateKey(s);
        }
  }
  return schedule;
}

//===----------------------------------------------------------------------===//
// topological_sort_bfs
//===----------------------------------------------------------------------===//

std::vector<SchedulerNode *> PeakMemoryModel::topologicalSortBfs() const {
  unsigned n = nodes.size();
  std::vector<unsigned> indegree(n);
  std::vector<int64_t> order(n, -1);
  // Inductor's heap of (sorted positions of the predecessors, index).
  std::set<std::pair<std::vector<int64_t>, unsigned>> heap;
  auto push = [&](unsigned i) {
    std::vector<int64_t> priority;
    for (unsigned p : info[i].predNodes)
      priority.push_back(order[p]);
    llvm::sort(priority);
    priority.erase(std::unique(priority.begin(), priority.end()),
                   priority.end());
    heap.insert({std::move(priority), i});
  };
  for (unsigned i = 0; i < n; ++i) {
    indegree[i] = info[i].predNodes.size();
    if (indegree[i] == 0)
      push(i);
  }
  std::vector<SchedulerNode *> schedule;
  schedule.reserve(n);
  while (schedule.size() < n && !heap.empty()) {
    unsigned selected = heap.begin()->second;
    heap.erase(heap.begin());
    order[selected] = schedule.size();
    schedule.push_back(nodes[selected]);
    for (unsigned s : info[selected].succNodes)
      if (--indegree[s] == 0)
        push(s);
  }
  return schedule;
}

//===----------------------------------------------------------------------===//
// topological_sort_dfs
//===----------------------------------------------------------------------===//

std::vector<SchedulerNode *> PeakMemoryModel::topologicalSortDfs() const {
  unsigned n = nodes.size();
  // size_with_reads: bytes written plus bytes of every predecessor buffer.
  std::vector<int64_t> weight(n);
  for (unsigned i = 0; i < n; ++i) {
    weight[i] = info[i].size;
    for (unsigned b : info[i].predBuffers)
      weight[i] += buffers[b].sizeFree;
  }
  auto byWeight = [&](unsigned a, unsigned b) {
    return std::make_pair(weight[a], a) < std::make_pair(weight[b], b);
  };
  std::vector<bool> seen(n, false);
  std::vector<SchedulerNode *> result;
  result.reserve(n);
  // Iterative form of Inductor's recursive visit: producers first, by
  // weight, then the node.
  struct Frame {
    unsigned node;
    SmallVector<unsigned> producers;
    unsigned next = 0;
  };
  SmallVector<Frame> stack;
  auto enter = [&](unsigned i) {
    seen[i] = true;
    Frame frame{i, info[i].unmetProducers};
    llvm::stable_sort(frame.producers, byWeight);
    stack.push_back(std::move(frame));
  };
  std::vector<unsigned> roots(n);
  std::iota(roots.begin(), roots.end(), 0);
  llvm::sort(roots, byWeight);
  for (unsigned root : roots) {
    if (seen[root])
      continue;
    enter(root);
    while (!stack.empty()) {
      Frame &top = stack.back();
      if (top.next < top.producers.size()) {
        unsigned p = top.producers[top.next++];
        if (!seen[p])
          enter(p);
        continue;
      }
      result.push_back(nodes[top.node]);
      stack.pop_back();
    }
  }
  return result;
}

std::vector<SchedulerNode *>
PeakMemoryModel::getOrder(PeakMemoryMethod method) const {
  switch (method) {
  case PeakMemoryMethod::Baseline:
    return nodes;
  case PeakMemoryMethod::Lpmf:
    return topologicalSortLpmf();
  case PeakMemoryMethod::Bfs:
    return topologicalSortBfs();
  case PeakMemoryMethod::Dfs:
    return topologicalSortDfs();
  }
  return nodes;
}

//===----------------------------------------------------------------------===//
// S18: reorder_for_peak_memory
//===----------------------------------------------------------------------===//

LogicalResult
SchedulerGraph::reorderForPeakMemory(const PeakMemoryOptions &options,
                                     PeakMemoryReport *report) {
  PeakMemoryModel model(*this);
  // Newer Inductor re-raises validation failures (in OSS builds).
  if (failed(model.verify()))
    return failure();
  struct Candidate {
    PeakMemoryMethod method;
    std::vector<SchedulerNode *> order;
    int64_t peak;
  };
  SmallVector<Candidate, 4> candidates;
  candidates.push_back(
      {PeakMemoryMethod::Baseline, nodes, model.estimatePeakMemory(nodes)});
  for (PeakMemoryMethod method :
       {PeakMemoryMethod::Lpmf, PeakMemoryMethod::Bfs, PeakMemoryMethod::Dfs}) {
    if (options.method && *options.method != method)
      continue;
    std::vector<SchedulerNode *> order = model.getOrder(method);
    // Every method schedules every node of an acyclic graph.
    assert(order.size() == nodes.size() && "incomplete order");
    int64_t peak = model.estimatePeakMemory(order);
    candidates.push_back({method, std::move(order), peak});
  }
  // min() keeps the first of equal peaks: the baseline wins a tie.
  const Candidate *chosen = &candidates.front();
  for (const Candidate &c : candidates)
    if (options.method ? c.method == *options.method : c.peak < chosen->peak)
      chosen = &c;
  if (report) {
    report->peaks.clear();
    for (const Candidate &c : candidates)
      report->peaks.push_back({c.method, c.peak});
    report->chosen = chosen->method;
  }
  if (chosen->order != nodes) {
    nodes = chosen->order;
    orderChanged = true;
  }
  return success();
}
