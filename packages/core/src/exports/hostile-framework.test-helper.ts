import type { Framework } from '../model/types';
import { parseFramework } from '../validation/parse';

/** Text that breaks naive CSV, HTML and JSON writers: commas, quotes, newlines, markup. */
export const hostileTitle = 'Lead, "decide" & <act>\nthen reflect; don\'t stop';
export const hostileSummary =
  'Ends a paragraph early: </p><script>alert("x")</script>, then "more"';

/** A small framework whose every text field is hostile, checked by `parseFramework`. */
export const hostileFramework: Framework = parseFramework({
  id: 'hostile',
  edition: '2024',
  key: 'hostile@2024',
  version: '1.0.0',
  title: 'A "framework", with commas',
  shortTitle: 'Hostile, "short"',
  publisher: 'Publisher, "Quoted" & Co',
  year: 2024,
  status: 'current',
  summary: { text: hostileSummary, provenance: 'editorial' },
  sources: [{ title: 'Local, "source"', publisher: 'Us', url: 'https://example.org/a?b=1,2' }],
  rights: 'Ours, "all" of them.\nSecond line.',
  terms: {
    domain: { singular: 'domain', plural: 'domains' },
    skill: { singular: 'skill, "quoted"', plural: 'skills, "quoted"' },
  },
  assessedKind: 'skill',
  scales: [
    {
      id: 'hostile:quoted',
      title: 'Quoted "levels"',
      measures: 'performance',
      provenance: 'editorial',
      points: [
        { value: 0, label: 'Not "yet"' },
        { value: 1, label: 'Nearly\nthere' },
        { value: 2, label: '<b>Yes</b>' },
      ],
    },
    {
      id: 'hostile:comma',
      title: 'A label with a comma',
      measures: 'performance',
      provenance: 'editorial',
      points: [
        { value: 1, label: 'No, not yet' },
        { value: 2, label: 'Yes' },
      ],
    },
  ],
  defaultScale: 'hostile:quoted',
  children: [
    {
      id: 'hostile:1',
      code: '1, "one"',
      kind: 'domain',
      title: hostileTitle,
      provenance: 'published',
      summary: {
        text: hostileSummary,
        provenance: 'paraphrased',
        uncertain: 'Not "sure",\nreally.',
      },
      children: [
        {
          id: 'hostile:1.1',
          code: '1.1',
          kind: 'skill',
          title: '=SUM(A1:A2), "formula-like"',
          provenance: 'editorial',
          summary: { text: 'Line one\r\nLine two, "quoted"', provenance: 'editorial' },
        },
        {
          id: 'hostile:1.2',
          kind: 'skill',
          title: ' leading and trailing spaces are trimmed ',
          provenance: 'editorial',
          summary: { text: 'Tab\there, comma, here', provenance: 'editorial' },
        },
      ],
    },
  ],
});

/** The characters that make a spreadsheet run a cell as a formula (issue 12, point 7). */
export const formulaTriggers = ['=', '+', '-', '@', '\t', '\r'] as const;

/**
 * A small framework whose titles, codes, summaries and scale labels start with each formula
 * trigger a parsed framework can hold (parsing trims text, so a leading tab or carriage return
 * cannot reach an export), with negative point values that must stay numbers.
 */
export const formulaFramework: Framework = parseFramework({
  id: 'formula',
  edition: '2024',
  key: 'formula@2024',
  version: '1.0.0',
  title: '=HYPERLINK("http://example.invalid","framework")',
  shortTitle: '+short',
  publisher: '@publisher',
  year: 2024,
  status: 'current',
  summary: { text: '=1+1 summary', provenance: 'editorial' },
  sources: [{ title: '-source', publisher: 'Us' }],
  rights: '@rights',
  terms: {
    domain: { singular: 'domain', plural: 'domains' },
    skill: { singular: 'skill', plural: 'skills' },
  },
  assessedKind: 'skill',
  scales: [
    {
      id: 'formula:signed',
      title: 'Signed',
      measures: 'performance',
      provenance: 'editorial',
      points: [
        { value: -1, label: '=1+1' },
        { value: -0.5, label: '+1 more' },
        { value: 0, label: '-minus' },
        { value: 1, label: '@SUM(A1)' },
      ],
    },
  ],
  defaultScale: 'formula:signed',
  children: [
    {
      id: 'formula:1',
      code: '-1',
      kind: 'domain',
      title: '+plus title',
      provenance: 'editorial',
      summary: { text: '-minus summary', provenance: 'editorial' },
      children: [
        {
          id: 'formula:1.1',
          code: '+A',
          kind: 'skill',
          title: '=cmd|" /C calc"!A0',
          provenance: 'editorial',
          summary: { text: '@SUM(1+1)', provenance: 'editorial' },
        },
        {
          id: 'formula:1.2',
          code: '-0.5',
          kind: 'skill',
          title: '-2+3',
          provenance: 'editorial',
          summary: { text: '+summary', provenance: 'editorial' },
        },
        {
          id: 'formula:1.3',
          code: '@3',
          kind: 'skill',
          title: '@title',
          provenance: 'editorial',
          summary: { text: '=summary', provenance: 'editorial' },
        },
      ],
    },
  ],
});

/**
 * Text that Moodle's CSV reading used to break or change (issue 14): backslashes before quotes
 * and at the end, angle brackets, character references written out, line ends, NUL, an unpaired
 * surrogate, and a cell a spreadsheet would run.
 */
export const hostileTexts: readonly string[] = [
  'Quote after a backslash \\" here',
  'Ends with a backslash \\',
  'Two backslashes \\\\ and a quote after two \\\\"',
  'Three \\\\\\" and four \\\\\\\\" backslashes',
  '\\"',
  '<b>bold</b> and <script>alert(1)</script>',
  'a < b and b > a',
  'a<b',
  '&amp; is not &, &lt;b&gt; is not <b>',
  '&#92; and &nbsp; written out',
  'Tab\there, comma, "quotes"',
  'Line\nbreak, CR\rhere, CRLF\r\nthere',
  'NUL \u0000 inside',
  'Unpaired surrogate \ud800 inside',
  'Emoji 😀 and é',
  "'=SUM(A1) with a quote first",
  '=1+1',
  '%2C and ,',
];

/** A framework with a node per hostile text: its title, code and summary are that text. */
export const hostileTextFramework: Framework = parseFramework({
  id: 'texts',
  edition: '2024',
  key: 'texts@2024',
  version: '1.0.0',
  title: 'Hostile \\ texts <b>',
  shortTitle: 'Texts',
  publisher: 'Publisher \\ "Quoted" <i>',
  year: 2024,
  status: 'current',
  summary: { text: 'Summary \\', provenance: 'editorial' },
  sources: [{ title: 'Us', publisher: 'Us' }],
  rights: 'Ours \\',
  terms: { skill: { singular: 'skill', plural: 'skills' } },
  assessedKind: 'skill',
  scales: [],
  defaultScale: 'agreement-5',
  children: hostileTexts.map((text, index) => ({
    id: `texts:${index + 1}`,
    code: text,
    kind: 'skill',
    title: text,
    provenance: 'published',
    summary: { text, provenance: 'published' },
  })),
});
