import type { Locale } from './locale.js';

/** Every component's table, so a server can load a language for all of them at once. */
const tables: Words<object>[] = [];

/**
 * A component's words. Chinese, the default language, comes with the component's code; English
 * sits in a module of its own (`<name>.messages.en.ts`) that loads the first time an English
 * page shows the component, so a Chinese page never downloads the English words. Components
 * wait for it before they render (`XhElement.scheduleUpdate`), so no Chinese flashes first.
 */
export class Words<M extends object> {
  readonly #zh: M;
  readonly #loadEn: () => Promise<M>;
  #en: M | undefined;
  #loading: Promise<unknown> | undefined;

  /**
   * @param zh the words in Chinese
   * @param loadEn imports the English module and returns its words
   */
  constructor(zh: M, loadEn: () => Promise<M>) {
    this.#zh = zh;
    this.#loadEn = loadEn;
    tables.push(this);
  }

  /**
   * The words in a language: English once loaded, otherwise Chinese (which only a render that
   * did not wait for {@link Words.load}, or an English module that failed to load, sees).
   */
  in(locale: Locale): M {
    return (locale === 'en' && this.#en) || this.#zh;
  }

  /**
   * Loads a language's words if they are not here yet: a promise then, `undefined` when there is
   * nothing to wait for (Chinese, or English already loaded). A failed load is tried again next
   * time; it rejects, and {@link Words.in} keeps answering in Chinese.
   */
  load(locale: Locale): Promise<unknown> | undefined {
    if (locale !== 'en' || this.#en) return undefined;
    this.#loading ??= this.#loadEn().then(
      (words) => (this.#en = words),
      (error: unknown) => {
        this.#loading = undefined;
        throw error;
      },
    );
    return this.#loading;
  }
}

/**
 * Loads one language's words for every component defined so far: what a server that renders
 * components (lit SSR, which does not wait for an update) awaits before rendering a page in
 * that language.
 *
 * @example
 * ```ts
 * import { loadWords } from './i18n/words.js';
 * await loadWords('en');
 * ```
 */
export async function loadWords(locale: Locale): Promise<void> {
  await Promise.all(tables.map((table) => table.load(locale)));
}
