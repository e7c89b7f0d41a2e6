// Reading a complaint typed in chat: an optional 匿名 / 实名 prefix decides anonymity.

/** A complaint as typed, split into the reporter's anonymity choice and the text itself. */
export interface ComplaintText {
  /** true: 匿名; false: 实名; null: not said (the ticket starts anonymous until the reporter agrees to real name). */
  anonymous: boolean | null;
  /**
   * True when the text was explicitly marked as a complaint (「匿名：」「【实名】」「投诉：」); a prefix run
   * into the text (匿名举报…) only sets `anonymous`, and the text must still read as a complaint.
   */
  marked: boolean;
  /** The text after the prefix (the whole text when there is none). */
  body: string;
}

const PREFIX = /^\s*([【[（(])?\s*(匿名|实名)?(投诉|举报|反映)?(?:问题)?(\s*[】\]）)])?(\s*[:：,，、]|\s+)?/;

/**
 * Splits a chat message into the anonymity prefix and the complaint text: 「匿名：…」「匿名 …」
 * 「实名反映：…」「【匿名】…」「投诉：…」, and 「匿名举报…」 (unmarked: "匿名举报会被报复吗" is a question).
 * A bare word run into the text (匿名信…, 反映一下…) is no prefix.
 */
export function parseComplaintText(text: string): ComplaintText {
  const m = PREFIX.exec(text);
  const [, open, choice, kind, close, separator] = m ?? [];
  const delimited = Boolean((open && close) || separator);
  if (!m || !(choice || kind) || !(delimited || (choice && kind))) {
    return { anonymous: null, marked: false, body: text.trim() };
  }
  const body = text.slice(m[0].length).trim();
  return { anonymous: choice ? choice === '匿名' : null, marked: delimited, body };
}
