/**
 * Safe-by-default HTML templates: every value interpolated into `html`…`` is
 * escaped unless it is itself the result of `html` (or `raw`), so a call's
 * transcript or a user's name can never become markup.
 */
const HTML = Symbol('html');

export interface Html {
  readonly [HTML]: true;
  readonly value: string;
}

const ENTITIES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

export function esc(value: unknown): string {
  return String(value ?? '').replace(/[&<>"']/g, (c) => ENTITIES[c]);
}

/** Marks trusted markup (our own constants) as already HTML. */
export function raw(value: string): Html {
  return { [HTML]: true, value };
}

function isHtml(value: unknown): value is Html {
  return typeof value === 'object' && value !== null && HTML in value;
}

function render(value: unknown): string {
  if (isHtml(value)) return value.value;
  if (Array.isArray(value)) return value.map(render).join('');
  if (value === null || value === undefined || value === false) return '';
  return esc(value);
}

export function html(strings: TemplateStringsArray, ...values: unknown[]): Html {
  let out = strings[0];
  values.forEach((value, i) => {
    out += render(value) + strings[i + 1];
  });
  return raw(out);
}
