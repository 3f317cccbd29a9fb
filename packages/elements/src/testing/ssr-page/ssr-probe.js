// Loaded first, in <head>, by the server-rendered test page (tests/browser/ssr-page-plugin.mjs): a classic
// script from 'self', so the strict policy runs it. Records every CSP violation and layout shift
// from the first byte, and defines the snapshot taken before and after hydration.
/* global window, document, getComputedStyle */

/** What the page saw, read by packages/elements/src/ssr.test.ts. */
const record = (window.__ssr = { violations: [], shifts: [], before: [], after: [], states: [] });

document.addEventListener('securitypolicyviolation', (event) => {
  record.violations.push(`${event.effectiveDirective}: ${event.blockedURI} ${event.sample}`);
});
new PerformanceObserver((list) => {
  for (const entry of list.getEntries())
    record.shifts.push({ at: entry.startTime, value: entry.value });
}).observe({ type: 'layout-shift', buffered: true });

const box = (element) => {
  const { x, y, width, height } = element.getBoundingClientRect();
  return { x, y, width, height };
};

/** A component as the shop owner sees it: its state, its shadow markup, where it lies, its look. */
record.snapshot = (element) => {
  const root = element.shadowRoot;
  const base = root.querySelector('[part="base"]');
  return {
    tag: element.localName,
    state: element.getAttribute('state'),
    // lit's hydration markers are comments; whitespace between them is not what is shown.
    markup: base.outerHTML.replace(/<!--[\s\S]*?-->/g, '').replace(/\s+/g, ' '),
    text: base.textContent.replace(/\s+/g, ' ').trim(),
    host: box(element),
    base: box(base),
    look: {
      display: getComputedStyle(base).display,
      borderRadius: getComputedStyle(base).borderTopLeftRadius,
      fontFamily: getComputedStyle(element).fontFamily,
    },
    styleElements: root.querySelectorAll('style').length,
    adoptedStyleSheets: root.adoptedStyleSheets.length,
  };
};

record.components = () => [...document.querySelectorAll('main > *')];
