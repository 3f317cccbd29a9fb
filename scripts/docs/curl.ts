/**
 * Reads the `curl` commands of a shell block as HTTP requests, so the docs' examples can be
 * sent to the sandbox in-process: the words are split as a POSIX shell would for the quoting
 * the docs use ('…', "…", `\` line continuations), and `$NAME` / `$(…)` are expanded.
 */

/** One request of a `curl` command. */
export interface CurlRequest {
  method: string;
  url: string;
  headers: Record<string, string>;
  body?: string;
}

/** Splits a shell text into commands (one a line, continuations joined), comments dropped. */
export function shellCommands(text: string): string[] {
  return text
    .replace(/\\\n/g, ' ')
    .split('\n')
    .map((line) => line.replace(/(^|\s)#.*$/, '').trim())
    .filter(Boolean);
}

/** Splits one command into words, expanding variables with `vars` and `$(…)` with `substitute`. */
export function shellWords(
  command: string,
  vars: Record<string, string>,
  substitute: (inner: string) => string = () => '1',
): string[] {
  const words: string[] = [];
  let word: string | null = null;
  const expand = (i: number): [string, number] => {
    if (command[i + 1] === '(') {
      const end = command.indexOf(')', i);
      return [substitute(command.slice(i + 2, end)), end + 1];
    }
    const name = /^[A-Za-z_][A-Za-z0-9_]*/.exec(command.slice(i + 1))?.[0];
    if (!name) return ['$', i + 1];
    if (!(name in vars)) throw new Error(`$${name} is not set in the docs' examples`);
    return [vars[name]!, i + 1 + name.length];
  };
  for (let i = 0; i < command.length;) {
    const c = command[i]!;
    if (/\s/.test(c)) {
      if (word !== null) words.push(word);
      word = null;
      i++;
    } else if (c === "'") {
      const end = command.indexOf("'", i + 1);
      if (end < 0) throw new Error(`Unclosed ' in: ${command}`);
      word = (word ?? '') + command.slice(i + 1, end);
      i = end + 1;
    } else if (c === '"') {
      word = word ?? '';
      i++;
      while (i < command.length && command[i] !== '"') {
        if (command[i] === '$') {
          const [text, next] = expand(i);
          word += text;
          i = next;
        } else if (command[i] === '\\' && /["\\$`]/.test(command[i + 1] ?? '')) {
          word += command[i + 1];
          i += 2;
        } else word += command[i++];
      }
      if (command[i] !== '"') throw new Error(`Unclosed " in: ${command}`);
      i++;
    } else if (c === '$') {
      const [text, next] = expand(i);
      word = (word ?? '') + text;
      i = next;
    } else {
      word = (word ?? '') + c;
      i++;
    }
  }
  if (word !== null) words.push(word);
  return words;
}

const NO_VALUE = new Set([
  '-s',
  '-S',
  '-sS',
  '-i',
  '-v',
  '--silent',
  '--show-error',
  '--include',
  '--fail',
]);

/** The request a `curl` command's words send. */
export function curlRequest(words: string[]): CurlRequest {
  if (words[0] !== 'curl') throw new Error(`Not a curl command: ${words.join(' ')}`);
  const request: CurlRequest = { method: '', url: '', headers: {} };
  for (let i = 1; i < words.length; i++) {
    const word = words[i]!;
    if (word === '-H' || word === '--header') {
      const header = words[++i]!;
      const colon = header.indexOf(':');
      request.headers[header.slice(0, colon).trim()] = header.slice(colon + 1).trim();
    } else if (word === '-d' || word === '--data' || word === '--data-raw') {
      request.body = words[++i]!;
    } else if (word === '-X' || word === '--request') {
      request.method = words[++i]!;
    } else if (NO_VALUE.has(word)) {
      continue;
    } else if (word.startsWith('-')) {
      throw new Error(`curl option ${word} is not understood by the docs check`);
    } else request.url = word;
  }
  request.method ||= request.body === undefined ? 'GET' : 'POST';
  return request;
}
