/**
 * Document order for points that may sit in different shadow trees, where
 * Range.compareBoundaryPoints throws. A point inside a shadow tree is placed
 * where its host is; ties between a host's shadow content and its light
 * children put the shadow content first (close to how slotted text reads).
 */

/** The node and each shadow host above it, innermost first. */
function hostChain(node: Node): Node[] {
  const chain = [node];
  for (let root = node.getRootNode(); root.nodeType === 11 && (root as ShadowRoot).host; root = chain[chain.length - 1]!.getRootNode()) {
    chain.push((root as ShadowRoot).host);
  }
  return chain;
}

/** Negative when range `a` starts before range `b`, positive after, 0 at the same point. */
export function compareStarts(a: Range, b: Range): number {
  if (a.startContainer.getRootNode() === b.startContainer.getRootNode()) {
    return a.compareBoundaryPoints(0 /* START_TO_START */, b);
  }
  const ca = hostChain(a.startContainer);
  const cb = hostChain(b.startContainer);
  for (const x of ca) {
    for (const y of cb) {
      if (x.getRootNode() !== y.getRootNode()) continue;
      if (x === y) return ca.indexOf(x) > 0 ? -1 : 1;
      const position = x.compareDocumentPosition(y);
      if (position & 16 /* CONTAINED_BY */) return -1;
      if (position & 8 /* CONTAINS */) return 1;
      return position & 4 /* FOLLOWING */ ? -1 : 1;
    }
  }
  return 0;
}
