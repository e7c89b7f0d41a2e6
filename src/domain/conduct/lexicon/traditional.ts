/** Traditional → simplified pairs for characters common in conduct questions (tolerates 繁體 input). */
export const TRADITIONAL_PAIRS =
  '紅红禮礼請请飯饭購购費费錢钱還还會会樂乐遊游車车買买賣卖業业經经辦办國国開开關关係系親亲與与為为說说讓让給给對对這这們们個个麼么嗎吗過过時时見见處处門门問问題题應应該该節节紀纪導导幹干領领貴贵賄贿賂赂婦妇屬属將将煙烟贈赠簽签項项審审檢检罰罚補补貼贴辭辞職职顧顾證证權权齊齐義义務务員员長长務务頓顿飲饮餐餐喫吃參参加加婚婚喪丧慶庆賀贺紅红壽寿滿满滿满歲岁學学歡欢聯联絡络係系縣县鄉乡鎮镇區区級级黨党組组織织規规違违紀纪監监察察廉廉潔洁範范圍围準准則则條条款款稅税務务單单據据帳账賬账戶户財财產产擔担責责設设計计劃划動动據据專专區区協协調调議议論论認认識识誰谁們们沒没無无從从來来麼么樣样裡里邊边頭头兒儿點点鐘钟週周內内權权現现實实際际話话語语謝谢氣气東东運运轉转賺赚貸贷債债幣币銀银錶表場场館馆廳厅園园藝艺術术圖图書书畫画獎奖勵励優优惠惠資资產产價价廠厂礦矿農农師师醫医藥药屆届選选舉举辦办';

/** Map from a traditional character to its simplified form. */
export const TRADITIONAL_MAP: ReadonlyMap<string, string> = (() => {
  const map = new Map<string, string>();
  const chars = [...TRADITIONAL_PAIRS];
  for (let i = 0; i + 1 < chars.length; i += 2) {
    const from = chars[i]!;
    const to = chars[i + 1]!;
    if (from !== to) map.set(from, to);
  }
  return map;
})();
