// The Medical Leadership Competency Framework (MLCF), third edition (July 2010).
// Domain and element numbers and titles are as published; every summary and statement is ours.
// Sources and what is uncertain: shared/reference/frameworks.md §1 and §7.
import type { Framework, Indicator } from '../model/types';
import { defineFramework } from './define';

const owners = 'Academy of Medical Royal Colleges and NHS Institute for Innovation and Improvement';

const domainNotRetrieved =
  'The MLCF introduces each domain in its own words; this summary is medlead’s and has not been ' +
  'checked against that introduction.';
const elementNotRetrieved =
  'The MLCF describes each element in its own words; this summary is medlead’s and has not been ' +
  'checked against that description (the summary of the shared descriptions medlead used stops ' +
  'after element 4.2).';
const ourStatement =
  'The MLCF publishes four competence statements per element; medlead does not carry their ' +
  'wording, so this statement is medlead’s, written from the element’s description.';
const sisterStatement =
  'A summary of the matching statement in the sister frameworks (CLCF, Leadership Framework); ' +
  'the MLCF’s own wording of it has not been checked.';
const stageNotDefined =
  'The three stage names come from a secondary summary of the MLCF’s Application section; how ' +
  'the MLCF itself defines each stage has not been checked.';

type FourTexts = readonly [string, string, string, string];

/** Four competence statements of our own, written from the element descriptor. */
const ours = (nodeId: string, texts: FourTexts): Indicator[] =>
  texts.map((text, index) => ({
    id: `${nodeId}/${index + 1}`,
    text,
    provenance: 'editorial',
    uncertain: ourStatement,
  }));

/** Four statements paraphrased from a sister framework's equivalent statements. */
const fromSister = (nodeId: string, texts: FourTexts): Indicator[] =>
  texts.map((text, index) => ({
    id: `${nodeId}/${index + 1}`,
    text,
    provenance: 'paraphrased',
    uncertain: sisterStatement,
  }));

export const mlcf2010: Framework = defineFramework({
  id: 'mlcf',
  edition: '2010',
  editionLabel: 'Third Edition, July 2010',
  key: 'mlcf@2010',
  version: '1.0.0',
  title: 'Medical Leadership Competency Framework',
  shortTitle: 'MLCF',
  publisher: owners,
  year: 2010,
  status: 'superseded',
  supersededBy: 'hlm@2013',
  summary: {
    text:
      'Five domains of leadership competence that every doctor is expected to build over a whole ' +
      'career, from medical school onwards, resting on the idea that leadership is shared rather ' +
      'than reserved for those in formal posts; the Healthcare Leadership Model replaced it in ' +
      '2013, and medlead keeps it as a historical framework.',
    provenance: 'paraphrased',
  },
  uncertain:
    'The MLCF publishes 80 competence statements (four per element), but medlead does not carry ' +
    'their wording, so the statements given here are medlead’s; the count of four per element ' +
    'rests on the sister frameworks.',
  sources: [
    {
      title:
        'Medical Leadership Competency Framework: Enhancing Engagement in Medical Leadership ' +
        '(3rd edition)',
      publisher:
        'NHS Institute for Innovation and Improvement and Academy of Medical Royal Colleges',
      year: 2010,
      locator: 'Contents',
      url: 'https://documents.pub/document/medical-leadership-competency-framework.html',
      note:
        'Read through a public mirror of the third edition; medlead used only its cover and ' +
        'contents pages, which give the domain and element numbers and titles.',
    },
    {
      title: 'Professionalism and Excellence in Scottish Medicine: A Progress Report',
      publisher: 'Scottish Government',
      year: 2014,
      locator: 'Annex B',
      url: 'https://www.gov.scot/Publications/2014/01/8967/10',
      note: 'Lists the five domains and twenty elements, corroborating the contents page.',
    },
    {
      title: 'Leadership competency for doctors: a framework',
      publisher: 'Leadership in Health Services (Emerald)',
      year: 2010,
      locator: 'Vol. 23, no. 2, pp. 115–129 (Clark J, Armit K)',
      url: 'https://doi.org/10.1108/17511871011040706',
      note: 'The paper that describes the framework and how it was developed.',
    },
    {
      title:
        'Guidance for Undergraduate Medical Education: Integrating the Medical Leadership ' +
        'Competency Framework',
      publisher: owners,
      year: 2010,
      note:
        'Describes the framework as cumulative across undergraduate, postgraduate and ' +
        'continuing practice; read through a third-party upload.',
    },
  ],
  rights:
    'The framework is copyright of the NHS Institute for Innovation and Improvement and the ' +
    'Academy of Medical Royal Colleges, who allow it to be reproduced only for NHS purposes, by ' +
    'NHS staff, NHS networks and third parties under contract to them; any other use needs their ' +
    'written permission. medlead therefore publishes only its structure, numbering and names, as ' +
    'facts, with summaries and statements written in its own words.',
  terms: {
    domain: { singular: 'domain', plural: 'domains' },
    element: { singular: 'element', plural: 'elements' },
  },
  assessedKind: 'element',
  scales: [],
  defaultScale: 'frequency-5',
  stages: [
    {
      id: 'undergraduate',
      title: 'Undergraduate',
      provenance: 'published',
      summary: {
        text:
          'Medical students, who start to build competence in every domain while at medical ' +
          'school.',
        provenance: 'paraphrased',
        uncertain: stageNotDefined,
      },
      expects: {
        nodes: ['mlcf:1', 'mlcf:2', 'mlcf:3', 'mlcf:4', 'mlcf:5'],
        provenance: 'paraphrased',
      },
    },
    {
      id: 'postgraduate',
      title: 'Postgraduate',
      provenance: 'published',
      summary: {
        text: 'Doctors in postgraduate training, taking in both foundation and specialty training.',
        provenance: 'paraphrased',
        uncertain: stageNotDefined,
      },
      expects: {
        nodes: ['mlcf:1', 'mlcf:2', 'mlcf:3', 'mlcf:4', 'mlcf:5'],
        provenance: 'paraphrased',
      },
    },
    {
      id: 'continuing-practice',
      title: 'Continuing practice',
      provenance: 'published',
      summary: {
        text:
          'Doctors who have completed training and hold a CCT: consultants, general ' +
          'practitioners and other career-grade doctors.',
        provenance: 'paraphrased',
        uncertain: stageNotDefined,
      },
      expects: {
        nodes: ['mlcf:1', 'mlcf:2', 'mlcf:3', 'mlcf:4', 'mlcf:5'],
        provenance: 'paraphrased',
      },
    },
  ],
  children: [
    {
      id: 'mlcf:1',
      code: '1',
      kind: 'domain',
      title: 'Demonstrating Personal Qualities',
      provenance: 'published',
      summary: {
        text:
          'Doctors bring their own values, strengths and capabilities to bear on giving care of ' +
          'a high standard.',
        provenance: 'paraphrased',
        uncertain: domainNotRetrieved,
      },
      children: [
        {
          id: 'mlcf:1.1',
          code: '1.1',
          kind: 'element',
          title: 'Developing Self Awareness',
          provenance: 'published',
          summary: {
            text:
              'Understanding the values, principles and assumptions one brings to work, and ' +
              'using experience to learn from.',
            provenance: 'paraphrased',
          },
          indicators: ours('mlcf:1.1', [
            'Recognises how own values, principles and assumptions shape decisions and behaviour ' +
              'at work.',
            'Reflects on own emotional reactions under pressure and how they affect patients and ' +
              'colleagues.',
            'Identifies own strengths and limits, and seeks help when a task exceeds own ' +
              'competence.',
            'Asks colleagues and patients for feedback on own behaviour and considers it with an ' +
              'open mind.',
          ]),
        },
        {
          id: 'mlcf:1.2',
          code: '1.2',
          kind: 'element',
          title: 'Managing Yourself',
          provenance: 'published',
          summary: {
            text:
              'Organising one’s own work and conduct in a way that allows for what other ' +
              'people need and put first.',
            provenance: 'paraphrased',
          },
          indicators: ours('mlcf:1.2', [
            'Plans and prioritises own workload so that commitments to patients and colleagues ' +
              'are met.',
            'Looks after own health and wellbeing, noticing when fatigue or stress may affect ' +
              'performance.',
            'Adjusts own plans and ways of working to take account of the needs of others.',
            'Remains composed and focused when faced with competing demands or unexpected change.',
          ]),
        },
        {
          id: 'mlcf:1.3',
          code: '1.3',
          kind: 'element',
          title: 'Continuing Personal Development',
          provenance: 'published',
          summary: {
            text:
              'Going on learning throughout a career, through formal professional development, ' +
              'everyday experience and what others say about one’s work.',
            provenance: 'paraphrased',
          },
          indicators: fromSister('mlcf:1.3', [
            'Seeks out opportunities to learn from clinical work, from colleagues and from ' +
              'formal education.',
            'Treats own mistakes as chances to learn and to improve future practice.',
            'Takes part in continuing professional development that addresses identified ' +
              'learning needs.',
            'Changes own behaviour in the light of feedback and reflection on experience.',
          ]),
        },
        {
          id: 'mlcf:1.4',
          code: '1.4',
          kind: 'element',
          title: 'Acting with Integrity',
          provenance: 'published',
          summary: {
            text: 'Being open and honest and behaving ethically in all professional dealings.',
            provenance: 'paraphrased',
          },
          indicators: ours('mlcf:1.4', [
            'Behaves openly and honestly with patients and colleagues, including when things go ' +
              'wrong.',
            'Upholds professional and ethical standards, and challenges conduct that falls below ' +
              'them.',
            'Respects the dignity, rights and diversity of patients, carers and colleagues alike.',
            'Declares conflicts of interest and keeps the commitments made to patients and ' +
              'colleagues.',
          ]),
        },
      ],
    },
    {
      id: 'mlcf:2',
      code: '2',
      kind: 'domain',
      title: 'Working with Others',
      provenance: 'published',
      summary: {
        text:
          'Doctors lead by joining with colleagues in teams and networks to provide services and ' +
          'make them better.',
        provenance: 'paraphrased',
        uncertain: domainNotRetrieved,
      },
      children: [
        {
          id: 'mlcf:2.1',
          code: '2.1',
          kind: 'element',
          title: 'Developing Networks',
          provenance: 'published',
          summary: {
            text:
              'Forming partnerships with patients, carers, service users and fellow ' +
              'professionals, both inside one’s own organisation and across the wider system.',
            provenance: 'paraphrased',
          },
          indicators: ours('mlcf:2.1', [
            'Identifies the people, teams and organisations whose cooperation is needed to ' +
              'improve care.',
            'Builds working partnerships with patients, carers and service users when planning ' +
              'care and services.',
            'Keeps in touch with colleagues in other professions and organisations to share ' +
              'information and ideas.',
            'Works across organisational and professional boundaries to solve problems that ' +
              'affect patients.',
          ]),
        },
        {
          id: 'mlcf:2.2',
          code: '2.2',
          kind: 'element',
          title: 'Building & Maintaining Relationships',
          alternativeTitles: ['Building and Maintaining Relationships'],
          provenance: 'published',
          summary: {
            text:
              'Listening to and supporting other people, earning their trust and showing that ' +
              'one understands them.',
            provenance: 'paraphrased',
          },
          indicators: ours('mlcf:2.2', [
            'Listens attentively to others and checks that their views and concerns have been ' +
              'understood.',
            'Shows understanding of the perspectives and feelings of patients, carers and ' +
              'colleagues.',
            'Earns the trust of others by being consistent, reliable and respectful in every ' +
              'dealing.',
            'Supports colleagues and resolves disagreements constructively before they harm ' +
              'working relationships.',
          ]),
        },
        {
          id: 'mlcf:2.3',
          code: '2.3',
          kind: 'element',
          title: 'Encouraging Contribution',
          provenance: 'published',
          summary: {
            text:
              'Setting up conditions in which other people are able and willing to play their ' +
              'part.',
            provenance: 'paraphrased',
          },
          indicators: ours('mlcf:2.3', [
            'Invites and values contributions from every member of the team, whatever their role ' +
              'or grade.',
            'Creates an atmosphere in which colleagues feel safe to put forward ideas and ' +
              'concerns.',
            'Recognises and acknowledges the part that others play in the care of patients.',
            'Involves patients and carers in discussions and decisions about their care and ' +
              'services.',
          ]),
        },
        {
          id: 'mlcf:2.4',
          code: '2.4',
          kind: 'element',
          title: 'Working within Teams',
          provenance: 'published',
          summary: {
            text: 'Taking part in teamwork that delivers services and improves them.',
            provenance: 'paraphrased',
          },
          indicators: ours('mlcf:2.4', [
            'Understands own role and the roles of others in the team, and acts accordingly.',
            'Shares information promptly and clearly with team members to support safe, ' +
              'coordinated care.',
            'Contributes to agreeing the goals of the team and helps the team to reach them.',
            'Takes on a leading or a supporting role within the team as circumstances require.',
          ]),
        },
      ],
    },
    {
      id: 'mlcf:3',
      code: '3',
      kind: 'domain',
      title: 'Managing Services',
      provenance: 'published',
      summary: {
        text:
          'Doctors work towards the success of the organisation or organisations in which they ' +
          'practise.',
        provenance: 'paraphrased',
        uncertain: domainNotRetrieved,
      },
      children: [
        {
          id: 'mlcf:3.1',
          code: '3.1',
          kind: 'element',
          title: 'Planning',
          provenance: 'published',
          summary: {
            text:
              'Taking an active share in drawing up the plans through which a service meets its ' +
              'goals.',
            provenance: 'paraphrased',
          },
          indicators: ours('mlcf:3.1', [
            'Contributes ideas and clinical insight to the development of service plans and ' +
              'priorities.',
            'Takes account of the needs of patients and other stakeholders when helping to shape ' +
              'plans.',
            'Considers the resources, risks and timescales involved before committing to a plan.',
            'Helps to put agreed plans into practice and to review progress against them.',
          ]),
        },
        {
          id: 'mlcf:3.2',
          code: '3.2',
          kind: 'element',
          title: 'Managing Resources',
          provenance: 'published',
          summary: {
            text:
              'Knowing what resources a service has and using one’s influence so that they are ' +
              'spent efficiently and safely.',
            provenance: 'paraphrased',
          },
          indicators: ours('mlcf:3.2', [
            'Finds out what staff, equipment, funding and time are available to the service.',
            'Uses resources efficiently, avoiding waste in investigations, treatments and ' +
              'clinical time.',
            'Considers the cost and safety implications of clinical decisions for the wider ' +
              'service.',
            'Uses influence so that resources go where they bring the most benefit to patients.',
          ]),
        },
        {
          id: 'mlcf:3.3',
          code: '3.3',
          kind: 'element',
          title: 'Managing People',
          provenance: 'published',
          summary: {
            text:
              'Giving people direction, reviewing and motivating their work, and promoting ' +
              'equality and diversity.',
            provenance: 'paraphrased',
          },
          indicators: ours('mlcf:3.3', [
            'Gives colleagues clear direction about their tasks, responsibilities and the ' +
              'standards expected.',
            'Reviews the performance of those they supervise and gives timely, constructive ' +
              'feedback.',
            'Motivates colleagues and supports their learning and professional development.',
            'Promotes equality and diversity in how colleagues are treated, supported and ' +
              'developed.',
          ]),
        },
        {
          id: 'mlcf:3.4',
          code: '3.4',
          kind: 'element',
          title: 'Managing Performance',
          provenance: 'published',
          summary: {
            text: 'Holding oneself and others to account for what a service achieves.',
            provenance: 'paraphrased',
          },
          indicators: ours('mlcf:3.4', [
            'Holds self accountable for the outcomes of own clinical work and service ' +
              'responsibilities.',
            'Monitors how the service performs, using data and agreed measures of quality.',
            'Addresses shortfalls in own performance and that of others promptly and fairly.',
            'Acts on information about performance to improve outcomes for patients.',
          ]),
        },
      ],
    },
    {
      id: 'mlcf:4',
      code: '4',
      kind: 'domain',
      title: 'Improving Services',
      provenance: 'published',
      summary: {
        text:
          'Doctors make a tangible difference to people’s health by providing services of high ' +
          'quality and by finding ways to improve them.',
        provenance: 'paraphrased',
        uncertain: domainNotRetrieved,
      },
      children: [
        {
          id: 'mlcf:4.1',
          code: '4.1',
          kind: 'element',
          title: 'Ensuring Patient Safety',
          provenance: 'published',
          summary: {
            text:
              'Judging and managing the risks that service changes carry for patients, weighing ' +
              'economic considerations against safety.',
            provenance: 'paraphrased',
          },
          indicators: ours('mlcf:4.1', [
            'Identifies and assesses risks to patients that arise from clinical practice or ' +
              'service changes.',
            'Reports incidents and near misses, and takes part in learning from them.',
            'Weighs patient safety alongside cost and efficiency when changes to services are ' +
              'proposed.',
            'Puts in place and follows measures that reduce the risk of harm to patients.',
          ]),
        },
        {
          id: 'mlcf:4.2',
          code: '4.2',
          kind: 'element',
          title: 'Critically Evaluating',
          provenance: 'published',
          summary: {
            text: 'Thinking analytically and conceptually to find where services could be better.',
            provenance: 'paraphrased',
          },
          indicators: ours('mlcf:4.2', [
            'Questions current practice and looks for evidence about how well services are ' +
              'working.',
            'Analyses information from audit, feedback and outcomes to find where care can ' +
              'improve.',
            'Considers a problem from several perspectives before drawing conclusions about it.',
            'Uses feedback from patients and colleagues to judge the quality of services.',
          ]),
        },
        {
          id: 'mlcf:4.3',
          code: '4.3',
          kind: 'element',
          title: 'Encouraging Improvement and Innovation',
          provenance: 'published',
          summary: {
            text: 'Fostering a climate in which continual improvement is expected and supported.',
            provenance: 'paraphrased',
            uncertain: elementNotRetrieved,
          },
          indicators: ours('mlcf:4.3', [
            'Encourages colleagues to question routines and to suggest better ways of working.',
            'Supports the trial of new ideas, accepting that some of them will not succeed.',
            'Takes part in quality improvement projects within own service or department.',
            'Shares successful improvements with others so that they can be adopted more widely.',
          ]),
        },
        {
          id: 'mlcf:4.4',
          code: '4.4',
          kind: 'element',
          title: 'Facilitating Transformation',
          provenance: 'published',
          summary: {
            text: 'Playing an active part in processes of change that lead to better healthcare.',
            provenance: 'paraphrased',
            uncertain: elementNotRetrieved,
          },
          indicators: ours('mlcf:4.4', [
            'Explains the reasons for a change to colleagues and patients in clear, honest terms.',
            'Takes an active part in planning and carrying through changes that improve care.',
            'Recognises resistance to change and responds constructively to the concerns of ' +
              'colleagues.',
            'Helps to sustain changes once made, checking whether the intended benefits are ' +
              'achieved.',
          ]),
        },
      ],
    },
    {
      id: 'mlcf:5',
      code: '5',
      kind: 'domain',
      title: 'Setting Direction',
      provenance: 'published',
      summary: {
        text:
          'Doctors help to shape the strategy and ambitions of their organisation and act in ' +
          'keeping with its values.',
        provenance: 'paraphrased',
        uncertain: domainNotRetrieved,
      },
      children: [
        {
          id: 'mlcf:5.1',
          code: '5.1',
          kind: 'element',
          title: 'Identifying the Contexts for Change',
          provenance: 'published',
          summary: {
            text:
              'Understanding the political, social, technical, economic, organisational and ' +
              'professional setting in which services work.',
            provenance: 'paraphrased',
            uncertain:
              'This summary is medlead’s, partly supported by a workshop page that follows the ' +
              'sister framework; it has not been checked against the MLCF’s own description.',
          },
          indicators: ours('mlcf:5.1', [
            'Keeps informed about national and local health policy and how it affects services.',
            'Recognises how social, economic and technological trends may change the needs of ' +
              'patients.',
            'Considers the organisational and professional context when proposing changes to ' +
              'services.',
            'Anticipates how developments in the wider environment may affect own service and ' +
              'patients.',
          ]),
        },
        {
          id: 'mlcf:5.2',
          code: '5.2',
          kind: 'element',
          title: 'Applying Knowledge and Evidence',
          provenance: 'published',
          summary: {
            text: 'Collecting information and drawing on evidence to bring about improvement.',
            provenance: 'paraphrased',
            uncertain: elementNotRetrieved,
          },
          indicators: fromSister('mlcf:5.2', [
            'Gathers information and data about services using methods suited to the question ' +
              'asked.',
            'Analyses the information gathered against criteria grounded in sound evidence.',
            'Uses evidence to question and challenge existing practice where it falls short.',
            'Influences colleagues to base their practice and decisions on the available evidence.',
          ]),
        },
        {
          id: 'mlcf:5.3',
          code: '5.3',
          kind: 'element',
          title: 'Making Decisions',
          provenance: 'published',
          summary: {
            text: 'Drawing on both values and evidence to reach sound decisions.',
            provenance: 'paraphrased',
            uncertain: elementNotRetrieved,
          },
          indicators: ours('mlcf:5.3', [
            'Bases decisions on the best available evidence and on the values of the service.',
            'Involves patients and colleagues in the decisions that affect them.',
            'Explains the reasoning behind decisions openly and accepts responsibility for them.',
            'Makes timely decisions in uncertain situations and revisits them as new information ' +
              'emerges.',
          ]),
        },
        {
          id: 'mlcf:5.4',
          code: '5.4',
          kind: 'element',
          title: 'Evaluating Impact',
          provenance: 'published',
          summary: {
            text:
              'Measuring and judging what has been achieved, and putting things right where ' +
              'needed.',
            provenance: 'paraphrased',
            uncertain: elementNotRetrieved,
          },
          indicators: ours('mlcf:5.4', [
            'Measures the outcomes of changes to services using methods suited to the purpose.',
            'Compares results with the intended aims and identifies the reasons for any ' +
              'difference.',
            'Takes corrective action when evaluation shows that a service falls short of ' +
              'expected results.',
            'Shares the findings of evaluations with colleagues and patients to inform future ' +
              'decisions.',
          ]),
        },
      ],
    },
  ],
});

/** The newest MLCF edition. */
export const mlcf = mlcf2010;
