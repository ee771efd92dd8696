declare const __MEDLEAD_ELEMENTS_VERSION__: string | undefined;

/** This package's version (set at build time). */
export const version: string =
  typeof __MEDLEAD_ELEMENTS_VERSION__ === 'string' ? __MEDLEAD_ELEMENTS_VERSION__ : '0.0.0-dev';
