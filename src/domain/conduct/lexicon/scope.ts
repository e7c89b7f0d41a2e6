/**
 * Workplace topics outside 亲清政商交往 (leave, pay, housing fund, equipment …). A question about
 * them that names no enterprise, boss or relative is answered "no rule covers this"; with one, it
 * needs a near-certain scenario match.
 */
export const OUT_OF_SCOPE_TERMS: readonly string[] = [
  '年假 休假 请假 病假 婚假 产假 调休 公积金 社保 医保 养老金 退休金 工资条 加班费 加班 绩效 职称 评职称 晋升 考核 考勤 打卡',
  '党费 党课 打印机 复印机 电脑坏 空调 网速 停车位 车位 体检 入职 调动 档案 户口 天气 下雨 密码 几点开 几点 开门时间',
  '营业时间 报名时间 考试 换电脑 新电脑 年终总结 培训计划 工作计划 述职 报销流程 请示流程 会议室 食堂菜 排班 值班',
  '年终奖 个税 公文格式 写材料 出差补贴 差旅补贴 餐补 交通补贴 补贴标准 差旅费报销 报销标准',
  '后勤 难吃 好吃 饭卡 伙食 开饭 正装 着装 穿什么 工作服 火车票 高铁票 会场 换一家 食堂的菜 食堂的饭',
  '商务舱 头等舱 经济舱 软卧 爬山 带水 带伞 周转房 公租房 廉租房 宿舍 分房 房补 住房补贴 试用期 浇水 绿植 装微信 装软件',
]
  .join(' ')
  .split(/\s+/)
  .concat([
    'annual leave',
    'sick leave',
    'salary',
    'payroll',
    'printer',
    'weather',
    'password',
    'vacation days',
    'what time',
    'opening hours',
  ]);

/**
 * How-to and logistics questions (where, when, how to fill in or repair, what to wear): with no
 * counterparty and no risky act they are everyday work, not 政商交往.
 */
export const LOGISTICS =
  /(怎么|如何|咋|怎样)(换|修|报销|申请|填|写|交|提取|办理|补办|订|买|用|调|登记|预约|操作|安排座位|提意见)|丢了|遗失|补开|找谁|找哪|谁来|谁负责|哪里|在哪|几点|多少钱|标准是多少|打包|要不要带|要带|带什么|自己带|什么时候|多久|要穿|穿什么|流程|格式|模板|难吃|太贵|提意见|坏了/;
