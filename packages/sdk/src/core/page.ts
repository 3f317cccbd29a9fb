import type { List } from '@xinghui/contract';

/**
 * The result of a list call: await it for the first page, or iterate it with `for await` to
 * walk every item across pages (the next page is fetched only when needed).
 *
 * @example
 * ```ts
 * const firstPage = await xinghui.buyers.list({ limit: 20 });
 * for await (const buyer of xinghui.buyers.list()) console.log(buyer.business_name);
 * ```
 */
export interface PagePromise<T> extends Promise<List<T>>, AsyncIterable<T> {}

/**
 * Makes a {@link PagePromise} from a function that fetches the page after a cursor.
 * The first page is requested at once, as with any promise.
 */
export function paginate<T extends { id: string }>(
  fetchPage: (startingAfter: string | undefined) => Promise<List<T>>,
  startingAfter?: string,
): PagePromise<T> {
  const first = fetchPage(startingAfter);
  // Callers who only iterate never await `first` directly; that must not be reported as an
  // unhandled rejection, since the iterator awaits it and rethrows.
  first.catch(() => undefined);
  async function* items(): AsyncGenerator<T> {
    let page = await first;
    for (;;) {
      yield* page.data;
      const last = page.data.at(-1);
      if (!page.has_more || !last) return;
      page = await fetchPage(last.id);
    }
  }
  return Object.assign(first, { [Symbol.asyncIterator]: items });
}
