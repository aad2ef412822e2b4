/**
 * The vocabulary of the synthetic corpus: real prefecture-level cities,
 * issuing bodies with their document-number codes, pilot programs, and the
 * stock phrases of MOHURD/MIIT notices, each with the English a translator
 * would give (same numbers, dates and places, so the ingest pairs them).
 */

export type Pair = readonly [zh: string, en: string];

export interface City {
  zh: string;
  en: string;
}

/**
 * Prefecture-level cities and municipalities whose Chinese full name and
 * English name both resolve, alone, to the same unit in the archive's
 * gazetteer (names several units share in English, such as Suzhou, Taizhou
 * or Fuzhou, are left out: a translator would have to disambiguate them).
 */
export const CITIES: readonly City[] = (
  [
    ['北京市', 'Beijing'],
    ['上海市', 'Shanghai'],
    ['天津市', 'Tianjin'],
    ['重庆市', 'Chongqing'],
    ['广州市', 'Guangzhou'],
    ['深圳市', 'Shenzhen'],
    ['武汉市', 'Wuhan'],
    ['长沙市', 'Changsha'],
    ['无锡市', 'Wuxi'],
    ['厦门市', 'Xiamen'],
    ['南京市', 'Nanjing'],
    ['济南市', 'Jinan'],
    ['成都市', 'Chengdu'],
    ['合肥市', 'Hefei'],
    ['沧州市', 'Cangzhou'],
    ['芜湖市', 'Wuhu'],
    ['淄博市', 'Zibo'],
    ['杭州市', 'Hangzhou'],
    ['宁波市', 'Ningbo'],
    ['温州市', 'Wenzhou'],
    ['嘉兴市', 'Jiaxing'],
    ['湖州市', 'Huzhou'],
    ['绍兴市', 'Shaoxing'],
    ['金华市', 'Jinhua'],
    ['青岛市', 'Qingdao'],
    ['烟台市', 'Yantai'],
    ['潍坊市', 'Weifang'],
    ['威海市', 'Weihai'],
    ['济宁市', 'Jining'],
    ['临沂市', 'Linyi'],
    ['郑州市', 'Zhengzhou'],
    ['洛阳市', 'Luoyang'],
    ['石家庄市', 'Shijiazhuang'],
    ['唐山市', 'Tangshan'],
    ['保定市', 'Baoding'],
    ['邯郸市', 'Handan'],
    ['廊坊市', 'Langfang'],
    ['太原市', 'Taiyuan'],
    ['呼和浩特市', 'Hohhot'],
    ['沈阳市', 'Shenyang'],
    ['大连市', 'Dalian'],
    ['鞍山市', 'Anshan'],
    ['长春市', 'Changchun'],
    ['哈尔滨市', 'Harbin'],
    ['南昌市', 'Nanchang'],
    ['赣州市', 'Ganzhou'],
    ['九江市', 'Jiujiang'],
    ['泉州市', 'Quanzhou'],
    ['漳州市', 'Zhangzhou'],
    ['莆田市', 'Putian'],
    ['南宁市', 'Nanning'],
    ['柳州市', 'Liuzhou'],
    ['桂林市', 'Guilin'],
    ['贵阳市', 'Guiyang'],
    ['昆明市', 'Kunming'],
    ['兰州市', 'Lanzhou'],
    ['银川市', 'Yinchuan'],
    ['乌鲁木齐市', 'Urumqi'],
    ['拉萨市', 'Lhasa'],
    ['海口市', 'Haikou'],
    ['三亚市', 'Sanya'],
    ['株洲市', 'Zhuzhou'],
    ['湘潭市', 'Xiangtan'],
    ['岳阳市', 'Yueyang'],
    ['常德市', 'Changde'],
    ['宜昌市', 'Yichang'],
    ['襄阳市', 'Xiangyang'],
    ['十堰市', 'Shiyan'],
    ['常州市', 'Changzhou'],
    ['南通市', 'Nantong'],
    ['扬州市', 'Yangzhou'],
    ['镇江市', 'Zhenjiang'],
    ['徐州市', 'Xuzhou'],
    ['盐城市', 'Yancheng'],
    ['连云港市', 'Lianyungang'],
    ['淮安市', "Huai'an"],
    ['宿迁市', 'Suqian'],
    ['东莞市', 'Dongguan'],
    ['佛山市', 'Foshan'],
    ['珠海市', 'Zhuhai'],
    ['中山市', 'Zhongshan'],
    ['惠州市', 'Huizhou'],
    ['江门市', 'Jiangmen'],
    ['汕头市', 'Shantou'],
    ['湛江市', 'Zhanjiang'],
    ['肇庆市', 'Zhaoqing'],
    ['绵阳市', 'Mianyang'],
    ['德阳市', 'Deyang'],
    ['宜宾市', 'Yibin'],
    ['泸州市', 'Luzhou'],
    ['南充市', 'Nanchong'],
    ['遵义市', 'Zunyi'],
    ['蚌埠市', 'Bengbu'],
    ['马鞍山市', "Ma'anshan"],
    ['安庆市', 'Anqing'],
    ['铜陵市', 'Tongling'],
    ['滁州市', 'Chuzhou'],
    ['新乡市', 'Xinxiang'],
    ['许昌市', 'Xuchang'],
    ['南阳市', 'Nanyang'],
    ['鹤壁市', 'Hebi'],
    ['大同市', 'Datong'],
    ['长治市', 'Changzhi'],
    ['包头市', 'Baotou'],
    ['营口市', 'Yingkou'],
    ['盘锦市', 'Panjin'],
    ['大庆市', 'Daqing'],
    ['牡丹江市', 'Mudanjiang'],
    ['鄂尔多斯市', 'Ordos'],
    ['齐齐哈尔市', 'Qiqihar'],
    ['秦皇岛市', 'Qinhuangdao'],
    ['日照市', 'Rizhao'],
    ['东营市', 'Dongying'],
    ['泰安市', "Tai'an"],
    ['聊城市', 'Liaocheng'],
    ['德州市', 'Dezhou'],
    ['荆州市', 'Jingzhou'],
    ['黄石市', 'Huangshi'],
    ['衡阳市', 'Hengyang'],
    ['郴州市', 'Chenzhou'],
    ['上饶市', 'Shangrao'],
    ['景德镇市', 'Jingdezhen'],
    ['舟山市', 'Zhoushan'],
    ['丽水市', 'Lishui'],
    ['衢州市', 'Quzhou'],
  ] as const
).map(([zh, en]) => ({ zh, en }));

export interface Issuer {
  /** As the title and the body name it. */
  zh: string;
  /** As a translator renders it in the title line. */
  en: string;
  /** 发文机关代字 this body uses. */
  codes: readonly string[];
  /** How English translations abbreviate the code: `J.B.C.H. [2021] No.123`. */
  abbr: string;
  /** Signature lines, one body per line. */
  sign: readonly Pair[];
}

export const ISSUERS: readonly Issuer[] = [
  {
    zh: '住房和城乡建设部办公厅 工业和信息化部办公厅',
    en: 'the General Offices of MOHURD and MIIT',
    codes: ['建办城函', '建办城'],
    abbr: 'J.B.C.H.',
    sign: [
      ['住房和城乡建设部办公厅', 'MOHURD General Office'],
      ['工业和信息化部办公厅', 'MIIT General Office'],
    ],
  },
  {
    zh: '住房和城乡建设部办公厅',
    en: 'the General Office of MOHURD',
    codes: ['建办城函', '建办科函', '建办科'],
    abbr: 'J.B.K.H.',
    sign: [['住房和城乡建设部办公厅', 'MOHURD General Office']],
  },
  {
    zh: '住房和城乡建设部',
    en: 'MOHURD',
    codes: ['建城', '建科', '建标'],
    abbr: 'J.C.',
    sign: [['住房和城乡建设部', 'Ministry of Housing and Urban-Rural Development']],
  },
  {
    zh: '工业和信息化部办公厅',
    en: 'the General Office of MIIT',
    codes: ['工信厅科', '工信厅通信', '工信厅装'],
    abbr: 'G.X.T.K.',
    sign: [['工业和信息化部办公厅', 'MIIT General Office']],
  },
  {
    zh: '住房和城乡建设部办公厅 科学技术部办公厅',
    en: 'the General Offices of MOHURD and MOST',
    codes: ['建办科', '建办科函'],
    abbr: 'J.B.K.',
    sign: [
      ['住房和城乡建设部办公厅', 'MOHURD General Office'],
      ['科学技术部办公厅', 'MOST General Office'],
    ],
  },
  {
    zh: '国家发展改革委办公厅',
    en: 'the General Office of the NDRC',
    codes: ['发改办高技', '发改办地区'],
    abbr: 'F.G.B.G.J.',
    sign: [['国家发展改革委办公厅', 'NDRC General Office']],
  },
];

/** Pilot programs a notice is about (`中文`, English). */
export const PROGRAMS: readonly Pair[] = [
  [
    '智慧城市基础设施与智能网联汽车协同发展',
    'the coordinated development of smart city infrastructure and intelligent connected vehicles',
  ],
  ['国家智慧城市', 'national smart cities'],
  ['新型城市基础设施建设', 'new urban infrastructure construction'],
  ['城市信息模型（CIM）基础平台建设', 'City Information Modeling (CIM) basic platform construction'],
  ['智能网联汽车道路测试与示范应用', 'road testing and demonstration application of intelligent connected vehicles'],
  ['城市运行管理服务平台建设', 'urban operation management service platform construction'],
  ['城市更新', 'urban renewal'],
  ['车联网先导区建设', 'Internet of Vehicles pilot zone construction'],
  ['数字家庭建设', 'digital home construction'],
  ['绿色社区创建', 'green community creation'],
  [
    '智能建造与新型建筑工业化协同发展',
    'the coordinated development of intelligent construction and new building industrialization',
  ],
];

export const SALUTATIONS: readonly Pair[] = [
  [
    '各省、自治区、直辖市住房和城乡建设厅（委、管委）、工业和信息化主管部门：',
    'Housing and urban-rural development departments (commissions) and competent departments of industry and information technology of all provinces, autonomous regions and municipalities directly under the Central Government:',
  ],
  [
    '各省、自治区住房和城乡建设厅，直辖市建委：',
    'Housing and urban-rural development departments of all provinces and autonomous regions, and construction commissions of municipalities directly under the Central Government:',
  ],
  [
    '各省、自治区、直辖市及计划单列市工业和信息化主管部门：',
    'Competent departments of industry and information technology of all provinces, autonomous regions, municipalities directly under the Central Government and cities specifically designated in the state plan:',
  ],
  ['有关城市人民政府：', "People's governments of the cities concerned:"],
  ['各有关单位：', 'All relevant units:'],
];

export const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];
export const CN_ORDINAL = ['一', '二', '三', '四', '五', '六', '七', '八', '九', '十', '十一', '十二'];
export const EN_ORDINAL = [
  'first',
  'second',
  'third',
  'fourth',
  'fifth',
  'sixth',
  'seventh',
  'eighth',
  'ninth',
  'tenth',
  'eleventh',
  'twelfth',
];
export const CN_NUMBER = ['', '一', '二', '三', '四', '五', '六', '七', '八', '九', '十'];
export const EN_NUMBER = ['', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten'];

/** Contact persons: surname and given name, with their pinyin. */
export const PEOPLE: readonly Pair[] = [
  ['王明', 'Wang Ming'],
  ['李娜', 'Li Na'],
  ['张伟', 'Zhang Wei'],
  ['刘洋', 'Liu Yang'],
  ['陈静', 'Chen Jing'],
  ['杨帆', 'Yang Fan'],
  ['赵磊', 'Zhao Lei'],
  ['黄丽', 'Huang Li'],
  ['周杰', 'Zhou Jie'],
  ['吴鹏', 'Wu Peng'],
  ['徐敏', 'Xu Min'],
  ['孙涛', 'Sun Tao'],
  ['马超', 'Ma Chao'],
  ['朱琳', 'Zhu Lin'],
  ['胡斌', 'Hu Bin'],
  ['郭芳', 'Guo Fang'],
  ['何军', 'He Jun'],
  ['高翔', 'Gao Xiang'],
  ['林峰', 'Lin Feng'],
  ['罗红', 'Luo Hong'],
];

/** Offices that receive reports: `报送{office}`. */
export const OFFICES: readonly Pair[] = [
  ['住房和城乡建设部城市建设司', 'the Department of Urban Construction of MOHURD'],
  [
    '住房和城乡建设部建筑节能与科技司',
    'the Department of Building Energy Efficiency and Science and Technology of MOHURD',
  ],
  ['工业和信息化部科技司', 'the Department of Science and Technology of MIIT'],
  ['双智试点办公室', 'the Shuangzhi Pilot Office'],
];

/** What is reported: `将{materials}报送…`. */
export const MATERIALS: readonly Pair[] = [
  ['试点工作方案', 'the pilot work plan'],
  ['年度工作总结', 'the annual work summary'],
  ['申报材料', 'the application materials'],
  ['自评估报告', 'the self-assessment report'],
  ['试点实施方案及项目清单', 'the pilot implementation plan and project list'],
];

export const METRICS: readonly Pair[] = [
  ['智能化路口', 'intelligent intersections'],
  ['城市道路视频监控', 'urban road video surveillance'],
  ['政务服务事项网上办理', 'online handling of government services'],
  ['城市信息模型平台接入项目', 'projects connected to the city information model platform'],
  ['新建住宅小区智能安防', 'intelligent security in new residential communities'],
];

/** Numbered requirements: a heading, then stock sentences. */
export const HEADINGS: readonly Pair[] = [
  ['加强组织领导', 'Strengthen organization and leadership'],
  ['明确工作任务', 'Clarify work tasks'],
  ['完善保障措施', 'Improve safeguard measures'],
  ['加强统筹协调', 'Strengthen overall coordination'],
  ['做好宣传推广', 'Do a good job in publicity and promotion'],
  ['强化监督评估', 'Strengthen supervision and evaluation'],
  ['推进数据共享', 'Promote data sharing'],
  ['严格安全管理', 'Strictly manage safety'],
];

/** Sentences with nothing to fill in. */
export const STOCK: readonly Pair[] = [
  [
    '试点城市要建立健全统筹协调机制，落实资金等保障措施，确保试点工作取得成效。',
    'Pilot cities should establish and improve an overall coordination mechanism, implement funding and other safeguard measures, and ensure that the pilot work achieves results.',
  ],
  ['要形成可复制可推广的经验。', 'Replicable and scalable experience should be formed.'],
  [
    '有关省级住房和城乡建设、工业和信息化部门要加大对试点城市的指导支持力度。',
    'Relevant provincial housing and urban-rural development and industry and information technology departments should increase guidance and support for pilot cities.',
  ],
  ['加强顶层设计，促进“多规融合”。', 'Strengthen top-level design and promote the “integration of multiple plans”.'],
  [
    '推进信息资源共享和社会化开发利用，强化信息安全。',
    'Promote the sharing and social development and utilization of information resources, and strengthen information security.',
  ],
  ['创新建设和运营模式，激发市场活力。', 'Innovate construction and operation models and stimulate market vitality.'],
  [
    '明确责任和考核制度，落实相关保障措施。',
    'Clarify responsibility and assessment systems and implement relevant safeguard measures.',
  ],
  [
    '加快推进智能化道路基础设施建设，提升车城网平台支撑能力。',
    'Accelerate the construction of intelligent road infrastructure and improve the support capacity of the vehicle-city network platform.',
  ],
  [
    '开展智能网联汽车示范应用，丰富应用场景。',
    'Carry out demonstration applications of intelligent connected vehicles and enrich application scenarios.',
  ],
  [
    '完善标准体系，推动关键技术攻关和成果转化。',
    'Improve the standards system and promote breakthroughs in key technologies and the transformation of results.',
  ],
  [
    '请各地高度重视，精心组织，认真做好相关工作。',
    'All localities are requested to attach great importance, organize carefully and do the relevant work conscientiously.',
  ],
  [
    '住房和城乡建设部将会同有关部门对试点工作进行跟踪指导，适时组织开展评估。',
    'MOHURD will, together with relevant departments, track and guide the pilot work and organize evaluation in due course.',
  ],
  [
    '试点城市要统筹推进城市信息模型（CIM）基础平台建设，推动工程建设项目审批全流程数字化。',
    'Pilot cities should advance the construction of the City Information Modeling (CIM) basic platform and promote the digitalization of the entire approval process for construction projects.',
  ],
  [
    '充分利用物联网、大数据、人工智能等新一代信息技术。',
    'Make full use of new-generation information technologies such as the Internet of Things, big data and artificial intelligence.',
  ],
  [
    '严格落实网络安全和数据安全责任，依法保护个人信息。',
    'Strictly implement network security and data security responsibilities and protect personal information in accordance with the law.',
  ],
  [
    '对工作进展缓慢、成效不明显的试点城市，将予以通报并责令整改。',
    'Pilot cities with slow progress or insignificant results will be notified and ordered to make rectifications.',
  ],
  [
    '鼓励社会资本参与试点项目建设和运营，探索可持续的商业模式。',
    'Social capital is encouraged to participate in the construction and operation of pilot projects and to explore sustainable business models.',
  ],
  [
    '加强城市运行监测，提升城市治理科学化、精细化、智能化水平。',
    'Strengthen urban operation monitoring and improve the scientific, refined and intelligent level of urban governance.',
  ],
  [
    '各地在实施过程中遇到的问题，请及时反馈。',
    'Please give timely feedback on problems encountered during implementation.',
  ],
  [
    '坚持以人民为中心的发展思想，着力解决群众急难愁盼问题。',
    'Adhere to the people-centered development philosophy and focus on solving the urgent difficulties and concerns of the public.',
  ],
  [
    '推动城市基础设施数字化改造，提高城市安全韧性。',
    'Promote the digital transformation of urban infrastructure and improve urban safety and resilience.',
  ],
  [
    '建立跨部门数据共享机制，打破信息孤岛。',
    'Establish a cross-departmental data sharing mechanism and break down information silos.',
  ],
  [
    '试点城市人民政府是试点工作的责任主体，要切实加强组织领导。',
    "The people's governments of pilot cities are responsible for the pilot work and should effectively strengthen organization and leadership.",
  ],
  [
    '要注重总结提炼，及时形成政策制度成果。',
    'Attention should be paid to summarizing experience and promptly turning it into policies and institutions.',
  ],
];
