/**
 * Each clause is rendered once and marks the first use of each acronym in
 * it (acronym-rewriter.ts), but pages show many clauses. This pass over a
 * page's assembled clause HTML keeps the first mark of each term in reading
 * order and turns later ones back into the text as printed, so a reader
 * meets one `<abbr>` per acronym per page.
 *
 *   <p>The <a href="/ws/glossary/#sg" class="acronym"><abbr title="Steering Group" data-acronym="sg">SG</abbr></a> meets.</p>
 *   <p>The <a href="/ws/glossary/#sg" class="acronym"><abbr title="Steering Group" data-acronym="sg">SG</abbr></a> reports.</p>
 *     → <p>The <a …><abbr … data-acronym="sg">SG</abbr></a> meets.</p>
 *       <p>The SG reports.</p>
 *
 * Only marks the plugin made are touched (they carry `data-acronym`); an
 * `<abbr>` an editor wrote stays. The HTML is the renderer's own output, so a
 * pattern for its two shapes (linked, or bare inside another link) suffices.
 */

const MARK =
  /<a [^>]*class="acronym"[^>]*><abbr [^>]*data-acronym="([^"]+)"[^>]*>([^<]*)<\/abbr><\/a>|<abbr [^>]*data-acronym="([^"]+)"[^>]*>([^<]*)<\/abbr>/g;

export function keepFirstAcronymMarks(html: string): string {
  const seen = new Set<string>();
  return html.replace(
    MARK,
    (mark, linkedTerm: string | undefined, linkedText: string | undefined, bareTerm: string | undefined, bareText: string | undefined) => {
      const term = (linkedTerm ?? bareTerm)!;
      if (!seen.has(term)) {
        seen.add(term);
        return mark;
      }
      return (linkedText ?? bareText)!;
    },
  );
}
