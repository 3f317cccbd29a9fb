// `npm start -w @xinghui/example-credit-journey`: runs the journey against the sandbox at
// XINGHUI_BASE_URL, or against one started here in memory on a free loopback port.
import { createSandbox } from '@xinghui/sandbox';
import { startServer } from '@xinghui/sandbox/node';
import { runCreditJourney } from './journey.js';

const external = process.env.XINGHUI_BASE_URL;
const server = external ? undefined : await startServer(createSandbox().app, { port: 0 });
const baseUrl = external ?? server!.url;
console.log(`The credit journey against ${baseUrl}\n`);
try {
  const result = await runCreditJourney(baseUrl, (line) => console.log(`• ${line}`));
  console.log(`\nEvery ledger verifies: ${result.ledgersOk}`);
} finally {
  await server?.close();
}
