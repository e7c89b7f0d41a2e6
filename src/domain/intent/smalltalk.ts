/** Asking what the bot can do, or for help using it. */
const HELP =
  /^(\/?help|\/?start|帮助|菜单|使用说明|说明书?|功能|指南|怎么用|如何使用|使用方法|用法|\?|？)$|(你|机器人|助手)(都)?(能|会|可以)(做|干|帮我?做?)(些)?(什么|啥|嘛)|(有|都有)(什么|哪些|啥)功能|能干(嘛|啥|什么)|干(嘛|啥)用的|(能|可以)帮(我|忙)(做|干)?(什么|啥)|(怎么|如何)(使)?用(你|这个|本)|(机器人|助手)(怎么|如何)用|你都(能|会)(做|干)?(什么|啥)|使用帮助|帮助文档|功能介绍|(介绍一下|介绍下|介绍)(你|您)自己|自我介绍|你是(干|做)(什么|啥)的|what can you do|what do you do|how (do|can|should) i use|how to use (you|this)|\bhelp\b|\bcommands?\b|\busage\b/;

/** Greetings, thanks and farewells, and questions about the bot itself. */
const SMALLTALK_PHRASES =
  /(你好|您好|你们好|大家好|hi|hello|hey|嗨|哈喽|哈啰|早上好|上午好|中午好|下午好|晚上好|早安|午安|晚安|早|在吗|在不在|在么|有人吗|有人在吗|谢谢|谢啦|谢了|多谢|感谢|辛苦了|辛苦啦|辛苦|再见|拜拜|回见|好的|好滴|好哒|好嘞|好吧|知道|可以了|收到|知道了|明白了|懂了|了解|ok|okay|thanks|thank you|thx|bye|good (morning|afternoon|evening|night)|你是谁|你叫什么(名字)?|你是真人还是(机器人|ai|人工智能)|你是(机器人|ai|人工智能|真人)吗?|是真人吗|是机器人吗|who are you|are you a (bot|robot|human)|哈哈+|嗯+|哦+|👍|🙏|😊|亲清助手|小助手|助手|机器人|bot|帮助|帮忙|支持|解答|回答|耐心|很好|不错|厉害|很有用|有用|有帮助|说得对|说的对|你说的|你说得|受教了|学到了|清楚了|真棒|好棒|棒|赞|牛|优秀|太好了|您|你|呀|啊|呢|吧|嘛|哈|了|的|吗|啦|哒|哟|嘞|喔|噢|老师|同志|大家|各位|加油|今天|也要|一起|努力)/g;

/** Questions about the bot itself: who made it, which department runs it. */
const ABOUT_BOT =
  /^(你|你们|这个(机器人|助手)|亲清助手)(是|由)?(谁|哪个|哪家|什么)(部门|单位|公司|人|团队)?(开发|做|研发|搞|运营|负责)的?[?？!！。]*$/;

/** Whether a message asks for help or what the bot can do. */
export const isHelpRequest = (text: string): boolean => {
  const t = text.trim();
  if ([...t].length > 40) return false;
  return HELP.test(t.replace(/[。！!？?\s]+$/, '')) || HELP.test(t);
};

/**
 * Whether a message is only a greeting, thanks or chat about the bot: nothing is left once the
 * smalltalk phrases and punctuation are removed.
 */
export const isSmalltalk = (text: string): boolean => {
  const t = text.trim();
  if (!t) return true;
  if ([...t].length > 30) return false;
  if (ABOUT_BOT.test(t)) return true;
  SMALLTALK_PHRASES.lastIndex = 0;
  const rest = t.replace(SMALLTALK_PHRASES, '').replace(/[\s\p{P}\p{S}~～]+/gu, '');
  return rest.length === 0;
};
