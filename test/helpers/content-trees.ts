/**
 * The five documents' clause trees, built from the real content (no Astro),
 * keyed "partnership/document#clause-id", for tests of naming and search
 * weights that must hold on every clause the site publishes.
 *
 *   const node = contentNodes().get('west-sussex/constitution#6-53');
 */
import { buildDocumentTree, type TreeNode } from '../../src/lib/content/document-tree.ts';
import { loadContent } from '../../src/lib/content/load-content.ts';
import type { ClauseEntry } from '../../src/lib/content/model.ts';
import { projectRoot } from './copy-fixture.ts';

export type ContentNode = TreeNode<ClauseEntry>;

let cached: Map<string, ContentNode> | undefined;

export function contentNodes(): Map<string, ContentNode> {
  if (cached) return cached;
  const content = loadContent({ root: projectRoot });
  cached = new Map();
  for (const document of content.documents) {
    const clauses = content.clauses.filter((c) => c.partnership === document.partnership && c.document === document.id);
    for (const node of buildDocumentTree(clauses, (c) => c.data).ordered)
      cached.set(`${document.partnership}/${document.id}#${node.clause.data.id}`, node);
  }
  return cached;
}
