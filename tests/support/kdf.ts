import type { ScryptParams } from '../../electron/vault';

/**
 * Cheap scrypt for vaults made in tests, so loops over many vaults stay fast. The app never uses
 * it: unlocking reads the parameters from the file, and the app creates with the standard ones.
 */
export const CHEAP_KDF: ScryptParams = { N: 2 ** 10, r: 8, p: 1 };
