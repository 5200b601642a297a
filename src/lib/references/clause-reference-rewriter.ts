/**
 * The clause-reference plugin's logic for one clause page: recognised
 * mentions become links to clause permalinks or documents, explicit
 * `clause:`/`doc:` links get their real address, and everything found is
 * recorded (for the reverse index, the counts and the editors' report).
 *
 *   "in accordance with section 6.52 above"
 *     → in accordance with <a href="/west-sussex/constitution/6-52/" class="clause-ref">section 6.52</a> above
 *   "are at Appendices D and E."   (not held)
 *     → are at <span class="unpublished-ref" title="…">Appendices D</span> and <span …>E</span>.
 *   "Table 1 outlines …" … "Table 1 Priorities Matrix" <table>  (in clause 4)
 *     → <a href="#4-table-1" …>Table 1</a> outlines … <span id="4-table-1" class="caption">Table 1 Priorities Matrix</span>
 */
import type { PhrasingContent } from 'mdast';
import { clauseLabel } from '../content/clause-names.ts';
import { documentKey, type ClauseEntry } from '../content/model.ts';
import { ContentErrors, type ContentError } from '../errors/content-error.ts';
import { danglingReferenceError, isExplicitReference, resolveExplicitReference } from './explicit-references.ts';
import { mayLink, splice, type LinkChange, type PageRewriter } from './rewriter.ts';
import { recogniseClauseReferences, type MentionKind } from './recognise-clause-references.ts';
import { captionOf } from './captions.ts';
import { labelKey, labelName, type DocumentIndex, type LabelKind, type ReferenceModel } from './reference-model.ts';
import { resolveMention, type UnresolvedReason } from './resolve-clause-reference.ts';
import { clauseUrl, documentUrl } from './urls.ts';

export interface ReferenceRecord {
  from: ClauseEntry;
  /** Set for a clause reference; undefined for a reference to a whole document. */
  clause?: ClauseEntry;
  document: DocumentIndex;
  /** As printed (or the link text, for an explicit reference). */
  text: string;
  explicit: boolean;
  line?: number;
  /** The id of the figure or table referred to in the clause, when it is not the whole clause. */
  anchor?: string;
}

export interface UnresolvedMention {
  from: ClauseEntry;
  text: string;
  kind: MentionKind;
  reason: UnresolvedReason | 'unpublished';
  /** For an unpublished appendix, figure or table: what it is, its label ("C", "1") and title where known. */
  item?: LabelKind;
  label?: string;
  title?: string;
  line?: number;
}

export interface ClauseReferenceRun {
  references: ReferenceRecord[];
  unresolved: UnresolvedMention[];
  errors: ContentError[];
}

export interface ClauseReferenceOptions {
  /** Added to positions, for a body parsed without its frontmatter. */
  lineOffset?: number;
  /** Throw the dangling references at the end of the page (the build); default true. */
  throwOnErrors?: boolean;
}

const text = (value: string): PhrasingContent => ({ type: 'text', value });

function describeClause(target: ClauseEntry, from: ClauseEntry, document: DocumentIndex): string {
  const label = clauseLabel(target.data);
  return target.document === from.document && target.partnership === from.partnership
    ? label
    : `${label} – ${document.entry.data.shortTitle}`;
}

export function clauseReferenceRewriter(
  model: ReferenceModel,
  from: ClauseEntry,
  options: ClauseReferenceOptions = {},
): PageRewriter & { run: ClauseReferenceRun } {
  const { lineOffset = 0, throwOnErrors = true } = options;
  const run: ClauseReferenceRun = { references: [], unresolved: [], errors: [] };
  const linkedDocuments = new Set<string>();
  const names = model.documentNames.get(from.partnership) ?? [];

  const clauseLink = (target: ClauseEntry, label: string, at?: { anchor: string; caption?: string }): PhrasingContent => {
    const document = model.documents.get(documentKey(target.partnership, target.document))!;
    // A figure or table in the referring clause itself is on every page that shows the reference.
    const page = at && target === from ? '' : clauseUrl(target.partnership, target.document, target.data.id);
    const url = at ? `${page}#${at.anchor}` : page;
    return {
      type: 'link',
      url,
      title: at?.caption ?? describeClause(target, from, document),
      data: { hProperties: { className: ['clause-ref'] } },
      children: [text(label)],
    };
  };
  const documentLink = (document: DocumentIndex, label: string): PhrasingContent => ({
    type: 'link',
    url: documentUrl(document.partnership, document.id),
    title: document.entry.data.title,
    data: { hProperties: { className: ['document-ref'] } },
    children: [text(label)],
  });
  const own = model.documents.get(documentKey(from.partnership, from.document));

  return {
    run,
    text(value, site) {
      if (!mayLink(site.ancestors)) return undefined;
      const line = site.line === undefined ? undefined : site.line + lineOffset;
      const pieces: { start: number; end: number; node: PhrasingContent }[] = [];
      // "Table 1 Priorities Matrix" opening a block labels the table; it is not a mention of it.
      // The model's captions (found in the clause file) decide, so pages and lists agree.
      const printed = site.startsBlock ? captionOf(value) : undefined;
      const caption = printed && own?.captions.get(labelKey(printed.kind, printed.label))?.find((c) => c.clause === from);
      const mentions = recogniseClauseReferences(value, { startsBlock: site.startsBlock, names }).filter(
        (m) => !(caption && m.start === 0 && m.kind === caption.kind),
      );
      for (const mention of mentions) {
        const resolved = resolveMention(model, from, mention);
        if (resolved.kind === 'clause') {
          const document = model.documents.get(documentKey(resolved.clause.partnership, resolved.clause.document))!;
          const at = resolved.anchor ? { anchor: resolved.anchor, caption: resolved.caption } : undefined;
          run.references.push({
            from,
            clause: resolved.clause,
            document,
            text: mention.text,
            explicit: false,
            line,
            anchor: resolved.anchor,
          });
          pieces.push({ ...mention, node: clauseLink(resolved.clause, mention.text, at) });
        } else if (resolved.kind === 'document') {
          // A document's name is linked once per page; its appendix label every time.
          if (mention.kind === 'document' && linkedDocuments.has(resolved.document.key)) continue;
          linkedDocuments.add(resolved.document.key);
          run.references.push({ from, document: resolved.document, text: mention.text, explicit: false, line });
          pieces.push({ ...mention, node: documentLink(resolved.document, mention.text) });
        } else if (resolved.kind === 'unpublished') {
          const { item, label, title } = resolved;
          run.unresolved.push({ from, text: mention.text, kind: mention.kind, reason: 'unpublished', item, label, title, line });
          const note = `${labelName(item, label)}${title ? ` (${title})` : ''} is not published on this site`;
          pieces.push({
            ...mention,
            node: {
              type: 'emphasis',
              data: { hName: 'span', hProperties: { className: ['unpublished-ref'], title: note } },
              children: [text(mention.text)],
            },
          });
        } else {
          run.unresolved.push({ from, text: mention.text, kind: mention.kind, reason: resolved.reason, line });
        }
      }
      const children = pieces.length ? splice(value, pieces) : [text(value)];
      // A held table's caption is the target of "Table 1" links.
      if (caption?.held)
        return [{ type: 'emphasis', data: { hName: 'span', hProperties: { id: caption.anchor, className: ['caption'] } }, children }];
      return pieces.length ? children : undefined;
    },
    link(site): LinkChange | undefined {
      if (!isExplicitReference(site.url)) return undefined;
      const line = site.line === undefined ? undefined : site.line + lineOffset;
      const resolved = resolveExplicitReference(model, from, site.url);
      if (!resolved.ok) {
        run.errors.push(danglingReferenceError(from, site.url, resolved, line, site.column));
        return undefined;
      }
      if (resolved.kind === 'clause') {
        const document = model.documents.get(documentKey(resolved.clause.partnership, resolved.clause.document))!;
        const label = clauseLabel(resolved.clause.data);
        if (resolved.clause !== from)
          run.references.push({ from, clause: resolved.clause, document, text: site.empty ? label : site.text, explicit: true, line });
        return {
          url: clauseUrl(resolved.clause.partnership, resolved.clause.document, resolved.clause.data.id),
          title: describeClause(resolved.clause, from, document),
          hProperties: { className: ['clause-ref'] },
          children: site.empty ? [text(label)] : undefined,
        };
      }
      const { document } = resolved;
      run.references.push({ from, document, text: site.empty ? document.entry.data.title : site.text, explicit: true, line });
      return {
        url: documentUrl(document.partnership, document.id),
        title: document.entry.data.title,
        hProperties: { className: ['document-ref'] },
        children: site.empty ? [text(document.entry.data.title)] : undefined,
      };
    },
    finish() {
      if (throwOnErrors && run.errors.length) throw new ContentErrors(run.errors);
    },
  };
}
