// A school's own framework, as an import (fromMoodleCsv, fromCasePackage…) would give it and
// `JSON.stringify` would write it to a file: plain JSON, not one medlead ships. Made up for the
// tests: two domains of two competencies, on a four-point scale of the school's own.

const statement = (text: string) => ({ text, provenance: 'published' });

const competency = (id: string, code: string, title: string, summary: string) => ({
  id: `north-deanery:${id}`,
  code,
  kind: 'competency',
  title,
  summary: statement(summary),
  provenance: 'published',
});

/** A fresh copy each call (tests change it). */
export function ownFramework(): Record<string, unknown> {
  return {
    id: 'north-deanery',
    edition: '2024',
    key: 'north-deanery@2024',
    version: '1.0.0',
    title: 'North Deanery Leadership Outcomes',
    shortTitle: 'North Deanery',
    publisher: 'North Deanery',
    year: 2024,
    status: 'current',
    summary: statement('The leadership outcomes of the North Deanery’s foundation programme.'),
    sources: [{ title: 'Leadership outcomes', publisher: 'North Deanery', year: 2024 }],
    rights: 'The North Deanery’s own text, used by the North Deanery.',
    terms: {
      domain: { singular: 'domain', plural: 'domains' },
      competency: { singular: 'competency', plural: 'competencies' },
    },
    assessedKind: 'competency',
    scales: [
      {
        id: 'north-deanery:progress',
        title: 'Progress',
        measures: 'performance',
        provenance: 'published',
        points: [
          { value: 1, label: 'Not yet' },
          { value: 2, label: 'Developing' },
          { value: 3, label: 'Competent' },
          { value: 4, label: 'Leading others' },
        ],
      },
    ],
    defaultScale: 'north-deanery:progress',
    children: [
      {
        id: 'north-deanery:1',
        code: '1',
        kind: 'domain',
        title: 'Working in teams',
        summary: statement('Working with others to care for patients.'),
        provenance: 'published',
        children: [
          competency('1.1', '1.1', 'Handing over safely', 'Gives and takes a clear handover.'),
          competency('1.2', '1.2', 'Speaking up', 'Raises a concern about safety.'),
        ],
      },
      {
        id: 'north-deanery:2',
        code: '2',
        kind: 'domain',
        title: 'Improving services',
        summary: statement('Making care better for the next patient.'),
        provenance: 'published',
        children: [
          competency('2.1', '2.1', 'Running an audit', 'Completes an audit cycle.'),
          competency('2.2', '2.2', 'Learning from incidents', 'Reflects on what went wrong.'),
        ],
      },
    ],
  };
}

/** The four competencies' node ids, in order. */
export const ownNodeIds = [
  'north-deanery:1.1',
  'north-deanery:1.2',
  'north-deanery:2.1',
  'north-deanery:2.2',
] as const;
