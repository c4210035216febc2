/** A small seeded PRNG (mulberry32) and helpers, so demo data is the same for the same seed. */
export type Rng = () => number;

export function mulberry32(seed: number): Rng {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export const int = (rng: Rng, min: number, max: number): number => min + Math.floor(rng() * (max - min + 1));
export const pick = <T>(rng: Rng, list: readonly T[]): T => list[Math.floor(rng() * list.length)];
export const chance = (rng: Rng, p: number): boolean => rng() < p;

/** Picks by weight. */
export function weighted<T>(rng: Rng, items: readonly T[], weight: (t: T) => number): T {
  let total = 0;
  for (const i of items) total += weight(i);
  let r = rng() * total;
  for (const i of items) {
    r -= weight(i);
    if (r < 0) return i;
  }
  return items[items.length - 1];
}
