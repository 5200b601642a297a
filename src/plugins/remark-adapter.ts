/**
 * Turns a RewriterFactory (src/lib/references/page-rewriter.ts) into a remark
 * plugin for unified: `unified().use(remarkParse).use(toRemarkPlugin(factory))`.
 * The factory is given the compiled file's absolute path (`file.path`).
 *
 *   input:  mdast for "see section 6.52 above" in …/clauses/6-57.mdx
 *   output: the same tree with "section 6.52" wrapped in a link node
 */
import type { Root } from 'mdast';
import type { VFile } from 'vfile';
import { applyRewriter } from '../lib/references/apply-rewriter.ts';
import type { RewriterFactory } from '../lib/references/page-rewriter.ts';

export function toRemarkPlugin(factory: RewriterFactory): () => (tree: Root, file: VFile) => void {
  return function remarkPlugin() {
    return (tree, file) => {
      const rewriter = factory(file.path);
      if (rewriter) applyRewriter(tree, rewriter);
    };
  };
}
