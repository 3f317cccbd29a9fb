/**
 * The generated pages of docs/: each one's path and how to render it, formatted by Prettier
 * exactly as `prettier --write` would, so `npm test`'s format check and the staleness check agree.
 */
import { join } from 'node:path';
import * as prettier from 'prettier';
import { renderErrorCatalogue, ERRORS_FILE } from './errors.js';
import { renderEventCatalogue, EVENTS_FILE } from './events.js';
import { repoRoot } from './paths.js';
import { renderSdkResources, SDK_RESOURCES_FILE } from './sdk-resources.js';

/** A page of docs/ that a script writes. */
export interface GeneratedPage {
  /** Path from the repository root. */
  file: string;
  render(): string | Promise<string>;
}

export const GENERATED_PAGES: GeneratedPage[] = [
  { file: SDK_RESOURCES_FILE, render: renderSdkResources },
  { file: EVENTS_FILE, render: renderEventCatalogue },
  { file: ERRORS_FILE, render: renderErrorCatalogue },
];

/** A page's final text: rendered, then formatted with the repository's Prettier options. */
export async function renderPage(page: GeneratedPage): Promise<string> {
  const path = join(repoRoot, page.file);
  const options = (await prettier.resolveConfig(path)) ?? {};
  return prettier.format(await page.render(), { ...options, filepath: path });
}
