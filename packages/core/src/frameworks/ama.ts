// The AMA's six core leadership competencies (AMA Ed Hub, Health Systems Science Learning Series).
// Only the six names are carried; every summary, behaviour and the scale are our own work.
// Sources and what is uncertain: shared/reference/frameworks.md §3 and §7.
import type { Framework } from '../model/types';
import { defineFramework } from './define';

const publisher = 'American Medical Association';
const nameUnverified =
  'No AMA page medlead has read lists this name, so the AMA’s exact wording and capitalisation ' +
  'are unconfirmed.';

export const ama2020: Framework = defineFramework({
  id: 'ama',
  edition: '2020',
  editionLabel: 'AMA Ed Hub, Health Systems Science Learning Series',
  key: 'ama@2020',
  version: '1.0.0',
  title: 'Six Core Leadership Competencies',
  shortTitle: 'AMA leadership',
  publisher,
  year: 2020,
  status: 'current',
  summary: {
    text:
      'Leadership competencies for medical students and physicians, linked to the AMA Ed Hub ' +
      'module "Establishing Essential Leadership Behaviors", one of nine modules in the Health ' +
      'Systems Science Learning Series that is also offered through the UME Curricular ' +
      'Enrichment Program. Its central message is that leading does not depend on a title: ' +
      'anyone who improves care, its cost or the working culture around them is leading.',
    provenance: 'paraphrased',
  },
  uncertain:
    'No AMA page medlead has read (neither the Ed Hub module nor the leadership chapter of the ' +
    'Health Systems Science textbook) lists the six competencies, their definitions or any ' +
    'behaviours, so the AMA’s exact names are unconfirmed and every description is medlead’s. ' +
    'The edition label "2020" is medlead’s: the AMA gives no publication date for the module on ' +
    'the pages medlead has read, and 2020 is the year of the second edition of the Health ' +
    'Systems Science textbook with which the learning series is associated.',
  sources: [
    {
      title: 'Medical students learn how to behave like a leader in medicine',
      publisher,
      url: 'https://www.ama-assn.org/medical-students/medical-school-life/medical-students-learn-how-behave-leader-medicine',
      note:
        'Names the Ed Hub module "Establishing Essential Leadership Behaviors", its place in the ' +
        'Health Systems Science Learning Series, its aims and its CME credit.',
    },
    {
      title: 'Article on maximising medical student leadership skills',
      publisher,
      url: 'https://www.ama-assn.org/medical-students/medical-school-life/maximize-medical-student-leadership-skills-these-insights',
      note:
        'The exact headline was not recorded, so it is described here. Cited for the UME ' +
        'Curricular Enrichment Program and the message that leadership does not need a title.',
    },
    {
      title: 'Health Systems Science',
      publisher: 'Elsevier',
      year: 2020,
      locator: '2nd edition',
      url: 'https://www.elsevier.com/books/health-systems-science/skochelak/978-0-323-69462-9',
      note:
        'Skochelak SE et al. (eds), with the AMA; ISBN 978-0-323-69462-9. Leadership is one of ' +
        'its domains; cited for context only, as medlead has not read its leadership chapter.',
    },
  ],
  rights:
    'The AMA Ed Hub module, the Health Systems Science Learning Series and their content are ' +
    'copyright of the American Medical Association. medlead publishes only the names of the six ' +
    'competencies; every summary, every behaviour and the proficiency scale are medlead’s own ' +
    'work, not the AMA’s, and carry no endorsement from it.',
  terms: {
    competency: { singular: 'competency', plural: 'competencies' },
  },
  assessedKind: 'competency',
  scales: [
    {
      id: 'ama:proficiency',
      title: 'Proficiency (1–5)',
      summary:
        'medlead’s own five-point scale, modelled on the Dreyfus stages of skill acquisition; ' +
        'the AMA publishes no rating scale for these competencies.',
      measures: 'performance',
      provenance: 'editorial',
      points: [
        {
          value: 1,
          label: 'Novice',
          summary: 'Shows the behaviour only with close guidance, following rules and prompts.',
        },
        {
          value: 2,
          label: 'Advanced beginner',
          summary: 'Shows the behaviour in familiar situations, with some support.',
        },
        {
          value: 3,
          label: 'Competent',
          summary: 'Shows the behaviour reliably and deliberately in routine work.',
        },
        {
          value: 4,
          label: 'Proficient',
          summary: 'Adapts the behaviour readily to new, complex or pressured situations.',
        },
        {
          value: 5,
          label: 'Expert',
          summary: 'Shows the behaviour fluently and intuitively, and helps others develop it.',
        },
      ],
    },
  ],
  defaultScale: 'ama:proficiency',
  children: [
    {
      id: 'ama:professionalism',
      kind: 'competency',
      title: 'Professionalism',
      provenance: 'published',
      uncertain: nameUnverified,
      summary: {
        text:
          'Acting with integrity and accountability, so that patients and colleagues can trust ' +
          'both the judgement and the conduct of the doctor.',
        provenance: 'editorial',
      },
      indicators: [
        {
          id: 'ama:professionalism/1',
          text: 'Keeps commitments to patients and colleagues, and owns up to mistakes openly.',
          provenance: 'editorial',
        },
        {
          id: 'ama:professionalism/2',
          text:
            'Puts the welfare of patients ahead of personal convenience, status or financial ' +
            'interest.',
          provenance: 'editorial',
        },
        {
          id: 'ama:professionalism/3',
          text: 'Treats every member of the care team with respect, whatever their role or grade.',
          provenance: 'editorial',
        },
        {
          id: 'ama:professionalism/4',
          text:
            'Raises concerns about unsafe or unethical practice through proper channels, even ' +
            'when uncomfortable.',
          provenance: 'editorial',
        },
      ],
    },
    {
      id: 'ama:self-management',
      kind: 'competency',
      title: 'Self-management',
      provenance: 'published',
      uncertain: nameUnverified,
      summary: {
        text:
          'Managing one’s own time, emotions, wellbeing and learning, as the base from which to ' +
          'lead others.',
        provenance: 'editorial',
      },
      indicators: [
        {
          id: 'ama:self-management/1',
          text: 'Asks supervisors and peers for feedback and visibly acts on what they hear.',
          provenance: 'editorial',
        },
        {
          id: 'ama:self-management/2',
          text:
            'Notices signs of their own stress or fatigue and takes steps to stay safe to ' +
            'practise.',
          provenance: 'editorial',
        },
        {
          id: 'ama:self-management/3',
          text: 'Plans clinical work and study so deadlines are met without last-minute crises.',
          provenance: 'editorial',
        },
        {
          id: 'ama:self-management/4',
          text:
            'Reflects on difficult cases or encounters to decide what to do differently next ' +
            'time.',
          provenance: 'editorial',
        },
      ],
    },
    {
      id: 'ama:team-management',
      kind: 'competency',
      title: 'Team management',
      provenance: 'published',
      uncertain: nameUnverified,
      summary: {
        text:
          'Organising, supporting and developing the people one works with, so that the team ' +
          'gives safe and effective care together.',
        provenance: 'editorial',
      },
      indicators: [
        {
          id: 'ama:team-management/1',
          text: 'Agrees clear roles and tasks at the start of a shift, ward round or project.',
          provenance: 'editorial',
        },
        {
          id: 'ama:team-management/2',
          text:
            'Invites contributions from quieter team members, including nurses, students and ' +
            'allied health professionals.',
          provenance: 'editorial',
        },
        {
          id: 'ama:team-management/3',
          text:
            'Delegates tasks to match people’s skills and checks afterwards that they were ' +
            'completed.',
          provenance: 'editorial',
        },
        {
          id: 'ama:team-management/4',
          text:
            'Deals with conflict in the team promptly and fairly, addressing the issue rather ' +
            'than the person.',
          provenance: 'editorial',
        },
      ],
    },
    {
      id: 'ama:influence-and-communication',
      kind: 'competency',
      title: 'Influence and communication',
      provenance: 'published',
      uncertain: nameUnverified,
      summary: {
        text:
          'Communicating clearly and persuading others, with or without formal authority, to ' +
          'bring about improvement.',
        provenance: 'editorial',
      },
      indicators: [
        {
          id: 'ama:influence-and-communication/1',
          text:
            'Adapts language and level of detail to the audience: patient, family, colleague or ' +
            'manager.',
          provenance: 'editorial',
        },
        {
          id: 'ama:influence-and-communication/2',
          text: 'Listens to understand opposing views before making the case for a change.',
          provenance: 'editorial',
        },
        {
          id: 'ama:influence-and-communication/3',
          text:
            'Speaks up when a routine process is failing patients, and suggests a workable ' +
            'alternative.',
          provenance: 'editorial',
        },
        {
          id: 'ama:influence-and-communication/4',
          text:
            'Builds support for an idea by involving the people it affects early and sharing ' +
            'the evidence.',
          provenance: 'editorial',
        },
      ],
    },
    {
      id: 'ama:systems-based-practice',
      kind: 'competency',
      title: 'Systems-based practice',
      provenance: 'published',
      uncertain: nameUnverified,
      summary: {
        text:
          'Understanding how the wider health system shapes care, and working within it and on ' +
          'it to improve quality, safety and value.',
        provenance: 'editorial',
      },
      indicators: [
        {
          id: 'ama:systems-based-practice/1',
          text:
            'Weighs cost, access and use of resources alongside clinical benefit when choosing ' +
            'tests and treatments.',
          provenance: 'editorial',
        },
        {
          id: 'ama:systems-based-practice/2',
          text:
            'Coordinates with other services and settings so that handovers and transfers of ' +
            'care are safe.',
          provenance: 'editorial',
        },
        {
          id: 'ama:systems-based-practice/3',
          text: 'Reports near misses and safety incidents, and joins in the learning that follows.',
          provenance: 'editorial',
        },
        {
          id: 'ama:systems-based-practice/4',
          text:
            'Takes part in quality improvement work, using data to judge whether a change has ' +
            'helped.',
          provenance: 'editorial',
        },
      ],
    },
    {
      id: 'ama:executing-toward-a-vision',
      kind: 'competency',
      title: 'Executing toward a vision',
      provenance: 'published',
      uncertain: nameUnverified,
      summary: {
        text:
          'Setting a clear direction and turning it into action that is carried through to ' +
          'measurable results.',
        provenance: 'editorial',
      },
      indicators: [
        {
          id: 'ama:executing-toward-a-vision/1',
          text:
            'Turns a shared goal into concrete steps, each with an owner, a deadline and a ' +
            'measure of success.',
          provenance: 'editorial',
        },
        {
          id: 'ama:executing-toward-a-vision/2',
          text: 'Explains how everyday tasks connect to the wider aims of the team or service.',
          provenance: 'editorial',
        },
        {
          id: 'ama:executing-toward-a-vision/3',
          text: 'Tracks progress against the plan and changes course when results fall short.',
          provenance: 'editorial',
        },
        {
          id: 'ama:executing-toward-a-vision/4',
          text: 'Sees projects through to completion and hands them over with clear records.',
          provenance: 'editorial',
        },
      ],
    },
  ],
});

/** The newest AMA edition. */
export const ama = ama2020;
