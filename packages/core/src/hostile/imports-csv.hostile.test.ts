// Hostile-input tables for the Moodle and Canvas imports (issue 14): every argument and option
// swept with every hostile value, files built to crash, slow or fool a reader, and proof that
// what is returned is frozen and shared with no one.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { toCanvasOutcomesCsv } from '../exports/canvas-outcomes-csv';
import { toMoodleCsv } from '../exports/moodle-csv';
import {
  moodleCompetencyRow,
  moodleFile,
  moodleFrameworkRow,
} from '../exports/moodle-php.test-helper';
import { ama2020 } from '../frameworks/ama';
import { mlcf2010 } from '../frameworks/mlcf';
import { fromCanvasOutcomesCsv } from '../imports/canvas-outcomes-csv';
import { fromMoodleCsv } from '../imports/moodle-csv';
import { walk } from '../navigation/navigate';
import { isDeeplyFrozen } from '../util/deep-freeze';
import {
  expectRefused,
  expectUnshared,
  markup,
  safeOutcome,
  sweepArguments,
} from './hostile.test-helper';

const importOptions = ['id', 'edition', 'title', 'publisher', 'year', 'sourceUrl'];

/**
 * An export with the prefix given, where it is a valid one (so that a prefix such as
 * "constructor" meets a file that has it), else `fallback`.
 */
function prefixedWith(options: unknown, write: (options: never) => string, fallback: string) {
  try {
    return write(options as never);
  } catch {
    return fallback;
  }
}

/** Every option of an import, swept one at a time inside otherwise valid options. */
function sweepOptions(run: (options: unknown) => unknown, names: readonly string[]) {
  let refused = 0;
  for (const name of names) {
    const optionAsArgument = (value: unknown) => run({ [name]: value });
    Object.defineProperty(optionAsArgument, 'name', { value: `option ${name}` });
    const totals = sweepArguments(optionAsArgument, [[`options.${name}`, () => undefined]]);
    expect(totals.calls).toBeGreaterThan(0);
    refused += totals.refused;
  }
  return refused;
}

/** A Moodle file: a framework row, then competency rows (parent, ID number, name). */
function moodleFileOf(
  competencies: readonly (readonly [string, string, string])[],
  taxonomy = '',
): string {
  const rows = competencies.map(([parent, id, name]) => moodleCompetencyRow(parent, id, name));
  return moodleFile([moodleFrameworkRow({ 13: taxonomy }), ...rows]);
}

describe('fromMoodleCsv', () => {
  const csv = toMoodleCsv(mlcf2010);

  it('survives every hostile argument', () => {
    const totals = sweepArguments(fromMoodleCsv, [
      ['text', () => csv],
      ['options', () => ({ idNumberPrefix: undefined })],
    ]);
    expect(totals.calls).toBeGreaterThan(0);
    expect(totals.refused).toBeGreaterThan(0);
  });

  it('survives every hostile option', () => {
    const write = (options: never) => toMoodleCsv(mlcf2010, options);
    const refused = sweepOptions(
      (options) => fromMoodleCsv(prefixedWith(options, write, csv), options as never),
      [...importOptions, 'idNumberPrefix'],
    );
    expect(refused).toBeGreaterThan(0);
  });

  it('refuses bad options by name, reading own properties only', () => {
    expectRefused(() => fromMoodleCsv(csv, { idNumberPrefix: 'a b' }), 'options.idNumberPrefix');
    expectRefused(() => fromMoodleCsv(csv, { year: 1066 }), 'options.year');
    expectRefused(() => fromMoodleCsv(csv, { id: 'Not An Id' }), 'options.id');
    expectRefused(
      () => fromMoodleCsv(csv, { sourceUrl: 'javascript:alert(1)' }),
      'options.sourceUrl',
    );
    expectRefused(
      () => fromMoodleCsv(csv, { prefix: 'x' } as never),
      'options.prefix',
      /not an option/,
    );
    expect(fromMoodleCsv(csv, Object.create({ id: 'inherited' })).id).toBe('mlcf');
  });

  it.each([
    [
      'a 700-level parent chain',
      moodleFileOf(
        Array.from(
          { length: 700 },
          (_, index) => [index === 0 ? '' : `N${index - 1}`, `N${index}`, 'x'] as const,
        ),
      ),
    ],
    [
      'a parent cycle of 10,000 rows',
      moodleFileOf(
        Array.from(
          { length: 10_000 },
          (_, index) => [`N${(index + 1) % 10_000}`, `N${index}`, 'x'] as const,
        ),
      ),
    ],
    [
      'keys that name Object.prototype',
      moodleFileOf([
        ['', '__proto__', '__proto__'],
        ['__proto__', 'constructor', 'constructor'],
      ]),
    ],
    ['a taxonomy term "constructor"', moodleFileOf([['', 'A', 'A']], 'constructor,__proto__')],
    ['markup in a short name', moodleFileOf([['', 'A', markup]])],
    ['markup written as text', moodleFileOf([['', 'A', markup.replaceAll('<', '&lt;')]])],
    ['100,000 nested elements', moodleFileOf([['', 'A', '<b>'.repeat(100_000)]])],
    ['200,000 unclosed tags', moodleFileOf([['', 'A', '<a'.repeat(200_000)]])],
    ['a cell of 100,000 quotes', `${moodleFileOf([['', 'A', 'A']])}"${'""'.repeat(50_000)}"\n`],
    ['a million commas', `${moodleFileOf([['', 'A', 'A']])}${','.repeat(1_000_000)}\n`],
    ['a formula', moodleFileOf([['', 'A', '=HYPERLINK("http://example.invalid","x")']])],
  ])('answers %s with a framework or a refusal, never a crash', (_name, file) => {
    const outcome = safeOutcome(() => fromMoodleCsv(file, { year: 2024 }));
    if ('result' in outcome) expect(walk(outcome.result as never).length).toBeGreaterThan(0);
  });

  it('keeps markup as text in titles, and runs none of it', () => {
    const imported = fromMoodleCsv(moodleFileOf([['', 'A', markup.replaceAll('<', '&lt;')]]), {
      year: 2024,
    });
    expect(walk(imported)[0]?.node.title).toBe(markup);
  });

  it('answers any text with a framework or a refusal, never a crash', () => {
    const alphabet = fc.constantFrom(',', '"', '\\', '\n', '\r', '1', 'a', '<', '&', ' ');
    fc.assert(
      fc.property(fc.array(alphabet, { maxLength: 60 }), (characters) => {
        safeOutcome(() => fromMoodleCsv(characters.join(''), { year: 2024 }));
        safeOutcome(() => fromMoodleCsv(csv.slice(0, 400) + characters.join(''), { year: 2024 }));
      }),
      { numRuns: 300 },
    );
  });

  it('gives a deeply frozen framework a caller cannot change', () => {
    expect(isDeeplyFrozen(fromMoodleCsv(csv))).toBe(true);
    expectUnshared(() => fromMoodleCsv(csv));
  });
});

describe('fromCanvasOutcomesCsv', () => {
  const csv = toCanvasOutcomesCsv(ama2020);

  it('survives every hostile argument', () => {
    const totals = sweepArguments(fromCanvasOutcomesCsv, [
      ['text', () => csv],
      ['options', () => ({ vendorGuidPrefix: undefined })],
    ]);
    expect(totals.calls).toBeGreaterThan(0);
    expect(totals.refused).toBeGreaterThan(0);
  });

  it('survives every hostile option', () => {
    const write = (options: never) => toCanvasOutcomesCsv(ama2020, options);
    const refused = sweepOptions(
      (options) => fromCanvasOutcomesCsv(prefixedWith(options, write, csv), options as never),
      [...importOptions, 'vendorGuidPrefix'],
    );
    expect(refused).toBeGreaterThan(0);
  });

  it('refuses bad options by name', () => {
    expectRefused(
      () => fromCanvasOutcomesCsv(csv, { vendorGuidPrefix: '' }),
      'options.vendorGuidPrefix',
    );
    expectRefused(() => fromCanvasOutcomesCsv(csv, { edition: 'two words' }), 'options.edition');
    expectRefused(() => fromCanvasOutcomesCsv(csv, new Map() as never), 'options');
  });

  const header = 'vendor_guid,object_type,title,parent_guids,ratings';
  it.each([
    [
      'a 700-level group chain',
      [
        header,
        ...Array.from(
          { length: 700 },
          (_, index) => `g${index},group,G,${index === 0 ? '' : `g${index - 1}`}`,
        ),
      ].join('\n'),
    ],
    [
      'vendor_guids that name Object.prototype',
      [header, '__proto__,group,G,', 'constructor,outcome,O,__proto__,1,A,0,B'].join('\n'),
    ],
    [
      'markup in a title',
      [header, 'g,group,G,', `o,outcome,"${markup.replaceAll('"', '""')}",g,1,A,0,B`].join('\n'),
    ],
    [
      'a rating tier of a huge number',
      [header, 'g,group,G,', 'o,outcome,O,g,1e309,A,0,B'].join('\n'),
    ],
    [
      'ten thousand rating tiers',
      [
        header,
        'g,group,G,',
        `o,outcome,O,g,${Array.from({ length: 10_000 }, (_, index) => `${10_000 - index},T${index}`).join(',')}`,
      ].join('\n'),
    ],
    ['a formula title', [header, 'g,group,G,', 'o,outcome,=1+1,g'].join('\n')],
  ])('answers %s with a framework or a refusal, never a crash', (_name, file) => {
    safeOutcome(() => fromCanvasOutcomesCsv(file, { year: 2024 }));
  });

  it('reads a listed node whose kind is "__proto__" as a node of no known kind', () => {
    const file = toCanvasOutcomesCsv(ama2020).replace(
      '</p>",',
      '</p><div data-medlead-parts=""list""><ul><li data-medlead-id=""ama:x"" data-medlead-kind=""__proto__"">X</li></ul></div>",',
    );
    const outcome = safeOutcome(() => fromCanvasOutcomesCsv(file));
    expect(outcome).toHaveProperty('result');
  });

  it('answers any text with a framework or a refusal, never a crash', () => {
    const alphabet = fc.constantFrom(',', ';', '"', '\n', '\r', '1', 'a', 'group', 'outcome', ' ');
    fc.assert(
      fc.property(fc.array(alphabet, { maxLength: 60 }), (characters) => {
        safeOutcome(() => fromCanvasOutcomesCsv(characters.join(''), { year: 2024 }));
        safeOutcome(() =>
          fromCanvasOutcomesCsv(`${header}\n${characters.join('')}`, { year: 2024 }),
        );
      }),
      { numRuns: 300 },
    );
  });

  it('gives a deeply frozen framework a caller cannot change', () => {
    expect(isDeeplyFrozen(fromCanvasOutcomesCsv(csv))).toBe(true);
    expectUnshared(() => fromCanvasOutcomesCsv(csv));
  });
});
