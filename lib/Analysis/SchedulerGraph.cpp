//===- SchedulerGraph.cpp - Inductor's scheduler state --------------------===//
//
// Each step mirrors a method of torch/_inductor/scheduler.py's Scheduler;
// the comments name it. Containers are insertion-ordered wherever Inductor's
// are (OrderedSet, dict), because Inductor breaks ties by that order.
//
//===----------------------------------------------------------------------===//

#include "InductorSched/Analysis/SchedulerGraph.h"
#include "InductorSched/Analysis/MergeLoops.h"

#include "mlir/IR/Builders.h"
#include "mlir/Transforms/RegionUtils.h"
#include "llvm/ADT/STLExtras.h"
#include "llvm/ADT/TypeSwitch.h"

using namespace mlir;
using namespace mlir::inductor_sched;
using namespace mlir::inductor_sched::sched;

static constexpr StringLiteral kReads = "sched.reads";
static constexpr StringLiteral kWrites = "sched.writes";
static constexpr StringLiteral kUnmet = "sched.unmet";
static constexpr StringLiteral kLoopsMerged = "sched.loops_merged";
static constexpr StringLiteral kLastUsage = "sched.last_usage";
static constexpr StringLiteral kUsers = "sched.users";
static constexpr StringLiteral kAncestors = "sched.ancestors";
static constexpr StringLiteral kMinOrder = "sched.min_order";
static constexpr StringLiteral kMaxOrder = "sched.max_order";
static constexpr StringLiteral kMutationRenames = "sched.mutation_renames";
static constexpr StringLiteral kNodeRenames = "sched.renames";
static constexpr StringLiteral kOuterLoopDepth = "sched.outer_loop_fusion_depth";
static constexpr StringLiteral kOuterNodes = "sched.outer_nodes";
static constexpr StringLiteral kMutationRealName = "sched.mutation_real_name";
static constexpr StringLiteral kMutatedInputs = "sched.mutated_inputs";
static constexpr StringLiteral kRemovedOperations = "sched.removed_operations";
static constexpr StringLiteral kRemovedBuffers = "sched.removed_buffers";
static constexpr StringLiteral kOutputName = "OUTPUT";

//===----------------------------------------------------------------------===//
// SchedulerNode
//===----------------------------------------------------------------------===//

bool SchedulerNode::hasSideEffects() const {
  auto ext = dyn_cast<ExternOp>(op);
  return ext && ext.getSideEffects();
}

// SchedulerNode.can_inplace: one MemoryDep write, read at the same index and
// sizes, and no output aliasing another buffer.
bool SchedulerNode::canInplace(Attribute read) const {
  if (!isa<NodeOp>(op))
    return false;
  if (llvm::any_of(outputs, [](SchedulerBuffer *b) { return b->aliases; }))
    return false;
  auto readDep = dyn_cast<MemoryDepAttr>(read);
  if (readWrites.writes.size() != 1 || !readDep)
    return false;
  auto writeDep = dyn_cast<MemoryDepAttr>(readWrites.writes.front());
  return writeDep && readDep.getIndex() == writeDep.getIndex() &&
         readDep.getVarPrefix() == writeDep.getVarPrefix() &&
         readDep.getRanges() == writeDep.getRanges();
}

bool SchedulerNode::isReduction() const {
  return llvm::any_of(getNodes(), [](SchedulerNode *n) {
    auto node = dyn_cast<NodeOp>(n->op);
    return node && node.isReduction();
  });
}

bool SchedulerNode::isExternOrNop() const {
  return !isFused() && !isa<NodeOp>(op);
}

StringAttr SchedulerNode::getDevice() const {
  const SchedulerNode *first = getNodes().front();
  for (SchedulerBuffer *buf : first->outputs)
    return sched::getDevice(buf->defOp->getResult(0).getType());
  return {};
}

const SchedulerNode *SchedulerNode::getGroupNode() const {
  for (SchedulerNode *n : getNodes())
    if (n->isReduction())
      return n;
  return getNodes().front();
}

StringRef SchedulerNode::getKindName() const {
  if (isForeach())
    return "ForeachKernelSchedulerNode";
  if (outerLoopFusionDepth)
    return "OuterLoopFusedSchedulerNode";
  if (isFused())
    return "FusedSchedulerNode";
  return llvm::TypeSwitch<Operation *, StringRef>(op)
      .Case<NodeOp>([](auto) { return "SchedulerNode"; })
      .Case<NopOp>([](auto) { return "NopKernelSchedulerNode"; })
      .Default([](Operation *) { return "ExternKernelSchedulerNode"; });
}

//===----------------------------------------------------------------------===//
// Loading and storing the state
//===----------------------------------------------------------------------===//

static DepSet toDepSet(ArrayAttr attr) {
  DepSet set;
  for (Attribute a : attr)
    set.insert(a);
  return set;
}

static ArrayAttr toArrayAttr(MLIRContext *ctx, const DepSet &set) {
  return ArrayAttr::get(ctx, set.getArrayRef());
}

static llvm::MapVector<StringAttr, StringAttr> readPairs(Operation *op,
                                                         StringRef name) {
  llvm::MapVector<StringAttr, StringAttr> map;
  if (auto pairs = op->getAttrOfType<ArrayAttr>(name))
    for (Attribute p : pairs) {
      auto pair = cast<ArrayAttr>(p);
      map[cast<StringAttr>(pair[0])] = cast<StringAttr>(pair[1]);
    }
  return map;
}

template <typename Container>
static void readNames(GraphOp graph, StringRef name, Container &out) {
  if (auto names = graph->getAttrOfType<ArrayAttr>(name))
    for (Attribute n : names)
      out.insert(cast<StringAttr>(n));
}

void SchedulerGraph::loadOrders(SchedulerNode &node) {
  Operation *op = node.op;
  if (auto anc = op->getAttrOfType<ArrayAttr>(kAncestors))
    for (Attribute a : anc)
      node.ancestors.insert(cast<StringAttr>(a));
  if (auto o = op->getAttrOfType<IntegerAttr>(kMinOrder))
    node.minOrder = o.getInt();
  if (auto o = op->getAttrOfType<IntegerAttr>(kMaxOrder))
    node.maxOrder = o.getInt();
}

SchedulerNode *SchedulerGraph::loadNode(Operation &op,
                                        unsigned &withReadWrites) {
  auto nodeOp = cast<SchedulerNodeOpInterface>(op);
  SchedulerNode &node = nodeStorage.emplace_back();
  node.op = &op;
  node.name = nodeOp.getNodeNameAttr();
  for (Value w : nodeOp.getWrittenBuffers()) {
    SchedulerBuffer *buf = nameToBuf.lookup(getBufferName(w));
    buf->definingOp = &node;
    node.outputs.push_back(buf);
  }
  auto reads = op.getAttrOfType<ArrayAttr>(kReads);
  auto writes = op.getAttrOfType<ArrayAttr>(kWrites);
  if (reads && writes) {
    ++withReadWrites;
    setReadWrites(node, {toDepSet(reads), toDepSet(writes)});
  }
  loadOrders(node);
  node.loopsMerged = op.hasAttr(kLoopsMerged);
  node.mutationRenames = readPairs(&op, kNodeRenames);
  nameToNode[node.name] = &node;
  return &node;
}

FailureOr<SchedulerNode *> SchedulerGraph::loadGroup(GroupOp group,
                                                     unsigned &withReadWrites) {
  SchedulerNode &fused = nodeStorage.emplace_back();
  fused.op = group;
  fused.name = group.getNameAttr();
  bool foreach = group.getKind() == GroupKind::foreach;
  for (Operation &member : group.getBodyBlock()) {
    SchedulerNode *part;
    if (auto nested = dyn_cast<GroupOp>(member)) {
      FailureOr<SchedulerNode *> loaded = loadGroup(nested, withReadWrites);
      if (failed(loaded))
        return failure();
      part = *loaded;
    } else {
      part = loadNode(member, withReadWrites);
    }
    for (SchedulerNode *leaf : part->getNodes()) {
      fused.snodes.push_back(leaf);
      fused.outputs.append(leaf->outputs);
    }
    if (foreach)
      fused.parts.push_back(part);
  }
  auto reads = group->getAttrOfType<ArrayAttr>(kReads);
  auto writes = group->getAttrOfType<ArrayAttr>(kWrites);
  auto unmet = group->getAttrOfType<ArrayAttr>(kUnmet);
  if (!reads || !writes || !unmet)
    return group.emitOpError("records no dependencies; groups are made by "
                             "-sched-create-foreach-nodes and "
                             "-sched-fuse-nodes");
  fused.readWrites = {toDepSet(reads), toDepSet(writes)};
  fused.unmet = toDepSet(unmet);
  loadOrders(fused);
  if (auto depth = group->getAttrOfType<IntegerAttr>(kOuterLoopDepth)) {
    // The outer nodes, as runs of the members: single or fused.
    auto sizes = group->getAttrOfType<DenseI64ArrayAttr>(kOuterNodes);
    int64_t total = 0;
    for (int64_t n : sizes ? sizes.asArrayRef() : ArrayRef<int64_t>())
      total += n > 0 ? n : -1;
    if (depth.getInt() < 1 || !sizes ||
        total != static_cast<int64_t>(fused.snodes.size()))
      return group.emitOpError("records an outer-loop fusion without a "
                               "positive depth and outer nodes that "
                               "partition its members");
    fused.outerLoopFusionDepth = depth.getInt();
    size_t next = 0;
    for (int64_t n : sizes.asArrayRef()) {
      if (n == 1) {
        fused.outerNodes.push_back(fused.snodes[next++]);
        continue;
      }
      SchedulerNode &outer = nodeStorage.emplace_back();
      for (int64_t i = 0; i < n; ++i)
        outer.snodes.push_back(fused.snodes[next++]);
      fused.outerNodes.push_back(&outer);
    }
  }
  return &fused;
}

void SchedulerGraph::refreshGroupDependencies(SchedulerNode &group) {
  ReadWrites rw;
  llvm::DenseSet<StringAttr> own;
  for (SchedulerBuffer *b : group.outputs)
    own.insert(b->name);
  for (SchedulerNode *m : group.snodes)
    rw.writes.insert(m->readWrites.writes.begin(), m->readWrites.writes.end());
  for (SchedulerNode *m : group.snodes)
    for (Attribute d : m->readWrites.reads)
      if (!rw.writes.contains(d))
        rw.reads.insert(d);
  group.readWrites = std::move(rw);
  group.unmet.clear();
  for (SchedulerNode *m : group.snodes)
    for (Attribute d : m->unmet)
      if (!own.contains(getDepName(d)) && !group.readWrites.writes.contains(d))
        group.unmet.insert(d);
}

FailureOr<std::unique_ptr<SchedulerGraph>>
SchedulerGraph::load(GraphOp graph, const SchedulerOptions &options) {
  std::unique_ptr<SchedulerGraph> g(new SchedulerGraph(graph));
  g->options = options;
  unsigned withReadWrites = 0;
  for (Operation &op : graph.getBodyBlock()) {
    if (auto input = dyn_cast<InputOp>(op)) {
      g->available.insert(input.getNameAttr());
      g->inputDefs[input.getNameAttr()] = input;
      if (!input.getConstant())
        g->graphInputs.insert(input.getNameAttr());
      continue;
    }
    if (auto def = dyn_cast<BufferDefOpInterface>(op)) {
      SchedulerBuffer &buf = g->bufferStorage.emplace_back();
      buf.name = def.getBufferNameAttr();
      buf.defOp = &op;
      if (auto mutation = dyn_cast<MutationOp>(op))
        buf.mutates = getBufferName(mutation.getTarget());
      if (auto alias = dyn_cast<AliasOp>(op))
        buf.aliases = getBufferName(alias.getBase());
      g->nameToBuf[buf.name] = &buf;
      continue;
    }
    if (auto output = dyn_cast<OutputOp>(op)) {
      for (Value v : output.getOutputs())
        g->outputNames.push_back(getBufferName(v));
      continue;
    }
    if (auto group = dyn_cast<GroupOp>(op)) {
      FailureOr<SchedulerNode *> node = g->loadGroup(group, withReadWrites);
      if (failed(node))
        return failure();
      for (SchedulerNode *leaf : (*node)->snodes)
        g->nameToFusedNode[leaf->name] = *node;
      g->nodes.push_back(*node);
      continue;
    }
    if (!isa<SchedulerNodeOpInterface>(op))
      continue;
    SchedulerNode *node = g->loadNode(op, withReadWrites);
    g->nameToFusedNode[node->name] = node;
    g->nodes.push_back(node);
  }
  unsigned numLeaves = llvm::count_if(
      g->nodeStorage, [](const SchedulerNode &n) { return !n.isFused(); });
  if (withReadWrites != 0 && withReadWrites != numLeaves)
    return graph.emitOpError("has read/write dependencies on some nodes but "
                             "not on others");
  g->readWritesKnown = numLeaves != 0 && withReadWrites == numLeaves;
  g->ancestorsKnown = !g->nodes.empty() &&
                      llvm::all_of(g->nodes, [](SchedulerNode *n) {
                        return n->op->hasAttr(kAncestors);
                      });
  g->ordersKnown = !g->nodes.empty() &&
                   llvm::all_of(g->nodes, [](SchedulerNode *n) {
                     return n->op->hasAttr(kMinOrder);
                   });

  // Every dependency names a graph input, a constant or a written buffer.
  if (g->readWritesKnown)
    for (SchedulerNode &node : g->nodeStorage)
      for (Attribute dep : llvm::concat<const Attribute>(
               node.readWrites.reads.getArrayRef(),
               node.readWrites.writes.getArrayRef())) {
        StringAttr name = getDepName(dep);
        SchedulerBuffer *buf = g->nameToBuf.lookup(name);
        if (!g->isAvailable(name) && (!buf || !buf->definingOp))
          return node.op->emitOpError("depends on '")
                 << name.getValue()
                 << "', which no operation writes and which is not a graph "
                    "input or constant";
      }

  for (SchedulerBuffer &buf : g->bufferStorage) {
    auto users = buf.defOp->getAttrOfType<ArrayAttr>(kUsers);
    if (!users)
      continue;
    g->usersKnown = true;
    for (Attribute a : users) {
      auto user = cast<NodeUserAttr>(a);
      NodeUser u{nullptr, user.getCanInplace().getValue(),
                 user.getIsWeak().getValue()};
      if (user.getNode().getValue() != kOutputName) {
        u.node = g->nameToNode.lookup(user.getNode());
        if (!u.node)
          return buf.defOp->emitOpError("lists user '")
                 << user.getNode().getValue()
                 << "', which is not an operation of the graph";
      }
      buf.users.push_back(u);
    }
  }
  g->mutationRenames = readPairs(graph, kMutationRenames);
  g->mutationRealName = readPairs(graph, kMutationRealName);
  readNames(graph, kMutatedInputs, g->mutatedInputs);
  readNames(graph, kRemovedOperations, g->removedOperations);
  readNames(graph, kRemovedBuffers, g->removedBuffers);
  return g;
}

/// Puts the members of a fused or foreach node into one sched.group, made
/// where its first member is (a foreach node's fused parts become groups
/// inside it). Groups a later fusion emptied are erased by the caller.
static void materializeGroup(SchedulerNode &node) {
  auto existing = dyn_cast_or_null<GroupOp>(node.op);
  if (existing && existing.getNameAttr() == node.name)
    return;
  // Where its first member is, at the top level of the graph (that member
  // may still be inside the group it was part of).
  Operation *first = node.snodes.front()->op;
  while (isa<GroupOp>(first->getParentOp()))
    first = first->getParentOp();
  OpBuilder builder(first);
  auto group = GroupOp::create(
      builder, first->getLoc(), node.name,
      node.isForeach() ? GroupKind::foreach : GroupKind::fused);
  Block *body = builder.createBlock(&group.getBody());
  for (SchedulerNode *member : node.getMembers()) {
    if (member->isFused())
      materializeGroup(*member);
    member->op->moveBefore(body, body->end());
  }
  node.op = group;
}

/// Erases the groups that fusion emptied, inner ones first.
static void eraseEmptyGroups(GraphOp graph) {
  SmallVector<GroupOp> empty;
  graph.walk<WalkOrder::PostOrder>([&](GroupOp group) {
    if (llvm::all_of(group.getBodyBlock(), [](Operation &op) {
          auto inner = dyn_cast<GroupOp>(op);
          return inner && inner.getBodyBlock().empty();
        }))
      empty.push_back(group);
  });
  for (GroupOp group : empty)
    group->erase();
}

void SchedulerGraph::store() {
  MLIRContext *ctx = graph.getContext();
  Builder b(ctx);
  for (SchedulerNode *node : nodes)
    if (node->isFused())
      materializeGroup(*node);
  eraseEmptyGroups(graph);
  // Each op's attributes are set in one go: every setAttr builds a new
  // attribute dictionary.
  StringAttr readsName = b.getStringAttr(kReads),
             writesName = b.getStringAttr(kWrites),
             unmetName = b.getStringAttr(kUnmet),
             mergedName = b.getStringAttr(kLoopsMerged),
             renamesName = b.getStringAttr(kNodeRenames),
             ancestorsName = b.getStringAttr(kAncestors),
             minName = b.getStringAttr(kMinOrder),
             maxName = b.getStringAttr(kMaxOrder),
             usersName = b.getStringAttr(kUsers),
             outputName = b.getStringAttr(kOutputName),
             lastUsageName = b.getStringAttr(kLastUsage);
  auto update = [&](Operation *op, ArrayRef<NamedAttribute> attrs) {
    if (attrs.empty())
      return;
    NamedAttrList list(op->getDiscardableAttrDictionary());
    for (const NamedAttribute &a : attrs)
      list.set(a.getName(), a.getValue());
    op->setDiscardableAttrs(list.getDictionary(ctx));
  };
  auto storeNode = [&](SchedulerNode *node, bool topLevel) {
    SmallVector<NamedAttribute, 8> attrs;
    if (readWritesKnown) {
      attrs.push_back({readsName, toArrayAttr(ctx, node->readWrites.reads)});
      attrs.push_back({writesName, toArrayAttr(ctx, node->readWrites.writes)});
      if (node->isFused())
        attrs.push_back({unmetName, toArrayAttr(ctx, node->unmet)});
    }
    if (node->loopsMerged)
      attrs.push_back({mergedName, b.getUnitAttr()});
    if (node->outerLoopFusionDepth) {
      attrs.push_back({b.getStringAttr(kOuterLoopDepth),
                       b.getI64IntegerAttr(node->outerLoopFusionDepth)});
      SmallVector<int64_t> sizes;
      for (SchedulerNode *outer : node->outerNodes)
        sizes.push_back(outer->getNodes().size());
      attrs.push_back(
          {b.getStringAttr(kOuterNodes), b.getDenseI64ArrayAttr(sizes)});
    }
    if (!node->mutationRenames.empty()) {
      SmallVector<Attribute> pairs;
      for (auto &[from, to] : node->mutationRenames)
        pairs.push_back(b.getArrayAttr({from, to}));
      attrs.push_back({renamesName, b.getArrayAttr(pairs)});
    }
    if (lastUsageKnown)
      attrs.push_back(
          {lastUsageName, b.getArrayAttr(SmallVector<Attribute>(
                              node->lastUsage.begin(), node->lastUsage.end()))});
    if (topLevel && ancestorsKnown)
      attrs.push_back(
          {ancestorsName, b.getArrayAttr(SmallVector<Attribute>(
                              node->ancestors.begin(), node->ancestors.end()))});
    if (topLevel && ordersKnown) {
      attrs.push_back({minName, b.getI64IntegerAttr(node->minOrder)});
      attrs.push_back({maxName, b.getI64IntegerAttr(node->maxOrder)});
    }
    update(node->op, attrs);
  };
  for (SchedulerNode *node : nodes) {
    for (SchedulerNode *part : node->parts)
      if (part->isFused())
        storeNode(part, /*topLevel=*/false);
    for (SchedulerNode *member : node->snodes)
      storeNode(member, /*topLevel=*/false);
    storeNode(node, /*topLevel=*/true);
  }
  if (usersKnown) {
    BoolAttr yes = b.getBoolAttr(true), no = b.getBoolAttr(false);
    for (SchedulerNode *node : nodes)
      for (SchedulerBuffer *buf : node->outputs) {
        SmallVector<Attribute> users;
        for (const NodeUser &u : buf->users)
          users.push_back(NodeUserAttr::get(
              ctx, u.node ? u.node->name : outputName,
              u.canInplace ? yes : no, u.isWeak ? yes : no));
        update(buf->defOp, {{usersName, b.getArrayAttr(users)}});
      }
  }

  auto setPairs = [&](StringRef name,
                      const llvm::MapVector<StringAttr, StringAttr> &map) {
    SmallVector<Attribute> pairs;
    for (auto &[from, to] : map)
      pairs.push_back(b.getArrayAttr({from, to}));
    if (!pairs.empty())
      graph->setAttr(name, b.getArrayAttr(pairs));
  };
  auto setNames = [&](StringRef name, const llvm::SetVector<StringAttr> &set) {
    if (!set.empty())
      graph->setAttr(name, b.getArrayAttr(SmallVector<Attribute>(
                               set.begin(), set.end())));
  };
  setPairs(kMutationRenames, mutationRenames);
  setPairs(kMutationRealName, mutationRealName);
  setNames(kMutatedInputs, mutatedInputs);
  setNames(kRemovedOperations, removedOperations);
  setNames(kRemovedBuffers, removedBuffers);

  // Erase removed nodes, then the buffers, views and list entries of
  // removed buffers that nothing uses any more.
  llvm::DenseSet<Operation *> live;
  for (SchedulerNode *node : nodes)
    live.insert(node->op);
  for (Operation &op : llvm::make_early_inc_range(graph.getBodyBlock()))
    if (isa<SchedulerNodeOpInterface, GroupOp>(op) && !live.contains(&op))
      op.erase();
  for (Operation &op : graph.getBodyBlock())
    if (auto list = dyn_cast<GraphListOp>(op)) {
      SmallVector<Value> kept;
      for (Value v : list.getBuffers())
        if (!removedBuffers.contains(getBufferName(v)))
          kept.push_back(v);
      list.getBuffersMutable().assign(kept);
    }
  for (Operation &op :
       llvm::make_early_inc_range(llvm::reverse(graph.getBodyBlock())))
    if (isa<BufferDefOpInterface, ViewOp>(op) && !isa<InputOp>(op) &&
        op.use_empty() &&
        (isa<ViewOp>(op) || removedBuffers.contains(getBufferName(
                                op.getResult(0)))))
      op.erase();
  if (orderChanged)
    reorderIR();
}

// Moves the ops of the graph into the node order: each node right after the
// ops that define what it uses (its buffers, the views it reads).
void SchedulerGraph::reorderIR() {
  Block &block = graph.getBodyBlock();
  Operation *terminator = block.getTerminator();
  llvm::DenseSet<Operation *> placed;
  SmallVector<Operation *> order;
  std::function<void(Operation *)> place = [&](Operation *op) {
    if (!op || op->getBlock() != &block || op == terminator ||
        !placed.insert(op).second)
      return;
    for (Value v : op->getOperands())
      place(v.getDefiningOp());
    visitUsedValuesDefinedAbove(op->getRegions(), [&](OpOperand *operand) {
      place(operand->get().getDefiningOp());
    });
    order.push_back(op);
  };
  for (Operation &op : block)
    if (isa<InputOp>(op))
      place(&op);
  for (SchedulerNode *node : nodes)
    place(node->op);
  for (Operation &op : block)
    place(&op);
  for (Operation *op : order)
    op->moveBefore(terminator);
  orderChanged = false;
}

//===----------------------------------------------------------------------===//
// S2–S4: read/write dependencies
//===----------------------------------------------------------------------===//

// BaseSchedulerNode.set_read_writes + prune_deps.
void SchedulerGraph::setReadWrites(SchedulerNode &node, ReadWrites rw) {
  node.readWrites = std::move(rw);
  node.unmet.clear();
  for (Attribute dep : node.readWrites.reads)
    if (!isAvailable(getDepName(dep)))
      node.unmet.insert(dep);
}

void SchedulerGraph::computeReadWrites() {
  for (SchedulerNode *node : nodes) {
    ReadWrites rw;
    if (auto computed = dyn_cast<NodeOp>(node->op)) {
      StringRef device =
          getDevice(computed.getWrites().front().getType()).getValue();
      rw = extractReadWrites(
          computed,
          shouldNormalizeDeps(device, options.loopOrderingAfterFusion));
    } else {
      rw = getWholeBufferReadWrites(cast<SchedulerNodeOpInterface>(node->op));
    }
    setReadWrites(*node, std::move(rw));
  }
  readWritesKnown = true;
}

//===----------------------------------------------------------------------===//
// S7: compute_dependencies
//===----------------------------------------------------------------------===//

StringAttr SchedulerGraph::rename(StringAttr name) const {
  // mutation_renames never cycles: each entry points at a newer buffer.
  for (auto it = mutationRenames.find(name); it != mutationRenames.end();
       it = mutationRenames.find(name))
    name = it->second;
  return name;
}

/// The user lists of compute_dependencies. Aliases share one list, as
/// Python aliasing does in Inductor; appends deduplicate on (user name,
/// can_inplace, is_weak), as DedupList does.
namespace {
class UserLists {
public:
  unsigned listOf(StringAttr name) {
    auto [it, inserted] = index.try_emplace(name, lists.size());
    if (inserted)
      lists.emplace_back();
    return it->second;
  }
  bool has(StringAttr name) const { return index.count(name); }
  std::vector<NodeUser> &get(StringAttr name) {
    return lists[listOf(name)].items;
  }
  void append(StringAttr name, NodeUser user) {
    List &list = lists[listOf(name)];
    if (list.members.insert(key(user)).second)
      list.items.push_back(user);
  }
  /// Makes `a` and `b` share one list: the concatenation of both.
  void share(StringAttr a, StringAttr b) {
    if (has(a) && has(b)) {
      unsigned la = index[a], lb = index[b];
      if (la == lb)
        return;
      List combined = lists[la];
      for (const NodeUser &u : lists[lb].items)
        if (combined.members.insert(key(u)).second)
          combined.items.push_back(u);
      unsigned c = lists.size();
      lists.push_back(std::move(combined));
      for (auto &[name, list] : index)
        if (list == la || list == lb)
          list = c;
    } else if (has(a)) {
      index[b] = index[a];
    } else {
      index[a] = listOf(b);
    }
  }

private:
  /// Users are equal when they name the same node (or OUTPUT) with the
  /// same flags, as NodeUser.__eq__ has it.
  using Key = std::pair<SchedulerNode *, unsigned>;
  static Key key(const NodeUser &u) {
    return {u.node, unsigned(u.canInplace) | unsigned(u.isWeak) << 1};
  }
  struct List {
    std::vector<NodeUser> items;
    llvm::DenseSet<Key> members;
  };
  llvm::DenseMap<StringAttr, unsigned> index;
  std::vector<List> lists;
};
} // namespace

/// The unbacked size symbols an operation uses: those in its written
/// buffers' layouts, its ranges and its body's index expressions.
static llvm::SetVector<StringAttr>
getSymbolUses(Operation *op, const llvm::DenseSet<StringAttr> &backed) {
  llvm::SetVector<StringAttr> uses;
  auto add = [&](IndexExprAttr e) {
    for (StringAttr s : e.getSizeSymbols())
      if (!backed.contains(s))
        uses.insert(s);
  };
  auto addType = [&](Type t) {
    if (auto buffer = dyn_cast<BufferType>(t)) {
      llvm::for_each(buffer.getSizes(), add);
      llvm::for_each(buffer.getStrides(), add);
      add(buffer.getOffset());
    }
  };
  for (Value w : cast<SchedulerNodeOpInterface>(op).getWrittenBuffers())
    addType(w.getType());
  op->walk([&](Operation *inner) {
    for (NamedAttribute attr : inner->getAttrs()) {
      if (auto e = dyn_cast<IndexExprAttr>(attr.getValue()))
        add(e);
      else if (auto arr = dyn_cast<ArrayAttr>(attr.getValue()))
        for (Attribute a : arr)
          if (auto e = dyn_cast<IndexExprAttr>(a))
            add(e);
    }
  });
  return uses;
}

static SmallVector<StringAttr> sortedByName(ArrayRef<StringAttr> names) {
  SmallVector<StringAttr> sorted(names.begin(), names.end());
  llvm::stable_sort(sorted, [](StringAttr a, StringAttr b) {
    return a.getValue() < b.getValue();
  });
  return sorted;
}

// Registers a node's mutations for the nodes after it.
void SchedulerGraph::registerMutations(SchedulerNode *node) {
  for (SchedulerBuffer *buf : node->outputs) {
    if (!buf->mutates)
      continue;
    StringAttr target = buf->mutates;
    mutationRenames[rename(target)] = buf->name;
    mutationRenames[target] = buf->name;
    // A copy: inserting into the MapVector may move the entry `real`
    // points at.
    StringAttr realName = mutationRealName.lookup(target);
    mutationRealName[buf->name] = realName ? realName : target;
  }
}

LogicalResult SchedulerGraph::computeDependencies() {
  MLIRContext *ctx = graph.getContext();
  UserLists users;

  // Aliases share their user lists.
  for (SchedulerNode *node : nodes)
    for (SchedulerBuffer *buf : node->outputs)
      if (buf->aliases)
        users.share(buf->name, buf->aliases);

  auto addUser = [&](StringAttr name, SchedulerNode *user,
                     bool canInplace = false, bool isWeak = false) {
    users.append(rename(name), NodeUser{user, canInplace, isWeak});
  };
  auto addFakeDep = [&](SchedulerNode *node, Attribute dep) {
    ReadWrites rw = node->readWrites;
    rw.reads.insert(dep);
    setReadWrites(*node, std::move(rw));
  };

  // Unbacked symbols: graph-declared (backed) symbols have no definer.
  llvm::DenseSet<StringAttr> backed;
  for (Attribute a : graph.getSymNames())
    backed.insert(cast<StringAttr>(a));
  llvm::DenseMap<StringAttr, SchedulerNode *> symbolOrigin;
  bool anyUnbacked = llvm::any_of(nodes, [](SchedulerNode *n) {
    auto ext = dyn_cast<ExternOp>(n->op);
    return ext && ext.getDefinesSymbols();
  });
  // (The verifier guarantees every other symbol is declared by the graph.)

  for (SchedulerNode *node : nodes) {
    if (auto ext = dyn_cast<ExternOp>(node->op))
      if (auto defs = ext.getDefinesSymbols()) {
        SmallVector<StringAttr> names;
        for (Attribute a : *defs)
          names.push_back(cast<StringAttr>(a));
        // The first definer is canonical.
        for (StringAttr s : sortedByName(names))
          symbolOrigin.try_emplace(s, node);
      }
    // Only symbols some extern kernel defines can be unbacked.
    llvm::SetVector<StringAttr> uses;
    if (anyUnbacked)
      uses = getSymbolUses(node->op, backed);
    for (StringAttr s : sortedByName(uses.getArrayRef())) {
      SchedulerNode *origin = symbolOrigin.lookup(s);
      if (!origin)
        return node->op->emitOpError("uses unbacked symbol '")
               << s.getValue() << "' before any operation defines it";
      if (origin == node)
        continue;
      for (SchedulerBuffer *buf : origin->outputs)
        addFakeDep(node, StarDepAttr::get(ctx, buf->name, {}));
    }

    StringAttr nodeMode;
    if (node->readWrites.writes.size() == 1)
      if (auto w = dyn_cast<MemoryDepAttr>(node->readWrites.writes.front()))
        nodeMode = w.getMode();

    // Output mutations: run after the previous writer and every prior reader.
    llvm::DenseMap<StringAttr, StringAttr> mutatedHere;
    for (SchedulerBuffer *buf : node->outputs) {
      if (!buf->mutates)
        continue;
      StringAttr alt = rename(buf->mutates);
      auto [prev, first] = mutatedHere.try_emplace(alt, buf->name);
      if (!first)
        return node->op->emitOpError("mutates '")
               << alt.getValue() << "' twice, through '"
               << prev->second.getValue() << "' and '"
               << buf->name.getValue() << "'";
      addUser(alt, node);
      addFakeDep(node, StarDepAttr::get(ctx, alt, nodeMode));
      // The list may grow while we walk it (aliases share lists).
      for (size_t i = 0; i < users.get(alt).size(); ++i) {
        NodeUser user = users.get(alt)[i];
        if (!user.node || user.node == node)
          continue;
        for (SchedulerBuffer *other : user.node->outputs) {
          StringAttr otherName = rename(other->name);
          addFakeDep(node, WeakDepAttr::get(ctx, otherName, buf->name,
                                            BoolAttr::get(ctx, true)));
          addUser(otherName, node, /*canInplace=*/false, /*isWeak=*/true);
        }
      }
    }

    // Normal dependencies.
    for (Attribute read : node->readWrites.reads)
      if (!isa<WeakDepAttr>(read))
        addUser(getDepName(read), node, node->canInplace(read));

    // update_mutated_names: this node reads the previous versions.
    auto needsRename = [&](Attribute dep) {
      return mutationRenames.count(getDepName(dep));
    };
    if (llvm::none_of(node->readWrites.reads, needsRename) &&
        llvm::none_of(node->readWrites.writes, needsRename)) {
      registerMutations(node);
      continue;
    }
    // Inductor keeps the renames that applied, for refresh_dependencies.
    for (Attribute dep : llvm::concat<const Attribute>(
             node->readWrites.reads.getArrayRef(),
             node->readWrites.writes.getArrayRef()))
      if (auto it = mutationRenames.find(getDepName(dep));
          it != mutationRenames.end())
        node->mutationRenames.insert({it->first, it->second});
    ReadWrites renamed;
    auto renameOne = [&](Attribute dep) {
      auto it = mutationRenames.find(getDepName(dep));
      return it == mutationRenames.end() ? dep : renameDep(dep, it->second);
    };
    for (Attribute dep : node->readWrites.reads)
      renamed.reads.insert(renameOne(dep));
    for (Attribute dep : node->readWrites.writes)
      renamed.writes.insert(renameOne(dep));
    setReadWrites(*node, std::move(renamed));

    registerMutations(node);
  }

  // Keep graph outputs alive, the definers of unbacked symbols that outputs
  // use, and the newest version of every mutated input or constant.
  for (StringAttr name : outputNames)
    addUser(name, nullptr);
  for (Operation &op : graph.getBodyBlock())
    if (auto output = dyn_cast<OutputOp>(op))
      for (Value v : output.getOutputs())
        if (auto type = dyn_cast<BufferType>(v.getType()))
          for (StringAttr s : sortedByName(type.getSizeSymbols()))
            if (SchedulerNode *origin = symbolOrigin.lookup(s))
              for (SchedulerBuffer *buf : origin->outputs)
                addUser(buf->name, nullptr);
  for (auto &[name, renamedTo] : mutationRenames) {
    if (!isAvailable(name))
      continue;
    addUser(name, nullptr);
    if (graphInputs.contains(name))
      mutatedInputs.insert(name);
  }

  // set_users: one entry per user node, flags AND-ed (a strong use wins).
  for (SchedulerNode *node : nodes)
    for (SchedulerBuffer *buf : node->outputs) {
      buf->users.clear();
      if (!users.has(buf->name))
        continue;
      llvm::SmallDenseMap<SchedulerNode *, size_t, 8> position;
      for (const NodeUser &u : users.get(buf->name)) {
        auto [it, first] = position.try_emplace(u.node, buf->users.size());
        if (first) {
          buf->users.push_back(u);
          continue;
        }
        buf->users[it->second].canInplace &= u.canInplace;
        buf->users[it->second].isWeak &= u.isWeak;
      }
    }
  usersKnown = true;
  return success();
}

//===----------------------------------------------------------------------===//
// S8: topological_sort_schedule
//===----------------------------------------------------------------------===//

LogicalResult SchedulerGraph::topologicalSort() {
  llvm::DenseMap<StringAttr, SchedulerNode *> producer;
  for (SchedulerNode *node : nodes)
    for (SchedulerBuffer *buf : node->outputs)
      producer[buf->name] = node;

  // Producers of a node's unmet dependencies, sorted by dependency name as
  // strings (so "buf10" < "buf2"), stably.
  auto producersOf = [&](SchedulerNode *node) {
    SmallVector<Attribute> deps(node->unmet.begin(), node->unmet.end());
    llvm::stable_sort(deps, [](Attribute a, Attribute b) {
      return getDepName(a).getValue() < getDepName(b).getValue();
    });
    SmallVector<SchedulerNode *> result;
    for (Attribute dep : deps)
      if (SchedulerNode *p = producer.lookup(getDepName(dep)))
        result.push_back(p);
    return result;
  };

  enum class State { kNew, kOnStack, kDone };
  llvm::DenseMap<SchedulerNode *, State> state;
  std::vector<SchedulerNode *> result;
  struct Frame {
    SchedulerNode *node;
    SmallVector<SchedulerNode *> next;
    size_t pos = 0;
  };
  // An explicit stack: chains of 100k nodes would overflow recursion.
  for (SchedulerNode *root : nodes) {
    if (state.lookup(root) != State::kNew)
      continue;
    std::vector<Frame> stack;
    state[root] = State::kOnStack;
    stack.push_back({root, producersOf(root)});
    while (!stack.empty()) {
      Frame &top = stack.back();
      if (top.pos == top.next.size()) {
        state[top.node] = State::kDone;
        result.push_back(top.node);
        stack.pop_back();
        continue;
      }
      SchedulerNode *next = top.next[top.pos++];
      State s = state.lookup(next);
      if (s == State::kDone)
        continue;
      if (s == State::kOnStack) {
        std::string cycle;
        llvm::raw_string_ostream os(cycle);
        auto start = llvm::find_if(
            stack, [&](const Frame &f) { return f.node == next; });
        for (auto it = start; it != stack.end(); ++it)
          os << it->node->name.getValue() << " -> ";
        os << next->name.getValue();
        // A fused node has no op until it is stored: report at its first.
        Operation *at = next->op ? next->op : next->getNodes().front()->op;
        return at->emitOpError("is on a dependency cycle: ")
               << cycle << " (each reads a buffer the next one writes)";
      }
      state[next] = State::kOnStack;
      stack.push_back({next, producersOf(next)});
    }
  }
  if (result != nodes) {
    nodes = std::move(result);
    orderChanged = true;
  }
  return success();
}

//===----------------------------------------------------------------------===//
// S9: dead_node_elimination
//===----------------------------------------------------------------------===//

void SchedulerGraph::deadNodeElimination() {
  std::vector<SchedulerNode *> kept;
  // Users come after their producers: walk backwards.
  for (SchedulerNode *node : llvm::reverse(nodes)) {
    bool active = false;
    for (SchedulerBuffer *buf : node->outputs) {
      bool dead = llvm::all_of(buf->users, [&](const NodeUser &u) {
        return u.isWeak || (u.node && removedOperations.contains(u.node->name));
      });
      if (dead)
        removedBuffers.insert(buf->name);
      else
        active = true;
    }
    if (node->hasSideEffects() || active) {
      kept.push_back(node);
      continue;
    }
    removedOperations.insert(node->name);
  }
  std::reverse(kept.begin(), kept.end());
  nodes = std::move(kept);
  // Removed nodes stop being users of what they read. Inductor filters the
  // lists as it goes; filtering once at the end decides the same, since the
  // walk already counts users that were removed as gone.
  for (SchedulerBuffer &buf : bufferStorage)
    llvm::erase_if(buf.users, [&](const NodeUser &u) {
      return u.node && removedOperations.contains(u.node->name);
    });

  // prune_weak_deps: weak dependencies on removed operations go.
  for (SchedulerNode *node : nodes) {
    ReadWrites rw = node->readWrites;
    bool changed = rw.reads.remove_if([&](Attribute dep) {
      if (!isa<WeakDepAttr>(dep))
        return false;
      SchedulerBuffer *buf = nameToBuf.lookup(getDepName(dep));
      return buf && buf->definingOp &&
             removedOperations.contains(buf->definingOp->name);
    });
    if (changed)
      setReadWrites(*node, std::move(rw));
  }
}

//===----------------------------------------------------------------------===//
// S10: compute_ancestors
//===----------------------------------------------------------------------===//

void SchedulerGraph::computeAncestors(bool withSets) {
  for (auto [order, node] : llvm::enumerate(nodes)) {
    node->minOrder = node->maxOrder = order;
    node->ancestors.clear();
    if (!withSets)
      continue;
    for (Attribute dep : node->unmet) {
      SchedulerBuffer *buf = nameToBuf.lookup(getDepName(dep));
      if (!buf || !buf->definingOp)
        continue;
      SchedulerNode *producer = buf->definingOp;
      node->ancestors.insert(producer->name);
      node->ancestors.insert(producer->ancestors.begin(),
                             producer->ancestors.end());
    }
  }
  ordersKnown = true;
  ancestorsKnown = withSets;
}

//===----------------------------------------------------------------------===//
// S12: create_foreach_nodes
//===----------------------------------------------------------------------===//

LogicalResult SchedulerGraph::createForeachNodes() {
  llvm::DenseSet<SchedulerNode *> kept(nodes.begin(), nodes.end());
  llvm::DenseSet<SchedulerNode *> grouped;
  std::vector<SchedulerNode *> foreachNodes;
  for (auto list : graph.getBodyBlock().getOps<GraphListOp>()) {
    // The list's operations that survived dead-node elimination, nop
    // kernels left out.
    llvm::SetVector<SchedulerNode *> members;
    for (Value buffer : list.getBuffers()) {
      SchedulerBuffer *buf = lookupBuffer(getBufferName(buffer));
      SchedulerNode *op = buf ? buf->definingOp : nullptr;
      if (!op || !kept.contains(op) || isa<NopOp>(op->op))
        continue;
      if (grouped.contains(op) && !members.contains(op))
        return list.emitOpError("lists '")
               << op->name.getValue()
               << "', which an earlier list already groups";
      members.insert(op);
    }
    if (members.empty())
      continue;
    grouped.insert(members.begin(), members.end());
    SchedulerNode *fe = makeForeachNode(members.getArrayRef());
    foreachNodes.push_back(fe);
  }
  if (foreachNodes.empty())
    return success();
  llvm::erase_if(nodes, [&](SchedulerNode *n) { return grouped.contains(n); });
  nodes.insert(nodes.end(), foreachNodes.begin(), foreachNodes.end());
  orderChanged = true;
  return topologicalSort();
}

bool SchedulerGraph::fusableWeakDep(WeakDepAttr weak, const SchedulerNode *n1,
                                    const SchedulerNode *n2) const {
  if (llvm::none_of(n1->outputs, [&](SchedulerBuffer *b) {
        return b->name == weak.getName();
      }))
    return false;
  // The mutation must write in place exactly where node1 reads.
  SmallVector<Attribute> mutatingWrites;
  for (Attribute w : n2->readWrites.writes)
    if (getDepName(w) == weak.getMutatingBuf())
      mutatingWrites.push_back(w);
  if (mutatingWrites.size() != 1)
    return false;
  auto write = dyn_cast<MemoryDepAttr>(mutatingWrites.front());
  if (!write || write.getIndex().getNumIndirect())
    return false;
  StringAttr realName = mutationRealName.lookup(weak.getMutatingBuf());
  if (!realName)
    realName = weak.getMutatingBuf();
  // A foreach node's parts read concurrently: at most one may read it.
  ArrayRef<SchedulerNode *> readers =
      n1->isForeach() ? n1->getMembers() : ArrayRef<SchedulerNode *>();
  SmallVector<const SchedulerNode *> readingNodes(readers.begin(),
                                                  readers.end());
  if (!n1->isForeach())
    readingNodes.push_back(n1);
  // Inductor compares the reads' names with the real name only, which a
  // read of an earlier mutation's version (renamed, e.g. buf2 for x) never
  // equals: it would call a mutation that overwrites what node1 reads
  // elsewhere fusable and fuse a race. We compare every version of the
  // buffer (a deliberate difference; it agrees with Inductor on the first
  // mutation of a buffer, and on every corpus program).
  auto sameStorage = [&](StringAttr name) {
    StringAttr real = mutationRealName.lookup(name);
    return (real ? real : name) == realName;
  };
  unsigned concurrentReads = 0;
  for (const SchedulerNode *reader : readingNodes) {
    bool reads = false;
    for (Attribute read : reader->readWrites.reads) {
      if (!sameStorage(getDepName(read)))
        continue;
      reads = true;
      auto r = dyn_cast<MemoryDepAttr>(read);
      if (!r || r.getIndex().getNumIndirect() ||
          r.getIndex() != write.getIndex() ||
          r.getVarPrefix() != write.getVarPrefix() ||
          r.getRanges() != write.getRanges())
        return false;
    }
    concurrentReads += reads;
  }
  return concurrentReads <= 1;
}

void SchedulerGraph::pruneRedundantDeps(SchedulerNode &node) {
  if (llvm::none_of(node.unmet, [](Attribute d) { return isa<WeakDepAttr>(d); }))
    return;
  auto producerOf = [&](Attribute dep) -> SchedulerNode * {
    SchedulerBuffer *buf = lookupBuffer(getDepName(dep));
    if (!buf || !buf->definingOp)
      return nullptr;
    return nameToFusedNode.lookup(buf->definingOp->name);
  };
  llvm::DenseMap<SchedulerNode *, unsigned> strong;
  for (Attribute dep : node.unmet)
    if (!isa<WeakDepAttr>(dep))
      if (SchedulerNode *p = producerOf(dep))
        ++strong[p];
  // PyTorch 2.11: a weak dependency is redundant only if a real one orders
  // the same producer first and fusing would act in place (fusable_weak_dep),
  // so that pruning it loses no fusion check.
  DepSet prune;
  for (Attribute dep : node.unmet)
    if (auto weak = dyn_cast<WeakDepAttr>(dep))
      if (SchedulerNode *p = producerOf(dep);
          p && ((strong.lookup(p) > 0 && fusableWeakDep(weak, p, &node)) ||
                p == &node))
        prune.insert(dep);
  if (prune.empty())
    return;
  ReadWrites rw = node.readWrites;
  rw.reads.remove_if([&](Attribute d) { return prune.contains(d); });
  setReadWrites(node, std::move(rw));
}

//===----------------------------------------------------------------------===//
// S17: create_combo_kernel_nodes
//===----------------------------------------------------------------------===//

void SchedulerGraph::assembleForeachNode(SchedulerNode &fe,
                                         ForeachAncestors from,
                                         MLIRContext *ctx) {
  std::string name;
  for (SchedulerNode *part : fe.parts) {
    for (SchedulerNode *m : part->getNodes()) {
      fe.snodes.push_back(m);
      fe.outputs.append(m->outputs);
      if (from == ForeachAncestors::OfLeaves)
        fe.ancestors.insert(m->ancestors.begin(), m->ancestors.end());
    }
    if (from == ForeachAncestors::OfParts)
      fe.ancestors.insert(part->ancestors.begin(), part->ancestors.end());
    name += (name.empty() ? "" : "_") + part->name.getValue().str();
  }
  fe.name = StringAttr::get(ctx, name);
}

SchedulerNode *
SchedulerGraph::makeForeachNode(ArrayRef<SchedulerNode *> parts) {
  SchedulerNode &fe = nodeStorage.emplace_back();
  fe.parts.append(parts.begin(), parts.end());
  assembleForeachNode(fe, ForeachAncestors::OfParts, graph.getContext());
  refreshGroupDependencies(fe);
  fe.minOrder = parts.front()->minOrder;
  fe.maxOrder = parts.front()->maxOrder;
  for (SchedulerNode *part : parts) {
    fe.minOrder = std::min(fe.minOrder, part->minOrder);
    fe.maxOrder = std::max(fe.maxOrder, part->maxOrder);
  }
  for (SchedulerNode *m : fe.snodes)
    nameToFusedNode[m->name] = &fe;
  return &fe;
}

LogicalResult SchedulerGraph::createComboKernels(bool pointwiseOnly) {
  // _topological_sort_nodes: Kahn's levels, each in node order. A node's
  // level is the longest chain of unmet dependencies leading to it.
  llvm::DenseMap<SchedulerNode *, unsigned> level;
  unsigned numLevels = 0;
  for (SchedulerNode *node : nodes) {
    unsigned l = 0;
    for (Attribute dep : node->unmet) {
      SchedulerBuffer *buf = lookupBuffer(getDepName(dep));
      if (!buf || !buf->definingOp)
        continue;
      SchedulerNode *producer = nameToFusedNode.lookup(buf->definingOp->name);
      auto it = level.find(producer);
      if (producer && producer != node && it != level.end())
        l = std::max(l, it->second + 1);
    }
    level[node] = l;
    numLevels = std::max(numLevels, l + 1);
  }
  std::vector<SmallVector<SchedulerNode *>> levels(numLevels);
  for (SchedulerNode *node : nodes)
    levels[level[node]].push_back(node);

  // _default_group_nodes_for_combo_kernels: per level and device (CPU
  // nodes left out), chunks of at most 8; then combinable_nodes.
  llvm::DenseSet<SchedulerNode *> combined;
  for (ArrayRef<SchedulerNode *> nodesAtLevel : levels) {
    llvm::MapVector<StringAttr, SmallVector<SchedulerNode *>> byDevice;
    for (SchedulerNode *node : nodesAtLevel) {
      StringAttr device = node->getDevice();
      if (device && !isCpuDevice(device.getValue()))
        byDevice[device].push_back(node);
    }
    for (auto &[device, onDevice] : byDevice)
      for (size_t start = 0; start < onDevice.size(); start += 8) {
        SmallVector<SchedulerNode *> chunk;
        for (SchedulerNode *node : ArrayRef(onDevice).slice(
                 start, std::min<size_t>(8, onDevice.size() - start)))
          if (!node->isExternOrNop() && !node->isForeach() &&
              !(pointwiseOnly && node->isReduction()))
            chunk.push_back(node);
        // speedup_by_combo_kernel holds without benchmarking.
        if (chunk.size() < 2)
          continue;
        SchedulerNode *combo = makeForeachNode(chunk);
        combined.insert(chunk.begin(), chunk.end());
        nodes.push_back(combo);
      }
  }
  if (combined.empty())
    return success();
  llvm::erase_if(nodes,
                 [&](SchedulerNode *n) { return combined.contains(n); });
  std::stable_sort(nodes.begin(), nodes.end(),
                   [](SchedulerNode *a, SchedulerNode *b) {
                     return a->minOrder < b->minOrder;
                   });
  orderChanged = true;
  if (failed(topologicalSort()))
    return failure();
  for (SchedulerNode *node : nodes)
    pruneRedundantDeps(*node);
  return success();
}

//===----------------------------------------------------------------------===//
// S15: merge_loops
//===----------------------------------------------------------------------===//

void SchedulerGraph::refreshDependencies(SchedulerNode &leaf,
                                         bool normalize) {
  ReadWrites rw = extractReadWrites(cast<NodeOp>(leaf.op), normalize);
  for (Attribute dep : leaf.readWrites.reads)
    if (isa<WeakDepAttr, StarDepAttr>(dep))
      rw.reads.insert(dep);
  if (!leaf.mutationRenames.empty()) {
    // ReadWrites.rename: a one-level lookup in the node's own renames.
    auto renameOne = [&](Attribute dep) {
      auto it = leaf.mutationRenames.find(getDepName(dep));
      return it == leaf.mutationRenames.end() ? dep
                                              : renameDep(dep, it->second);
    };
    ReadWrites renamed;
    for (Attribute dep : rw.reads)
      renamed.reads.insert(renameOne(dep));
    for (Attribute dep : rw.writes)
      renamed.writes.insert(renameOne(dep));
    rw = std::move(renamed);
  }
  setReadWrites(leaf, std::move(rw));
}

void SchedulerGraph::mergeLoops(bool loopOrderingAfterFusion) {
  if (!loopOrderingAfterFusion)
    return;
  for (SchedulerNode *node : nodes) {
    StringAttr device = node->getDevice();
    if (node->isExternOrNop() || !device ||
        isCpuDevice(device.getValue()))
      continue;
    for (SchedulerNode *leaf : node->getNodes()) {
      auto computed = dyn_cast<NodeOp>(leaf->op);
      if (!computed)
        continue;
      inductor_sched::mergeLoops(computed);
      refreshDependencies(*leaf, /*normalize=*/true);
      leaf->loopsMerged = true;
    }
  }
}

//===----------------------------------------------------------------------===//
// S21: compute_last_usage
//===----------------------------------------------------------------------===//

void SchedulerGraph::computeLastUsage() {
  // used_or_aliased_buffer_names: the dependency names, popped from the end
  // of a work list that aliases are pushed onto, as Inductor walks them.
  auto usedBuffers = [&](SchedulerNode *node) {
    SmallVector<StringAttr> work;
    for (Attribute d : node->readWrites.reads)
      work.push_back(getDepName(d));
    for (Attribute d : node->readWrites.writes)
      work.push_back(getDepName(d));
    llvm::SetVector<StringAttr> used;
    while (!work.empty()) {
      StringAttr name = work.pop_back_val();
      used.insert(name);
      if (SchedulerBuffer *buf = lookupBuffer(name))
        if (buf->aliases && !used.contains(buf->aliases))
          work.push_back(buf->aliases);
    }
    llvm::SetVector<StringAttr> real;
    for (StringAttr name : used) {
      auto it = mutationRealName.find(name);
      real.insert(it == mutationRealName.end() ? name : it->second);
    }
    return real;
  };
  auto setLastUsage = [&](SchedulerNode *node,
                          llvm::SetVector<StringAttr> &future) {
    node->lastUsage.clear();
    for (StringAttr name : usedBuffers(node))
      if (!future.contains(name))
        node->lastUsage.insert(name);
    future.insert(node->lastUsage.begin(), node->lastUsage.end());
  };
  // FusedSchedulerNode.set_last_usage: then, among its members (a foreach
  // node's parts, recursively), from an empty future.
  std::function<void(SchedulerNode *, llvm::SetVector<StringAttr> &)> visit =
      [&](SchedulerNode *node, llvm::SetVector<StringAttr> &future) {
        setLastUsage(node, future);
        llvm::SetVector<StringAttr> inKernel;
        for (SchedulerNode *member : llvm::reverse(node->getMembers()))
          visit(member, inKernel);
      };
  llvm::SetVector<StringAttr> future(outputNames.begin(), outputNames.end());
  for (SchedulerNode *node : llvm::reverse(nodes))
    visit(node, future);
  lastUsageKnown = true;
}
