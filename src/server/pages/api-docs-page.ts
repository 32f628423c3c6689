/**
 * The API documentation page (`/api/docs`): the OpenAPI document (`../api/openapi-document.ts`)
 * rendered on the server as HTML, one section per route with its parameters (name, place, type,
 * bounds, default, description) and its responses, then every schema with its properties, so a
 * reader never has to read the raw JSON (which stays at `/api/openapi.json`).
 */
import { html, type SafeHtml } from '../html.js';
import { renderLayout } from './layout.js';

type Json = Record<string, unknown>;

/** Routes the OpenAPI document does not describe (the site and the process checks). */
export const OTHER_ROUTES: readonly { route: string; what: string }[] = Object.freeze([
  { route: 'GET /', what: 'The search page (takes the parameters of /api/search; unknown ones are ignored).' },
  { route: 'GET /incidents/{id}', what: 'An incident page.' },
  { route: 'GET /stats', what: 'The statistics page.' },
  { route: 'GET /export', what: 'The export page: a form of the /api/export parameters, and the citation of the dataset.' },
  { route: 'GET /api/docs', what: 'This page.' },
  { route: 'GET /healthz', what: '200 {"status":"ok"} while the process is up.' },
  { route: 'GET /readyz', what: '503 {"status":"loading"} until the knowledge base is loaded, then 200 {"status":"ready", generation, documents, incidents, loadedAt, verified, fallback}.' },
]);

const METHODS = ['get', 'post', 'put', 'patch', 'delete', 'head'] as const;

function isObject(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function text(value: unknown): string {
  return typeof value === 'string' ? value : '';
}

/** The anchor of an operation: `get-api-incidents-id` for `GET /api/incidents/{id}`. */
export function operationAnchor(method: string, path: string): string {
  return `${method}-${path}`.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '');
}

/** The anchor of a schema. */
function schemaAnchor(name: string): string {
  return `schema-${name.replace(/[^A-Za-z0-9]+/g, '-')}`;
}

/** Prose with `code spans` as <code>. */
function prose(value: unknown): SafeHtml {
  const parts = text(value).split('`');
  return html`${parts.map((part, i) => (i % 2 === 1 ? html`<code>${part}</code>` : html`${part}`))}`;
}

/** A schema's type in a few words: a link for a reference, alternatives joined by "or", the values of an enum, the bounds of a number or string, the items of an array. */
function typeOf(schema: unknown): SafeHtml {
  if (!isObject(schema)) return html`any`;
  const ref = text(schema.$ref);
  if (ref !== '') {
    const name = ref.split('/').pop() ?? ref;
    return html`<a href="${`#${schemaAnchor(name)}`}">${name}</a>`;
  }
  if (Array.isArray(schema.anyOf)) return html`${schema.anyOf.map((one, i) => html`${i > 0 ? ' or ' : ''}${typeOf(one)}`)}`;
  const types = Array.isArray(schema.type) ? schema.type.map(text) : [text(schema.type)].filter((t) => t !== '');
  const notes: string[] = [];
  if (Array.isArray(schema.enum)) notes.push(`one of: ${schema.enum.map(String).join(', ')}`);
  const bound = (value: unknown): string => (typeof value === 'number' ? String(value) : '…');
  if (typeof schema.minimum === 'number' || typeof schema.maximum === 'number') notes.push(`${bound(schema.minimum)} to ${bound(schema.maximum)}`);
  if (typeof schema.maxLength === 'number') notes.push(`at most ${schema.maxLength} characters`);
  if (typeof schema.pattern === 'string') notes.push(`pattern ${schema.pattern}`);
  if (typeof schema.format === 'string') notes.push(schema.format);
  if (typeof schema.maxItems === 'number') notes.push(`at most ${schema.maxItems} values`);
  if (schema.default !== undefined) notes.push(`default ${JSON.stringify(schema.default)}`);
  const base =
    types.includes('array') && schema.items !== undefined
      ? html`array of ${typeOf(schema.items)}`
      : types.includes('object') && isObject(schema.additionalProperties)
        ? html`object of ${typeOf(schema.additionalProperties)}`
        : html`${types.length > 0 ? types.join(' or ') : 'any'}`;
  return html`${base}${notes.length > 0 ? html` <span class="api-type__notes">(${notes.join('; ')})</span>` : null}`;
}

function renderParameters(parameters: unknown): SafeHtml {
  const list = Array.isArray(parameters) ? parameters.filter(isObject) : [];
  if (list.length === 0) return html`<p class="note">No parameters.</p>`;
  return html`<div class="table-scroll"><table class="compare api-params">
  <caption class="visually-hidden">Parameters</caption>
  <thead><tr><th scope="col">Name</th><th scope="col">In</th><th scope="col">Type</th><th scope="col">Description</th></tr></thead>
  <tbody>${list.map(
    (p) => html`<tr><th scope="row"><code>${text(p.name)}</code>${p.required === true ? html` <span class="api-required">required</span>` : null}</th><td>${text(p.in)}</td><td>${typeOf(p.schema)}${p.explode === true ? html` <span class="api-type__notes">(repeat the parameter)</span>` : null}</td><td>${prose(p.description)}</td></tr>`,
  )}</tbody>
</table></div>`;
}

function renderResponses(responses: unknown): SafeHtml {
  const entries = isObject(responses) ? Object.entries(responses).filter((e): e is [string, Json] => isObject(e[1])) : [];
  return html`<div class="table-scroll"><table class="compare api-responses">
  <caption class="visually-hidden">Responses</caption>
  <thead><tr><th scope="col">Status</th><th scope="col">Description</th><th scope="col">Body</th></tr></thead>
  <tbody>${entries.map(([status, response]) => {
    const content = isObject(response.content) ? Object.entries(response.content) : [];
    return html`<tr><th scope="row">${status}</th><td>${prose(response.description)}</td><td>${content.map(
      ([type, media], i) => html`${i === 0 ? null : html`<br>`}<code>${type}</code>: ${typeOf(isObject(media) ? media.schema : undefined)}`,
    )}</td></tr>`;
  })}</tbody>
</table></div>`;
}

function renderOperation(method: string, path: string, operation: Json): SafeHtml {
  const anchor = operationAnchor(method, path);
  return html`<section class="card api-operation" id="${anchor}" aria-labelledby="${`${anchor}-title`}">
  <h2 id="${`${anchor}-title`}"><span class="api-method">${method.toUpperCase()}</span> <code>${path}</code></h2>
  <p>${prose(operation.summary)}</p>
  ${operation.description === undefined ? null : html`<p>${prose(operation.description)}</p>`}
  <h3>Parameters</h3>
  ${renderParameters(operation.parameters)}
  <h3>Responses</h3>
  ${renderResponses(operation.responses)}
</section>`;
}

function renderSchema(name: string, schema: Json): SafeHtml {
  const required = Array.isArray(schema.required) ? schema.required.map(text) : [];
  const properties = isObject(schema.properties) ? Object.entries(schema.properties) : [];
  return html`<section class="api-schema" id="${schemaAnchor(name)}">
  <h3><code>${name}</code></h3>
  ${schema.description === undefined ? null : html`<p>${prose(schema.description)}</p>`}
  ${properties.length === 0
    ? html`<p>${typeOf(schema)}</p>`
    : html`<div class="table-scroll"><table class="compare api-props">
    <caption class="visually-hidden">${`Properties of ${name}`}</caption>
    <thead><tr><th scope="col">Property</th><th scope="col">Type</th><th scope="col">Description</th></tr></thead>
    <tbody>${properties.map(
      ([prop, value]) => html`<tr><th scope="row"><code>${prop}</code>${required.includes(prop) ? html` <span class="api-required">required</span>` : null}</th><td>${typeOf(value)}</td><td>${prose(isObject(value) ? value.description : undefined)}</td></tr>`,
    )}</tbody>
  </table></div>`}
</section>`;
}

/** Renders the documentation page of an OpenAPI document. */
export function renderApiDocsPage(document: Json): string {
  const info = isObject(document.info) ? document.info : {};
  const paths = isObject(document.paths) ? Object.entries(document.paths).filter((e): e is [string, Json] => isObject(e[1])) : [];
  const operations = paths.flatMap(([path, item]) =>
    METHODS.flatMap((method) => {
      const operation = item[method];
      return isObject(operation) ? [{ method, path, operation }] : [];
    }),
  );
  const components = isObject(document.components) && isObject(document.components.schemas) ? Object.entries(document.components.schemas).filter((e): e is [string, Json] => isObject(e[1])) : [];
  const body = html`<h1>${text(info.title) || 'API'} <span class="api-version">version ${text(info.version)}</span></h1>
<p>${prose(info.description)}</p>
<p>The machine-readable description is the OpenAPI ${text(document.openapi)} document at <a href="/api/openapi.json"><code>/api/openapi.json</code></a>; this page is rendered from it. Every route answers <code>GET</code> (and <code>HEAD</code>); an error is JSON <code>{error, parameter, message}</code>.</p>
<nav class="card api-toc" aria-labelledby="api-toc-title">
  <h2 id="api-toc-title">Routes</h2>
  <ul>${operations.map(({ method, path, operation }) => html`<li><a href="${`#${operationAnchor(method, path)}`}"><code>${method.toUpperCase()} ${path}</code></a>: ${prose(operation.summary)}</li>`)}</ul>
  <p><a href="#api-schemas">Schemas</a> · <a href="#api-other">Other routes</a></p>
</nav>
${operations.map(({ method, path, operation }) => renderOperation(method, path, operation))}
<section class="card" id="api-schemas" aria-labelledby="api-schemas-title">
  <h2 id="api-schemas-title">Schemas</h2>
  ${components.map(([name, schema]) => renderSchema(name, schema))}
</section>
<section class="card" id="api-other" aria-labelledby="api-other-title">
  <h2 id="api-other-title">Other routes</h2>
  <div class="table-scroll"><table class="compare">
    <caption class="visually-hidden">Routes outside the JSON API</caption>
    <thead><tr><th scope="col">Route</th><th scope="col">What</th></tr></thead>
    <tbody>${OTHER_ROUTES.map((r) => html`<tr><th scope="row"><code>${r.route}</code></th><td>${r.what}</td></tr>`)}</tbody>
  </table></div>
</section>`;
  return renderLayout({ title: 'API documentation', body, current: 'api', description: 'Faultline JSON API: routes, parameters, responses and schemas' });
}
