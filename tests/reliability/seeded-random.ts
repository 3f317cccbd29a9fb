/** A small seeded PRNG (mulberry32): the same seed gives the same faults, kills and waits. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

/** A seed from the environment (`XINGHUI_SEED`), or a fresh one; printed so a failure can be replayed. */
export function runSeed(label: string): number {
  const given = process.env.XINGHUI_SEED;
  const seed = given ? Number(given) : Math.floor(Math.random() * 2 ** 31);
  if (!Number.isSafeInteger(seed))
    throw new Error(`XINGHUI_SEED must be a whole number, got ${given}`);
  console.log(`${label}: seed ${seed} (replay with XINGHUI_SEED=${seed})`);
  return seed;
}
