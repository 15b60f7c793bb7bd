import type { Metadata } from "next";
import { refName, SchemaView } from "@/components/api-reference/schema-view";
import { buildOpenApiDocument } from "@/lib/openapi/document";

export const metadata: Metadata = { title: "API reference" };

// The API reference (/docs/api: a path under /api would miss proxy.ts and its CSP), drawn on the server from the same document as
// /api/openapi.json: no bundled viewer (Swagger UI or Redoc weigh about a
// megabyte of script and need CSP exceptions), nothing from a CDN. Public,
// like the document: it describes the API and holds no data.
type Json = Record<string, unknown>;
type Operation = {
  operationId: string; summary?: string; description?: string; tags?: string[]; security?: unknown[];
  parameters?: { in: string; name: string; required?: boolean; description?: string; schema: Json }[];
  requestBody?: { content: Record<string, { schema: Json }> };
  responses: Record<string, { description: string; headers?: Record<string, { description?: string }>; content?: Record<string, { schema: Json }> }>;
};

const METHOD_COLOURS: Record<string, string> = { get: "bg-sky-100 text-sky-900", post: "bg-emerald-100 text-emerald-900", patch: "bg-amber-100 text-amber-900", delete: "bg-red-100 text-red-900" };

function OperationView({ method, path, operation }: { method: string; path: string; operation: Operation }) {
  const example = (schema: Json) => (schema.$ref ? undefined : schema.example);
  return (
    <section id={operation.operationId} aria-labelledby={`${operation.operationId}-title`} className="space-y-3 rounded-lg border border-stone-200 bg-white p-4">
      <h3 id={`${operation.operationId}-title`} className="flex flex-wrap items-center gap-2">
        <span className={`rounded px-2 py-0.5 font-mono text-xs font-bold uppercase ${METHOD_COLOURS[method] ?? "bg-stone-100"}`}>{method.toUpperCase()}</span>
        <code className="font-mono text-sm font-semibold">{path}</code>
        <span className="text-sm text-stone-700">{operation.summary}</span>
      </h3>
      {operation.description && <p className="text-sm text-stone-700">{operation.description}</p>}
      {operation.security?.length === 0 && <p className="text-xs text-stone-600">No authentication needed.</p>}
      {operation.parameters && operation.parameters.length > 0 && (
        <div>
          <h4 className="text-sm font-semibold">Parameters</h4>
          <ul className="ml-2 space-y-1 text-sm">
            {operation.parameters.map((parameter) => (
              <li key={`${parameter.in}-${parameter.name}`}>
                <code className="font-semibold">{parameter.name}</code> <span className="text-stone-500">({parameter.in}{parameter.required ? ", required" : ""})</span>: <SchemaView schema={parameter.schema} />
                {parameter.description && <p className="text-stone-600">{parameter.description}</p>}
              </li>
            ))}
          </ul>
        </div>
      )}
      {operation.requestBody && Object.entries(operation.requestBody.content).map(([type, { schema }]) => (
        <div key={type}>
          <h4 className="text-sm font-semibold">Request body <span className="font-normal text-stone-500">({type})</span></h4>
          <SchemaView schema={schema} />
        </div>
      ))}
      <div>
        <h4 className="text-sm font-semibold">Responses</h4>
        <dl className="space-y-2 text-sm">
          {Object.entries(operation.responses).map(([status, response]) => (
            <div key={status}>
              <dt><code className="font-semibold">{status}</code> {response.description}</dt>
              <dd className="ml-4 space-y-1">
                {response.headers && <p className="text-stone-600">Headers: {Object.keys(response.headers).map((name) => <code key={name} className="mr-2">{name}</code>)}</p>}
                {response.content && Object.entries(response.content).map(([type, { schema }]) => (
                  <div key={type}>
                    <span className="text-stone-500">{type}: </span><SchemaView schema={schema} />
                    {example(schema) !== undefined && <pre className="mt-1 whitespace-pre-wrap break-all rounded bg-stone-50 p-2 text-xs">{JSON.stringify(example(schema), null, 2)}</pre>}
                  </div>
                ))}
              </dd>
            </div>
          ))}
        </dl>
      </div>
    </section>
  );
}

export default function ApiReferencePage() {
  const document = buildOpenApiDocument() as unknown as {
    info: { title: string; description: string };
    paths: Record<string, Record<string, Operation>>;
    webhooks: Record<string, Record<string, Operation>>;
    components: { schemas: Record<string, Json & { example?: unknown; description?: string }> };
  };
  const operations = Object.entries(document.paths).flatMap(([path, methods]) => Object.entries(methods).map(([method, operation]) => ({ path, method, operation })));
  return (
    <article className="space-y-6">
      <header className="space-y-2">
        <h1 className="font-serif text-3xl font-bold">{document.info.title}</h1>
        <p className="max-w-3xl text-sm text-stone-700">{document.info.description}</p>
        <p className="text-sm">Machine-readable: <a href="/api/openapi.json" className="text-blue-800 underline">/api/openapi.json</a> (OpenAPI 3.1; generate a client from it).</p>
        <nav aria-label="Operations">
          <ul className="flex flex-wrap gap-x-4 text-sm">
            {operations.map(({ path, method, operation }) => (
              <li key={operation.operationId}><a href={`#${operation.operationId}`} className="text-blue-800 underline">{method.toUpperCase()} {path}</a></li>
            ))}
          </ul>
        </nav>
      </header>
      <h2 className="font-serif text-2xl font-bold">Operations</h2>
      {operations.map(({ path, method, operation }) => <OperationView key={operation.operationId} path={path} method={method} operation={operation} />)}
      <h2 className="font-serif text-2xl font-bold">Webhooks</h2>
      {Object.entries(document.webhooks).flatMap(([name, methods]) =>
        Object.entries(methods).map(([method, operation]) => <OperationView key={name} path={`(your endpoint) — ${name}`} method={method} operation={operation} />),
      )}
      <h2 className="font-serif text-2xl font-bold">Schemas</h2>
      {Object.entries(document.components.schemas).map(([name, schema]) => (
        <section key={name} id={`schema-${name}`} aria-label={`Schema ${name}`} className="space-y-2 rounded-lg border border-stone-200 bg-white p-4">
          <h3 className="font-mono font-semibold">{refName(name)}</h3>
          {schema.description && <p className="text-sm text-stone-600">{schema.description}</p>}
          <SchemaView schema={schema} />
          {schema.example !== undefined && <pre className="whitespace-pre-wrap break-all rounded bg-stone-50 p-2 text-xs">{JSON.stringify(schema.example, null, 2)}</pre>}
        </section>
      ))}
    </article>
  );
}
