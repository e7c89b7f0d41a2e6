// Reading a complaint typed in chat: an optional 匿名 / 实名 prefix decides anonymity.

/** A complaint as typed, split into the reporter's anonymity choice and the text itself. */
export interface ComplaintText {
  /** true: 匿名; false: 实名; null: not said (the ticket starts anonymous until the reporter agrees to real name). */
  anonymous: boolean | null;
  /** True when the text was explicitly marked as a complaint (匿名/实名/投诉/举报/反映 prefix). */
  marked: boolean;
  body: string;
}

const PREFIX = /^\s*([【[（(])?\s*(匿名|实名)?\s*(投诉|举报|反映)?(?:问题)?(\s*[】\]）)])?(\s*[:：,，、]|\s+)?/;

/**
 * Splits a chat message into the anonymity prefix and the complaint text: 「匿名：…」「匿名 …」
 * 「实名反映：…」「【匿名】…」「匿名举报…」「投诉：…」. A bare word run into the text (匿名信…, 反映一下…) is no prefix.
 */
export function parseComplaintText(text: string): ComplaintText {
  const m = PREFIX.exec(text);
  const [, open, choice, kind, close, separator] = m ?? [];
  const delimited = Boolean((open && close) || separator || (choice && kind));
  if (!m || !(choice || kind) || !delimited) return { anonymous: null, marked: false, body: text.trim() };
  return { anonymous: choice ? choice === '匿名' : null, marked: true, body: text.slice(m[0].length).trim() };
}
