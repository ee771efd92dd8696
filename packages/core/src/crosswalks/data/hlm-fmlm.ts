// Crosswalk from the Healthcare Leadership Model (2013) to the FMLM standards, 3rd edition (2021).
// Every link is medlead's own inference, following shared/reference/frameworks.md §4 and §5.2.
import { defineCrosswalk } from '../define';
import { fmlmDerivationSources } from './fmlm-sources';

const systemPageMissing =
  'medlead has not read FMLM’s System leadership domain page; the link rests on the ' +
  'fellowship guide’s one-line framing of the domain.';

export const hlmToFmlm = defineCrosswalk({
  id: 'hlm-2013-fmlm-2021',
  from: 'hlm@2013',
  to: 'fmlm@2021',
  version: '1.0.0',
  title: 'Healthcare Leadership Model (2013) to FMLM standards (2021)',
  summary:
    'An editorial mapping by medlead from the nine HLM dimensions to the four domains of the ' +
    'third-edition FMLM standards, each link inferred from what the two frameworks describe. ' +
    'FMLM states that its standards draw on the HLM among other sources, which is a ' +
    'published derivation statement rather than an item-level map; FMLM offers a mapping ' +
    'document, which medlead has not read.',
  links: [
    {
      from: 'hlm:inspiring-shared-purpose',
      to: 'fmlm:self',
      relation: 'relatedMatch',
      weight: 0.4,
      rationale:
        'Holding to values under pressure is personal conduct, which the self domain and ' +
        'FMLM’s value base rest on.',
      provenance: 'editorial',
    },
    {
      from: 'hlm:inspiring-shared-purpose',
      to: 'fmlm:team',
      relation: 'relatedMatch',
      weight: 0.3,
      rationale:
        'Building one common purpose among very different colleagues overlaps with inclusive ' +
        'teamwork.',
      provenance: 'editorial',
    },
    {
      from: 'hlm:leading-with-care',
      to: 'fmlm:self',
      relation: 'relatedMatch',
      weight: 0.4,
      rationale:
        'Leading with care rests on personal qualities such as self-control, which the self ' +
        'domain develops.',
      provenance: 'editorial',
    },
    {
      from: 'hlm:leading-with-care',
      to: 'fmlm:team',
      relation: 'relatedMatch',
      weight: 0.4,
      rationale:
        'Caring for the team and making it safe to speak up overlap with the team domain’s ' +
        'inclusive teamwork.',
      provenance: 'editorial',
    },
    {
      from: 'hlm:evaluating-information',
      to: 'fmlm:corporate',
      relation: 'relatedMatch',
      weight: 0.4,
      rationale:
        'Turning information into plans for improvement feeds the organisation’s decisions and ' +
        'delivery.',
      provenance: 'editorial',
    },
    {
      from: 'hlm:evaluating-information',
      to: 'fmlm:system-leadership',
      relation: 'relatedMatch',
      weight: 0.3,
      rationale:
        'At its widest, evaluating information informs strategy for population health across a ' +
        'system.',
      provenance: 'editorial',
      uncertain: systemPageMissing,
    },
    {
      from: 'hlm:connecting-our-service',
      to: 'fmlm:system-leadership',
      relation: 'broadMatch',
      weight: 0.6,
      rationale:
        'Understanding how services and organisations fit together is a core part of leading ' +
        'across the system.',
      provenance: 'editorial',
      uncertain: systemPageMissing,
    },
    {
      from: 'hlm:connecting-our-service',
      to: 'fmlm:corporate',
      relation: 'relatedMatch',
      weight: 0.3,
      rationale:
        'Reading the culture and politics of one’s own organisation supports corporate ' +
        'responsibility.',
      provenance: 'editorial',
    },
    {
      from: 'hlm:sharing-the-vision',
      to: 'fmlm:corporate',
      relation: 'relatedMatch',
      weight: 0.4,
      rationale:
        'Giving clear direction and making long-term goals desirable overlap with shaping the ' +
        'organisation’s strategy.',
      provenance: 'editorial',
    },
    {
      from: 'hlm:sharing-the-vision',
      to: 'fmlm:system-leadership',
      relation: 'relatedMatch',
      weight: 0.4,
      rationale:
        'Inspiring confidence in a shared future is one way of influencing a system’s strategy ' +
        'and culture.',
      provenance: 'editorial',
      uncertain: systemPageMissing,
    },
    {
      from: 'hlm:engaging-the-team',
      to: 'fmlm:team',
      relation: 'broadMatch',
      weight: 0.7,
      rationale:
        'Involving people and valuing their ideas is central to the team domain, which also ' +
        'covers being a member.',
      provenance: 'editorial',
    },
    {
      from: 'hlm:holding-to-account',
      to: 'fmlm:team',
      relation: 'broadMatch',
      weight: 0.5,
      rationale:
        'Setting expectations and managing performance are part of leading a team; the domain ' +
        'covers much more.',
      provenance: 'editorial',
    },
    {
      from: 'hlm:holding-to-account',
      to: 'fmlm:corporate',
      relation: 'relatedMatch',
      weight: 0.4,
      rationale:
        'Agreed quality measures and accountability for results overlap with good governance of ' +
        'the organisation.',
      provenance: 'editorial',
    },
    {
      from: 'hlm:developing-capability',
      to: 'fmlm:team',
      relation: 'broadMatch',
      weight: 0.6,
      rationale:
        'Growing colleagues’ abilities for the challenges ahead is part of leading a team.',
      provenance: 'editorial',
    },
    {
      from: 'hlm:developing-capability',
      to: 'fmlm:self',
      relation: 'relatedMatch',
      weight: 0.3,
      rationale:
        'Modelling one’s own development links this dimension with the self domain’s ' +
        'reflection and CPD.',
      provenance: 'editorial',
    },
    {
      from: 'hlm:influencing-for-results',
      to: 'fmlm:system-leadership',
      relation: 'relatedMatch',
      weight: 0.4,
      rationale:
        'Persuading, building consensus and winning lasting commitment are means of influencing ' +
        'a system.',
      provenance: 'editorial',
      uncertain: systemPageMissing,
    },
    {
      from: 'hlm:influencing-for-results',
      to: 'fmlm:team',
      relation: 'relatedMatch',
      weight: 0.3,
      rationale:
        'Building relationships and connecting with diverse groups overlap with seeking and ' +
        'valuing views in a team.',
      provenance: 'editorial',
    },
  ],
  unmapped: { from: [], to: [] },
  sources: fmlmDerivationSources,
});
