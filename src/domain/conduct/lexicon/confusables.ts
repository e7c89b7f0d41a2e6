/**
 * Groups of characters people mistype for one another (same or near pinyin), used to repair
 * typos such as 红保 → 红包 when the typed pair is unknown and the repaired pair is known.
 */
export const CONFUSABLE_GROUPS: readonly string[] = [
  '包保宝饱抱报',
  '宴晏燕艳验咽',
  '请清情晴青轻',
  '礼里理李力立利例历',
  '金今斤紧仅进',
  '饭反范犯泛贩',
  '吃迟持池尺',
  '卡咔',
  '尔儿而耳',
  '购够构',
  '物务误勿悟屋午舞',
  '券卷劝',
  '收手首受授守售',
  '送宋颂',
  '贿会汇惠绘慧',
  '赂路鹿录露',
  '婚昏荤',
  '丧桑',
  '旅铝侣',
  '游由有油邮',
  '娱鱼于余雨语',
  '兼间简坚监件建',
  '职直值只纸指',
  '股古故骨',
  '票漂飘',
  '借接节截介界届',
  '款宽',
  '贷带代待袋',
  '配佩陪培赔',
  '企起启气汽器',
  '业夜页叶',
  '老劳牢',
  '板版扳办半伴',
  '商伤尚',
  '酒久九旧救',
  '烟研严言沿',
  '茶查察',
  '费废飞肥',
  '罚伐乏',
  '审婶甚',
  '批披',
  '拖托脱',
  '推腿',
  '诿委伟',
  '扯彻',
  '补步布',
  '贴铁帖',
  '兑对队',
  '红洪宏鸿',
  '钱前潜',
  '公工功攻',
  '所锁索',
  '刁雕',
  '难南男',
  '席习息',
  '聚巨具据',
  '餐残惨',
  '特持',
  '产铲',
  '婚混',
  '贵柜跪',
  '拿那哪',
  '赠增憎',
  '帮邦',
  '馈愧溃',
  '司思私斯丝',
  '费废肺',
  '贵规归鬼',
  '顾故固雇',
  '问闻文',
  '卷眷',
];

/** Map from a character to the characters it is commonly confused with. */
export const CONFUSABLES: ReadonlyMap<string, readonly string[]> = (() => {
  const map = new Map<string, string[]>();
  for (const group of CONFUSABLE_GROUPS) {
    const chars = [...group];
    for (const c of chars) {
      const others = chars.filter((o) => o !== c);
      map.set(c, [...(map.get(c) ?? []), ...others]);
    }
  }
  return map;
})();
