// What the bot receives, in its own words: src/lark/ turns Lark's envelopes into these.

/** A file or image the user sent, by Lark's key. */
export interface Attachment {
  type: 'image' | 'file';
  key: string;
  name: string | null;
}

/** A message addressed to the bot: any direct message, or a group message that @-mentions it. */
export interface MessageUpdate {
  kind: 'message';
  eventId: string;
  messageId: string;
  chatId: string;
  chatType: 'p2p' | 'group';
  threadId: string | null;
  senderId: string;
  /** The text with @-mention placeholders removed. */
  text: string;
  attachments: Attachment[];
  sentAt: number;
}

/** A button or form on one of the bot's cards was used. */
export interface CardActionUpdate {
  kind: 'card_action';
  eventId: string;
  operatorId: string;
  messageId: string | null;
  chatId: string | null;
  value: Record<string, unknown>;
  form: Record<string, unknown>;
}

/** Every update the routes table dispatches on, tagged by `kind`. */
export type Update = MessageUpdate | CardActionUpdate;
