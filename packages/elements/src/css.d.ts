// A stylesheet imported as text (Vite's `?inline`; the build's esbuild plugin does the same).
declare module '*.css?inline' {
  const css: string;
  export default css;
}
