/**
 * What keeps place names from matching ordinary words in Chinese text, which
 * has no spaces to mark where a name starts or ends. Kept as data, each row
 * with its reason, so a false hit found in a source is fixed by adding a row.
 */

/** A name that needs more than its bare form to count as a place. */
export interface NameGuard {
  name: string;
  reason: string;
}

/**
 * Short names (the name without 市) of prefecture cities that are also words
 * or common parts of words. Such a short name counts only with the 市 suffix
 * (then it is the full name, which needs no guard), after its province
 * (广东中山), before a place word (中山火炬开发区: see PLACE_WORDS_AFTER), or
 * beside another place in a list (中山、珠海、江门).
 */
export const SHORT_NAMES_NEEDING_CONTEXT: NameGuard[] = [
  { name: '中山', reason: '中山路, 中山公园, 中山大学, 孙中山' },
  { name: '长治', reason: '长治久安 "lasting stability"' },
  { name: '安康', reason: '平安安康 "well-being"' },
  { name: '黄山', reason: 'the mountain; 黄山区 is a district of the city' },
  { name: '白山', reason: '白山黑水, a phrase for the Northeast' },
  { name: '三明', reason: '三明治 "sandwich"' },
  { name: '通化', reason: '普通化, 流通化: 通 + the suffix 化' },
  { name: '吉林', reason: 'the province far more often than the city' },
  { name: '大同', reason: '大同小异, 世界大同' },
  { name: '大庆', reason: '周年大庆 "grand celebration"; also the oilfield' },
  { name: '朝阳', reason: '朝阳产业 "sunrise industry"; 朝阳区 in Beijing and Changchun' },
  { name: '四平', reason: '四平八稳 "steady"' },
  { name: '安顺', reason: '平安顺利 "safe and smooth"' },
  { name: '日照', reason: '日照时数 "hours of sunshine"' },
  { name: '包头', reason: '包头巾 "head scarf"' },
  { name: '白银', reason: '"silver"' },
  { name: '哈密', reason: '哈密瓜 "Hami melon"' },
  { name: '普洱', reason: 'the tea' },
  { name: '来宾', reason: '"guests"' },
  { name: '北海', reason: '北海公园 in Beijing, 北海道 "Hokkaido"' },
  { name: '海口', reason: '入海口, 出海口 "estuary"; 夸下海口 "boast"' },
  { name: '开封', reason: '未开封 "unopened"' },
  { name: '河源', reason: '黄河源 "source of a river"' },
  { name: '山南', reason: '山南海北 "far and wide"' },
  { name: '广安', reason: '广安门 in Beijing' },
  { name: '黑河', reason: '黑河-腾冲线, the Hu line; also rivers' },
  { name: '中卫', reason: 'a position in football' },
];

/**
 * Names whose characters also form words with the characters around them.
 * `before` is tested on the text just before the name, `after` on the text
 * just after it (after the core name, before any 市); a match rejects the hit.
 */
export interface WordTrap extends NameGuard {
  before?: RegExp;
  after?: RegExp;
}

export const WORD_TRAPS: WordTrap[] = [
  { name: '重庆', before: /隆$/, after: /^[祝典贺]/, reason: '隆重庆祝 "celebrate grandly"' },
  {
    name: '成都',
    before: /[建形变构促完达造组生合打]$/,
    reason: '建成都市圈, 形成都市: 成 ends a verb, 都市 is "metropolis"',
  },
  { name: '济南', before: /[经救接]$/, reason: '经济南部, 经济南北: 经济 "economy"' },
  { name: '合肥', before: /[复混]$/, reason: '复合肥 "compound fertiliser"' },
  { name: '大连', before: /[扩强广巨壮加庞重]$/, reason: '扩大连接 "expand connections"' },
  { name: '江门', before: /[长珠]$/, reason: '长江门户 "gateway to the Yangtze"' },
  {
    name: '西安',
    before: /[东]$/,
    after: /^[排全装置定心]/,
    reason: '东西安排, 西安全: 安排 "arrange", 安全 "safety"',
  },
  { name: '德州', before: /美国$/, after: /^扑克/, reason: '美国德州 "Texas", 德州扑克 "Texas hold\'em"' },
  { name: '南通', after: /^北达/, reason: '南通北达 "connected north and south"' },
  { name: '宁德', after: /^时代/, reason: '宁德时代, the battery maker CATL' },
];

/**
 * County-level full names that are also common words (矿区 "mining area",
 * 老城区 "old town"): they count only after their parent (阳泉市矿区).
 * Two-character names in general are handled by the boundary rule instead.
 */
export const COUNTY_NAMES_NEEDING_PARENT: NameGuard[] = [
  { name: '矿区', reason: '"mining area"' },
  { name: '东区', reason: '"east district" of anything' },
  { name: '西区', reason: '"west district" of anything' },
  { name: '新市区', reason: '"new urban area"' },
  { name: '西市区', reason: '"western urban area"' },
  { name: '老城区', reason: '"old town"' },
  { name: '古城区', reason: '"old town"' },
  { name: '城东区', reason: '"east of the city"' },
  { name: '城西区', reason: '"west of the city"' },
  { name: '城北区', reason: '"north of the city"' },
  { name: '解放区', reason: '"liberated area" in historical texts' },
  { name: '港口区', reason: '"port area"' },
  { name: '海港区', reason: '"harbour area"' },
  { name: '新建区', reason: '"newly built area"' },
  { name: '站前区', reason: '"area in front of the station"' },
  { name: '江城区', reason: '长江城区: 江 + 城区 "urban area"' },
  { name: '海城区', reason: '沿海城区: 海 + 城区 "urban area"' },
  { name: '新兴区', reason: '新兴区 "emerging area"' },
  { name: '平安区', reason: '平安 "safe" + 区' },
  { name: '前进区', reason: '"advance" + 区' },
  { name: '友好区', reason: '"friendly" + 区' },
];

/**
 * Characters that may stand right before a weak full name (a county-level
 * name of two characters, or a county-level city ending 城市): punctuation,
 * digits, Latin letters, and the function words and generics that end a word
 * in list and notice prose. Anything else may make the name the tail of a
 * word: 示范县 is not 范县, 沿海城市 is not 海城市.
 */
export const BOUNDARY_BEFORE = /(?:^|[\s\p{P}\p{S}\p{N}A-Za-z在于到至赴与和及或的对将把由从向为是即省市州盟区县旗])$/u;

/** Words after a guarded short name that make it a place: 中山火炬开发区, 吉林地区, 大同境内. */
export const PLACE_WORDS_AFTER =
  /^(?:地区|经开区|经济技术开发区|高新区|高新技术产业开发区|开发区|新区|片区|辖区|境内|全境|都市圈|主城区|城区|港)/;

/**
 * A name followed, within one run of characters, by the suffix of an
 * organisation's name is part of that name (武汉科技大学, 北京航天恒星科技有限公司):
 * no place is meant. Function words and punctuation end the run, so 北京市的大学 still names Beijing.
 */
export const ORGANISATION_AFTER =
  /^[^\s\p{P}\p{S}的在和与及是对将为等了向从由]{0,12}?(?:有限公司|股份公司|公司|集团|大学|学院|研究院|研究所|研究会|协会|学会|银行)/u;

/** A gap between two places of one list: 、 or a comma or a conjunction. */
export const LIST_GAP = /^\s*(?:[、，,；;]|和|与|及|以及|或)\s*$/;

/**
 * What may follow a short name and still leave it a name: a short name right
 * before a county-level generic or a street word is part of a longer name we
 * could not resolve (朝阳区, 南京路), not a mention of the city.
 */
export const SHORT_NAME_CUT_OFF = /^(?:[区县旗](?!域)|路|街|大道|大街|西路|东路|南路|北路|中路)/;
