/**
 * What the loader hands to everything else (pages, checks, tests, the CLI):
 * validated data plus where each piece came from, so any later finding can
 * point an editor at the file and line.
 */
import type { Clause } from '../../schemas/clause.ts';
import type { GovernanceDocument } from '../../schemas/document.ts';
import type { Partnership } from '../../schemas/partnership.ts';
import type { ContentError } from '../errors/content-error.ts';

export interface PartnershipEntry {
  /** Folder name: `west-sussex`. */
  id: string;
  /** Project-relative path of partnership.yaml. */
  file: string;
  data: Partnership;
}

export interface DocumentEntry {
  /** Folder name: `constitution`. */
  id: string;
  partnership: string;
  /** Project-relative path of document.yaml. */
  file: string;
  /** Project-relative folder of the document. */
  dir: string;
  data: GovernanceDocument;
}

export interface ClauseEntry {
  partnership: string;
  document: string;
  /** Project-relative path of the clause's .mdx file. */
  file: string;
  data: Clause;
  /** The MDX body, verbatim. */
  body: string;
  /** 1-based line in `file` where the body starts. */
  bodyStartLine: number;
  /** 1-based line of a frontmatter field, for findings about it. */
  lineOf(field: string): number;
}

/** A clause file that could not be read (bad YAML, no frontmatter, schema errors), already reported. */
export interface UnreadableClause {
  partnership: string;
  document: string;
  file: string;
  /** The id it most likely has: its `id:` line if one can be found, else its file name. */
  id: string;
  /** True when no `id:` line was found, so `id` is only the file name. */
  idGuessed: boolean;
}

export interface ContentSet {
  /** Absolute path of the project root the paths are relative to. */
  root: string;
  partnerships: PartnershipEntry[];
  documents: DocumentEntry[];
  clauses: ClauseEntry[];
  /** Every problem found; an empty array means the content is usable. */
  errors: ContentError[];
  /** Each clause file's text as read (readable or not), so later checks need not read it again. */
  texts?: ReadonlyMap<string, string>;
}

/** `west-sussex/constitution`: how maps and reports key a document. */
export const documentKey = (partnership: string, document: string) => `${partnership}/${document}`;

/** `west-sussex/constitution/6-53`: how maps key a clause, across documents. */
export const clauseKey = (partnership: string, document: string, clause: string) => `${documentKey(partnership, document)}/${clause}`;

/** `west-sussex/wsscp-annual-report`: duty ids are unique within a partnership. */
export const dutyKey = (partnership: string, duty: string) => `${partnership}/${duty}`;
