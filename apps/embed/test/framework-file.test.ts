// A school's own framework file (`?framework-src=`), loaded and checked in Node with a stand-in
// fetch: every way it can fail is a message in plain words, never a throw. (The page itself loads
// one in Chromium in embed.test.ts.)
import { readFileSync } from 'node:fs';
import { hlm } from '@medlead/core';
import { describe, expect, it, vi } from 'vitest';
import { checkFrameworkFile, loadFramework } from '../src/framework-file';

const url = new URL('https://example.org/riverside.json');
const fileText = readFileSync(
  new URL('../../../examples/frameworks/riverside.json', import.meta.url),
  'utf8',
);
const own = () => JSON.parse(fileText) as Record<string, unknown> & { children: unknown[] };

/** A fetch that answers `body` (a Response, or a function of the request's signal). */
const answering = (answer: (signal: AbortSignal) => Promise<Response>) =>
  vi.fn((_url: URL | RequestInfo, init?: RequestInit) => answer(init?.signal as AbortSignal));

const errorsOf = (result: Awaited<ReturnType<typeof loadFramework>>) =>
  result.ok ? [] : result.errors;

describe('loadFramework', () => {
  it('loads a framework on its own, or in a framework field, without cookies', async () => {
    const fetch = answering(async () => new Response(fileText));
    const loaded = await loadFramework(url, { fetch });
    expect(loaded.ok && loaded.framework.key).toBe('riverside@2025');
    expect(fetch.mock.calls[0]?.[1]).toMatchObject({ credentials: 'omit' });
    const wrapped = answering(async () => new Response(JSON.stringify({ framework: own() })));
    expect((await loadFramework(url, { fetch: wrapped })).ok).toBe(true);
    // A copy of a shipped framework is a framework like any other.
    const copy = answering(async () => new Response(JSON.stringify(hlm)));
    const loadedCopy = await loadFramework(url, { fetch: copy });
    expect(loadedCopy.ok && loadedCopy.framework).toEqual(hlm);
  });

  it('says what to check when the file cannot be had', async () => {
    const offline = answering(async () => {
      throw new TypeError('Failed to fetch');
    });
    expect(errorsOf(await loadFramework(url, { fetch: offline }))).toEqual([
      'The framework file "https://example.org/riverside.json" could not be loaded: check the address, and that its server lets other sites read it (CORS).',
    ]);
    const missing = answering(
      async () => new Response('gone', { status: 404, statusText: 'Not Found' }),
    );
    expect(errorsOf(await loadFramework(url, { fetch: missing }))).toEqual([
      'The framework file "https://example.org/riverside.json" could not be loaded (HTTP 404 Not Found): check the address.',
    ]);
    const page = answering(async () => new Response('<!doctype html><script>alert(1)</script>'));
    expect(errorsOf(await loadFramework(url, { fetch: page }))).toEqual([
      'The framework file "https://example.org/riverside.json" is not JSON: save the framework with JSON.stringify(framework).',
    ]);
  });

  it('gives up on a server that never answers, or stops halfway, after the time limit', async () => {
    const never = answering(
      (signal) =>
        new Promise((_resolve, reject) =>
          signal.addEventListener('abort', () => reject(new DOMException('aborted', 'AbortError'))),
        ),
    );
    expect(errorsOf(await loadFramework(url, { fetch: never, timeout: 50 }))).toEqual([
      'The framework file "https://example.org/riverside.json" did not answer within 0.05 seconds: check the address, or try again later.',
    ]);
    const halfway = answering(async (signal) => {
      const body = new ReadableStream<Uint8Array>({
        start(controller) {
          controller.enqueue(new TextEncoder().encode('{"framework":'));
          signal.addEventListener('abort', () => controller.error(new Error('aborted')));
        },
      });
      return new Response(body);
    });
    expect(errorsOf(await loadFramework(url, { fetch: halfway, timeout: 50 }))[0]).toContain(
      'did not answer within 0.05 seconds',
    );
  });

  it('waits 15 seconds by default', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    try {
      let signal: AbortSignal | undefined;
      const never = answering(
        (given) =>
          new Promise((_resolve, reject) => {
            signal = given;
            given.addEventListener('abort', () => reject(new Error('aborted')));
          }),
      );
      const loading = loadFramework(url, { fetch: never });
      await vi.advanceTimersByTimeAsync(14_900);
      expect(signal?.aborted).toBe(false);
      await vi.advanceTimersByTimeAsync(200);
      expect(errorsOf(await loading)[0]).toContain('did not answer within 15 seconds');
    } finally {
      vi.useRealTimers();
    }
  });
});

describe('checkFrameworkFile', () => {
  const check = (data: unknown) => {
    const result = checkFrameworkFile(url, data);
    return result.ok ? [] : result.errors;
  };

  it('names each problem of a malformed framework with where it is', () => {
    const broken = own();
    (broken.children[1] as { title: string }).title = '';
    expect(check(broken)).toEqual([
      'The framework file "https://example.org/riverside.json" is not a framework medlead can use:',
      'children[1].title: Too small: expected string to have >=1 characters',
    ]);
    expect(check([1, 2])[0]).toContain('holds no framework');
    expect(check({ framework: 'hlm' })[0]).toContain('holds no framework');
    expect(check(null)[0]).toContain('holds no framework');
  });

  it('lists the first ten problems and counts the rest', () => {
    const errors = check({ ...own(), children: Array.from({ length: 30 }, () => ({})) });
    expect(errors).toHaveLength(12);
    expect(errors[11]).toMatch(/^and \d+ more problems\.$/);
  });

  it('refuses hostile files in words, and nothing leaks into Object.prototype', () => {
    let deep: Record<string, unknown> = { id: 'riverside:leaf' };
    for (let level = 0; level < 700; level++) deep = { id: `riverside:${level}`, children: [deep] };
    expect(check({ ...own(), children: [deep] })[1]).toMatch(/nested more than 32 levels deep/);
    expect(check({ ...own(), children: new Array(30_000).fill({}) })[1]).toMatch(
      /^is too large to check/,
    );
    const protoKind = JSON.parse(
      fileText.replace('"terms": {', '"terms": {"__proto__": {"x": 1},'),
    );
    expect(check(protoKind)[1]).toMatch(/^terms\.__proto__: is not a kind/);
    // A __proto__ key the schema does not know is left out, never merged.
    const protoField = JSON.parse(fileText.replace('"id":', '"__proto__": {"polluted": 1}, "id":'));
    expect(check(protoField)).toEqual([]);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});
