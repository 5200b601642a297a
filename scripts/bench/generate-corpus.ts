/**
 * A synthetic but realistic corpus for the benchmark: P partnerships × 4
 * documents × nested clauses (1 → 1.1 → 1.11 → i)), bodies of 40–140 words
 * that cite other clauses ("section 3.2 above"), Acts and acronyms, a review
 * duty every 50 clauses, and example records that keep every duty in date.
 * Deterministic: the same N gives the same files.
 *
 *   generateCorpus(1000) → Map { 'bench-1/doc-1/clauses/1.mdx' → '---\nid: "1"…', … }
 */
const WORDS = (
  'the partnership will ensure that all agencies work together to safeguard and promote the welfare of children ' +
  'in the area including arrangements for scrutiny by an independent person of the effectiveness of those arrangements and ' +
  'the steering group will receive reports from each subgroup on a quarterly basis with minutes circulated to members'
).split(' ');
const ACRONYMS = ['WSSCP', 'CCG', 'CDOP', 'LSCB', 'HWB'];

function rng(seed: number) {
  let state = seed >>> 0;
  return () => {
    state = (state * 1664525 + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

const yamlString = (value: string) => JSON.stringify(value);
const ROMAN = ['i', 'ii', 'iii', 'iv', 'v'];

interface Planned {
  id: string;
  number: string;
  heading?: string;
  parent?: string;
  order: number;
}

/** Clause numbers for one document: sections of 1.1 … 1.9, each with 1.11 … and roman items. */
function planDocument(count: number): Planned[] {
  const clauses: Planned[] = [];
  for (let section = 1; clauses.length < count; section++) {
    clauses.push({ id: `${section}`, number: `${section}.`, heading: `Section ${section}`, order: section * 10 });
    for (let sub = 1; sub <= 9 && clauses.length < count; sub++) {
      const subId = `${section}-${sub}`;
      clauses.push({ id: subId, number: `${section}.${sub}`, parent: `${section}`, order: sub * 10 });
      for (let leaf = 1; leaf <= 3 && clauses.length < count; leaf++) {
        const leafId = `${section}-${sub}${leaf}`;
        clauses.push({ id: leafId, number: `${section}.${sub}${leaf}`, parent: subId, order: leaf * 10 });
        if (leaf === 1)
          for (let r = 0; r < 2 && clauses.length < count; r++) {
            clauses.push({ id: `${leafId}-${ROMAN[r]}`, number: `${ROMAN[r]})`, parent: leafId, order: (r + 1) * 10 });
          }
      }
    }
  }
  return clauses;
}

function body(random: () => number, numbers: string[]): string {
  const sentences: string[] = [];
  const length = 2 + Math.floor(random() * 4);
  for (let s = 0; s < length; s++) {
    const words = Array.from({ length: 10 + Math.floor(random() * 20) }, () => WORDS[Math.floor(random() * WORDS.length)]);
    if (random() < 0.3) words.push('in accordance with section', numbers[Math.floor(random() * numbers.length)]!, 'above');
    if (random() < 0.2) words.push('under the Children Act 2004 (Section 16E)');
    if (random() < 0.3) words.push('and the', ACRONYMS[Math.floor(random() * ACRONYMS.length)]!);
    sentences.push(`${words.join(' ').replace(/^./, (c) => c.toUpperCase())}.`);
  }
  return random() < 0.15 ? `${sentences[0]}\n\n- ${sentences.slice(1).join('\n- ')}\n` : `${sentences.join(' ')}\n`;
}

const DUTY = (n: number) => `duties:
  - id: review-${n}
    kind: review
    duty: Review this part of the arrangements.
    owner: Steering Group
    subject: review-${n}
    cadence: { rule: anniversary, years: 1 }
`;

export interface CorpusOptions {
  clauses: number;
  asOf: string;
  documentsPerPartnership?: number;
  clausesPerPartnership?: number;
}

export function generateCorpus({
  clauses,
  asOf,
  documentsPerPartnership = 4,
  clausesPerPartnership = 2500,
}: CorpusOptions): Map<string, string> {
  const files = new Map<string, string>();
  const random = rng(clauses);
  const partnerships = Math.max(1, Math.ceil(clauses / clausesPerPartnership));
  const perDocument = Math.ceil(clauses / (partnerships * documentsPerPartnership));
  const reviewDate = `${Number(asOf.slice(0, 4)) - 1}-${asOf.slice(5, 7)}-${String(Math.min(28, Number(asOf.slice(8)) + 14)).padStart(2, '0')}`;
  let made = 0;
  for (let p = 1; p <= partnerships; p++) {
    const pid = `bench-${p}`;
    files.set(
      `${pid}/partnership.yaml`,
      `name: Bench Safeguarding Children Partnership ${p}\nshortName: BSCP${p}\narea: Bench ${p}\nleadPartners: [Council, Police, Health]\n`,
    );
    files.set(
      `${pid}/glossary.yaml`,
      `terms:\n${ACRONYMS.map((a) => `  - term: ${a}\n    expansion: ${a} expansion for the benchmark\n    definedInSource: false`).join('\n')}\n`,
    );
    const reviews: string[] = [];
    for (let d = 1; d <= documentsPerPartnership && made < clauses; d++) {
      const dir = `${pid}/doc-${d}`;
      files.set(
        `${dir}/document.yaml`,
        `title: Benchmark document ${d}\nshortTitle: Document ${d}\npartnership: ${pid}\nstatus: in-force\nsource:\n  file: source.txt\n  original: generated\n`,
      );
      const plan = planDocument(Math.min(perDocument, clauses - made));
      // The published text the clauses come from, as the check's fidelity rule expects: every clause in order.
      const source: string[] = [`Benchmark document ${d}`];
      const numbers = plan.filter((c) => /^\d+\.\d+$/.test(c.number)).map((c) => c.number);
      for (const clause of plan) {
        made++;
        const duty = made % 50 === 0 ? DUTY(made) : '';
        if (duty)
          reviews.push(
            `- subject: review-${made}\n  what: Annual review ${made}\n  date: ${reviewDate}\n  by: Steering Group\n  example: true`,
          );
        const fm = [
          `id: ${yamlString(clause.id)}`,
          `number: ${yamlString(clause.number)}`,
          clause.heading && `heading: ${yamlString(clause.heading)}`,
          clause.parent && `parent: ${yamlString(clause.parent)}`,
          `order: ${clause.order}`,
        ]
          .filter(Boolean)
          .join('\n');
        const text = body(random, numbers);
        source.push([clause.number, clause.heading].filter(Boolean).join(' '), text);
        files.set(`${dir}/clauses/${clause.id}.mdx`, `---\n${fm}\n${duty}---\n\n${text}`);
      }
      files.set(`${dir}/source.txt`, `${source.join('\n')}\n`);
    }
    files.set(`${pid}/records/reviews.yaml`, `${reviews.join('\n') || '[]'}\n`);
  }
  return files;
}
