import type { NoticeReply, Reply } from '../domain/chat/reply';
import { buttonRow, type Card, card, md } from './card-parts';
import { renderConductCard } from './cards/conduct-card';
import { renderTicketCard } from './cards/ticket-card';

const TEMPLATE: Record<NoticeReply['tone'], string> = {
  info: 'blue',
  success: 'green',
  warning: 'orange',
  danger: 'red',
};

const HELP_LINES = [
  '**问纪律**：直接问，例如「老板请吃饭能去吗」「收了红包怎么办」「配偶能在我辖区开公司吗」。我会给出结论（可以 / 禁止 / 视情况）、依据条款和现在该怎么做。',
  '**企业反映问题**：描述遇到的吃拿卡要、推诿扯皮、慢作为、乱作为、惠企政策不兑现，我会立即受理、生成工单编号并转交处理，全程可查。',
  '**查进度**：发送「查询 工单编号」或「我的投诉」。',
];

/** Turns a handler's Reply into Lark card JSON. */
export function renderCard(reply: Reply): Card {
  switch (reply.type) {
    case 'help':
      return card(
        reply.reason === 'greeting' ? '您好，我是亲清助手' : '亲清助手能做什么',
        'blue',
        HELP_LINES.map((line) => md(line)),
      );
    case 'notice': {
      const elements: unknown[] = reply.lines.map((line) => md(line));
      if (reply.buttons?.length) elements.push(buttonRow(reply.buttons));
      return card(reply.title, TEMPLATE[reply.tone], elements);
    }
    case 'conduct':
      return renderConductCard(reply);
    case 'ticket':
      return renderTicketCard(reply);
  }
}

/** Card JSON as the `content` string of an interactive message. */
export function renderMessage(reply: Reply): { msgType: 'interactive'; content: string } {
  return { msgType: 'interactive', content: JSON.stringify(renderCard(reply)) };
}
