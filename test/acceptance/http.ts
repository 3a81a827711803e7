/** What the compiled service answered: status, parsed JSON body (if any), raw text, headers. */
export interface Answer {
  status: number;
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- a JSON body of any route
  body: any;
  text: string;
  headers: Headers;
}

export type Body = unknown | FormData | string;

/** A caller of the service over HTTP with one credential (a bearer token or cookie headers). */
export type Client = (
  method: string,
  path: string,
  body?: Body,
  headers?: Record<string, string>,
) => Promise<Answer>;

/** Calls as `auth` would: JSON bodies as JSON, FormData as multipart, strings as they are. */
export function client(base: string, auth: Record<string, string>): Client {
  return async (method, path, body, headers = {}) => {
    const json = body !== undefined && !(body instanceof FormData) && typeof body !== 'string';
    const res = await fetch(`${base}${path}`, {
      method,
      redirect: 'manual',
      headers: { ...auth, ...(json ? { 'content-type': 'application/json' } : {}), ...headers },
      body:
        body === undefined
          ? undefined
          : json
            ? JSON.stringify(body)
            : (body as RequestInit['body']),
    });
    const text = await res.text();
    const isJson = (res.headers.get('content-type') ?? '').includes('json') && text !== '';
    return {
      status: res.status,
      body: isJson ? JSON.parse(text) : undefined,
      text,
      headers: res.headers,
    };
  };
}

export const bearer = (token: string) => ({ authorization: `Bearer ${token}` });

/** Fails with the answer's body, so a wrong status says why in the test output. */
export function expectStatus(answer: Answer, status: number): Answer {
  if (answer.status !== status) {
    throw new Error(`expected HTTP ${status}, got ${answer.status}: ${answer.text.slice(0, 500)}`);
  }
  return answer;
}
