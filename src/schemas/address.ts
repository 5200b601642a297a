/**
 * Every clause address a document has published:
 * `content/<partnership>/<document>/addresses.yaml`. Once an address is
 * listed it stays listed, so it always answers: with its clause, with a
 * redirect to the clause that succeeded it, or with a page saying when and by
 * which amendment the clause was revoked (src/lib/addresses/).
 *
 * ```yaml
 * addresses:
 *   - 6-53                     # the clause in clauses/6-53.mdx
 *   - id: 6-78
 *     movedTo: 6-88            # renumbered: /…/6-78/ leads to /…/6-88/
 *   - id: 6-99
 *     revoked: 2026-05-01      # the clause no longer has effect
 *     amendment: remove-6-99   # the amendment (amendments.yaml) that revoked it
 * ```
 */
import { z } from 'astro/zod';
import { calendarDate, slugId } from './common.ts';

/** An address whose clause moved to another id. */
export const movedAddressSchema = z.strictObject({
  /** The id the address was published with: `/<partnership>/<document>/<id>/`. */
  id: slugId,
  /** The id of the clause that succeeded it, in the same document. */
  movedTo: slugId,
});

/** An address whose clause was revoked by an amendment. */
export const revokedAddressSchema = z.strictObject({
  /** The id the address was published with. */
  id: slugId,
  /** The day the revocation took effect, YYYY-MM-DD. */
  revoked: calendarDate,
  /** The id of the amendment, in the document's amendments.yaml, that revoked it. */
  amendment: slugId,
});

export const addressEntrySchema = z.union([slugId, movedAddressSchema, revokedAddressSchema]);

export const addressesFileSchema = z.strictObject({
  /** Every address published, in any order: a plain id while its clause exists. */
  addresses: z.array(addressEntrySchema),
});

export type AddressEntry = z.infer<typeof addressEntrySchema>;
export type MovedAddress = z.infer<typeof movedAddressSchema>;
export type RevokedAddress = z.infer<typeof revokedAddressSchema>;
export type AddressesFile = z.infer<typeof addressesFileSchema>;
