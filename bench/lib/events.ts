// Signed, encrypted, distinct Lark message events, prepared before a measurement starts.
import { messageEvent, TEST_LARK, toWire } from '../../test/support/lark-events';
import type { PreparedRequest } from './http-load';

/** A prepared event and the ids the fake Lark's replies are matched by. */
export interface PreparedEvent extends PreparedRequest {
  eventId: string;
  messageId: string;
  chatId: string;
  senderId: string;
  text: string;
}

/** Builds `count` direct-message events from distinct people (`tag` keeps runs apart). */
export async function prepareEvents(
  count: number,
  tag: string,
  textFor: (i: number) => string,
): Promise<PreparedEvent[]> {
  const out: PreparedEvent[] = [];
  for (let i = 0; i < count; i++) {
    const ids = {
      eventId: `ev_${tag}_${i}`,
      messageId: `om_${tag}_${i}`,
      chatId: `oc_${tag}_${i}`,
      senderId: `ou_${tag}_${i}`,
    };
    const text = textFor(i);
    const event = messageEvent({ ...ids, senderOpenId: ids.senderId, text, chatType: 'p2p' });
    const wire = await toWire(event, { encryptKey: TEST_LARK.encryptKey });
    out.push({ ...ids, text, body: wire.body, headers: wire.headers });
  }
  return out;
}
