import { describe, expect, it } from 'vitest';
import { renderCard } from '../../src/lark/render';
import { T0 } from '../domain/tickets/fixtures';
import { act, file, openDesk, press } from './support';

type Json = Record<string, unknown>;

describe('the ticket card in Lark JSON', () => {
  it('should put an opened form at the body root, with a named submit button carrying the action', async () => {
    const { ports } = openDesk();
    const { code } = await file(ports, { description: '住建局的施工许可拖了三个月', category: 'delay' });
    const opened = await press(ports, 'ou_zjj', {
      action: 'ticket.form',
      code,
      op: 'return',
      aud: 'handler',
    });
    const card = renderCard(opened.card!) as { schema: string; body: { elements: Json[] } };
    expect(card.schema).toBe('2.0');
    const form = card.body.elements.find((e) => e.tag === 'form') as { name: string; elements: Json[] };
    expect(form.name).toBe('ticket_return');
    expect(form.elements.find((e) => e.tag === 'input')).toMatchObject({ name: 'reason', required: true });
    const buttons = JSON.stringify(form.elements);
    expect(buttons).toContain('"form_action_type":"submit"');
    expect(buttons).toContain('"name":"submit"');
    expect(buttons).toContain(
      `"value":{"action":"ticket.act","code":"${code}","op":"return","aud":"handler"}`,
    );
  });

  it('should keep a long complaint under Lark’s card size and make its markup inert', async () => {
    const { ports } = openDesk();
    const text = `住建局<at id=all></at>[点我](http://evil.example) ${'拖'.repeat(4900)}`;
    const filed = await file(ports, { description: text, category: 'delay' }, T0);
    const json = JSON.stringify(renderCard(filed.also[0]!.reply));
    expect(new TextEncoder().encode(json).length).toBeLessThan(28_000);
    expect(json).not.toContain('<at id=all>');
    expect(json).not.toContain('](http');
    const accepted = await act(ports, 'ou_zjj', filed.code, 'accept');
    expect(JSON.stringify(renderCard(accepted.card!))).toContain('整改中');
  });
});
