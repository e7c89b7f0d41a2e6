import { describe, expect, it } from 'vitest';
import { parseEvent, readEnvelope } from '../../src/lark/envelope';
import { cardActionEvent, messageEvent } from '../support/lark-events';

function parse(body: unknown, botOpenId: string | null = 'ou_bot') {
  const read = readEnvelope(body);
  if (read.type !== 'envelope') throw new Error(`not an envelope: ${JSON.stringify(read)}`);
  return parseEvent(read.envelope, botOpenId);
}

describe('readEnvelope and parseEvent', () => {
  it('should read the text of a rich-text post, under a locale key or not', () => {
    const post = {
      zh_cn: {
        title: '反映',
        content: [
          [
            { tag: 'text', text: '审批' },
            { tag: 'text', text: '超时' },
          ],
        ],
      },
    };
    const parsed = parse(messageEvent({ messageType: 'post', content: JSON.stringify(post) }));
    expect(parsed).toMatchObject({ type: 'update', update: { text: '反映 审批 超时' } });
    const bare = { title: '', content: [[{ tag: 'img', image_key: 'img_1' }]] };
    expect(parse(messageEvent({ messageType: 'post', content: JSON.stringify(bare) }))).toMatchObject({
      update: { text: '', attachments: [{ type: 'image', key: 'img_1' }] },
    });
  });

  it('should keep images and files as attachments', () => {
    const file = parse(
      messageEvent({ messageType: 'file', content: '{"file_key":"f1","file_name":"a.pdf"}' }),
    );
    expect(file).toMatchObject({ update: { attachments: [{ type: 'file', key: 'f1', name: 'a.pdf' }] } });
  });

  it('should refuse message content that is not JSON', () => {
    expect(parse(messageEvent({ content: 'not json' }))).toMatchObject({ type: 'invalid' });
  });

  it('should ignore messages not sent by a user', () => {
    expect(parse(messageEvent({ senderType: 'app' }))).toMatchObject({ type: 'ignored' });
  });

  it('should ignore group messages while the bot open_id is unknown', () => {
    const event = messageEvent({ chatType: 'group', text: '@_user_1 hi', mentions: [{ openId: 'ou_bot' }] });
    expect(parse(event, null)).toMatchObject({ type: 'ignored' });
    expect(parse(event, 'ou_bot')).toMatchObject({ type: 'update', update: { text: 'hi' } });
  });

  it('should read a card action value given as an object, a JSON string or a bare string', () => {
    expect(parse(cardActionEvent({ value: { action: 'a', n: 1 } }))).toMatchObject({
      update: { kind: 'card_action', value: { action: 'a', n: 1 } },
    });
    expect(parse(cardActionEvent({ value: '{"action":"b"}' }))).toMatchObject({
      update: { value: { action: 'b' } },
    });
    expect(parse(cardActionEvent({ value: 'c' }))).toMatchObject({ update: { value: { action: 'c' } } });
    expect(parse(cardActionEvent({ formValue: { reason: '太慢' } }))).toMatchObject({
      update: { form: { reason: '太慢' } },
    });
  });

  it("should read the message's create time in milliseconds", () => {
    const parsed = parse(messageEvent({ createTime: 1_718_783_999_345 }));
    expect(parsed).toMatchObject({ update: { sentAt: 1_718_783_999_345 } });
  });
});
