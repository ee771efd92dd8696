// Crosswalk from the MLCF (third edition, 2010) to the Healthcare Leadership Model (2013).
// Every link is medlead's own inference, following shared/reference/frameworks.md §5.2.
import { defineCrosswalk } from '../define';

const personalQuality =
  'The HLM treats this as a cross-cutting personal quality, not a dimension; the link is only to ' +
  'the nearest dimension.';
const noResources =
  'The HLM has no dimension about resources, so any link for this element is weak.';

export const mlcfToHlm = defineCrosswalk({
  id: 'mlcf-2010-hlm-2013',
  from: 'mlcf@2010',
  to: 'hlm@2013',
  version: '1.0.0',
  title: 'MLCF (2010) to Healthcare Leadership Model (2013)',
  summary:
    'An editorial mapping by medlead from the twenty MLCF elements to the nine HLM dimensions, ' +
    'each link inferred from what the two frameworks describe. The NHS Leadership Academy ' +
    'published documents mapping the Leadership Framework, whose core domains are those of the ' +
    'MLCF, to the HLM and back; medlead has not seen their item-level mapping, so none of these ' +
    'links comes from it.',
  links: [
    {
      from: 'mlcf:1.1',
      to: 'hlm:leading-with-care',
      relation: 'relatedMatch',
      weight: 0.4,
      rationale:
        'Self-awareness is one of the personal qualities the HLM builds into leading with care.',
      provenance: 'editorial',
      uncertain: personalQuality,
    },
    {
      from: 'mlcf:1.2',
      to: 'hlm:leading-with-care',
      relation: 'relatedMatch',
      weight: 0.3,
      rationale:
        'Self-control and resilience, central to managing oneself, are qualities leading with ' +
        'care draws on.',
      provenance: 'editorial',
      uncertain: personalQuality,
    },
    {
      from: 'mlcf:1.3',
      to: 'hlm:developing-capability',
      relation: 'relatedMatch',
      weight: 0.4,
      rationale:
        'Developing capability includes modelling one’s own development and learning from ' +
        'experience; it is mostly about others.',
      provenance: 'editorial',
    },
    {
      from: 'mlcf:1.4',
      to: 'hlm:inspiring-shared-purpose',
      relation: 'broadMatch',
      weight: 0.5,
      rationale:
        'Holding to values and challenging what falls short sit inside this wider dimension, ' +
        'which adds shared purpose.',
      provenance: 'editorial',
    },
    {
      from: 'mlcf:2.1',
      to: 'hlm:connecting-our-service',
      relation: 'relatedMatch',
      weight: 0.4,
      rationale:
        'Both look beyond one’s own team: networks build the links that connecting our service ' +
        'asks one to understand.',
      provenance: 'editorial',
    },
    {
      from: 'mlcf:2.1',
      to: 'hlm:influencing-for-results',
      relation: 'relatedMatch',
      weight: 0.3,
      rationale:
        'Building partnerships across boundaries overlaps with forming relationships and ' +
        'collaborative agendas.',
      provenance: 'editorial',
    },
    {
      from: 'mlcf:2.2',
      to: 'hlm:influencing-for-results',
      relation: 'relatedMatch',
      weight: 0.4,
      rationale:
        'Both rest on building trusting relationships; the HLM dimension turns them towards ' +
        'persuasion and consensus.',
      provenance: 'editorial',
    },
    {
      from: 'mlcf:2.2',
      to: 'hlm:leading-with-care',
      relation: 'relatedMatch',
      weight: 0.4,
      rationale:
        'Listening, support and understanding how others feel are shared; leading with care ' +
        'adds care for the team.',
      provenance: 'editorial',
    },
    {
      from: 'mlcf:2.3',
      to: 'hlm:engaging-the-team',
      relation: 'closeMatch',
      weight: 0.8,
      rationale:
        'Both are about enabling everyone to contribute and showing that their ideas count.',
      provenance: 'editorial',
    },
    {
      from: 'mlcf:2.4',
      to: 'hlm:engaging-the-team',
      relation: 'relatedMatch',
      weight: 0.4,
      rationale:
        'Teamwork overlaps with engaging the team, though the HLM dimension is about leading ' +
        'the team’s involvement.',
      provenance: 'editorial',
    },
    {
      from: 'mlcf:3.1',
      to: 'hlm:holding-to-account',
      relation: 'relatedMatch',
      weight: 0.3,
      rationale:
        'Planning towards service goals overlaps with agreeing clear goals and expectations.',
      provenance: 'editorial',
    },
    {
      from: 'mlcf:3.1',
      to: 'hlm:connecting-our-service',
      relation: 'relatedMatch',
      weight: 0.3,
      rationale:
        'Good plans allow for how the service fits with the teams and organisations around it.',
      provenance: 'editorial',
    },
    {
      from: 'mlcf:3.2',
      to: 'hlm:connecting-our-service',
      relation: 'relatedMatch',
      weight: 0.3,
      rationale:
        'Steering resources well needs an understanding of how the organisation and wider ' +
        'system work.',
      provenance: 'editorial',
      uncertain: noResources,
    },
    {
      from: 'mlcf:3.2',
      to: 'hlm:holding-to-account',
      relation: 'relatedMatch',
      weight: 0.3,
      rationale:
        'Efficient and safe use of resources is part of the service results people are held to.',
      provenance: 'editorial',
      uncertain: noResources,
    },
    {
      from: 'mlcf:3.3',
      to: 'hlm:holding-to-account',
      relation: 'relatedMatch',
      weight: 0.4,
      rationale:
        'Giving direction and reviewing work overlap with setting expectations and managing ' +
        'performance.',
      provenance: 'editorial',
    },
    {
      from: 'mlcf:3.3',
      to: 'hlm:developing-capability',
      relation: 'relatedMatch',
      weight: 0.4,
      rationale:
        'Supporting colleagues’ learning is shared; developing capability also prepares people ' +
        'for future challenges.',
      provenance: 'editorial',
    },
    {
      from: 'mlcf:3.4',
      to: 'hlm:holding-to-account',
      relation: 'closeMatch',
      weight: 0.8,
      rationale:
        'Both are about agreed measures and holding oneself and others to results; the HLM adds ' +
        'balanced feedback.',
      provenance: 'editorial',
    },
    {
      from: 'mlcf:4.1',
      to: 'hlm:inspiring-shared-purpose',
      relation: 'relatedMatch',
      weight: 0.3,
      rationale:
        'Putting patients’ safety first reflects the values and concern for better care at the ' +
        'core of this dimension.',
      provenance: 'editorial',
      uncertain:
        'The HLM has no dimension on patient safety or risk; this link rests on the values ' +
        'reading in our notes.',
    },
    {
      from: 'mlcf:4.1',
      to: 'hlm:evaluating-information',
      relation: 'relatedMatch',
      weight: 0.3,
      rationale:
        'Judging risks to patients depends on gathering and weighing information about the ' +
        'service.',
      provenance: 'editorial',
    },
    {
      from: 'mlcf:4.2',
      to: 'hlm:evaluating-information',
      relation: 'closeMatch',
      weight: 0.8,
      rationale: 'Both are about analysing information to find where services can be improved.',
      provenance: 'editorial',
    },
    {
      from: 'mlcf:4.3',
      to: 'hlm:holding-to-account',
      relation: 'relatedMatch',
      weight: 0.4,
      rationale:
        'The upper levels of holding to account ask for continuous improvement and a mindset ' +
        'for innovative change.',
      provenance: 'editorial',
    },
    {
      from: 'mlcf:4.3',
      to: 'hlm:engaging-the-team',
      relation: 'relatedMatch',
      weight: 0.4,
      rationale:
        'Inviting new ideas and stretching the team towards innovation are common to both.',
      provenance: 'editorial',
    },
    {
      from: 'mlcf:4.4',
      to: 'hlm:sharing-the-vision',
      relation: 'relatedMatch',
      weight: 0.3,
      rationale:
        'Carrying people through change relies on a clear, believable picture of where it leads.',
      provenance: 'editorial',
    },
    {
      from: 'mlcf:4.4',
      to: 'hlm:influencing-for-results',
      relation: 'relatedMatch',
      weight: 0.3,
      rationale:
        'Meeting resistance and winning commitment to change overlap with persuading and ' +
        'building consensus.',
      provenance: 'editorial',
    },
    {
      from: 'mlcf:5.1',
      to: 'hlm:connecting-our-service',
      relation: 'relatedMatch',
      weight: 0.4,
      rationale:
        'Both read the political and organisational setting of services; the MLCF element also ' +
        'scans wider trends.',
      provenance: 'editorial',
    },
    {
      from: 'mlcf:5.1',
      to: 'hlm:sharing-the-vision',
      relation: 'relatedMatch',
      weight: 0.3,
      rationale:
        'A credible, achievable vision rests on understanding the setting in which the service ' +
        'must change.',
      provenance: 'editorial',
    },
    {
      from: 'mlcf:5.2',
      to: 'hlm:evaluating-information',
      relation: 'closeMatch',
      weight: 0.8,
      rationale:
        'Both gather information and evidence from varied sources and use it to drive ' +
        'improvement.',
      provenance: 'editorial',
    },
    {
      from: 'mlcf:5.3',
      to: 'hlm:evaluating-information',
      relation: 'relatedMatch',
      weight: 0.3,
      rationale:
        'Sound decisions depend on weighing evidence, which evaluating information covers.',
      provenance: 'editorial',
    },
    {
      from: 'mlcf:5.3',
      to: 'hlm:sharing-the-vision',
      relation: 'relatedMatch',
      weight: 0.3,
      rationale:
        'Deciding on a course and explaining it openly overlaps with creating clear direction.',
      provenance: 'editorial',
    },
    {
      from: 'mlcf:5.3',
      to: 'hlm:inspiring-shared-purpose',
      relation: 'relatedMatch',
      weight: 0.3,
      rationale:
        'Basing decisions on values matches staying true to principles when under pressure.',
      provenance: 'editorial',
    },
    {
      from: 'mlcf:5.4',
      to: 'hlm:holding-to-account',
      relation: 'relatedMatch',
      weight: 0.4,
      rationale:
        'Measuring results against aims and acting on shortfalls overlaps with managing ' +
        'performance against agreed measures.',
      provenance: 'editorial',
    },
    {
      from: 'mlcf:5.4',
      to: 'hlm:evaluating-information',
      relation: 'relatedMatch',
      weight: 0.3,
      rationale:
        'Evaluating outcomes means gathering and interpreting information on what changed.',
      provenance: 'editorial',
    },
  ],
  unmapped: { from: [], to: [] },
  sources: [
    {
      title: 'Historical frameworks (Leadership Framework and HLM comparison resources)',
      publisher: 'NHS Leadership Academy',
      url: 'https://www.leadershipacademy.nhs.uk/resources/healthcare-leadership-model/supporting-tools-resources/comparison-resources/historical-frameworks/',
      note:
        'Lists the MLCF as a historical framework and offers documents mapping the Leadership ' +
        'Framework to the HLM and back; medlead has not read their item-level content.',
    },
  ],
});
