import { describe, expect, it } from 'vitest';
import { renderCard } from '../../src/lark/render';
import { CardView } from '../../src/transport/pages/card-html';

const target = { endpoint: '/playground/action', hidden: { as: 'official', row: '7' } };
const html = async (node: unknown) => String(await node);

describe('card JSON to HTML', () => {
  it('should keep the header colour and turn each callback button into a small form', async () => {
    const card = renderCard({
      type: 'notice',
      tone: 'danger',
      title: '退回',
      lines: ['原因'],
      buttons: [{ label: '重新交办', style: 'primary', value: { action: 'ticket.assign', code: 'QQ-1' } }],
    });
    const out = await html(CardView({ card, target }));
    expect(out).toContain('class="lark-card lc-red"');
    expect(out).toContain('<div class="lc-head">退回</div>');
    expect(out).toContain('<input type="hidden" name="row" value="7"/>');
    expect(out).toContain(
      'value="{&quot;action&quot;:&quot;ticket.assign&quot;,&quot;code&quot;:&quot;QQ-1&quot;}"',
    );
    expect(out).toContain('class="btn small blue"');
  });

  it('should render a Lark form with inputs and submit buttons as one HTML form', async () => {
    const card = {
      schema: '2.0',
      header: { title: { tag: 'plain_text', content: '办结' }, template: 'green' },
      body: {
        elements: [
          {
            tag: 'form',
            name: 'f',
            elements: [
              { tag: 'input', name: 'note', placeholder: { tag: 'plain_text', content: '整改情况' } },
              {
                tag: 'button',
                text: { tag: 'plain_text', content: '提交' },
                form_action_type: 'submit',
                behaviors: [{ type: 'callback', value: { action: 'ticket.resolve' } }],
              },
            ],
          },
        ],
      },
    };
    const out = await html(CardView({ card, target }));
    expect(out.match(/<form /g)?.length).toBe(1);
    expect(out).toContain('name="form.note"');
    expect(out).toContain(
      '<button type="submit" class="btn small" name="value" value="{&quot;action&quot;:&quot;ticket.resolve&quot;}">',
    );
  });

  it('should disable buttons when the card is only shown, and mark unknown elements', async () => {
    const card = renderCard({
      type: 'notice',
      tone: 'info',
      title: 't',
      lines: [],
      buttons: [{ label: 'b', value: { action: 'x' } }],
    });
    (card.body as { elements: unknown[] }).elements.push({ tag: 'chart' });
    const out = await html(CardView({ card, target: null }));
    expect(out).toContain('disabled');
    expect(out).not.toContain('<form');
    expect(out).toContain('[卡片元素 chart]');
  });
});
