/**
 * Real-shaped sentences longer than MAX_SENTENCE (1,000 characters), the
 * kind a provincial press release writes: one sentence of many clauses with
 * its figures near the middle, where a window clipped around each figure
 * gives the two figures of "exceeded 9 trillion yuan, up 9.8 percent" two
 * different sentences.
 */

/** 1,045 characters; "9 trillion yuan" at 499, "9.8 percent" at 519. */
export const LONG_EN =
  "In 2024, a year in which the province's exporters faced weaker demand in their traditional markets, rising freight costs on the main shipping lanes through the Red Sea, tighter scrutiny of electric vehicles, lithium-ion batteries and solar panels by several large trading partners, a shortage of skilled workers in the older manufacturing towns of the Pearl River Delta, and a property market that continued to weigh on household spending, Guangdong's import and export volume nevertheless exceeded 9 trillion yuan, up 9.8 percent year on year, as private firms, which now handle more than half of the province's foreign trade, expanded their sales of machinery, household appliances, consumer electronics and new-energy products across Southeast Asia, the Middle East, Latin America and Africa, while processing trade continued its slow decline, cross-border e-commerce platforms in Shenzhen and Guangzhou reported record orders during the autumn shopping festivals, and customs offices in Huangpu and Shekou cut clearance times to three hours.";

/** 1,045 characters; "9万亿元" at 520, "9.8%" at 529. */
export const LONG_ZH =
  '2024年，面对部分传统市场需求走弱、欧洲航线运费上涨、贸易伙伴对电动汽车、锂电池和光伏产品审查趋严、珠三角部分传统制造业城镇熟练工人短缺、原材料价格大幅波动、部分行业订单向周边国家转移、中小外贸企业融资难融资贵问题依然突出、国际贸易保护主义和单边主义抬头、地缘政治冲突持续外溢、全球产业链供应链加速重构、主要经济体货币政策分化、人民币汇率双向波动幅度加大、海运集装箱一箱难求与运价高企交替出现、部分新兴市场国家外汇短缺导致付款周期拉长、欧美市场对绿色低碳和数据合规提出更高要求，以及国内房地产市场持续调整、居民消费意愿偏弱、部分地方财政收支矛盾加剧、制造业投资增速放缓、部分企业利润空间受到挤压、外贸企业用工成本持续上升、传统劳动密集型产品出口竞争力下降、部分产业链环节加速向外转移、海外仓等新型外贸基础设施建设相对滞后、外贸综合服务体系尚不完善、跨境结算便利化水平有待提升、国际物流通道稳定性不足、部分重点市场准入门槛不断提高、企业应对贸易摩擦和合规风险能力不足、品牌建设和国际营销渠道相对薄弱、高端人才储备不足等多重压力，在省委省政府出台稳外贸系列政策措施、各地各部门全力帮助企业抢订单拓市场的共同努力下，广东省外贸进出口总额仍然超过9万亿元，同比增长9.8%，其中民营企业进出口占全省外贸比重已超过一半，机电产品、家用电器、消费电子和新能源产品对东南亚、中东、拉丁美洲和非洲市场的出口持续扩大，加工贸易占比继续缓慢下降，深圳、广州两地跨境电商平台在秋季购物节期间订单量创下新高，黄埔、蛇口、珠海等海关将生鲜产品和零部件的通关时间压缩至数小时以内，省商务厅与海关总署广东分署在广州召开的新闻发布会上介绍了上述情况，并表示将继续推动外贸稳规模、优结构，支持企业开拓多元化市场，加快发展跨境电商、市场采购贸易等新业态新模式，推动内外贸一体化发展，深化粤港澳大湾区规则衔接和机制对接，提升贸易投资便利化水平，为全省经济高质量发展提供有力支撑，同时积极扩大先进技术、重要设备、关键零部件和优质消费品进口，促进进出口协调发展，巩固外贸外资基本盘，努力实现质的有效提升和量的合理增长，更好服务构建新发展格局，在推进中国式现代化建设中走在前列，为全国外贸稳定增长作出更大贡献，进一步发挥外贸对经济增长的拉动作用，推动形成更高水平开放型经济新体制，为全省稳增长、稳就业、稳预期作出积极贡献，也为加快建设贸易强省、推动粤港澳大湾区建设和更高水平对外开放奠定坚实基础，进一步增强了各类市场主体的发展信心。';
