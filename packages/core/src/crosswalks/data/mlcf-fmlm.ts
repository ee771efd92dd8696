// Crosswalk from the MLCF (third edition, 2010) to the FMLM standards, 3rd edition (2021).
// Every link is medlead's own inference, following shared/reference/frameworks.md §4 and §5.2.
import { defineCrosswalk } from '../define';
import { fmlmDerivationSources } from './fmlm-sources';

const systemPageMissing =
  'medlead has not read FMLM’s System leadership domain page; the link rests on the ' +
  'fellowship guide’s one-line framing of the domain.';

export const mlcfToFmlm = defineCrosswalk({
  id: 'mlcf-2010-fmlm-2021',
  from: 'mlcf@2010',
  to: 'fmlm@2021',
  version: '1.0.0',
  title: 'MLCF (2010) to FMLM standards (2021)',
  summary:
    'An editorial mapping by medlead from the twenty MLCF elements to the four domains of the ' +
    'third-edition FMLM standards, each link inferred from what the two frameworks describe. ' +
    'FMLM states that its standards draw on the MLCF among other sources, which is a ' +
    'published derivation statement rather than an item-level map; FMLM offers a mapping ' +
    'document, which medlead has not read.',
  links: [
    {
      from: 'mlcf:1.1',
      to: 'fmlm:self',
      relation: 'broadMatch',
      weight: 0.7,
      rationale:
        'Knowing one’s own values, strengths and limits is at the core of the self domain.',
      provenance: 'editorial',
    },
    {
      from: 'mlcf:1.2',
      to: 'fmlm:self',
      relation: 'broadMatch',
      weight: 0.7,
      rationale:
        'Managing one’s own emotions and adapting one’s style are behaviours of the self ' +
        'domain.',
      provenance: 'editorial',
    },
    {
      from: 'mlcf:1.3',
      to: 'fmlm:self',
      relation: 'broadMatch',
      weight: 0.7,
      rationale: 'Feedback, reflection and protected time for CPD all belong to the self domain.',
      provenance: 'editorial',
    },
    {
      from: 'mlcf:1.4',
      to: 'fmlm:self',
      relation: 'broadMatch',
      weight: 0.5,
      rationale:
        'Integrity is personal conduct, so it sits best in the self domain, though FMLM grounds ' +
        'every domain in it.',
      provenance: 'editorial',
      uncertain:
        'FMLM puts honesty and probity in the value base beneath all domains; the self ' +
        'behaviours medlead carries do not name them.',
    },
    {
      from: 'mlcf:2.1',
      to: 'fmlm:system-leadership',
      relation: 'relatedMatch',
      weight: 0.4,
      rationale:
        'Partnerships across organisational boundaries are a foundation for leading across the ' +
        'wider system.',
      provenance: 'editorial',
      uncertain: systemPageMissing,
    },
    {
      from: 'mlcf:2.1',
      to: 'fmlm:team',
      relation: 'relatedMatch',
      weight: 0.3,
      rationale:
        'Working with colleagues of other professions overlaps with multidisciplinary teamwork.',
      provenance: 'editorial',
    },
    {
      from: 'mlcf:2.2',
      to: 'fmlm:team',
      relation: 'broadMatch',
      weight: 0.5,
      rationale:
        'Trusting, supportive relationships with colleagues are part of being a good team ' +
        'player; patients are beyond it.',
      provenance: 'editorial',
    },
    {
      from: 'mlcf:2.3',
      to: 'fmlm:team',
      relation: 'broadMatch',
      weight: 0.7,
      rationale:
        'Inviting every member’s views and making it safe to speak up are behaviours of the ' +
        'team domain.',
      provenance: 'editorial',
    },
    {
      from: 'mlcf:2.4',
      to: 'fmlm:team',
      relation: 'broadMatch',
      weight: 0.7,
      rationale: 'Taking an active part in multidisciplinary teams is central to the team domain.',
      provenance: 'editorial',
    },
    {
      from: 'mlcf:3.1',
      to: 'fmlm:corporate',
      relation: 'broadMatch',
      weight: 0.6,
      rationale:
        'Contributing to service plans is part of helping the organisation set its direction ' +
        'and deliver.',
      provenance: 'editorial',
    },
    {
      from: 'mlcf:3.2',
      to: 'fmlm:corporate',
      relation: 'broadMatch',
      weight: 0.7,
      rationale: 'Fair and efficient use of resources is a behaviour of corporate responsibility.',
      provenance: 'editorial',
    },
    {
      from: 'mlcf:3.3',
      to: 'fmlm:team',
      relation: 'broadMatch',
      weight: 0.7,
      rationale:
        'Giving direction, motivating colleagues and promoting equality are part of leading a ' +
        'team.',
      provenance: 'editorial',
    },
    {
      from: 'mlcf:3.4',
      to: 'fmlm:corporate',
      relation: 'broadMatch',
      weight: 0.6,
      rationale:
        'Accountability for service outcomes belongs to the organisation’s governance and ' +
        'delivery.',
      provenance: 'editorial',
    },
    {
      from: 'mlcf:3.4',
      to: 'fmlm:team',
      relation: 'broadMatch',
      weight: 0.5,
      rationale: 'Holding team members to account for their results is part of leading a team.',
      provenance: 'editorial',
    },
    {
      from: 'mlcf:4.1',
      to: 'fmlm:corporate',
      relation: 'broadMatch',
      weight: 0.6,
      rationale: 'Identifying and managing risk is a behaviour of corporate responsibility.',
      provenance: 'editorial',
    },
    {
      from: 'mlcf:4.2',
      to: 'fmlm:corporate',
      relation: 'broadMatch',
      weight: 0.5,
      rationale:
        'Finding where services can improve contributes to how the organisation delivers them.',
      provenance: 'editorial',
    },
    {
      from: 'mlcf:4.3',
      to: 'fmlm:team',
      relation: 'relatedMatch',
      weight: 0.4,
      rationale:
        'A climate of continual improvement overlaps with inclusive problem-solving and ' +
        'welcoming new views in a team.',
      provenance: 'editorial',
    },
    {
      from: 'mlcf:4.3',
      to: 'fmlm:corporate',
      relation: 'relatedMatch',
      weight: 0.3,
      rationale:
        'Supporting improvement work beyond one’s own team overlaps with corporate ' +
        'responsibility.',
      provenance: 'editorial',
    },
    {
      from: 'mlcf:4.4',
      to: 'fmlm:corporate',
      relation: 'broadMatch',
      weight: 0.5,
      rationale:
        'Taking part in organisational change is part of contributing to the organisation’s ' +
        'delivery.',
      provenance: 'editorial',
    },
    {
      from: 'mlcf:4.4',
      to: 'fmlm:system-leadership',
      relation: 'relatedMatch',
      weight: 0.3,
      rationale:
        'Change that improves healthcare often reaches beyond one organisation into the system.',
      provenance: 'editorial',
      uncertain: systemPageMissing,
    },
    {
      from: 'mlcf:5.1',
      to: 'fmlm:system-leadership',
      relation: 'broadMatch',
      weight: 0.6,
      rationale:
        'Reading the political, social and economic setting of services is part of leading at ' +
        'system level.',
      provenance: 'editorial',
      uncertain: systemPageMissing,
    },
    {
      from: 'mlcf:5.1',
      to: 'fmlm:corporate',
      relation: 'relatedMatch',
      weight: 0.3,
      rationale:
        'Understanding the organisational context informs one’s share in the organisation’s ' +
        'strategy.',
      provenance: 'editorial',
    },
    {
      from: 'mlcf:5.2',
      to: 'fmlm:corporate',
      relation: 'broadMatch',
      weight: 0.5,
      rationale:
        'Using evidence to challenge practice and improve services supports the organisation’s ' +
        'decisions.',
      provenance: 'editorial',
    },
    {
      from: 'mlcf:5.2',
      to: 'fmlm:system-leadership',
      relation: 'relatedMatch',
      weight: 0.3,
      rationale:
        'Spreading the use of evidence across organisations overlaps with shaping system ' +
        'strategy.',
      provenance: 'editorial',
      uncertain: systemPageMissing,
    },
    {
      from: 'mlcf:5.3',
      to: 'fmlm:corporate',
      relation: 'broadMatch',
      weight: 0.6,
      rationale:
        'Making and explaining decisions openly, even when things are unclear, is a corporate ' +
        'behaviour.',
      provenance: 'editorial',
    },
    {
      from: 'mlcf:5.4',
      to: 'fmlm:corporate',
      relation: 'broadMatch',
      weight: 0.5,
      rationale:
        'Measuring outcomes and correcting shortfalls are part of the organisation’s ' +
        'governance and delivery.',
      provenance: 'editorial',
    },
  ],
  unmapped: { from: [], to: [] },
  sources: fmlmDerivationSources,
});
