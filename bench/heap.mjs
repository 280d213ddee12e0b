// Heap helpers for figure 6, over a CDP session: forced GC, heap usage, live objects of a
// prototype, and, when players are left, what keeps one alive (a path from the GC roots, read
// from a heap snapshot), so the report can say where the reference is.

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

/** Forces GC (twice: finalizers can free more), then reads the V8 heap and Blink's counters. */
export async function heap(cdp) {
  await cdp.send('HeapProfiler.collectGarbage');
  await sleep(100);
  await cdp.send('HeapProfiler.collectGarbage');
  const h = await cdp.send('Runtime.getHeapUsage');
  const dom = await cdp.send('Memory.getDOMCounters').catch(() => ({}));
  return { js: h.usedSize, embedder: h.embedderHeapUsedSize ?? null, nodes: dom.nodes ?? null, listeners: dom.jsEventListeners ?? null };
}

/** Objects alive whose prototype is what `expression` evaluates to (null when it is undefined). */
async function queryObjects(cdp, expression, group) {
  const proto = await cdp.send('Runtime.evaluate', { expression, objectGroup: group });
  if (!proto.result.objectId) return null;
  const found = await cdp.send('Runtime.queryObjects', { prototypeObjectId: proto.result.objectId, objectGroup: group });
  return found.objects.objectId;
}

/** How many objects with the prototype `expression` evaluates to are alive. */
export async function liveObjects(cdp, expression) {
  try {
    const array = await queryObjects(cdp, expression, 'bench-count');
    if (!array) return null;
    const { result } = await cdp.send('Runtime.callFunctionOn', { objectId: array, functionDeclaration: 'function () { return this.length; }', returnByValue: true });
    return result.value;
  } finally {
    await cdp.send('Runtime.releaseObjectGroup', { objectGroup: 'bench-count' });
  }
}

/**
 * The shortest chain of strong references from a GC root to one live object with the prototype
 * `expression` evaluates to, as lines `type:name -[edge]->`, or null when there is none. Edges
 * named in `ignore` (the bench's own references) are not followed.
 */
export async function retainerPath(cdp, expression, { maxDepth = 40, ignore = [] } = {}) {
  // An object id only exists for the heap profiler once a snapshot was taken.
  await takeSnapshot(cdp);
  let id;
  try {
    const array = await queryObjects(cdp, expression, 'bench-path');
    if (!array) return null;
    const first = await cdp.send('Runtime.callFunctionOn', { objectId: array, functionDeclaration: 'function () { return this[0]; }', objectGroup: 'bench-path' });
    if (!first.result.objectId) return null;
    id = Number((await cdp.send('HeapProfiler.getHeapObjectId', { objectId: first.result.objectId })).heapSnapshotObjectId);
  } finally {
    await cdp.send('Runtime.releaseObjectGroup', { objectGroup: 'bench-path' });
  }
  const snap = await takeSnapshot(cdp);
  const { node_fields: nf, edge_fields: ef, node_types: [nodeTypes], edge_types: [edgeTypes] } = snap.snapshot.meta;
  const N = nf.length;
  const E = ef.length;
  const { nodes, edges, strings } = snap;
  const [nName, nEdges, nType, nId] = ['name', 'edge_count', 'type', 'id'].map((f) => nf.indexOf(f));
  const [eType, eName, eTo] = ['type', 'name_or_index', 'to_node'].map((f) => ef.indexOf(f));
  const count = nodes.length / N;
  const retainers = new Map();
  let target = -1;
  for (let i = 0, e = 0; i < count; i++) {
    if (nodes[i * N + nId] === id) target = i;
    const end = e + nodes[i * N + nEdges] * E;
    for (; e < end; e += E) {
      const type = edgeTypes[edges[e + eType]];
      if (type === 'weak') continue;
      const to = edges[e + eTo] / N;
      const name = type === 'element' || type === 'hidden' ? String(edges[e + eName]) : strings[edges[e + eName]];
      if (ignore.includes(name)) continue;
      if (!retainers.has(to)) retainers.set(to, []);
      retainers.get(to).push([i, name, type]);
    }
  }
  if (target < 0) return null;
  const label = (i) => `${nodeTypes[nodes[i * N + nType]]}:${strings[nodes[i * N + nName]].slice(0, 100)}`;
  const isRoot = (i) => nodeTypes[nodes[i * N + nType]] === 'synthetic';
  // Breadth-first from the object towards the roots: the first root met gives the shortest path.
  const from = new Map([[target, null]]);
  let frontier = [target];
  let root = -1;
  for (let depth = 0; depth < maxDepth && root < 0 && frontier.length; depth++) {
    const next = [];
    for (const n of frontier) {
      for (const [r, name, type] of retainers.get(n) ?? []) {
        if (from.has(r)) continue;
        from.set(r, [n, name, type]);
        if (isRoot(r)) {
          root = r;
          break;
        }
        next.push(r);
      }
      if (root >= 0) break;
    }
    frontier = next;
  }
  if (root < 0) return null;
  const lines = [];
  for (let i = root; i !== target; ) {
    const [n, name, type] = from.get(i);
    lines.push(`${label(i)} -[${type}:${name}]->`);
    i = n;
  }
  lines.push(label(target));
  return lines;
}

async function takeSnapshot(cdp) {
  const chunks = [];
  const onChunk = (e) => chunks.push(e.chunk);
  cdp.on('HeapProfiler.addHeapSnapshotChunk', onChunk);
  try {
    await cdp.send('HeapProfiler.takeHeapSnapshot', { reportProgress: false });
  } finally {
    cdp.off('HeapProfiler.addHeapSnapshotChunk', onChunk);
  }
  return JSON.parse(chunks.join(''));
}
