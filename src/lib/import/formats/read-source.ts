/**
 * Reads a document as a partnership published it (.txt, .md, .html, .docx,
 * .pdf) and returns it as the plain text the importer reads, with notes on
 * what was dropped or guessed. A file that cannot be read is one
 * ContentError naming it, never a stack trace.
 *
 *   await readSource('downloads/arrangements.docx') → { text: "1. Introduction\n\n1.1 …", report: [] }
 *   await readSource('arrangements.doc')            → throws ContentErrors: cannot import a ".doc" file…
 */
import { readFile } from 'node:fs/promises';
import { extname } from 'node:path';
import { contentError, ContentErrors } from '../../errors/content-error.ts';
import { type ExtractedText, UnreadableSource } from './plain-text.ts';

type Reader = (bytes: Uint8Array) => ExtractedText | Promise<ExtractedText>;

// Each reader is loaded when its format is read: pdf.js alone adds over a second to every start.
const markdown: Reader = async (bytes) => (await import('./markdown.ts')).readMarkdown(bytes);
const html: Reader = async (bytes) => (await import('./html.ts')).readHtml(bytes);

const READERS: Record<string, Reader> = {
  '.txt': (bytes) => ({ text: new TextDecoder().decode(bytes), report: [] }),
  '.md': markdown,
  '.markdown': markdown,
  '.html': html,
  '.htm': html,
  '.docx': async (bytes) => (await import('./docx.ts')).readDocx(bytes),
  '.pdf': async (bytes) => (await import('./pdf.ts')).readPdf(bytes),
};

export const sourceExtensions = Object.keys(READERS);

const fail = (file: string, message: string, hint: string) => new ContentErrors([contentError({ file, message, hint, rule: 'import' })]);

const HINTS: Record<string, string> = {
  '.doc': 'open it in Word and save it as "Word Document (.docx)"',
  '.rtf': 'open it in Word and save it as "Word Document (.docx)"',
  '.odt': 'save it as "Word Document (.docx)" from LibreOffice or Word',
};

/** What to call each format when it cannot be read, and how an editor gets a readable copy. */
const UNREADABLE: Record<string, [string, string]> = {
  '.docx': ['Word document', 'open it in Word and save it again as "Word Document (.docx)"'],
  '.pdf': ['PDF', 'open it and save (or print) it again as PDF, or ask the partnership for the Word version'],
};

/**
 * @param path the file to read
 * @param file how to name it in an error (project-relative), `path` by default
 */
export async function readSource(path: string, file = path): Promise<ExtractedText> {
  const ext = extname(path).toLowerCase();
  const reader = READERS[ext];
  if (!reader) {
    const what = ext ? `a "${ext}" file` : 'a file with no extension';
    const list = `${sourceExtensions.slice(0, -1).join(', ')} or ${sourceExtensions.at(-1)}`;
    throw fail(file, `cannot import ${what}: expected ${list}`, HINTS[ext] ?? 'save or export the document in one of those formats');
  }
  let bytes: Uint8Array;
  try {
    bytes = await readFile(path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT')
      throw fail(
        file,
        'no such file: expected the document to import at this path',
        'check the path given to --source; it is read from the folder you run npm in',
      );
    if (code === 'EISDIR') throw fail(file, 'this is a folder, not a file', 'give the path of the document itself');
    throw fail(file, `could not read the file (${code ?? 'unknown error'})`, 'check that the file exists and you may read it');
  }
  try {
    return await reader(bytes);
  } catch (error) {
    // Anything else is a fault in the reader, not the file: let it show.
    if (!(error instanceof UnreadableSource)) throw error;
    const [name, hint] = UNREADABLE[ext] ?? [`${ext} file`, 'open it and save it again'];
    throw fail(file, `could not read this ${name}: ${error.message}`, hint);
  }
}
