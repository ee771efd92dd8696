// Crosswalk from the AMA's six leadership competencies to the twenty MLCF elements (2010).
// Editorial: no owner published it; it follows the inferred map in frameworks.md §5.2.
import { defineCrosswalk } from '../define';

const amaNamesUnverified = 'The AMA competency names are unverified; see the framework note.';

export const amaToMlcf = defineCrosswalk({
  id: 'ama-2020-mlcf-2010',
  from: 'ama@2020',
  to: 'mlcf@2010',
  version: '1.0.0',
  title: 'AMA leadership competencies to MLCF (2010)',
  summary:
    'An editorial mapping by medlead, each link inferred from what the two frameworks describe; ' +
    'neither the AMA nor the owners of the MLCF published one. Each broad AMA competency ' +
    'points to the few MLCF elements that make up part of it, and since the six AMA names ' +
    'themselves are unverified, every link is marked uncertain.',
  links: [
    {
      from: 'ama:professionalism',
      to: 'mlcf:1.4',
      relation: 'narrowMatch',
      weight: 0.7,
      rationale:
        'Acting with integrity is the heart of professionalism, which also asks for respect for ' +
        'colleagues and putting patients first.',
      provenance: 'editorial',
      uncertain: amaNamesUnverified,
    },
    {
      from: 'ama:self-management',
      to: 'mlcf:1.2',
      relation: 'narrowMatch',
      weight: 0.7,
      rationale:
        'Managing yourself is the organising and composure side of self-management, which also ' +
        'takes in learning and reflection.',
      provenance: 'editorial',
      uncertain: amaNamesUnverified,
    },
    {
      from: 'ama:self-management',
      to: 'mlcf:1.1',
      relation: 'narrowMatch',
      weight: 0.5,
      rationale:
        'Seeking feedback and reflecting on one’s own reactions is one part of self-management.',
      provenance: 'editorial',
      uncertain: amaNamesUnverified,
    },
    {
      from: 'ama:self-management',
      to: 'mlcf:1.3',
      relation: 'narrowMatch',
      weight: 0.5,
      rationale:
        'Self-management includes managing one’s own learning; this element is that part, kept ' +
        'up over a career.',
      provenance: 'editorial',
      uncertain: amaNamesUnverified,
    },
    {
      from: 'ama:team-management',
      to: 'mlcf:2.4',
      relation: 'narrowMatch',
      weight: 0.7,
      rationale:
        'Clear roles and shared goals within the team are one part of team management; the ' +
        'element leaves out delegating and conflict.',
      provenance: 'editorial',
      uncertain: amaNamesUnverified,
    },
    {
      from: 'ama:team-management',
      to: 'mlcf:3.3',
      relation: 'narrowMatch',
      weight: 0.7,
      rationale:
        'Directing, reviewing and developing colleagues is the managing side of team management.',
      provenance: 'editorial',
      uncertain: amaNamesUnverified,
    },
    {
      from: 'ama:team-management',
      to: 'mlcf:2.3',
      relation: 'narrowMatch',
      weight: 0.5,
      rationale:
        'Drawing in quieter members so that everyone can contribute is one behaviour of team ' +
        'management.',
      provenance: 'editorial',
      uncertain: amaNamesUnverified,
    },
    {
      from: 'ama:influence-and-communication',
      to: 'mlcf:2.2',
      relation: 'relatedMatch',
      weight: 0.4,
      rationale:
        'Both rest on listening to and understanding others; the competency aims at persuasion, ' +
        'the element at trust and support.',
      provenance: 'editorial',
      uncertain: amaNamesUnverified,
    },
    {
      from: 'ama:influence-and-communication',
      to: 'mlcf:4.4',
      relation: 'relatedMatch',
      weight: 0.4,
      rationale:
        'Explaining a change and answering resistance call on influence, though the element is ' +
        'about the change process itself.',
      provenance: 'editorial',
      uncertain: amaNamesUnverified,
    },
    {
      from: 'ama:influence-and-communication',
      to: 'mlcf:4.3',
      relation: 'relatedMatch',
      weight: 0.25,
      rationale:
        'Speaking up about failing routines and proposing alternatives overlaps with encouraging ' +
        'improvement, but only in part.',
      provenance: 'editorial',
      uncertain: amaNamesUnverified,
    },
    {
      from: 'ama:systems-based-practice',
      to: 'mlcf:5.1',
      relation: 'narrowMatch',
      weight: 0.5,
      rationale:
        'Understanding the wider setting that shapes care is the knowing side of systems-based ' +
        'practice.',
      provenance: 'editorial',
      uncertain: amaNamesUnverified,
    },
    {
      from: 'ama:systems-based-practice',
      to: 'mlcf:4.1',
      relation: 'narrowMatch',
      weight: 0.5,
      rationale:
        'Reporting incidents and weighing safety against cost belong to systems-based practice; ' +
        'the element is its safety part.',
      provenance: 'editorial',
      uncertain: amaNamesUnverified,
    },
    {
      from: 'ama:systems-based-practice',
      to: 'mlcf:3.2',
      relation: 'narrowMatch',
      weight: 0.5,
      rationale:
        'Using resources with care for value is part of systems-based practice; the element is ' +
        'that stewardship side.',
      provenance: 'editorial',
      uncertain: amaNamesUnverified,
    },
    {
      from: 'ama:executing-toward-a-vision',
      to: 'mlcf:3.1',
      relation: 'narrowMatch',
      weight: 0.5,
      rationale:
        'Turning a goal into steps with owners and deadlines is the planning part of executing ' +
        'toward a vision.',
      provenance: 'editorial',
      uncertain: amaNamesUnverified,
    },
    {
      from: 'ama:executing-toward-a-vision',
      to: 'mlcf:3.4',
      relation: 'narrowMatch',
      weight: 0.5,
      rationale:
        'Holding oneself and others to account for results is part of carrying a vision through ' +
        'to delivery.',
      provenance: 'editorial',
      uncertain: amaNamesUnverified,
    },
    {
      from: 'ama:executing-toward-a-vision',
      to: 'mlcf:5.4',
      relation: 'narrowMatch',
      weight: 0.5,
      rationale:
        'Measuring results against aims and correcting course is the Setting Direction element ' +
        'closest to execution.',
      provenance: 'editorial',
      uncertain: amaNamesUnverified,
    },
  ],
  unmapped: {
    from: [],
    to: [
      {
        nodeId: 'mlcf:2.1',
        reason:
          'No AMA competency centres on building partnerships across organisations; ' +
          'systems-based practice and influence touch it only in passing.',
      },
      {
        nodeId: 'mlcf:4.2',
        reason:
          'No AMA competency centres on analysing how well services work; systems-based practice ' +
          'uses data for improvement only in passing.',
      },
      {
        nodeId: 'mlcf:5.2',
        reason:
          'No AMA competency centres on gathering evidence and applying it to services; it is at ' +
          'most implied in systems-based practice.',
      },
      {
        nodeId: 'mlcf:5.3',
        reason:
          'No AMA competency centres on making decisions; executing toward a vision relies on it ' +
          'without naming it.',
      },
    ],
  },
});
