/**
 * A JSON column as the database hands it over: text that holds a `T`. SQLite returns JSON
 * columns as strings (Kysely's `JSONColumnType` assumes a driver that parses them, and its
 * `ParseJSONResultsPlugin` would parse every JSON-looking string, free text included), so the
 * column type says what the text holds and {@link parseJsonText} reads it without a cast at
 * each call site. Only {@link toJsonText} makes one, so a write of the wrong shape is a
 * compile error.
 */
declare const holds: unique symbol;

/** Text that is the JSON of a `T`. */
export type JsonText<T> = string & { readonly [holds]: T };

/** Writes a value as the JSON text of its type. */
export function toJsonText<T>(value: T): JsonText<T> {
  return JSON.stringify(value) as JsonText<T>;
}

/** Reads a JSON column back as the type it was written with. */
export function parseJsonText<T>(text: JsonText<T>): T {
  return JSON.parse(text) as T;
}
