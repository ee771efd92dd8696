// Migration from the 2nd (2016) to the 3rd (2021) edition of the FMLM standards, domain by domain.
// Editorial: FMLM published no item-level map between editions; see frameworks.md §4.
import { defineCrosswalk } from '../define';

const publisher = 'Faculty of Medical Leadership and Management';

const secondEditionName =
  'The 2nd edition’s own name for this domain is unconfirmed (medlead has read only "1. Self") ' +
  'and medlead does not carry its themes, so what it covered is unconfirmed.';

export const fmlm2016To2021 = defineCrosswalk({
  id: 'fmlm-2016-fmlm-2021',
  from: 'fmlm@2016',
  to: 'fmlm@2021',
  version: '1.0.0',
  title: 'FMLM standards, 2nd edition (2016) to 3rd edition (2021)',
  summary:
    'The 3rd edition keeps the three domains of the 2nd (self, team and corporate), headed on ' +
    'its pages as Leadership of Self, Team player/team leader and Corporate responsibility, and ' +
    'adds a fourth, System leadership, that carries the standards beyond single organisations ' +
    'to networks, integrated care and population health. The links are medlead’s editorial ' +
    'reading of the two editions, as FMLM published no item-level map between them and only ' +
    'the first themes of each domain could be compared.',
  links: [
    {
      from: 'fmlm:self',
      to: 'fmlm:self',
      relation: 'exactMatch',
      weight: 1,
      rationale:
        'Domain 1 carries forward as Leadership of Self; its first theme keeps the same ' +
        'behaviours, with reflection added.',
      provenance: 'editorial',
      uncertain:
        'Only the first theme of each edition’s Self domain was compared; medlead does not carry ' +
        'the later themes.',
    },
    {
      from: 'fmlm:team',
      to: 'fmlm:team',
      relation: 'closeMatch',
      weight: 0.8,
      rationale:
        'The team domain carries forward as Team player/team leader, still both working in and ' +
        'leading teams.',
      provenance: 'editorial',
      uncertain: secondEditionName,
    },
    {
      from: 'fmlm:corporate',
      to: 'fmlm:corporate',
      relation: 'closeMatch',
      weight: 0.8,
      rationale:
        'Carried forward as Corporate responsibility: strategy and delivery within the ' +
        'organisation; system-wide work now has its own domain.',
      provenance: 'editorial',
      uncertain: secondEditionName,
    },
  ],
  unmapped: {
    from: [],
    to: [
      {
        nodeId: 'fmlm:system-leadership',
        reason:
          'New in the 3rd edition, extending the standards to networks, integrated care and ' +
          'population health; no 2nd-edition text medlead has read covers it.',
      },
    ],
  },
  sources: [
    {
      title: 'Without standards there can be no improvement',
      publisher,
      year: 2021,
      url: 'https://www.fmlm.ac.uk/news-opinion/without-standards-there-can-be-no-improvement',
      note: 'Launch of the 3rd edition and what it changed.',
    },
    {
      title: 'Leadership and management standards for medical professionals: third edition (2021)',
      publisher,
      year: 2021,
      url: 'https://www.fmlm.ac.uk/node/74',
      note: 'Overview of the 3rd edition (title ours).',
    },
    {
      title: 'Leadership and management standards for medical professionals (2nd edition)',
      publisher,
      year: 2016,
      url: 'https://www.fmlm.ac.uk/individual-standards',
      note: 'The 2nd edition’s domain 1 and its first lettered behaviours (title ours).',
    },
    {
      title: 'Become an FMLM Fellow',
      publisher,
      url: 'https://www.fmlm.ac.uk/fellowship/become-an-fmlm-fellow',
      note: 'Names the four 3rd-edition domains and which fellowship levels must evidence each.',
    },
  ],
});
