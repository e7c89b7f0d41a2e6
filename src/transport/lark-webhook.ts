import { Hono } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import type { Config } from '../config';
import { isGroupMessage, parseEvent } from '../lark/envelope';
import { renderCard } from '../lark/render';
import { verifyLarkRequest } from '../lark/verify-request';
import type { Runtime } from '../runtime';
import { jsonError } from './errors';
import { runAfterResponse } from './run-after-response';

/** Lark's request bodies are small; anything over 1 MiB is refused before it is read. */
export const MAX_BODY_BYTES = 1024 * 1024;

/**
 * POST /lark/events: events and new-style card callbacks. Verified over the raw body, stored before
 * the 200, deduplicated, and worked on after the answer; a handler failure never becomes a 5xx.
 */
export function larkWebhookRoutes(deps: { config: Config; runtime: Runtime; now: () => number }) {
  const { config, runtime, now } = deps;
  const app = new Hono();
  app.post(
    '/lark/events',
    bodyLimit({
      maxSize: MAX_BODY_BYTES,
      onError: (c) => jsonError(c, 413, 'body_too_large', 'The request body is over 1 MiB.'),
    }),
    async (c) => {
      const raw = await c.req.text();
      const verified = await verifyLarkRequest(
        raw,
        {
          timestamp: c.req.header('x-lark-request-timestamp'),
          nonce: c.req.header('x-lark-request-nonce'),
          signature: c.req.header('x-lark-signature'),
        },
        {
          verificationToken: config.LARK_VERIFICATION_TOKEN,
          encryptKey: config.LARK_ENCRYPT_KEY,
          appId: config.LARK_APP_ID,
        },
        now(),
      );
      if (verified.type === 'reject') return jsonError(c, verified.status, verified.code, verified.message);
      if (verified.type === 'challenge') return c.json({ challenge: verified.challenge });

      // Only a group message needs the bot's own open_id (to see whether it is @-mentioned).
      let botOpenId: string | null = null;
      if (isGroupMessage(verified.envelope)) {
        botOpenId = await runtime.botOpenId();
        if (!botOpenId) {
          // Answering 200 would drop a message that may be for us: let Lark deliver it again.
          return jsonError(
            c,
            503,
            'bot_identity_unknown',
            "The bot's open_id is not known yet; please retry.",
          );
        }
      }
      const parsed = parseEvent(verified.envelope, botOpenId);
      if (parsed.type === 'invalid') return jsonError(c, 400, 'malformed_event', parsed.message);
      if (parsed.type === 'ignored') return c.json({ ok: true, ignored: parsed.reason });

      const { update } = parsed;
      let id: number | null;
      try {
        id = await runtime.accept(update);
      } catch {
        // Not stored means not accepted: a 503 makes Lark deliver it again instead of losing it.
        return jsonError(c, 503, 'storage_unavailable', 'The event could not be stored; please retry.');
      }
      if (update.kind === 'card_action') {
        if (id === null) return c.json({});
        const result = await runtime.handleCardAction(id, update, (task) => runAfterResponse(c, task));
        const body: Record<string, unknown> = {};
        if (result.toast) body.toast = { type: result.toast.type, content: result.toast.text };
        if (result.card) body.card = { type: 'raw', data: renderCard(result.card) };
        return c.json(body);
      }
      if (id === null) return c.json({ ok: true, duplicate: true });
      runAfterResponse(c, runtime.processStored(id, update));
      return c.json({ ok: true });
    },
  );
  return app;
}
