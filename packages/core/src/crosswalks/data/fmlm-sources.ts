// Sources shared by the crosswalks into the FMLM standards: what FMLM says its standards draw on.
import type { Source } from '../../model/types';

export const fmlmDerivationSources: readonly Source[] = [
  {
    title: 'Professional standards for medical leadership and management',
    publisher: 'Royal College of Physicians of Edinburgh',
    year: 2014,
    url: 'https://www.rcpe.ac.uk/college/professional-standards-medical-leadership-and-management',
    note:
      'States the standards were derived from GMC guidance, the MLCF, the HLM and the Academi ' +
      'Wales framework.',
  },
  {
    title: 'Leadership standards in postgraduate medicine',
    publisher: 'Faculty of Medical Leadership and Management',
    url: 'https://www.fmlm.ac.uk/careers/trainees/leadership-standards-in-postgraduate-medicine',
    note:
      'Page title as given in its address. Offers a document mapping the standards to the ' +
      'Leadership Framework, the HLM and the GMC model; medlead has not read its content.',
  },
];
