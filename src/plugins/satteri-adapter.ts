/**
 * Turns a RewriterFactory (src/lib/references/page-rewriter.ts) into a Sätteri
 * mdast plugin, for Astro 7's default Markdown processor:
 * `satteri({ mdastPlugins: [toSatteriPlugin('name', factory)] })`. Sätteri
 * visits nodes natively and hands each text and link node to JavaScript; the
 * same rewriter the remark adapter runs decides what to change.
 *
 *   input:  text node "see section 6.52 above" in …/clauses/6-57.mdx
 *   output: ctx.replaceNode(text, [text "see ", link "section 6.52", text " above"])
 */
import { fileURLToPath } from 'node:url';
import type { Text, Link } from 'mdast';
import type { MdastPluginDefinition, MdastPluginEntry, PluginFactoryContext } from 'satteri';
import type { Ancestor, PageRewriter, RewriterFactory } from '../lib/references/page-rewriter.ts';

type Context = Parameters<NonNullable<MdastPluginDefinition['text']>>[1];

const BLOCKS = new Set(['paragraph', 'heading', 'tableCell']);

function ancestorsOf(node: Text | Link, ctx: Context): Ancestor[] {
  const chain: Ancestor[] = [];
  for (let at = ctx.parent(node); at && at.type !== 'root'; at = ctx.parent(at)) {
    chain.push({ type: at.type, name: 'name' in at ? (at.name as string | null) : undefined });
  }
  return chain;
}

function siteOf(node: Text | Link, ctx: Context) {
  const parent = ctx.parent(node);
  const index = ctx.indexOf(node);
  return {
    ancestors: ancestorsOf(node, ctx),
    startsBlock: index === 0 && parent !== undefined && BLOCKS.has(parent.type),
    line: node.position?.start.line,
    column: node.position?.start.column,
    parent,
    index,
  };
}

function pluginFor(name: string, rewriter: PageRewriter): MdastPluginDefinition {
  return {
    name,
    options: { position: true },
    text(node, ctx) {
      const replacement = rewriter.text?.(node.value, siteOf(node, ctx));
      if (replacement) ctx.replaceNode(node, replacement);
    },
    link(node, ctx) {
      if (!rewriter.link) return;
      const { parent, index, ...site } = siteOf(node, ctx);
      const previous = parent && index ? (parent.children[index - 1] as { type: string; value?: string } | undefined) : undefined;
      const change = rewriter.link({
        ...site, url: node.url, text: ctx.textContent(node), empty: node.children.length === 0,
        previousText: previous?.type === 'text' ? previous.value : undefined,
      });
      if (!change) return;
      ctx.setProperty(node, 'url', change.url);
      if (change.title !== undefined) ctx.setProperty(node, 'title', change.title);
      if (change.hProperties) ctx.setProperty(node, 'data', { ...(node.data ?? {}), hProperties: { ...((node.data as { hProperties?: object })?.hProperties ?? {}), ...change.hProperties } });
      if (change.children) ctx.setProperty(node, 'children', change.children as never);
    },
    after() {
      rewriter.finish?.();
    },
  };
}

/** A Sätteri plugin entry that builds a rewriter per compiled file. */
export function toSatteriPlugin(name: string, factory: RewriterFactory): MdastPluginEntry {
  return (ctx: PluginFactoryContext) => {
    const rewriter = factory(ctx.fileURL ? fileURLToPath(ctx.fileURL) : undefined);
    return rewriter ? pluginFor(name, rewriter) : null;
  };
}
