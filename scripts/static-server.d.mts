export function serveStatic(
  root: string,
  options?: { base?: string; port?: number; host?: string },
): Promise<{ origin: string; close: () => void }>;
