/** The edit distance between two strings (insertions, deletions, substitutions). */
function distance(a: string, b: string): number {
  let row = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const next = [i];
    for (let j = 1; j <= b.length; j++) {
      next[j] = Math.min(
        row[j]! + 1,
        next[j - 1]! + 1,
        row[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1),
      );
    }
    row = next;
  }
  return row[b.length]!;
}

/**
 * The names closest to what was typed: those containing it, then those a few edits away; at most `max`, nearest first.
 */
export function closeMatches(typed: string, names: readonly string[], max = 3): string[] {
  const text = typed.toLowerCase();
  return names
    .map((name) => ({
      name,
      score: name.includes(text) ? 0 : distance(text, name),
    }))
    .filter(({ score }) => score <= Math.max(3, Math.floor(text.length / 2)))
    .sort((a, b) => a.score - b.score || a.name.localeCompare(b.name))
    .slice(0, max)
    .map(({ name }) => name);
}
