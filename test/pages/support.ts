// Helpers for page tests: a test app with the fake bot, and a browser-like session (cookies + CSRF).
import { buildTestApp, type TestApp, type TestAppOptions } from '../support/node-app';
import { fakeRoutes } from './fake-bot';

/** The admin token page tests configure. */
export const ADMIN_TOKEN = 'test-admin-token-0123';

/** A test app in local mode with the fake bot and the real ports (override anything through `options`). */
export function buildPagesApp(options: TestAppOptions = {}): TestApp {
  return buildTestApp({ routes: fakeRoutes(), ...options });
}

/** A cookie jar and the CSRF token of the last page read, like a browser tab. */
export interface Session {
  cookies: Map<string, string>;
  csrf: string;
  /** GETs a page (storing cookies and its CSRF token), returning the response and its text. */
  get(path: string, headers?: Record<string, string>): Promise<{ res: Response; html: string }>;
  /** POSTs a urlencoded form with the session's cookies and (unless given) its CSRF token. */
  post(path: string, fields: Record<string, string>, headers?: Record<string, string>): Promise<Response>;
}

/** Starts a browser-like session against an app. */
export function session(app: TestApp['app']): Session {
  const cookies = new Map<string, string>();
  const cookieHeader = () => [...cookies].map(([k, v]) => `${k}=${v}`).join('; ');
  const remember = (res: Response) => {
    for (const line of res.headers.getSetCookie()) {
      const [pair] = line.split(';');
      const eq = pair!.indexOf('=');
      const name = pair!.slice(0, eq);
      const value = pair!.slice(eq + 1);
      if (value === '' || /max-age=0/i.test(line)) cookies.delete(name);
      else cookies.set(name, value);
    }
  };
  const s: Session = {
    cookies,
    csrf: '',
    async get(path, headers = {}) {
      const res = await app.request(path, {
        headers: { accept: 'text/html', cookie: cookieHeader(), ...headers },
      });
      remember(res);
      const html = await res.text();
      const token = /name="_csrf" value="([0-9a-f]{64})"/.exec(html)?.[1];
      if (token) s.csrf = token;
      return { res, html };
    },
    async post(path, fields, headers = {}) {
      const res = await app.request(path, {
        method: 'POST',
        headers: {
          accept: 'text/html',
          'content-type': 'application/x-www-form-urlencoded',
          cookie: cookieHeader(),
          ...headers,
        },
        body: new URLSearchParams({ _csrf: s.csrf, ...fields }),
      });
      remember(res);
      return res;
    },
  };
  return s;
}
