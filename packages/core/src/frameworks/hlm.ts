// The NHS Healthcare Leadership Model, version 1.0 (2013).
// Dimension names and level headings are as published; every summary is our own words.
// Sources and what is uncertain: shared/reference/frameworks.md §2.
import type { Framework } from '../model/types';
import { defineFramework } from './define';

const academy = 'NHS Leadership Academy';
const notRetrieved =
  'The Academy gives this dimension level headings, but no source medlead has read shows them, ' +
  'so none is given.';
const thirdPartyScale =
  'Known from one third-party account of the self-assessment tool; consistent with the official ' +
  'sample report, but not confirmed by the Academy.';

/** The four published levels, numbered 1–4 so `levels[].value` can refer to them. */
const E = 1;
const P = 2;
const S = 3;
const X = 4;

/** The four levels of a dimension whose headings no source gave: present, titled null, and said so. */
const headingsNotRetrieved = [E, P, S, X].map((value) => ({
  value,
  title: null,
  provenance: 'published' as const,
  uncertain: notRetrieved,
}));

export const hlm2013: Framework = defineFramework({
  id: 'hlm',
  edition: '2013',
  editionLabel: 'Version 1.0',
  key: 'hlm@2013',
  version: '1.0.0',
  title: 'The Healthcare Leadership Model',
  shortTitle: 'HLM',
  publisher: academy,
  year: 2013,
  status: 'current',
  summary: {
    text:
      'Nine dimensions of leadership behaviour for all NHS staff, clinical or not and with or ' +
      'without a formal leadership role; each is described at four levels that are not tied to ' +
      'grade or job, so one person may sit at different levels on different dimensions.',
    provenance: 'paraphrased',
  },
  sources: [
    {
      title: 'The Healthcare Leadership Model: the nine dimensions of leadership behaviour',
      publisher: academy,
      year: 2013,
      locator: 'Version 1.0',
      url: 'https://www.readkong.com/page/healthcare-leadership-model-the-nine-dimensions-of-4461973',
      note: 'Read through a public mirror of the Academy document.',
    },
    {
      title: 'Structure of the Healthcare Leadership Model',
      publisher: academy,
      url: 'https://www.leadershipacademy.nhs.uk/resources/healthcare-leadership-model/structure-healthcare-leadership-model/',
      note: 'The four-part scale and the rule that levels are not tied to roles.',
    },
    {
      title: 'Explore the Healthcare Leadership Model (dimension pages)',
      publisher: academy,
      url: 'https://www.leadershipacademy.nhs.uk/healthcare-leadership-model/explore-the-healthcare-leadership-model/',
      note: 'Dimension order and the level headings of most dimensions.',
    },
    {
      title: 'Healthcare Leadership Model Mapping Template',
      publisher: academy,
      url: 'https://www.scribd.com/document/334749115',
      note: 'Level headings of "Inspiring shared purpose" (third-party upload).',
    },
    {
      title: 'The importance of personal qualities',
      publisher: academy,
      url: 'https://www.leadershipacademy.nhs.uk/healthcare-leadership-model/the-importance-of-personal-qualities/',
    },
  ],
  rights:
    'The model is copyright of the NHS Leadership Academy, which allows it to be reproduced free ' +
    'of charge only for non-commercial purposes between NHS-funded organisations; other use needs ' +
    'its written permission, and its device and illustrations are trade marks. medlead therefore ' +
    'carries only the dimension names and level headings, as facts, with summaries in its own ' +
    'words, and none of the behavioural questions.',
  terms: {
    dimension: { singular: 'dimension', plural: 'dimensions' },
    'personal-qualities': { singular: 'personal qualities', plural: 'personal qualities' },
  },
  assessedKind: 'dimension',
  scales: [
    {
      id: 'hlm:levels',
      title: 'Healthcare Leadership Model levels',
      summary: 'The four published levels; behaviour grows in complexity and reach up the scale.',
      measures: 'performance',
      provenance: 'published',
      points: [
        { value: E, label: 'Essential' },
        { value: P, label: 'Proficient' },
        { value: S, label: 'Strong' },
        { value: X, label: 'Exemplary' },
      ],
    },
    {
      id: 'hlm:self-assessment',
      title: 'Healthcare Leadership Model self-assessment',
      summary: 'The four levels with "Insufficient" below them, as the self-assessment offers.',
      measures: 'performance',
      provenance: 'published',
      uncertain: thirdPartyScale,
      points: [
        { value: 0, label: 'Insufficient' },
        { value: E, label: 'Essential' },
        { value: P, label: 'Proficient' },
        { value: S, label: 'Strong' },
        { value: X, label: 'Exemplary' },
      ],
    },
    {
      id: 'hlm:importance',
      title: 'Importance to role',
      summary: 'How important the dimension is to the person’s role.',
      measures: 'importance',
      provenance: 'editorial',
      uncertain:
        'The self-assessment asks how important each dimension is to the role, but the Academy’s ' +
        'answer options are not shown in any source medlead has read; these four points are ' +
        'medlead’s.',
      points: [
        { value: 1, label: 'Low' },
        { value: 2, label: 'Moderate' },
        { value: 3, label: 'High' },
        { value: 4, label: 'Critical' },
      ],
    },
  ],
  defaultScale: 'hlm:self-assessment',
  levelScale: 'hlm:levels',
  crossCutting: [
    {
      id: 'hlm:personal-qualities',
      kind: 'personal-qualities',
      title: 'Personal qualities',
      summary: {
        text:
          'Managing oneself sits at the centre of the model: these qualities underpin how a ' +
          'person behaves and run through all nine dimensions rather than forming a tenth.',
        provenance: 'paraphrased',
      },
      provenance: 'published',
      indicators: [
        { id: 'hlm:personal-qualities/1', text: 'Self-awareness', provenance: 'published' },
        { id: 'hlm:personal-qualities/2', text: 'Self-confidence', provenance: 'published' },
        { id: 'hlm:personal-qualities/3', text: 'Self-control', provenance: 'published' },
        { id: 'hlm:personal-qualities/4', text: 'Self-knowledge', provenance: 'published' },
        { id: 'hlm:personal-qualities/5', text: 'Personal reflection', provenance: 'published' },
        { id: 'hlm:personal-qualities/6', text: 'Resilience', provenance: 'published' },
        { id: 'hlm:personal-qualities/7', text: 'Determination', provenance: 'published' },
      ],
    },
  ],
  children: [
    {
      id: 'hlm:inspiring-shared-purpose',
      kind: 'dimension',
      title: 'Inspiring shared purpose',
      provenance: 'published',
      summary: {
        text:
          'Living a public-service ethos and NHS values, staying curious about better care, and ' +
          'building one common purpose among very different people.',
        provenance: 'paraphrased',
      },
      levels: [
        { value: E, title: 'Staying true to NHS principles and values', provenance: 'published' },
        {
          value: P,
          title: 'Holding to principles and values under pressure',
          provenance: 'published',
        },
        {
          value: S,
          title: 'Taking personal risks to stand up for the shared purpose',
          provenance: 'published',
        },
        {
          value: X,
          title: 'Making courageous challenges for the benefit of the service',
          provenance: 'published',
        },
      ],
    },
    {
      id: 'hlm:leading-with-care',
      kind: 'dimension',
      title: 'Leading with care',
      provenance: 'published',
      summary: {
        text:
          'Bringing the core personal qualities to leadership, reading what the team needs and ' +
          'feels, and making work a caring and safe place.',
        provenance: 'paraphrased',
      },
      levels: [
        { value: E, title: 'Caring for the team', provenance: 'published' },
        {
          value: P,
          title: 'Recognising underlying reasons for behaviour',
          provenance: 'published',
        },
        { value: S, title: 'Providing opportunities for mutual support', provenance: 'published' },
        {
          value: X,
          title: 'Spreading a caring environment beyond my own area',
          provenance: 'published',
        },
      ],
    },
    {
      id: 'hlm:evaluating-information',
      kind: 'dimension',
      title: 'Evaluating information',
      provenance: 'published',
      summary: {
        text:
          'Looking for information from many places and turning it into ideas and plans for ' +
          'improvement and change.',
        provenance: 'paraphrased',
      },
      levels: headingsNotRetrieved,
    },
    {
      id: 'hlm:connecting-our-service',
      kind: 'dimension',
      title: 'Connecting our service',
      provenance: 'published',
      summary: {
        text:
          'Seeing how health and care services, teams and organisations fit together and ' +
          'affect one another.',
        provenance: 'paraphrased',
      },
      levels: [
        {
          value: E,
          title: 'Recognising how my area of work relates to other parts of the system',
          provenance: 'published',
        },
        {
          value: P,
          title: 'Understanding the culture and politics across my organisation',
          provenance: 'published',
        },
        {
          value: S,
          title: 'Adapting to different standards and approaches outside my organisation',
          provenance: 'published',
        },
        { value: X, title: 'Working strategically across the system', provenance: 'published' },
      ],
    },
    {
      id: 'hlm:sharing-the-vision',
      kind: 'dimension',
      title: 'Sharing the vision',
      provenance: 'published',
      summary: {
        text: 'Painting a picture of the future that people find believable, attractive and within reach.',
        provenance: 'paraphrased',
      },
      levels: [
        {
          value: E,
          title: 'Communicating to create credibility and trust',
          provenance: 'published',
        },
        { value: P, title: 'Creating clear direction', provenance: 'published' },
        { value: S, title: 'Making long-term goals desirable', provenance: 'published' },
        { value: X, title: 'Inspiring confidence for the future', provenance: 'published' },
      ],
    },
    {
      id: 'hlm:engaging-the-team',
      kind: 'dimension',
      title: 'Engaging the team',
      provenance: 'published',
      summary: {
        text:
          'Drawing people in and showing that what they contribute, and the ideas they bring, ' +
          'shape results and improvement.',
        provenance: 'paraphrased',
      },
      levels: [
        { value: E, title: 'Involving the team', provenance: 'published' },
        { value: P, title: 'Fostering creative participation', provenance: 'published' },
        { value: S, title: 'Co-operating to raise the game', provenance: 'published' },
        {
          value: X,
          title: 'Stretching the team for excellence and innovation',
          provenance: 'published',
        },
      ],
    },
    {
      id: 'hlm:holding-to-account',
      kind: 'dimension',
      title: 'Holding to account',
      provenance: 'published',
      summary: {
        text:
          'Agreeing clear goals and measures of quality, helping people own their results, and ' +
          'giving feedback that is fair and balanced.',
        provenance: 'paraphrased',
      },
      levels: [
        { value: E, title: 'Setting clear expectations', provenance: 'published' },
        { value: P, title: 'Managing and supporting performance', provenance: 'published' },
        { value: S, title: 'Challenging for continuous improvement', provenance: 'published' },
        { value: X, title: 'Creating a mindset for innovative change', provenance: 'published' },
      ],
    },
    {
      id: 'hlm:developing-capability',
      kind: 'dimension',
      title: 'Developing capability',
      provenance: 'published',
      summary: {
        text:
          'Growing people’s ability to meet future challenges, using everyday experience as a ' +
          'way for people and the organisation to learn, and modelling one’s own development.',
        provenance: 'paraphrased',
      },
      levels: headingsNotRetrieved,
    },
    {
      id: 'hlm:influencing-for-results',
      kind: 'dimension',
      title: 'Influencing for results',
      provenance: 'published',
      summary: {
        text:
          'Choosing how to make a positive difference to others, building relationships, and ' +
          'using an understanding of people and organisations to persuade and bring them together.',
        provenance: 'paraphrased',
      },
      levels: [
        {
          value: E,
          title: 'Engaging with others to convince or persuade',
          provenance: 'published',
        },
        {
          value: P,
          title: 'Adapting my approach to connect with diverse groups',
          provenance: 'published',
        },
        {
          value: S,
          title: 'Developing collaborative agendas and consensus',
          provenance: 'published',
        },
        { value: X, title: 'Building sustainable commitments', provenance: 'published' },
      ],
    },
  ],
});

/** The newest Healthcare Leadership Model edition. */
export const hlm = hlm2013;
