import type { Context } from 'hono';
import { raw } from 'hono/html';
import type { Child } from 'hono/jsx';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import { PAGE_CSS } from './styles';

/** Which top-level section a page belongs to (highlighted in the navigation). */
export type Section = 'playground' | 'report' | 'status' | 'admin' | 'none';

/** What every page passes to the shell. */
export interface PageOptions {
  title: string;
  section: Section;
  /** Whether the playground exists (local mode): only then is it linked. */
  local: boolean;
  /** A small inline script (progressive enhancement); it runs under the page's CSP nonce. */
  script?: string;
  /** Narrow column for forms. */
  narrow?: boolean;
  status?: ContentfulStatusCode;
}

const NAV: { section: Section; href: string; label: string; localOnly?: boolean }[] = [
  { section: 'playground', href: '/', label: '体验', localOnly: true },
  { section: 'report', href: '/report', label: '我要反映' },
  { section: 'status', href: '/status', label: '查询进度' },
  { section: 'admin', href: '/admin', label: '管理' },
];

function nonce(): string {
  return btoa(String.fromCharCode(...crypto.getRandomValues(new Uint8Array(16))));
}

function Shell(props: PageOptions & { nonce: string; children: Child }) {
  return (
    <html lang="zh-CN">
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <meta name="referrer" content="no-referrer" />
        <title>{`${props.title} · 亲清助手`}</title>
        <link rel="icon" href="data:," />
        <style>{raw(PAGE_CSS)}</style>
      </head>
      <body>
        <a class="skip" href="#main">
          跳到正文
        </a>
        <header class="top">
          <div class="bar">
            <a class="brand" href={props.local ? '/' : '/report'}>
              亲清助手<small>亲清政商关系</small>
            </a>
            <nav class="nav" aria-label="主导航">
              {NAV.filter((n) => props.local || !n.localOnly).map((n) => (
                <a href={n.href} aria-current={n.section === props.section ? 'page' : undefined}>
                  {n.label}
                </a>
              ))}
            </nav>
          </div>
        </header>
        <main id="main" class={props.narrow ? 'narrow' : undefined}>
          {props.children}
        </main>
        {props.script ? <script nonce={props.nonce}>{raw(props.script)}</script> : null}
      </body>
    </html>
  );
}

/** Renders a full page with the security headers every HTML response carries (CSP with a nonce, no caching). */
export function renderPage(c: Context, options: PageOptions, children: Child) {
  const n = nonce();
  c.header(
    'Content-Security-Policy',
    [
      "default-src 'none'",
      "style-src 'unsafe-inline'",
      `script-src 'nonce-${n}'`,
      "img-src 'self' data:",
      "connect-src 'self'",
      "form-action 'self'",
      "base-uri 'none'",
      "frame-ancestors 'none'",
    ].join('; '),
  );
  c.header('X-Content-Type-Options', 'nosniff');
  c.header('X-Frame-Options', 'DENY');
  c.header('Referrer-Policy', 'no-referrer');
  c.header('Cache-Control', 'no-store');
  return c.html(
    <Shell {...options} nonce={n}>
      {children}
    </Shell>,
    options.status ?? 200,
  );
}

/** A friendly error page for HTML routes (API routes answer JSON `{error, message}` instead). */
export function errorPage(
  c: Context,
  status: ContentfulStatusCode,
  title: string,
  message: string,
  options: { local: boolean; section?: Section; extra?: Child },
) {
  return renderPage(
    c,
    { title, section: options.section ?? 'none', local: options.local, status, narrow: true },
    <div class="panel">
      <h1>{title}</h1>
      <p>{message}</p>
      {options.extra ?? null}
      <p class="actions">
        <a class="btn" href={options.local ? '/' : '/report'}>
          返回首页
        </a>
      </p>
    </div>,
  );
}

/** Whether the client wants HTML (a browser) rather than JSON (a script). */
export function wantsHtml(c: Context): boolean {
  return (c.req.header('accept') ?? '').includes('text/html');
}
