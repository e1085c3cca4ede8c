/**
 * Chinese in both scripts, one table of character pairs (simplified, then
 * traditional) read both ways:
 * - toTraditional: every key of the zh lexicons is written once, in
 *   simplified characters, and also matches in traditional ones (億, 萬,
 *   個百分點, 港幣, 澳門元) — a Hong Kong or Taiwan page reads like a mainland one;
 * - foldTraditional: a traditional sentence is read as simplified, one
 *   character for one, so the phrase tables (lib/normalize/phrases) serve
 *   both scripts with the sentence's own offsets.
 * A linguist adds a pair here, never a second key. A simplified character
 * with two traditional forms (后 後/后, 里 裏/裡) is listed with each; the
 * first is the one toTraditional writes. Characters whose traditional form
 * depends on the word (台/臺, 面/麵, 表/錶, 制/製, 布/佈, 困/睏) are folded
 * but never written: keys that need both forms write both.
 * A test (script.test.ts) checks that every simplified character the tables
 * use has its pair here, so a key cannot silently fail on a traditional page.
 */
const PAIRS =
  '亿億万萬个個点點币幣门門韩韓镑鎊欧歐兰蘭纽紐卢盧铢銖约約过過于於将將两兩贰貳陆陸叁參辆輛项項条條张張间間笔筆种種类類场場颗顆处處' +
  '册冊只隻头頭岁歲届屆层層钟鐘时時吨噸亩畝标標准準计計达達级級数數楼樓际際长長环環预預为為实實现現总總产產货貨贸貿进進额額亏虧损損' +
  '涨漲减減与與余餘强強周週号號纳納顷頃户戶亚亞圆圓宾賓兹茲罗羅尔爾库庫岛島麦麥马馬来來从從当當负負爱愛脱脫维維谢謝里裏双雙动動车車' +
  '电電气氣发發务務业業营營润潤资資补補贴貼税稅费費划劃导導价價贡貢献獻关關胀脹备備债債杆桿汇匯镇鎮扩擴弹彈缩縮缓緩较較会會济濟经經' +
  '区區国國连連续續对對后後报報机機运運输輸网網销銷这這别別规規据據显顯统統净淨测測师師虽雖并並则則质質况況农農厂廠乐樂贷貸财財创創' +
  '兴興转轉变變调調线線组組织織积積极極权權开開问問题題应應该該认認说說让讓还還选選择擇单單历歷属屬终終结結绩績优優势勢响響举舉专專' +
  '险險证證银銀储儲贵貴买買卖賣钱錢台臺样樣领領庆慶庄莊丰豐云雲里裡么麼尽盡体體称稱简簡带帶满滿义義讯訊记記责責编編辑輯布佈占佔赢贏' +
  '职職岗崗筹籌医醫疗療卫衛药藥养養苏蘇沪滬广廣东東湾灣协協议議签簽订訂购購贫貧困睏难難乌烏伦倫监監习習书書刘劉杨楊赵趙黄黃吴吳孙孫' +
  '郑鄭许許邓鄧冯馮萧蕭叶葉蒋蔣吕呂谭譚范範贾賈韦韋邹鄒阎閻龙龍贺賀顾顧龚龔严嚴赖賴为爲线綫峰峯众衆争爭联聯写寫华華讲講众眾阶階锐銳' +
  '复復复複递遞压壓团團蓝藍绿綠红紅旧舊拨撥节節链鏈术術宽寬缴繳词詞语語译譯读讀谈談论論设設访訪询詢试試话話误誤请請诸諸诺諾谓謂谋謀' +
  '谐諧谦謙谨謹贝貝贤賢败敗账賬贩販贪貪贯貫贱賤贼賊赋賦赌賭赏賞赐賜赔賠赚賺赛賽赞贊赠贈赶趕跃躍踪蹤轨軌轩軒轮輪软軟轻輕载載辅輔辈輩' +
  '辉輝辖轄边邊辽遼迁遷迈邁远遠违違迟遲适適逊遜逻邏遗遺邻鄰释釋钢鋼铁鐵铜銅锁鎖错錯键鍵闭閉闲閒闻聞阅閱队隊阳陽阴陰阵陣随隨隐隱雾霧' +
  '静靜面麵页頁顶頂顺順须須频頻风風飞飛饭飯馆館驱驅验驗鱼魚鲜鮮鸟鳥鸡雞齐齊视視览覽观觀触觸誉譽识識诉訴评評诚誠详詳课課谁誰谱譜帐帳' +
  '帮幫庙廟废廢异異弃棄归歸录錄彻徹态態恋戀恶惡悬懸惊驚惧懼惯慣愿願懒懶战戰执執扫掃扬揚扰擾抚撫抢搶护護担擔拟擬拥擁挂掛挡擋挤擠挥揮' +
  '换換掷擲摄攝摆擺携攜敌敵断斷无無晓曉晕暈杀殺杂雜构構枪槍栏欄树樹档檔桥橋检檢横橫欢歡殴毆毕畢汉漢污汙汤湯沟溝没沒泪淚泽澤洁潔浅淺' +
  '浏瀏浓濃涂塗渐漸渔漁温溫湿濕滚滾滞滯灭滅灯燈灵靈灾災炉爐炼煉烟煙烧燒热熱爷爺牵牽状狀犹猶独獨画畫畅暢疯瘋痒癢盏盞盖蓋盘盤矿礦码碼' +
  '砖磚础礎确確碍礙礼禮祸禍离離稳穩穷窮窃竊竞競筑築粮糧紧緊纠糾纪紀纯純纲綱纵縱纷紛纸紙纺紡练練细細绍紹绕繞给給络絡绝絕继繼绪緒综綜' +
  '缘緣罚罰聪聰肃肅胁脅胜勝脑腦脚腳舰艦艺藝芦蘆荐薦获獲虑慮虚虛蚀蝕表錶装裝制製袭襲觉覺内內厘釐几幾员員猪豬党黨杠槓邮郵斩斬兑兌临臨学學栋棟狭狹';


const WORD_DEPENDENT = new Set('台面表制布困');
const TRADITIONAL = new Map<string, string>();
const SIMPLIFIED = new Map<string, string>();
for (let i = 0; i + 1 < PAIRS.length; i += 2) {
  const [s, t] = [PAIRS[i]!, PAIRS[i + 1]!];
  if (!TRADITIONAL.has(s) && !WORD_DEPENDENT.has(s)) TRADITIONAL.set(s, t);
  if (!SIMPLIFIED.has(t)) SIMPLIFIED.set(t, s);
}

/** The traditional form of a simplified word ("个百分点" → "個百分點"); the word itself when nothing changes. */
export function toTraditional(word: string): string {
  let out = '';
  for (const ch of word) out += TRADITIONAL.get(ch) ?? ch;
  return out;
}

/** The keys of a table and their traditional forms. */
export function keysInBothScripts(keys: readonly string[]): string[] {
  const out = new Set(keys);
  for (const k of keys) out.add(toTraditional(k));
  return [...out];
}

/** A table whose keys also match in traditional characters; a key written in both keeps its own value. */
export function recordInBothScripts<T>(table: Record<string, T>): Record<string, T> {
  const out: Record<string, T> = {};
  for (const [k, v] of Object.entries(table)) {
    const t = toTraditional(k);
    if (!(t in table)) out[t] = v;
  }
  return { ...out, ...table };
}

/** The text with traditional characters read as simplified; the same length as the input. */
export function foldTraditional(text: string): string {
  let out = '';
  let changed = false;
  for (const c of text) {
    const s = SIMPLIFIED.get(c);
    if (s !== undefined) changed = true;
    out += s ?? c;
  }
  return changed ? out : text;
}
