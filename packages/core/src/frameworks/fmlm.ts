// The FMLM Leadership and Management Standards for Medical Professionals: 2nd (2016) and 3rd
// (2021) editions. Domain, theme and grade names and behaviour letters are as published; every
// summary and behaviour is our own words. Sources and what is uncertain: frameworks.md §4, §7.
import type { Framework, Source } from '../model/types';
import { defineFramework } from './define';

const title = 'Leadership and Management Standards for Medical Professionals';
const shortTitle = 'FMLM standards';
const publisher = 'Faculty of Medical Leadership and Management';

const terms = {
  domain: { singular: 'domain', plural: 'domains' },
  theme: { singular: 'theme', plural: 'themes' },
};

// FMLM publishes no rating scale for the standards, so both editions rate domains on the generic
// frequency scale (said too in each edition's `uncertain`).
const noScale =
  'FMLM publishes no rating scale for the standards, so medlead rates them on its generic ' +
  'five-point frequency scale.';

const rights =
  'The standards are copyright of the Faculty of Medical Leadership and Management, and no ' +
  'licence terms for reusing them were found. medlead therefore carries only their structure ' +
  'and names (domains, themes, behaviour letters and fellowship grades), as facts; every ' +
  'summary and behaviour here is in medlead’s own words. Read the standards themselves on the ' +
  'FMLM website.';

const sources = {
  individualStandards: {
    title: 'Leadership and management standards for medical professionals (2nd edition)',
    publisher,
    year: 2016,
    url: 'https://www.fmlm.ac.uk/individual-standards',
    note:
      'Web page of the second edition (title ours; the page calls itself the 2nd edition): the ' +
      'value base, domain 1 and its first lettered behaviours; medlead has not read the rest.',
  },
  thirdEdition: {
    title: 'Leadership and management standards for medical professionals: third edition (2021)',
    publisher,
    year: 2021,
    url: 'https://www.fmlm.ac.uk/node/74',
    note:
      'Overview of the third edition (title ours; the page says "The third edition (2021)"); ' +
      'the standards are aspirational for every career level rather than graded into stages.',
  },
  leadershipOfSelf: {
    title: 'Leadership of Self',
    publisher,
    url: 'https://www.fmlm.ac.uk/node/75',
    note: 'Domain page of the third edition.',
  },
  teamPlayer: {
    title: 'Team player/team leader',
    publisher,
    url: 'https://www.fmlm.ac.uk/members/leadership-and-management-standards-for-medical-professionals/team-playerteam-leader',
    note: 'Domain page of the third edition.',
  },
  corporate: {
    title: 'Corporate responsibility',
    publisher,
    url: 'https://www.fmlm.ac.uk/node/78',
    note: 'Domain page of the third edition; its own heading was not confirmed.',
  },
  becomeAFellow: {
    title: 'Become an FMLM Fellow',
    publisher,
    url: 'https://www.fmlm.ac.uk/fellowship/become-an-fmlm-fellow',
    note: 'The four domains, and which domains each fellowship level must evidence.',
  },
  stepByStep: {
    title: 'Step-by-step FMLM Fellowship application guide',
    publisher,
    url: 'https://www.fmlm.ac.uk/fellowship/step-by-step-fmlm-fellowship-application-guide',
    note: 'One-line framing of each of the four domains.',
  },
  fellowship: {
    title: 'FMLM Fellowship',
    publisher,
    url: 'https://www.fmlm.ac.uk/membership/fellowship',
    note:
      'Fellowship page (title ours): dates of the first (2015) and second (2016) editions, the ' +
      'fellowship grades, and the launch of Associate Fellowship in April 2017.',
  },
  launch: {
    title: 'Without standards there can be no improvement',
    publisher,
    year: 2021,
    url: 'https://www.fmlm.ac.uk/news-opinion/without-standards-there-can-be-no-improvement',
    note:
      'Launch article for the third edition (title as given in its address): the editions and ' +
      'what the third one changed.',
  },
  rcpe: {
    title: 'Professional standards for medical leadership and management',
    publisher: 'Royal College of Physicians of Edinburgh',
    year: 2014,
    url: 'https://www.rcpe.ac.uk/college/professional-standards-medical-leadership-and-management',
    note:
      'Consultation notice of December 2014 (title as given in its address): background on ' +
      'how the standards were developed and what they were derived from.',
  },
} satisfies Record<string, Source>;

const associateSummary = {
  text:
    'The entry level of certified fellowship, aimed at doctors in training and early in their ' +
    'careers; it was launched in April 2017.',
  provenance: 'paraphrased',
  uncertain:
    'The intended audience comes from a fellowship page whose text was cut short before this ' +
    'level was fully described.',
} as const;

// ---------------------------------------------------------------------------------------------
// 2nd edition, 2016
// ---------------------------------------------------------------------------------------------

const inferred2016 =
  'FMLM’s second-edition domain requirement for this grade is not on the pages medlead has ' +
  'read; it is inferred from the third-edition mapping of fellowship levels to domains.';

export const fmlm2016: Framework = defineFramework({
  id: 'fmlm',
  edition: '2016',
  editionLabel: '2nd edition',
  key: 'fmlm@2016',
  version: '1.0.0',
  title,
  shortTitle,
  publisher,
  year: 2016,
  status: 'superseded',
  supersededBy: 'fmlm@2021',
  summary: {
    text:
      'The second edition of the FMLM’s standards for doctors at every stage of their careers, ' +
      'following the first of 2015. They describe leadership as behaviours that can be ' +
      'observed, measured and developed, lettered within numbered domains under themed ' +
      'headings, and rest on the Seven Principles of Public Life and the GMC’s Good Medical ' +
      'Practice. They were built from GMC guidance on leadership and management for all ' +
      'doctors, the Medical Leadership Competency Framework, the Healthcare Leadership Model ' +
      'and Academi Wales’ core competence framework for managers, and are the standard against ' +
      'which FMLM Fellowship, introduced in 2016, is certified.',
    provenance: 'paraphrased',
  },
  uncertain:
    'Of this edition’s own text medlead has read only domain 1 ("Self"): the names of domains 2 ' +
    'and 3, whether the edition had exactly three domains, most themed headings and the number ' +
    'of lettered behaviours in each domain are unconfirmed. ' +
    noScale,
  sources: [
    sources.individualStandards,
    sources.fellowship,
    sources.becomeAFellow,
    sources.launch,
    sources.rcpe,
  ],
  rights,
  terms,
  assessedKind: 'domain',
  scales: [],
  defaultScale: 'frequency-5',
  stages: [
    {
      id: 'associate-fellow',
      title: 'Associate Fellow',
      summary: associateSummary,
      provenance: 'published',
      expects: {
        nodes: ['fmlm:self', 'fmlm:team'],
        provenance: 'editorial',
        uncertain:
          'FMLM’s second-edition requirement for this grade (launched in April 2017) is not on ' +
          'the pages medlead has read; it is inferred from the third-edition mapping of ' +
          'fellowship levels to domains.',
      },
    },
    {
      id: 'fellow',
      title: 'Fellow',
      summary: {
        text:
          'Certified fellowship, awarded by an independent panel that judges a portfolio of ' +
          'knowledge, behaviours, experience and impact against the standards; introduced in ' +
          '2016.',
        provenance: 'paraphrased',
      },
      provenance: 'published',
      expects: {
        nodes: ['fmlm:self', 'fmlm:team', 'fmlm:corporate'],
        provenance: 'editorial',
        uncertain: inferred2016,
      },
    },
    {
      id: 'senior-fellow',
      title: 'Senior Fellow',
      summary: {
        text: 'The most senior level of certified fellowship, for board- or system-level leaders.',
        provenance: 'paraphrased',
      },
      provenance: 'published',
      expects: {
        nodes: ['fmlm:self', 'fmlm:team', 'fmlm:corporate'],
        provenance: 'editorial',
        uncertain: inferred2016,
      },
    },
  ],
  children: [
    {
      id: 'fmlm:self',
      code: '1',
      kind: 'domain',
      title: 'Self',
      provenance: 'published',
      uncertain:
        'medlead carries only the first two themed headings of this domain and none of FMLM’s ' +
        'behaviours from h onwards; further themes may follow.',
      summary: {
        text:
          'Knowing oneself, staying resilient and continuing to develop, as the basis for ' +
          'leading others.',
        provenance: 'paraphrased',
      },
      children: [
        {
          id: 'fmlm:self-awareness-and-self-development',
          kind: 'theme',
          title: 'Self awareness and self development',
          provenance: 'published',
          summary: {
            text:
              'Understanding one’s own behaviour and its effect on others, and keeping up one’s ' +
              'learning and development.',
            provenance: 'paraphrased',
          },
          indicators: [
            {
              id: 'fmlm:self-awareness-and-self-development/a',
              code: 'a',
              text: 'Puts patients and people at the centre of how they work and lead.',
              provenance: 'paraphrased',
            },
            {
              id: 'fmlm:self-awareness-and-self-development/b',
              code: 'b',
              text: 'Keeps their own emotions in check and adjusts their style to the situation.',
              provenance: 'paraphrased',
            },
            {
              id: 'fmlm:self-awareness-and-self-development/c',
              code: 'c',
              text: 'Looks for feedback on their performance and changes what they do in response.',
              provenance: 'paraphrased',
            },
            {
              id: 'fmlm:self-awareness-and-self-development/d',
              code: 'd',
              text: 'Sets aside time for their own continuing professional development.',
              provenance: 'paraphrased',
            },
            {
              id: 'fmlm:self-awareness-and-self-development/e',
              code: 'e',
              text: 'Builds networks of peers and mentors for professional support.',
              provenance: 'paraphrased',
            },
            {
              id: 'fmlm:self-awareness-and-self-development/f',
              code: 'f',
              text: 'Recognises the limits of their competence and asks for help at those limits.',
              provenance: 'paraphrased',
            },
            {
              id: 'fmlm:self-awareness-and-self-development/g',
              code: 'g',
              text:
                'Applies leadership theory and past experience to improve services and try new ' +
                'ideas.',
              provenance: 'paraphrased',
            },
          ],
        },
        {
          id: 'fmlm:personal-resilience-drive-and-energy',
          kind: 'theme',
          title: 'Personal resilience, drive and energy',
          provenance: 'published',
          uncertain:
            'FMLM lists behaviours under this heading (lettered from h); medlead does not carry ' +
            'them, so none is given.',
          summary: {
            text: 'Sustaining one’s own motivation and wellbeing through the demands of leading.',
            provenance: 'editorial',
            uncertain:
              'Written by medlead from the heading alone, without FMLM’s behaviours under it.',
          },
        },
      ],
    },
    {
      id: 'fmlm:team',
      code: '2',
      kind: 'domain',
      title: 'Team',
      provenance: 'published',
      uncertain:
        'This edition’s own name for domain 2 is unconfirmed ("Team" follows the later team ' +
        'player/team leader pages), and medlead does not carry its themes.',
      summary: {
        text: 'Working well as a member of teams and leading one’s own team.',
        provenance: 'editorial',
        uncertain:
          'Written by medlead from the third edition’s framing: this edition’s own description ' +
          'has not been checked.',
      },
    },
    {
      id: 'fmlm:corporate',
      code: '3',
      kind: 'domain',
      title: 'Corporate',
      provenance: 'published',
      uncertain:
        'This edition’s own name for domain 3 is unconfirmed (later fellowship pages say ' +
        '"corporate responsibility"), and medlead does not carry its themes.',
      summary: {
        text: 'Contributing to the organisation’s strategy and to how it delivers its services.',
        provenance: 'editorial',
        uncertain:
          'Written by medlead from the third edition’s framing: this edition’s own description ' +
          'has not been checked.',
      },
    },
  ],
});

// ---------------------------------------------------------------------------------------------
// 3rd edition, 2021
// ---------------------------------------------------------------------------------------------

const firstThemeOnly =
  'medlead carries only the first themed heading of this domain; FMLM may publish further themes.';
const listMayContinue =
  'medlead carries only the first behaviours under this heading; FMLM’s list may continue.';

export const fmlm2021: Framework = defineFramework({
  id: 'fmlm',
  edition: '2021',
  editionLabel: '3rd edition',
  key: 'fmlm@2021',
  version: '1.0.0',
  title,
  shortTitle,
  publisher,
  year: 2021,
  status: 'current',
  summary: {
    text:
      'The third edition, launched in March 2021 in the Faculty’s tenth year. It keeps the ' +
      'behaviour-based standards, still drawn from GMC guidance, the Medical Leadership ' +
      'Competency Framework, the Healthcare Leadership Model and Academi Wales’ framework, and ' +
      'carries them beyond single organisations to networks, integrated care and population ' +
      'health, across four domains. It addresses clinicians and healthcare leaders, dental ' +
      'professionals included, and ties each level of FMLM Fellowship to the domains a ' +
      'candidate must evidence; the standards themselves are aspirational for all career ' +
      'levels rather than graded.',
    provenance: 'paraphrased',
  },
  uncertain:
    'medlead has not read FMLM’s System leadership domain page and carries only the first ' +
    'theme of each other domain; the corporate domain’s page title is inferred from the ' +
    'fellowship pages, and the Associate Fellowship requirement is presumed. ' +
    noScale,
  sources: [
    sources.thirdEdition,
    sources.leadershipOfSelf,
    sources.teamPlayer,
    sources.corporate,
    sources.becomeAFellow,
    sources.stepByStep,
    sources.launch,
    sources.fellowship,
    sources.individualStandards,
    sources.rcpe,
  ],
  rights,
  terms,
  assessedKind: 'domain',
  scales: [],
  defaultScale: 'frequency-5',
  stages: [
    {
      id: 'associate-fellow',
      title: 'Associate Fellow',
      summary: associateSummary,
      provenance: 'published',
      expects: {
        nodes: ['fmlm:self', 'fmlm:team'],
        provenance: 'editorial',
        uncertain:
          'Presumed: the fellowship page maps each of the three levels to domains, but its text ' +
          'was cut short before the Associate Fellowship requirement.',
      },
    },
    {
      id: 'fellow',
      title: 'Fellow',
      summary: {
        text:
          'For leaders of many teams, or of one very large team, at organisational level. ' +
          'Non-medical colleagues can be certified at this level and as Associate Fellows ' +
          'through Collaborative Fellowship.',
        provenance: 'paraphrased',
      },
      provenance: 'published',
      expects: {
        nodes: ['fmlm:self', 'fmlm:team', 'fmlm:corporate'],
        provenance: 'published',
      },
    },
    {
      id: 'senior-fellow',
      title: 'Senior Fellow',
      summary: {
        text:
          'For leaders who have usually spent two years or more at board or system level, ' +
          'such as medical directors, integrated care board chairs and postgraduate deans.',
        provenance: 'paraphrased',
      },
      provenance: 'published',
      expects: {
        nodes: ['fmlm:self', 'fmlm:team', 'fmlm:corporate', 'fmlm:system-leadership'],
        provenance: 'published',
      },
    },
  ],
  children: [
    {
      id: 'fmlm:self',
      kind: 'domain',
      title: 'Leadership of Self',
      alternativeTitles: ['Self'],
      provenance: 'published',
      uncertain: firstThemeOnly,
      summary: {
        text: 'Understanding oneself and the effect one’s behaviour has on others.',
        provenance: 'paraphrased',
      },
      children: [
        {
          id: 'fmlm:self-awareness-and-development',
          kind: 'theme',
          title: 'Self-awareness and development',
          provenance: 'published',
          uncertain: listMayContinue,
          summary: {
            text:
              'Knowing one’s own strengths, limits and emotions, and continuing to learn ' +
              'through reflection, feedback and development.',
            provenance: 'paraphrased',
          },
          indicators: [
            {
              id: 'fmlm:self-awareness-and-development/1',
              text: 'Takes a people-centred approach with patients, colleagues and the public.',
              provenance: 'paraphrased',
            },
            {
              id: 'fmlm:self-awareness-and-development/2',
              text: 'Manages their own emotions and adapts their style to the people and setting.',
              provenance: 'paraphrased',
            },
            {
              id: 'fmlm:self-awareness-and-development/3',
              text:
                'Reflects regularly on their practice, drawing on GMC guidance for reflective ' +
                'practitioners.',
              provenance: 'paraphrased',
            },
            {
              id: 'fmlm:self-awareness-and-development/4',
              text: 'Asks others for feedback and uses it to develop.',
              provenance: 'paraphrased',
            },
            {
              id: 'fmlm:self-awareness-and-development/5',
              text: 'Protects time for continuing professional development.',
              provenance: 'paraphrased',
            },
            {
              id: 'fmlm:self-awareness-and-development/6',
              text: 'Builds and draws on professional networks for support and learning.',
              provenance: 'paraphrased',
            },
            {
              id: 'fmlm:self-awareness-and-development/7',
              text: 'Admits the limits of their knowledge and skills, and asks for support.',
              provenance: 'paraphrased',
            },
          ],
        },
      ],
    },
    {
      id: 'fmlm:team',
      kind: 'domain',
      title: 'Team player/team leader',
      alternativeTitles: ['Team'],
      provenance: 'published',
      uncertain: firstThemeOnly,
      summary: {
        text: 'Leading one’s own team and working well as a member of others.',
        provenance: 'paraphrased',
      },
      children: [
        {
          id: 'fmlm:effective-teamwork',
          kind: 'theme',
          title: 'Effective teamwork',
          provenance: 'published',
          uncertain: listMayContinue,
          summary: {
            text:
              'Working inclusively within and across multidisciplinary teams, so that every ' +
              'member can contribute and be heard.',
            provenance: 'paraphrased',
          },
          indicators: [
            {
              id: 'fmlm:effective-teamwork/1',
              text: 'Plays an active part in multidisciplinary teams.',
              provenance: 'paraphrased',
            },
            {
              id: 'fmlm:effective-teamwork/2',
              text: 'Promotes equality, diversity and inclusion within the team.',
              provenance: 'paraphrased',
            },
            {
              id: 'fmlm:effective-teamwork/3',
              text: 'Solves problems together with the team in a way that includes everyone.',
              provenance: 'paraphrased',
            },
            {
              id: 'fmlm:effective-teamwork/4',
              text: 'Looks for, and values, views that differ from their own.',
              provenance: 'paraphrased',
            },
            {
              id: 'fmlm:effective-teamwork/5',
              text: 'Makes it safe and expected for team members to raise concerns.',
              provenance: 'paraphrased',
            },
          ],
        },
      ],
    },
    {
      id: 'fmlm:corporate',
      kind: 'domain',
      title: 'Corporate responsibility',
      provenance: 'published',
      uncertain:
        'The title is inferred from the fellowship pages ("corporate responsibility"); the ' +
        'heading of FMLM’s domain page itself is unconfirmed, and medlead carries only its ' +
        'first theme.',
      summary: {
        text:
          'Contributing to the strategic direction of the organisation and to its day-to-day ' +
          'delivery of services.',
        provenance: 'paraphrased',
      },
      children: [
        {
          id: 'fmlm:organisational-team-player',
          kind: 'theme',
          title: 'Organisational team player',
          provenance: 'published',
          uncertain: listMayContinue,
          summary: {
            text:
              'Acting for the good of the whole organisation: its governance, resources, risks ' +
              'and shared initiatives.',
            provenance: 'paraphrased',
          },
          indicators: [
            {
              id: 'fmlm:organisational-team-player/1',
              text: 'Upholds sound governance in the organisation.',
              provenance: 'paraphrased',
            },
            {
              id: 'fmlm:organisational-team-player/2',
              text: 'Helps to share out resources fairly.',
              provenance: 'paraphrased',
            },
            {
              id: 'fmlm:organisational-team-player/3',
              text: 'Makes and explains decisions openly, even when the situation is ambiguous.',
              provenance: 'paraphrased',
            },
            {
              id: 'fmlm:organisational-team-player/4',
              text: 'Identifies risks and helps to manage them.',
              provenance: 'paraphrased',
            },
            {
              id: 'fmlm:organisational-team-player/5',
              text: 'Takes part in initiatives beyond their own team or department.',
              provenance: 'paraphrased',
            },
            {
              id: 'fmlm:organisational-team-player/6',
              text: 'Encourages others to give feedback, and listens to it.',
              provenance: 'paraphrased',
            },
          ],
        },
      ],
    },
    {
      id: 'fmlm:system-leadership',
      kind: 'domain',
      title: 'System leadership',
      provenance: 'published',
      uncertain:
        'medlead has not read FMLM’s page for this domain: the title follows the fellowship ' +
        'pages, its themes and behaviours are not carried, and the summary follows the ' +
        'fellowship guide.',
      summary: {
        text: 'Influencing the strategy and culture of the wider healthcare system for the better.',
        provenance: 'paraphrased',
      },
    },
  ],
});

/** The newest FMLM edition. */
export const fmlm = fmlm2021;
