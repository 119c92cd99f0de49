import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatRecoveryKey, parseRecoveryKey } from '../../../electron/vault';
import { RECOVERY_KEY_BYTES } from '../../../electron/vault/recovery-key';

describe('recovery key text', () => {
  it('any key survives formatting and parsing exactly', () => {
    fc.assert(
      fc.property(
        fc.uint8Array({ minLength: RECOVERY_KEY_BYTES, maxLength: RECOVERY_KEY_BYTES }),
        (bytes) => {
          const text = formatRecoveryKey(bytes);
          expect(text).toHaveLength(39);
          expect(parseRecoveryKey(text)?.equals(Buffer.from(bytes))).toBe(true);
        },
      ),
    );
  });

  it('is 8 groups of 4 Crockford characters (no I, L, O or U)', () => {
    const text = formatRecoveryKey(Buffer.alloc(RECOVERY_KEY_BYTES, 0xff));
    expect(text).toBe('ZZZZ-ZZZZ-ZZZZ-ZZZZ-ZZZZ-ZZZZ-ZZZZ-ZZZZ');
    expect(formatRecoveryKey(Buffer.alloc(RECOVERY_KEY_BYTES))).toBe(
      '0000-0000-0000-0000-0000-0000-0000-0000',
    );
  });

  it('rejects text with a U, a stray symbol, or the wrong length', () => {
    const good = formatRecoveryKey(Buffer.alloc(RECOVERY_KEY_BYTES, 7));
    expect(parseRecoveryKey(good.replace(/.$/, 'U'))).toBeUndefined();
    expect(parseRecoveryKey(good.replace(/.$/, '*'))).toBeUndefined();
    expect(parseRecoveryKey(good + 'A')).toBeUndefined();
    expect(parseRecoveryKey(good.slice(1))).toBeUndefined();
  });
});
