/**
 * Classes of @medlead/react components that no element draws (the 360 heatmap, the cohort
 * distribution, the crosswalk matrix and the scale legend): their rules are left out of the
 * elements' stylesheet. A browser test checks that no element's shadow root uses one.
 */
export const unusedClassPrefixes = [
  'medlead-heatmap',
  'medlead-cohort',
  'medlead-crosswalk',
  'medlead-scale-',
];
