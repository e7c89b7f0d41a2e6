// A fetch-only HTTP instance for the Lark SDK: the same code on Node and workerd, and it keeps the
// status and headers of failures (429's x-ogw-ratelimit-reset) that the outbox needs.

type Options = {
  url?: string;
  method?: string;
  headers?: Record<string, unknown>;
  params?: Record<string, unknown>;
  data?: unknown;
  timeout?: number;
};

/** An HTTP failure as the SDK expects it (`error.response`), with what the caller needs to retry. */
export class LarkHttpError extends Error {
  constructor(
    readonly response: { status: number; data: unknown; headers: Record<string, string> },
    message: string,
  ) {
    super(message);
  }
}

function withParams(url: string, params: Record<string, unknown> | undefined): string {
  if (!params) return url;
  const qs = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) if (v !== undefined && v !== null) qs.append(k, String(v));
  const s = qs.toString();
  return s ? `${url}${url.includes('?') ? '&' : '?'}${s}` : url;
}

/** Builds the SDK's `httpInstance` on top of `fetch`, with a per-request timeout. */
export function createFetchHttpInstance(fetchImpl: typeof fetch = fetch, defaultTimeoutMs = 10_000) {
  async function request(opts: Options): Promise<unknown> {
    const headers: Record<string, string> = {};
    for (const [k, v] of Object.entries(opts.headers ?? {})) if (v !== undefined) headers[k] = String(v);
    const hasBody = opts.data !== undefined && opts.data !== null;
    if (hasBody && !Object.keys(headers).some((k) => k.toLowerCase() === 'content-type')) {
      headers['content-type'] = 'application/json; charset=utf-8';
    }
    const response = await fetchImpl(withParams(opts.url ?? '', opts.params), {
      method: (opts.method ?? 'GET').toUpperCase(),
      headers,
      body: hasBody ? (typeof opts.data === 'string' ? opts.data : JSON.stringify(opts.data)) : undefined,
      signal: AbortSignal.timeout(opts.timeout ?? defaultTimeoutMs),
    });
    const text = await response.text();
    let data: unknown = text;
    try {
      data = text ? JSON.parse(text) : {};
    } catch {
      // not JSON: keep the text
    }
    if (!response.ok) {
      const h: Record<string, string> = {};
      response.headers.forEach((value, key) => {
        h[key] = value;
      });
      throw new LarkHttpError(
        { status: response.status, data, headers: h },
        `Lark answered HTTP ${response.status}`,
      );
    }
    return data;
  }
  const withBody = (method: string) => (url: string, data?: unknown, opts?: Options) =>
    request({ ...opts, url, method, data });
  const withoutBody = (method: string) => (url: string, opts?: Options) => request({ ...opts, url, method });
  return {
    request,
    get: withoutBody('GET'),
    delete: withoutBody('DELETE'),
    head: withoutBody('HEAD'),
    options: withoutBody('OPTIONS'),
    post: withBody('POST'),
    put: withBody('PUT'),
    patch: withBody('PATCH'),
  };
}
