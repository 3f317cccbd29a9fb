// `npm start -w @xinghui/example-vue`: builds the app, then serves it with the React example's
// backend (the same sessions, whatever the page's framework) and a sandbox bank in memory, on
// 127.0.0.1. Open the URL it prints.
import { fileURLToPath } from 'node:url';
import { serveExample } from '@xinghui/example-react/server';

const example = await serveExample(
  fileURLToPath(new URL('..', import.meta.url)),
  Number(process.env.PORT ?? 5175),
);
console.log(`Vue checkout: ${example.url}/  (sandbox bank: ${example.bankUrl})`);
