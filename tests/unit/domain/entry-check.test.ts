import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { entrySchema } from '../../../shared/domain';
import { ENTRY_KEYS, isExactEntry } from '../../../shared/domain/entry-check';
import { entry } from './arbitraries';

const KEYS = [...ENTRY_KEYS, 'extra', '__proto__'];

describe('the fast entry check used when unlocking', () => {
  it('accepts every valid entry, which the schema returns unchanged', () => {
    fc.assert(
      fc.property(entry, (generated) => {
        // As JSON.parse gives it: plain objects.
        const e: unknown = JSON.parse(JSON.stringify(generated));
        expect(isExactEntry(e)).toBe(true);
        expect(entrySchema.parse(e)).toStrictEqual(e);
      }),
      { numRuns: 300 },
    );
  });

  it('never accepts what the schema refuses or would change, whatever a field holds', () => {
    fc.assert(
      fc.property(entry, fc.constantFrom(...KEYS), fc.anything(), (e, key, value) => {
        const odd: Record<string, unknown> = JSON.parse(JSON.stringify(e));
        Object.defineProperty(odd, key, {
          value,
          enumerable: true,
          writable: true,
          configurable: true,
        });
        if (isExactEntry(odd)) expect(entrySchema.parse(odd)).toStrictEqual(odd);
      }),
      { numRuns: 2_000 },
    );
  });

  it('sends entries with edge values to the schema: out-of-range mood, too many tags, bad dates', () => {
    const base = fc.sample(entry, 1)[0]!;
    for (const odd of [
      { ...base, mood: 0 },
      { ...base, mood: 2.5 },
      { ...base, tags: Array.from({ length: 101 }, (_, i) => `t${i}`) },
      { ...base, tags: [''] },
      { ...base, date: '2024-13-01' },
      { ...base, createdAt: '2024-01-01' },
      { ...base, shareLevel: 'public' },
      { ...base, id: '' },
    ]) {
      expect(isExactEntry(odd)).toBe(false);
      expect(entrySchema.safeParse(odd).success).toBe(false);
    }
  });
});
