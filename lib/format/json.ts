/** True for a JSON object (`{…}`): not null, not an array. The one guard for untyped JSON and YAML values. */
export function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
