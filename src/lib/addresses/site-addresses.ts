/**
 * The addresses that answer without a clause of their own, for the site's
 * pages: each moved address (a redirect page) and each revoked one (a page
 * saying when and by which amendment), with the amendment's record.
 */
import type { Amendment, AmendmentChange } from '../../schemas/amendment.ts';
import type { RevokedAddress } from '../../schemas/address.ts';
import { documentHistoryFiles } from '../content/document-files.ts';
import { documentKey, type ContentSet, type DocumentEntry } from '../content/model.ts';
import { resolveDocumentAddresses, type MovedAddress } from './resolve-addresses.ts';

export interface RevokedPage extends RevokedAddress {
  amendment: string;
  record?: Amendment;
  /** The clause's words when it was revoked. */
  change?: AmendmentChange;
}

export interface SiteAddresses {
  document: DocumentEntry;
  moved: MovedAddress[];
  revoked: RevokedPage[];
}

export function siteAddresses(content: ContentSet): SiteAddresses[] {
  const live = Map.groupBy(content.clauses, (c) => documentKey(c.partnership, c.document));
  return content.documents.flatMap((document) => {
    const files = documentHistoryFiles(content.root, document);
    if (!files.addresses) return [];
    const ids = new Set((live.get(documentKey(document.partnership, document.id)) ?? []).map((c) => c.data.id));
    const resolved = resolveDocumentAddresses(document, files.addresses.data, ids);
    const revoked = resolved.revoked.map((entry) => {
      const record = files.amendments?.data.amendments.find((a) => a.id === entry.amendment);
      return { ...entry, record, change: record?.changes.find((c) => c.clause === entry.id) };
    });
    return [{ document, moved: resolved.moved, revoked }];
  });
}
