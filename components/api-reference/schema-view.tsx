// A JSON Schema (as in the OpenAPI document) as a nested list of fields, drawn
// on the server: the reference page needs no script and nothing from a CDN.
type Schema = {
  $ref?: string; type?: string | string[]; format?: string; description?: string; enum?: unknown[]; const?: unknown;
  properties?: Record<string, Schema>; required?: string[]; items?: Schema; anyOf?: Schema[]; oneOf?: Schema[];
  additionalProperties?: boolean | Schema; minLength?: number; maxLength?: number; minimum?: number; maximum?: number; pattern?: string;
};

export function refName(ref: string): string {
  return ref.split("/").at(-1) ?? ref;
}

function describeType(schema: Schema): string {
  if (schema.$ref) return refName(schema.$ref);
  if (schema.const !== undefined) return JSON.stringify(schema.const);
  if (schema.enum) return schema.enum.map((value) => JSON.stringify(value)).join(" | ");
  const type = Array.isArray(schema.type) ? schema.type.join(" | ") : (schema.type ?? (schema.anyOf || schema.oneOf ? "one of" : "any"));
  if (type === "array" && schema.items) return `array of ${describeType(schema.items)}`;
  return schema.format ? `${type} (${schema.format})` : type;
}

function constraints(schema: Schema): string {
  const parts: string[] = [];
  if (schema.minLength !== undefined) parts.push(`min length ${schema.minLength}`);
  if (schema.maxLength !== undefined) parts.push(`max length ${schema.maxLength}`);
  if (schema.minimum !== undefined) parts.push(`≥ ${schema.minimum}`);
  if (schema.maximum !== undefined) parts.push(`≤ ${schema.maximum}`);
  if (schema.pattern) parts.push(`pattern ${schema.pattern}`);
  return parts.join(", ");
}

export function SchemaView({ schema, depth = 0 }: { schema: Schema; depth?: number }) {
  if (schema.$ref) {
    return <a href={`#schema-${refName(schema.$ref)}`} className="font-mono text-sm text-blue-800 underline">{refName(schema.$ref)}</a>;
  }
  const variants = schema.anyOf ?? schema.oneOf;
  if (variants && depth < 6) {
    return (
      <div className="text-sm">
        <span className="text-stone-600">One of:</span>
        <ol className="ml-4 list-decimal">{variants.map((variant, i) => <li key={i}><SchemaView schema={variant} depth={depth + 1} /></li>)}</ol>
      </div>
    );
  }
  const items = schema.type === "array" ? schema.items : undefined;
  const object = items?.properties ? items : schema;
  if (!object.properties || depth >= 6) {
    return <span className="font-mono text-sm">{describeType(schema)}{constraints(schema) && <span className="text-stone-500"> · {constraints(schema)}</span>}</span>;
  }
  return (
    <div className="text-sm">
      {items && <span className="text-stone-600">Array of objects:</span>}
      <ul className="ml-2 space-y-1 border-l border-stone-200 pl-3">
        {Object.entries(object.properties).map(([name, field]) => (
          <li key={name}>
            <code className="font-semibold">{name}</code>
            {!object.required?.includes(name) && <span className="text-stone-500"> (optional)</span>}
            {": "}
            <SchemaView schema={field} depth={depth + 1} />
            {field.description && <p className="text-stone-600">{field.description}</p>}
          </li>
        ))}
      </ul>
    </div>
  );
}
