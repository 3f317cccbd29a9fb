// `npm start -w @xinghui/example-react`: builds the app, then serves it with its backend and a
// sandbox bank in memory, on 127.0.0.1. Open the URL it prints.
import { fileURLToPath } from 'node:url';
import { serveExample } from './serve-example.js';

const example = await serveExample(
  fileURLToPath(new URL('../..', import.meta.url)),
  Number(process.env.PORT ?? 5174),
);
console.log(`React checkout: ${example.url}/  (sandbox bank: ${example.bankUrl})`);
