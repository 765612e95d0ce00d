import type { JsonValue } from '../../audit/canonical-json';

/**
 * Reads a JSON column this register wrote itself (arrays and objects produced by
 * `JSON.stringify` of schema-checked values), typed as the writer's type.
 */
export function readJson<T>(text: string): T {
  return JSON.parse(text) as T;
}

/** Reads a nullable JSON column. */
export function readJsonOrNull<T>(text: string | null): T | null {
  return text === null ? null : readJson<T>(text);
}

/** A plain value as audit-event data: objects with optional fields lose their absent keys. */
export function toJsonValue(value: unknown): JsonValue {
  return JSON.parse(JSON.stringify(value)) as JsonValue;
}
