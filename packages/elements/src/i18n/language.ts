/** The BCP 47 locale used to format money and dates for a language. */
export type Locale = 'zh-CN' | 'en';

/**
 * The language of an element: from `lang` on it or its nearest ancestor, else zh-CN. On the
 * server (lit SSR, `onServer`) an element has no ancestors to ask, so only its own `lang`
 * counts: a page rendered there puts `lang` on each component, or the browser would render
 * another language. Apart from the formatting (locale.ts) so that the CDN loader, which asks
 * the bank for a component's texts in its language, carries this rule and nothing else.
 */
export function languageOf(element: Element, onServer = false): Locale {
  const holder = onServer ? element : element.closest('[lang]');
  const lang = holder?.getAttribute('lang') ?? '';
  return lang.toLowerCase().startsWith('en') ? 'en' : 'zh-CN';
}
