// Crosswalk from the AMA's six leadership competencies to the nine HLM dimensions (2013).
// Editorial: no owner published it; it follows the inferred map in frameworks.md §5.2.
import { defineCrosswalk } from '../define';

const amaNamesUnverified = 'The AMA competency names are unverified; see the framework note.';

export const amaToHlm = defineCrosswalk({
  id: 'ama-2020-hlm-2013',
  from: 'ama@2020',
  to: 'hlm@2013',
  version: '1.0.0',
  title: 'AMA leadership competencies to the Healthcare Leadership Model (2013)',
  summary:
    'An editorial mapping by medlead, each link inferred from what the two frameworks describe; ' +
    'neither the AMA nor the NHS Leadership Academy published one. The HLM keeps ' +
    'self-management in personal qualities that run through every dimension, so that ' +
    'competency links only loosely, and since the six AMA names themselves are unverified, every ' +
    'link is marked uncertain.',
  links: [
    {
      from: 'ama:professionalism',
      to: 'hlm:inspiring-shared-purpose',
      relation: 'relatedMatch',
      weight: 0.4,
      rationale:
        'Both centre on holding to values and speaking up for them; professionalism adds ' +
        'personal conduct, the dimension shared purpose.',
      provenance: 'editorial',
      uncertain: amaNamesUnverified,
    },
    {
      from: 'ama:self-management',
      to: 'hlm:leading-with-care',
      relation: 'relatedMatch',
      weight: 0.25,
      rationale:
        'The HLM keeps self-management in its cross-cutting personal qualities; this dimension ' +
        'is where they most show.',
      provenance: 'editorial',
      uncertain: amaNamesUnverified,
    },
    {
      from: 'ama:self-management',
      to: 'hlm:developing-capability',
      relation: 'relatedMatch',
      weight: 0.25,
      rationale:
        'Modelling one’s own learning is part of developing capability; self-management shares ' +
        'that part only.',
      provenance: 'editorial',
      uncertain: amaNamesUnverified,
    },
    {
      from: 'ama:team-management',
      to: 'hlm:engaging-the-team',
      relation: 'narrowMatch',
      weight: 0.7,
      rationale:
        'Involving the team and valuing its ideas is one part of team management, which also ' +
        'organises and delegates.',
      provenance: 'editorial',
      uncertain: amaNamesUnverified,
    },
    {
      from: 'ama:team-management',
      to: 'hlm:developing-capability',
      relation: 'relatedMatch',
      weight: 0.4,
      rationale:
        'Both grow colleagues’ skills; the dimension adds organisational learning, team ' +
        'management adds delegating and conflict.',
      provenance: 'editorial',
      uncertain: amaNamesUnverified,
    },
    {
      from: 'ama:team-management',
      to: 'hlm:leading-with-care',
      relation: 'relatedMatch',
      weight: 0.4,
      rationale:
        'Supporting team members and handling conflict fairly overlap with caring for the team, ' +
        'but neither contains the other.',
      provenance: 'editorial',
      uncertain: amaNamesUnverified,
    },
    {
      from: 'ama:influence-and-communication',
      to: 'hlm:influencing-for-results',
      relation: 'closeMatch',
      weight: 0.8,
      rationale:
        'Both are about persuading and connecting with others to make a difference, with or ' +
        'without formal authority.',
      provenance: 'editorial',
      uncertain: amaNamesUnverified,
    },
    {
      from: 'ama:systems-based-practice',
      to: 'hlm:connecting-our-service',
      relation: 'narrowMatch',
      weight: 0.7,
      rationale:
        'Seeing how services fit together is the core of systems-based practice, which also ' +
        'adds safety, value and improvement.',
      provenance: 'editorial',
      uncertain: amaNamesUnverified,
    },
    {
      from: 'ama:systems-based-practice',
      to: 'hlm:evaluating-information',
      relation: 'relatedMatch',
      weight: 0.25,
      rationale:
        'Using data to judge whether a change helped overlaps with evaluating information, but ' +
        'in one behaviour of each.',
      provenance: 'editorial',
      uncertain: amaNamesUnverified,
    },
    {
      from: 'ama:executing-toward-a-vision',
      to: 'hlm:holding-to-account',
      relation: 'narrowMatch',
      weight: 0.7,
      rationale:
        'Clear goals, measures and tracking of results are the delivery side of executing ' +
        'toward a vision.',
      provenance: 'editorial',
      uncertain: amaNamesUnverified,
    },
    {
      from: 'ama:executing-toward-a-vision',
      to: 'hlm:sharing-the-vision',
      relation: 'narrowMatch',
      weight: 0.5,
      rationale:
        'Making a direction clear and linking tasks to wider aims is the vision side of ' +
        'executing toward a vision.',
      provenance: 'editorial',
      uncertain: amaNamesUnverified,
    },
  ],
  unmapped: { from: [], to: [] },
});
