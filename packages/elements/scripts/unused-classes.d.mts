export const unusedClassPrefixes: readonly string[];
