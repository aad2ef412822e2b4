import { z } from 'astro/zod';

/** One field of a data file as the data dictionary on /data/ describes it. */
export interface FieldDoc {
  /** Dotted path: `title.zh`, `sources[].sha256`. */
  name: string;
  meaning: string;
  type: string;
  nullable: boolean;
  allowed: string[];
  example: string | undefined;
}

interface JsonSchema {
  type?: string | string[];
  description?: string;
  enum?: unknown[];
  anyOf?: JsonSchema[];
  items?: JsonSchema;
  properties?: Record<string, JsonSchema>;
  format?: string;
  pattern?: string;
}

/** The schema with `null` taken out of an `anyOf`, and whether it was there. */
function unwrap(s: JsonSchema): { schema: JsonSchema; nullable: boolean } {
  if (Array.isArray(s.type)) {
    const rest = s.type.filter((t) => t !== 'null');
    return { schema: { ...s, type: rest.length === 1 ? rest[0]! : rest }, nullable: rest.length < s.type.length };
  }
  if (!s.anyOf) return { schema: s, nullable: s.type === 'null' };
  const rest = s.anyOf.filter((x) => x.type !== 'null');
  const schema = rest.length === 1 ? { ...rest[0]!, description: s.description ?? rest[0]!.description } : s;
  return { schema, nullable: rest.length < s.anyOf.length };
}

function typeName(s: JsonSchema): string {
  if (s.enum) return 'enum';
  if (s.type === 'array') return `array of ${s.items ? typeName(unwrap(s.items).schema) : 'values'}`;
  if (s.type === 'string' && s.format === 'uri') return 'URL';
  if (s.type === 'string' && s.pattern) return 'string (pattern)';
  return String(s.type ?? 'value');
}

/** The value at a dotted path in each record, arrays flattened (`sources[].file`). */
function valuesAt(records: unknown[], path: string[]): unknown[] {
  return path.reduce<unknown[]>(
    (values, key) =>
      values.flatMap((v) => {
        if (v === null || typeof v !== 'object') return [];
        const next = (v as Record<string, unknown>)[key.replace(/\[\]$/, '')];
        return key.endsWith('[]') && Array.isArray(next) ? next : [next];
      }),
    records,
  );
}

function example(records: unknown[], path: string[]): string | undefined {
  const value = valuesAt(records, path).find(
    (v) => v !== null && v !== undefined && v !== '' && !(Array.isArray(v) && v.length === 0),
  );
  if (value === undefined) return undefined;
  const text = typeof value === 'string' ? value : JSON.stringify(value);
  return text.length > 90 ? `${text.slice(0, 89)}…` : text;
}

/**
 * The data dictionary of a record schema: every field (nested objects and arrays of objects one
 * level down) with its description, type, nullability, allowed values and an example taken from
 * the records themselves.
 */
export function fieldDocs(schema: z.ZodType, records: unknown[]): FieldDoc[] {
  const walk = (s: JsonSchema, path: string[], parentMeaning = ''): FieldDoc[] =>
    Object.entries(s.properties ?? {}).flatMap(([key, raw]) => {
      const { schema: field, nullable } = unwrap(raw);
      const name = [...path, key];
      const meaning = field.description ?? raw.description ?? parentMeaning;
      const doc: FieldDoc = {
        name: name.join('.'),
        meaning,
        type: typeName(field),
        nullable,
        allowed: (field.enum ?? (field.type === 'array' ? field.items?.enum : undefined) ?? []).map(String),
        example: example(records, name),
      };
      const inner = field.type === 'array' ? field.items && unwrap(field.items).schema : field;
      if (inner?.type === 'object' && inner.properties) {
        const prefix = field.type === 'array' ? [...path, `${key}[]`] : name;
        return [doc, ...walk(inner, prefix, meaning)];
      }
      return [doc];
    });
  return walk(z.toJSONSchema(schema, { unrepresentable: 'any' }) as JsonSchema, []);
}
