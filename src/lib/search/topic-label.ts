/**
 * What the search page's topic filter shows for a clause topic (front matter
 * `topics`, lower case with hyphens; src/schemas/clause.ts). The filter's
 * value stays the topic itself, as the clause pages give it to Pagefind.
 *
 *   "terms-of-reference" → "Terms of reference"
 *   "quoracy"            → "Quoracy"
 */
export function topicLabel(topic: string): string {
  const words = topic.replace(/-+/g, ' ').trim();
  return words.charAt(0).toUpperCase() + words.slice(1);
}
