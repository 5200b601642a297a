/**
 * Opening a .docx: a zip of XML parts (fflate), each parsed into a DOM
 * (@xmldom/xmldom), read by local name in Word's main namespace.
 *
 *   openDocx(bytes).part('word/document.xml') → the <w:document> element
 */
import { DOMParser, type Element } from '@xmldom/xmldom';
import { strFromU8, unzipSync } from 'fflate';
import { UnreadableSource } from './plain-text.ts';

export type XmlElement = Element;

const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';

/** Element children of `el` in Word's namespace, by local name ("p", "tbl"); every one when no name. */
export function children(el: XmlElement | undefined, name?: string): XmlElement[] {
  const out: XmlElement[] = [];
  for (let node = el?.firstChild; node; node = node.nextSibling) {
    if (node.nodeType !== 1) continue;
    const element = node as XmlElement;
    if (name === undefined || (element.localName === name && element.namespaceURI === W)) out.push(element);
  }
  return out;
}

export const child = (el: XmlElement | undefined, name: string): XmlElement | undefined => children(el, name)[0];

/** A w: attribute ("w:val"), or undefined. */
export function attr(el: XmlElement | undefined, name: string): string | undefined {
  if (!el?.hasAttributeNS(W, name)) return undefined;
  return el.getAttributeNS(W, name) ?? undefined;
}

export const isWord = (el: XmlElement, name: string) => el.localName === name && el.namespaceURI === W;

export interface DocxPackage {
  /** The root element of a part, or undefined when the package has no such part. */
  part(path: string): XmlElement | undefined;
}

export function openDocx(bytes: Uint8Array): DocxPackage {
  let files: Record<string, Uint8Array>;
  try {
    files = unzipSync(bytes, { filter: (file) => file.name.startsWith('word/') && file.name.endsWith('.xml') });
  } catch {
    throw new UnreadableSource('it is not a zip package, so not a Word .docx file');
  }
  if (!files['word/document.xml']) throw new UnreadableSource('it has no word/document.xml, so it is not a Word .docx file');
  return {
    part(path) {
      const bytesOf = files[path];
      if (!bytesOf) return undefined;
      // Slips xmldom can read past are ignored; a fatal one (unclosed tags) throws, and says where.
      const parser = new DOMParser({ onError: () => undefined });
      try {
        return parser.parseFromString(strFromU8(bytesOf), 'text/xml').documentElement ?? undefined;
      } catch (error) {
        throw new UnreadableSource(`its ${path} is not well-formed XML (${(error as Error).message.split('\n')[0]})`);
      }
    },
  };
}
