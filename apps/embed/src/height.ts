/**
 * Tells the host page how tall this page is, whenever that changes, so it can size the iframe:
 * `{ type: 'medlead:height', height }` by postMessage. It carries no answers, only the height.
 */
export function reportHeight(): void {
  if (window.parent === window) return;
  let last = -1;
  const send = () => {
    const height = Math.ceil(
      Math.max(document.body.scrollHeight, document.documentElement.scrollHeight),
    );
    if (height === last) return;
    last = height;
    window.parent.postMessage({ type: 'medlead:height', height }, '*');
  };
  new ResizeObserver(send).observe(document.body);
  send();
}
