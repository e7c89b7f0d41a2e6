/** The outcome of neutralising instructions hidden in a question. */
export interface Neutralised {
  text: string;
  injection: boolean;
}

/** Clauses that try to change the bot's rules or role: the whole clause is dropped. */
const CLAUSE_PATTERNS: readonly RegExp[] = [
  /(忽略|无视|忘记|忘掉|不要管|别管|不用管|抛开|跳过|绕过|不理会|不必遵守|不要遵守|不用遵守|停止遵守|突破|解除).{0,6}(规则|指令|指示|设定|提示词?|限制|规定|约束|条款|纪律|上文|前文|要求)/,
  /(你现在是|你现在扮演|从现在起|从现在开始|你已经不是|你不再是|假装你是|假设你是|扮演|你是一个?没有|你的新身份|角色扮演|进入.{0,6}模式|开发者模式|开发模式|调试模式|越狱|无限制模式|上帝模式|管理员模式|测试模式|你是一个?.{0,12}(助手|机器人|ai|朋友|律师|专家|顾问)|你就是|我命令你|我是你的?(开发者|管理员|主人)|最高指令|系统指令|系统提示|提示词|(管理员|开发者|后台|内部|上级)(指令|命令|模式)|不受.{0,6}(约束|限制|规定)|测试账号)/,
  /\b(ignore|disregard|forget|override|bypass|skip)\b.{0,40}\b(instructions?|rules?|prompts?|guidelines?|polic(y|ies)|restrictions?|above|previous|prior|everything)\b/i,
  /\b((developer|dev|debug|god|admin|test|jailbreak|dan|unrestricted)\s+mode|jailbreak|you are now|you're now|act as|pretend (to be|you are|you're)|from now on|new instructions?|system prompt|you must answer|roleplay)\b/i,
  /<\/?\s*(system|instructions?|assistant|admin)\s*>|\[\/?inst\]|#{2,}\s*(instruction|system)/i,
];

/** Phrases that dictate the verdict ("告诉我可以", "answer yes"): only the phrase is dropped. */
const PHRASE_PATTERNS: readonly RegExp[] = [
  /(直接|只|只要|必须|一律|统一|务必|就|请)?(告诉我|回答我?|回复我?|答复|输出|只说|就说|直接说|必须说|只能说|判定为?|认定为?)(说|是)?[“"'「『]?(可以|能|允许|没问题|没关系|不要紧|无所谓|合规|不违规|没事|同意|allowed|yes)[”"'」』]?/g,
  /\b(say|answer|respond|reply|output|tell me|confirm)\b.{0,24}\b(allowed|yes|ok|okay|permitted|fine|approved|compliant|legal)\b/gi,
  /(^|[\s，,。.;；])(system|assistant|developer|admin|root|系统|管理员)\s*$/gi,
];

const CLAUSE_SPLIT = /([。！？!?；;，,:：\n]|\.(?=\s|$))/;

/** Instructions wrapped in pseudo-markup (`<system>…</system>`, `[INST]…[/INST]`): dropped whole. */
const BLOCK_PATTERN =
  /<\s*(system|instructions?|assistant|admin|prompt)\s*>[\s\S]*?<\s*\/\s*\1\s*>|\[inst\][\s\S]*?\[\/inst\]/gi;

/**
 * Drops instructions hidden in a question (role changes, "ignore the rules", dictated verdicts)
 * so that only the underlying question reaches the rules; `injection` says whether any were found.
 */
export const neutraliseInstructions = (text: string): Neutralised => {
  let injection = false;
  const unblocked = text.replace(BLOCK_PATTERN, () => {
    injection = true;
    return '。';
  });
  const parts = unblocked.split(CLAUSE_SPLIT);
  const kept: string[] = [];
  for (const part of parts) {
    if (part === undefined) continue;
    if (CLAUSE_PATTERNS.some((p) => p.test(part))) {
      injection = true;
      continue;
    }
    let clause = part;
    for (const pattern of PHRASE_PATTERNS) {
      pattern.lastIndex = 0;
      clause = clause.replace(pattern, () => {
        injection = true;
        return ' ';
      });
    }
    kept.push(clause);
  }
  const cleaned = kept
    .join('')
    .replace(/\s+/g, ' ')
    .replace(/^[\s，,。.;；:：!！?？]+/, '')
    .replace(/([，,。.;；:：])[\s，,。.;；:：]+/g, '$1')
    .trim();
  return { text: injection ? cleaned : text.trim(), injection };
};
