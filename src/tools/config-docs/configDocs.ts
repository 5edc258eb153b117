// The configuration's JSON Schema (for editors: autocomplete and checking as you type) and its
// reference page, both generated from flows/config/schema.ts, descriptions included. Written to
// public/ by `npm run config-docs`; a test fails when the files there are out of date.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { placeholdersFor, TYPED_FACTS } from '../../../flows/config/placeholders';
import { configSchema } from '../../../flows/config/schema';
import { z } from '../../../flows/config/zod';
import { assistantMachine } from '../../../flows/machine/assistantMachine';

export const SCHEMA_FILE = 'public/config.schema.json';
export const REFERENCE_FILE = 'public/config-reference.html';

type Node = {
  type?: string | string[];
  description?: string;
  properties?: Record<string, Node>;
  required?: string[];
  items?: Node;
  anyOf?: Node[];
  oneOf?: Node[];
  enum?: unknown[];
  const?: unknown;
  pattern?: string;
  minimum?: number;
  maximum?: number;
  minItems?: number;
  maxItems?: number;
  minLength?: number;
  maxLength?: number;
  additionalProperties?: Node | boolean;
};

export function jsonSchema(): Record<string, unknown> {
  const schema = z.toJSONSchema(configSchema, { unrepresentable: 'any' }) as Record<
    string,
    unknown
  >;
  return {
    ...schema,
    $id: 'https://github.com/signin-assistant/signin-assistant/config.schema.json',
    title: 'Sign-in Assistant configuration',
    description: 'One health system’s settings. Validate with `npm run validate-config`.',
  };
}

const MAX_SAFE = Number.MAX_SAFE_INTEGER;

function kind(node: Node): string {
  if (node.const !== undefined) return `exactly ${JSON.stringify(node.const)}`;
  if (node.enum) return `one of ${node.enum.map((v) => JSON.stringify(v)).join(', ')}`;
  const alternatives = node.anyOf ?? node.oneOf;
  if (alternatives) return alternatives.map(kind).join(' or ');
  const type = Array.isArray(node.type) ? node.type.join(' or ') : (node.type ?? 'any');
  const limits: string[] = [];
  if (node.minimum !== undefined && node.minimum > -MAX_SAFE) limits.push(`≥ ${node.minimum}`);
  if (node.maximum !== undefined && node.maximum < MAX_SAFE) limits.push(`≤ ${node.maximum}`);
  if (node.minItems) limits.push(`at least ${node.minItems}`);
  if (node.maxItems) limits.push(`at most ${node.maxItems}`);
  if (node.maxLength) limits.push(`up to ${node.maxLength} characters`);
  if (type === 'array' && node.items)
    return `list of ${kind(node.items)}${limits.length ? ` (${limits.join(', ')})` : ''}`;
  return `${type}${limits.length ? ` (${limits.join(', ')})` : ''}`;
}

interface Row {
  path: string;
  required: boolean;
  kind: string;
  description: string;
}

function rows(node: Node, path: string, required: boolean, out: Row[]) {
  if (path) out.push({ path, required, kind: kind(node), description: node.description ?? '' });
  // A setting with several forms (lockout): each form, named by its fixed key, with its own keys.
  const forms = [...(node.anyOf ?? []), ...(node.oneOf ?? [])].filter((n) => n.properties);
  if (forms.length > 1) {
    for (const form of forms) {
      const properties = Object.entries(form.properties ?? {});
      const tag = properties.find(([, child]) => child.const !== undefined);
      const name = tag ? `${tag[0]}: ${JSON.stringify(tag[1].const)}` : 'form';
      out.push({
        path: `${path} (${name})`,
        required,
        kind: `object with ${properties.map(([key]) => key).join(', ')}`,
        description: form.description ?? '',
      });
      for (const [key, child] of properties)
        if (child !== tag?.[1])
          rows(child, `${path} (${name}).${key}`, form.required?.includes(key) ?? false, out);
    }
    return;
  }
  const objects = [node, node.items, ...(node.anyOf ?? []), ...(node.oneOf ?? [])].filter(
    (n): n is Node => Boolean(n?.properties),
  );
  for (const object of objects) {
    const prefix = object === node.items ? `${path}[]` : path;
    for (const [key, child] of Object.entries(object.properties ?? {})) {
      const childPath = prefix ? `${prefix}.${key}` : key;
      if (out.some((r) => r.path === childPath)) continue;
      rows(child, childPath, object.required?.includes(key) ?? false, out);
    }
  }
}

const CONTENT = resolve(import.meta.dirname, '../../../content/en/steps');

/** Every step a text override may name, with its English title and the placeholders it can fill. */
function stepRows(): string {
  return Object.keys(assistantMachine.states)
    .sort()
    .map((key) => {
      let title = '';
      try {
        title =
          /^title: "?(.*?)"?$/m.exec(readFileSync(resolve(CONTENT, `${key}.md`), 'utf8'))?.[1] ??
          '';
      } catch {
        // A step without English text fails the content lint; the reference still lists it.
      }
      const own = Object.keys(TYPED_FACTS)
        .filter((fact) => TYPED_FACTS[fact]!.includes(key))
        .map((n) => `{{${n}}}`);
      return `<tr><th scope="row"><code>${key}</code></th><td>${escapeHtml(title)}</td><td>${own.length ? escapeHtml(own.join(' ')) : '–'}</td></tr>`;
    })
    .join('\n');
}

const escapeHtml = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

export function referenceHtml(): string {
  const out: Row[] = [];
  rows(jsonSchema() as Node, '', true, out);
  const body = out
    .map(
      (r) =>
        `<tr><th scope="row"><code>${escapeHtml(r.path)}</code></th><td>${r.required ? 'required' : 'optional'}</td><td>${escapeHtml(r.kind)}</td><td>${escapeHtml(r.description)}</td></tr>`,
    )
    .join('\n');
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Configuration reference – Sign-in Assistant</title>
</head>
<body>
<main>
<h1>Configuration reference</h1>
<p>Generated from the configuration schema by <code>npm run config-docs</code>; do not edit by hand.
Check a file with <code>npm run validate-config -- your.json</code>, or load it in the
<a href="embed/preview.html">preview page</a>. Editors can use <a href="config.schema.json">config.schema.json</a>
(add <code>"$schema": "…/config.schema.json"</code> to your file).</p>
<table>
<caption>Every setting, by its JSON path (<code>[]</code> marks an item of a list)</caption>
<thead><tr><th scope="col">setting</th><th scope="col">needed</th><th scope="col">value</th><th scope="col">what it sets</th></tr></thead>
<tbody>
${body}
</tbody>
</table>
<h2 id="steps">Step keys for text overrides</h2>
<p>Write your own wording under <code>text.&lt;language&gt;.steps.&lt;step key&gt;</code>
(<code>title</code>, <code>body</code>, <code>hint</code>, <code>legend</code>, <code>submit</code>,
<code>answers.&lt;answer&gt;</code>). Every step can use the organization placeholders:
${escapeHtml(
  placeholdersFor('')
    .map((n) => `{{${n}}}`)
    .join(' '),
)}. A few can also show what the
person typed, listed beside them; any other placeholder is an error.</p>
<table>
<caption>Every step, by its key, with its English title</caption>
<thead><tr><th scope="col">step key</th><th scope="col">English title</th><th scope="col">extra placeholders</th></tr></thead>
<tbody>
${stepRows()}
</tbody>
</table>
<h2 id="ui">UI strings for text overrides</h2>
<p>Write your own wording for the assistant's buttons, labels and short lines under
<code>text.&lt;language&gt;.ui</code>, with the keys of <code>content/en/ui.json</code> nested the
same way (<code>"ui": { "contact": { "otherWays": "More ways to reach {{orgName}}" } }</code>). A UI
string may use only the placeholders its English text uses: the organization placeholders above fill
step text, not UI strings. A key the assistant has no UI string for, and any other placeholder, is an
error. A text with a form for each kind of number (<code>_one</code>, <code>_other</code>) may add
the forms your language needs (<code>_zero</code>, <code>_two</code>, <code>_few</code>,
<code>_many</code>) and use <code>{{count}}</code> in each.</p>
</main>
</body>
</html>
`;
}
