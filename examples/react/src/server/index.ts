// What the Vue example (and any other front end) reuses: the backend, how to serve an app with
// it, and the test steps.
export { createBackend, type BackendOptions, type ComponentSession } from './backend.js';
export { payInBrowser } from './pay-in-browser.js';
export { serveExample, type RunningExample } from './serve-example.js';
