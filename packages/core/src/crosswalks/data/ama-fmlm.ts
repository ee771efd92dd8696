// Crosswalk from the AMA's six leadership competencies to the four FMLM domains (3rd ed., 2021).
// Editorial: no owner published it; it follows the inferred map in frameworks.md §5.2.
import { defineCrosswalk } from '../define';

const amaNamesUnverified = 'The AMA competency names are unverified; see the framework note.';

export const amaToFmlm = defineCrosswalk({
  id: 'ama-2020-fmlm-2021',
  from: 'ama@2020',
  to: 'fmlm@2021',
  version: '1.0.0',
  title: 'AMA leadership competencies to the FMLM standards (2021)',
  summary:
    'An editorial mapping by medlead, each link inferred from what the two frameworks describe; ' +
    'neither the AMA nor the FMLM published one. The FMLM domains are as broad as the ' +
    'AMA competencies but cut leadership by scope (self, team, organisation, system) rather ' +
    'than by skill, so most links are partial overlaps, and since the six AMA names themselves ' +
    'are unverified, every link is marked uncertain.',
  links: [
    {
      from: 'ama:professionalism',
      to: 'fmlm:self',
      relation: 'relatedMatch',
      weight: 0.4,
      rationale:
        'Leadership of Self carries the personal conduct side of professionalism; FMLM rests ' +
        'all its domains on professional values.',
      provenance: 'editorial',
      uncertain: amaNamesUnverified,
    },
    {
      from: 'ama:professionalism',
      to: 'fmlm:corporate',
      relation: 'relatedMatch',
      weight: 0.25,
      rationale:
        'Upholding governance and deciding openly overlap with integrity and accountability, ' +
        'at the level of the organisation.',
      provenance: 'editorial',
      uncertain: amaNamesUnverified,
    },
    {
      from: 'ama:self-management',
      to: 'fmlm:self',
      relation: 'closeMatch',
      weight: 0.8,
      rationale:
        'Both cover managing one’s emotions, learning from feedback and keeping up development, ' +
        'as the base for leading.',
      provenance: 'editorial',
      uncertain: amaNamesUnverified,
    },
    {
      from: 'ama:team-management',
      to: 'fmlm:team',
      relation: 'broadMatch',
      weight: 0.7,
      rationale:
        'Leading one’s team sits inside the FMLM team domain, which also asks doctors to work ' +
        'well as team members.',
      provenance: 'editorial',
      uncertain: amaNamesUnverified,
    },
    {
      from: 'ama:influence-and-communication',
      to: 'fmlm:system-leadership',
      relation: 'relatedMatch',
      weight: 0.4,
      rationale:
        'System leadership works through influence rather than authority; communicating is one ' +
        'means, not the whole domain.',
      provenance: 'editorial',
      uncertain: amaNamesUnverified,
    },
    {
      from: 'ama:influence-and-communication',
      to: 'fmlm:team',
      relation: 'relatedMatch',
      weight: 0.25,
      rationale:
        'Seeking differing views and making it safe to speak up draw on communication within ' +
        'the team.',
      provenance: 'editorial',
      uncertain: amaNamesUnverified,
    },
    {
      from: 'ama:systems-based-practice',
      to: 'fmlm:system-leadership',
      relation: 'relatedMatch',
      weight: 0.4,
      rationale:
        'Both look past one’s own team to the wider health system; the FMLM domain is for ' +
        'senior, strategic roles.',
      provenance: 'editorial',
      uncertain: amaNamesUnverified,
    },
    {
      from: 'ama:systems-based-practice',
      to: 'fmlm:corporate',
      relation: 'relatedMatch',
      weight: 0.4,
      rationale:
        'Fair use of resources and managing risk are shared ground, seen from the organisation’s ' +
        'side in the FMLM domain.',
      provenance: 'editorial',
      uncertain: amaNamesUnverified,
    },
    {
      from: 'ama:executing-toward-a-vision',
      to: 'fmlm:corporate',
      relation: 'relatedMatch',
      weight: 0.4,
      rationale:
        'Both join strategic direction to day-to-day delivery; the FMLM domain adds governance ' +
        'and risk at organisation level.',
      provenance: 'editorial',
      uncertain: amaNamesUnverified,
    },
  ],
  unmapped: { from: [], to: [] },
});
