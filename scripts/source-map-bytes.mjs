// Which source each minified byte came from, read from a source map: what `npm run size --
// --modules` and `scripts/size-sdk.mjs` print.

/**
 * The minified bytes each source produced (grouped by `ownerOf`), read from the source map.
 *
 * @param {string} code the minified file
 * @param {{ sources: string[], mappings: string }} map its source map
 * @param {(source: string) => string} [ownerOf] the group a source's bytes count for
 */
export function bytesBySource(code, map, ownerOf = (source) => source) {
  /** @type {Map<string, number>} */
  const bytes = new Map();
  let owner = '(no source)';
  let from = 0;
  let source = 0;
  let lineStart = 0;
  for (const line of map.mappings.split(';')) {
    let column = 0;
    for (const segment of line.split(',')) {
      if (!segment) continue;
      const fields = decodeVlq(segment);
      column += fields[0] ?? 0;
      if (fields.length < 4) continue;
      source += fields[1] ?? 0;
      const at = lineStart + column;
      bytes.set(owner, (bytes.get(owner) ?? 0) + at - from);
      const name = map.sources[source];
      if (name !== undefined) owner = ownerOf(name);
      from = at;
    }
    const end = code.indexOf('\n', lineStart);
    lineStart = end === -1 ? code.length : end + 1;
  }
  bytes.set(owner, (bytes.get(owner) ?? 0) + code.length - from);
  return new Map([...bytes].filter(([, n]) => n > 0));
}

/**
 * The numbers of one source-map segment (base64 VLQ).
 *
 * @param {string} segment
 */
function decodeVlq(segment) {
  const BASE64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
  /** @type {number[]} */
  const values = [];
  let value = 0;
  let shift = 0;
  for (const char of segment) {
    const digit = BASE64.indexOf(char);
    value += (digit & 31) << shift;
    if (digit & 32) {
      shift += 5;
    } else {
      values.push(value & 1 ? -(value >>> 1) : value >>> 1);
      value = 0;
      shift = 0;
    }
  }
  return values;
}
