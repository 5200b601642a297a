/**
 * A document's status on its pages, in the built site: the Suffolk protocol
 * is historical (an editorial decision, content/suffolk/partnership-protocol/
 * document.yaml), which its document page, clause pages, partnership page,
 * home page, register, calendar and JSON all say (issue 14, item 13).
 */
import { describe, expect, it } from 'vitest';
import ICAL from 'ical.js';
import { builtFile, builtJson, rowWithId, textOf } from './built-files.ts';

const PROTOCOL = '/suffolk/partnership-protocol/';
const SENTENCE = 'This document is historical: no longer in force, since September 2019 at the latest. Its duties are not checked.';
const QUOTE = '<q>Section 14 of the Children Act 2004 sets out the objectives of the LSCBs</q> (under 3.6)';

describe('the Suffolk protocol’s document page', () => {
  const html = builtFile(PROTOCOL);
  const status = html.slice(html.indexOf('id="document-status"'), html.indexOf('</div>', html.indexOf('id="document-status"') + 200));

  it('shows the status as the word "Historical", with since when and that its duties are not checked', () => {
    expect(textOf(status)).toContain(`Status Historical ${SENTENCE}`);
  });

  it('labels the reason an editorial note and quotes the text that shows it, with where', () => {
    expect(textOf(status)).toContain('Editorial note: The protocol is undated and does not say it has been withdrawn or replaced.');
    expect(status).toContain('What the text shows:');
    expect(status).toContain(QUOTE);
  });

  it('has a banner saying so above the text, linking to the reason', () => {
    expect(textOf(html)).toContain(
      `Historical document ${SENTENCE} This status is an editorial note: the document does not say so itself.`,
    );
    expect(html).toContain(
      `<a class="govuk-notification-banner__link" href="${PROTOCOL}#document-status">Why the document is historical</a>`,
    );
  });
});

describe('a Suffolk clause page', () => {
  it('carries the same banner, on a clause that sets a duty and on one that does not', () => {
    for (const path of [`${PROTOCOL}4-7/`, `${PROTOCOL}1-1/`]) {
      const html = builtFile(path);
      expect(textOf(html), path).toContain(`Historical document ${SENTENCE}`);
      expect(html, path).toContain(`href="${PROTOCOL}#document-status"`);
      expect(html, path).not.toContain('app-currency-banner');
    }
  });
});

describe('a document in force', () => {
  it('has no status banner, and its facts say "In force"', () => {
    const html = builtFile('/west-sussex/constitution/');
    expect(html).not.toContain('app-document-status-banner');
    expect(textOf(html)).toContain('Status In force');
  });
});

describe('the lists of documents', () => {
  it('show the protocol as historical, with the reason, on the Suffolk page', () => {
    const text = textOf(builtFile('/suffolk/'));
    expect(text).toContain(`Status Historical ${SENTENCE} Editorial note:`);
  });

  it('mark the protocol historical on the home page', () => {
    expect(textOf(builtFile('/'))).toContain('Partnership protocol (historical)');
  });
});

describe('the Suffolk register', () => {
  const html = builtFile('/suffolk/register/');

  it('says of every duty why it is not checked, linking to the reason', () => {
    const rows = [...html.matchAll(/<tr class="govuk-table__row" id="([^"]+)"/g)].map((m) => m[1]!);
    expect(rows.length).toBe(7);
    for (const id of rows) {
      const row = rowWithId(html, id);
      expect(textOf(row), id).toContain(
        'Not checked The Partnership protocol is historical: no longer in force, since September 2019 at the latest, so its duties are not checked. Why the Partnership protocol is not in force',
      );
      expect(row, id).toContain(`href="${PROTOCOL}#document-status"`);
    }
  });
});

describe('the Suffolk data', () => {
  it('gives the document JSON its status and reason', () => {
    expect(builtJson('/suffolk/partnership-protocol.json')).toMatchObject({
      document: {
        status: 'historical',
        statusReason: {
          by: '2019-09',
          basis: 'editorial',
          quotes: expect.arrayContaining([
            { text: 'Section 14 of the Children Act 2004 sets out the objectives of the LSCBs', clause: 'under 3.6' },
          ]),
        },
      },
    });
  });

  it('puts no event in the calendar, since no duty falls due', () => {
    const calendar = new ICAL.Component(ICAL.parse(builtFile('/suffolk/duties.ics')));
    expect(calendar.getAllSubcomponents('vevent')).toEqual([]);
    expect(calendar.getFirstPropertyValue('x-wr-calname')).toBe('Suffolk Local Safeguarding Children Board: duties falling due');
  });
});
