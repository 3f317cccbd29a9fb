/**
 * `@xinghui/sandbox/node`: what only Node can run: the bank on a SQLite file, and its HTTP
 * server.
 *
 * @packageDocumentation
 */

export { RECORD_FORMAT, RecordFormatError, SqliteStore } from './store/sqlite-store.js';
export { startServer } from './server.js';
export type { RunningServer } from './server.js';
export { dashboardFiles } from './dashboard/files.js';
