/**
 * Traditional Chinese, folded onto the simplified tables: each traditional
 * character below is read as the simplified one under it, one character
 * for one, so offsets in a folded sentence are offsets in the original.
 * "增長" matches 增长, "預期目標" 预期目标, "發佈時間" 发布时间. A linguist
 * adds a pair by appending to both strings at the same place.
 */
const TRADITIONAL =
  '長預計標劃導價額貢獻稅關脹備負債桿匯業鎮漲擴彈減縮緩較與過達為約進貿貨會費總資產濟經區國發連續個兩來時間實現於億萬環對從' +
  '後報務機場運輸車電網銷這項別際規數據顯統類幣虧潤營淨測師將雖並則質況農廠樂補貸財動創興轉變調線級組織積極權開門問題處應該' +
  '認說讓還選擇單雙歷層屬歲終結績優勢響舉專險證銀儲戶貴買賣錢隻條臺樣種輛筆噸領慶莊豐雲裡麼當盡體稱簡帶滿義訊記責編輯佈佔贏' +
  '損職崗籌醫療衛藥養蘇滬廣東灣協議簽訂購貧睏難亞歐韓烏倫紐監習書張劉楊趙黃吳孫馬羅鄭謝許鄧馮蕭餘葉蔣呂盧鐘譚範陸賈韋鄒閻龍' +
  '賀顧龔嚴賴爲裏綫峯衆週爭聯強氣寫華講眾階銳復複遞壓團藍綠紅貼舊撥節鏈術頭寬繳納詞語譯讀談論設訪詢試話誤請諸諾謂謀諧謙謹貝' +
  '賢敗賬販貪貫賤賊賦賭賞賜賠賺賽贊贈趕躍蹤軌軒輪軟輕載輔輩輝轄邊遼遷邁遠違遲適遜邏遺鄰釋鋼鐵銅鎖錯鍵閉閒聞閱隊陽陰陣隨隱霧' +
  '靜麵頁頂順須頻風飛飯館驅驗魚鮮鳥雞齊視覽觀觸譽識訴評誠詳課誰譜帳幫庫廟廢異棄歸錄徹態戀惡懸驚懼慣願懶戰執掃揚擾撫搶護擔擬' +
  '擁掛擋擠揮換擲攝擺攜敵斷無曉暈殺雜構槍欄樹檔橋檢樓橫歡毆畢漢汙湯溝沒淚澤潔淺瀏濃塗漸漁溫濕滾滯滅燈靈災爐點煉煙燒熱愛爺牽' +
  '狀猶獨畫暢瘋癢盞蓋盤礦碼磚礎確礙禮禍離穩窮竊競築糧緊糾紀純綱縱紛紙紡練細紹繞給絡絕繼緒維綜緣罰聰肅脅勝腦腳脫艦藝蘆薦獲慮' +
  '虛蝕錶裝製襲覺';
const SIMPLIFIED =
  '长预计标划导价额贡献税关胀备负债杆汇业镇涨扩弹减缩缓较与过达为约进贸货会费总资产济经区国发连续个两来时间实现于亿万环对从' +
  '后报务机场运输车电网销这项别际规数据显统类币亏润营净测师将虽并则质况农厂乐补贷财动创兴转变调线级组织积极权开门问题处应该' +
  '认说让还选择单双历层属岁终结绩优势响举专险证银储户贵买卖钱只条台样种辆笔吨领庆庄丰云里么当尽体称简带满义讯记责编辑布占赢' +
  '损职岗筹医疗卫药养苏沪广东湾协议签订购贫困难亚欧韩乌伦纽监习书张刘杨赵黄吴孙马罗郑谢许邓冯萧余叶蒋吕卢钟谭范陆贾韦邹阎龙' +
  '贺顾龚严赖为里线峰众周争联强气写华讲众阶锐复复递压团蓝绿红贴旧拨节链术头宽缴纳词语译读谈论设访询试话误请诸诺谓谋谐谦谨贝' +
  '贤败账贩贪贯贱贼赋赌赏赐赔赚赛赞赠赶跃踪轨轩轮软轻载辅辈辉辖边辽迁迈远违迟适逊逻遗邻释钢铁铜锁错键闭闲闻阅队阳阴阵随隐雾' +
  '静面页顶顺须频风飞饭馆驱验鱼鲜鸟鸡齐视览观触誉识诉评诚详课谁谱帐帮库庙废异弃归录彻态恋恶悬惊惧惯愿懒战执扫扬扰抚抢护担拟' +
  '拥挂挡挤挥换掷摄摆携敌断无晓晕杀杂构枪栏树档桥检楼横欢殴毕汉污汤沟没泪泽洁浅浏浓涂渐渔温湿滚滞灭灯灵灾炉点炼烟烧热爱爷牵' +
  '状犹独画畅疯痒盏盖盘矿码砖础确碍礼祸离稳穷窃竞筑粮紧纠纪纯纲纵纷纸纺练细绍绕给络绝继绪维综缘罚聪肃胁胜脑脚脱舰艺芦荐获虑' +
  '虚蚀表装制袭觉';

const FOLD = new Map<string, string>();
for (let i = 0; i < TRADITIONAL.length; i++) FOLD.set(TRADITIONAL[i]!, SIMPLIFIED[i]!);

/** The text with traditional characters read as simplified; the same length as the input. */
export function foldTraditional(text: string): string {
  let out = '';
  let changed = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    const s = FOLD.get(c);
    if (s !== undefined) changed = true;
    out += s ?? c;
  }
  return changed ? out : text;
}
