// GET/POST /report: the public complaint form for enterprises outside the Lark tenant. No script
// needed; errors re-render the form with everything typed; nothing about the reporter is logged.
import { type Context, Hono } from 'hono';
import { csrfToken } from './csrf';
import { renderPage } from './layout';
import type { PageDeps } from './page-deps';
import { guardPublicPost, stopMessage, stopStatus } from './public-guard';
import { createRateLimiter } from './rate-limit';
import { RECEIPT_SCRIPT, ReceiptPage } from './receipt-view';
import {
  EMPTY_REPORT,
  type ReportErrors,
  type ReportFields,
  readReportFields,
  validateReport,
} from './report-form';
import { ReportFormPage } from './report-view';

/** Complaints one client may file per window. */
const FILINGS_PER_WINDOW = 5;
const WINDOW_MS = 10 * 60_000;

const SUBMISSION = /^[0-9a-f]{32}$/;

function newSubmissionId(): string {
  return Array.from(crypto.getRandomValues(new Uint8Array(16)), (b) => b.toString(16).padStart(2, '0')).join(
    '',
  );
}

/** The complaint form routes. */
export function reportRoutes(deps: PageDeps) {
  const local = deps.config.mode === 'local';
  const limiter = createRateLimiter({ limit: FILINGS_PER_WINDOW, windowMs: WINDOW_MS, now: deps.now });
  const app = new Hono();

  const form = (
    c: Context,
    fields: ReportFields,
    options: {
      errors?: ReportErrors;
      notice?: string;
      status?: 200 | 403 | 413 | 429;
      submission?: string;
    } = {},
  ) =>
    renderPage(
      c,
      { title: '企业反映问题', section: 'report', local, narrow: true, status: options.status ?? 200 },
      <ReportFormPage
        fields={fields}
        errors={options.errors ?? {}}
        csrf={csrfToken(c)}
        notice={options.notice}
        submission={options.submission ?? newSubmissionId()}
      />,
    );

  app.get('/report', (c) => form(c, EMPTY_REPORT));

  app.post('/report', async (c) => {
    const guarded = await guardPublicPost(c, limiter);
    const fields = readReportFields(guarded.body);
    const submission =
      typeof guarded.body.submission === 'string' && SUBMISSION.test(guarded.body.submission)
        ? guarded.body.submission
        : newSubmissionId();
    if (!guarded.ok) {
      if (guarded.stop.kind === 'rate') c.header('Retry-After', String(guarded.stop.retryAfterSeconds));
      return form(c, fields, {
        notice: stopMessage(guarded.stop),
        status: stopStatus(guarded.stop),
        submission,
      });
    }
    // Field errors are part of filling in a form: the page answers 200 and says what to fix.
    const checked = validateReport(fields);
    if (!checked.ok) return form(c, fields, { errors: checked.errors, submission });
    const filed = await deps.desk(c).file(checked.report, `web:${submission}`);
    if (!filed.ok) return form(c, fields, { notice: filed.message, submission });
    const { view } = filed;
    return renderPage(
      c,
      {
        title: `已受理 ${filed.code}`,
        section: 'report',
        local,
        narrow: true,
        script: filed.queryKey ? RECEIPT_SCRIPT : undefined,
      },
      <ReceiptPage
        code={filed.code}
        queryKey={filed.queryKey}
        duplicate={filed.duplicate}
        categoryLabel={view.categoryLabel}
        handledBy={view.status === 'received' ? null : view.handledBy}
        deadlineAt={view.deadlineAt}
        statusUrl={new URL('/status', c.req.url).toString()}
      />,
    );
  });

  return app;
}
