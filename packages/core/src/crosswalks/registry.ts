import type { Crosswalk } from '../model/types';
import { amaToFmlm } from './data/ama-fmlm';
import { amaToHlm } from './data/ama-hlm';
import { amaToMlcf } from './data/ama-mlcf';
import { fmlm2016To2021 } from './data/fmlm-2016-2021';
import { hlmToFmlm } from './data/hlm-fmlm';
import { mlcfToFmlm } from './data/mlcf-fmlm';
import { mlcfToHlm } from './data/mlcf-hlm';

/** Every stored crosswalk, each in one direction; `getCrosswalk` also gives their inverses. */
export const crosswalks: readonly Crosswalk[] = Object.freeze([
  mlcfToHlm,
  mlcfToFmlm,
  hlmToFmlm,
  amaToMlcf,
  amaToHlm,
  amaToFmlm,
  fmlm2016To2021,
]);
