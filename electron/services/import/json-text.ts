import { ImportError, orRefuse } from './import-error';

/** The file's JSON, or a plain refusal: a damaged or cut-short file is the usual cause. */
export function parseJson(text: string): unknown {
  return orRefuse(
    () => JSON.parse(text) as unknown,
    'This file is not valid JSON: it may be damaged or cut short. Export it again and import the new file.',
  );
}

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** A string field, or '' when absent or of another type. */
export function text(value: unknown): string {
  return typeof value === 'string' ? value : '';
}

/** The strings of an array field, skipping anything else. */
export function strings(value: unknown): string[] {
  return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];
}

export function refuseShape(format: string): never {
  throw new ImportError(
    `This file looks like a ${format} export but is missing its entries. Export it again and import the new file.`,
  );
}
