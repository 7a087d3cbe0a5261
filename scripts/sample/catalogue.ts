// What kinds of key projects a county builds: one template per kind of project, with
// the program (工程) it belongs to, who answers for it, who owns it, how big and how
// long it usually is, and how its name and 建设内容 read.
import type { Rng } from './prng.ts';
import { COUNTY } from './places.ts';
import { DEPT, OWNER, townGovernment } from './organisations.ts';

/** How the works progress physically; drives the 形象进度 texts and the likely problems. */
export type WorkKind = 'building' | 'road' | 'pipeline' | 'plant' | 'industrial' | 'renewal' | 'rural' | 'river' | 'park';

export interface NameContext {
  town: string;
  /** A second township, for roads between two towns. */
  town2: string;
  river: string;
  brand: string;
  rng: Rng;
}

/** Responsible unit placeholder: the township itself answers for the project. */
export const TOWN_UNIT = '@town';

export interface ProjectTemplate {
  key: string;
  /** Index into the base program list (programs.ts). */
  program: number;
  category: string;
  kind: WorkKind;
  unit: string;
  owner: string | ((c: NameContext) => string);
  /** Where instances may go: any township, rural ones, urban ones, or one fixed township. */
  towns: 'any' | 'rural' | 'urban' | 'park' | { fixed: string };
  /** Whether the template can be used again in another township. */
  multi: boolean;
  /** Total investment range, 万元. */
  total: [number, number];
  /** Construction period range, months. */
  months: [number, number];
  name(c: NameContext): string;
  describe(c: NameContext): string;
  /** Goes into operation (投产/投运) after completion: factories, plants, power lines. */
  operates?: boolean;
}

const n = (c: NameContext, lo: number, hi: number): number => c.rng.int(lo, hi);
const d1 = (c: NameContext, lo: number, hi: number): string => (Math.round(c.rng.range(lo, hi) * 10) / 10).toFixed(1);
const privateOwner = (trade: string) => (c: NameContext) => `${COUNTY}${c.brand}${trade}有限公司`;

const P_INDUSTRY = 0;
const P_INFRA = 1;
const P_ECO = 2;
const P_SOCIAL = 3;
const P_URBAN = 4;
const P_RURAL = 5;

export const TEMPLATES: readonly ProjectTemplate[] = [
  // ------------------------------------------------------------ 产业发展工程
  {
    key: 'standard-factories', program: P_INDUSTRY, category: '工业', kind: 'building', unit: DEPT.park, owner: OWNER.park,
    towns: { fixed: '城东街道' }, multi: false, total: [18000, 32000], months: [14, 22],
    name: () => '工业园区标准化厂房建设项目（三期）',
    describe: (c) => `新建标准化厂房${n(c, 8, 16)}栋，总建筑面积${d1(c, 8, 15)}万平方米，配套建设园区道路、给排水、供配电等基础设施`,
  },
  {
    key: 'cold-chain', program: P_INDUSTRY, category: '现代物流', kind: 'building', unit: DEPT.commerce, owner: OWNER.agriculture,
    towns: { fixed: '河口镇' }, multi: false, total: [26000, 42000], months: [18, 26],
    name: () => `${COUNTY}现代农业产业园农产品冷链物流集散中心及配套基础设施建设项目`,
    describe: (c) => `新建冷库${n(c, 2, 4)}万吨、农产品交易大棚${n(c, 2, 4)}万平方米及分拣加工车间、检测中心，配套建设园区道路和停车场`,
  },
  {
    key: 'aluminium', program: P_INDUSTRY, category: '工业', kind: 'industrial', unit: DEPT.park, owner: privateOwner('新材料'),
    towns: 'park', multi: true, total: [30000, 80000], months: [12, 20], operates: true,
    name: (c) => `${c.brand}年产${n(c, 3, 8)}万吨高性能铝合金型材项目`,
    describe: (c) => `新建生产车间及仓库${n(c, 4, 8)}万平方米，购置熔铸、挤压、表面处理生产线${n(c, 4, 10)}条`,
  },
  {
    key: 'electronics', program: P_INDUSTRY, category: '工业', kind: 'industrial', unit: DEPT.park, owner: privateOwner('电子科技'),
    towns: 'park', multi: true, total: [20000, 60000], months: [10, 18], operates: true,
    name: (c) => `${c.brand}年产${n(c, 10, 50)}亿只片式电子元器件项目`,
    describe: (c) => `新建洁净厂房${n(c, 2, 5)}万平方米，购置贴片、封装、检测等生产设备${n(c, 150, 400)}台（套）`,
  },
  {
    key: 'auto-parts', program: P_INDUSTRY, category: '工业', kind: 'industrial', unit: DEPT.park, owner: privateOwner('汽车零部件'),
    towns: 'park', multi: true, total: [25000, 70000], months: [12, 20], operates: true,
    name: (c) => `${c.brand}新能源汽车零部件智能制造项目`,
    describe: (c) => `新建智能化生产车间${n(c, 3, 6)}万平方米，建设电机壳体、电池托盘等零部件生产线${n(c, 6, 12)}条`,
  },
  {
    key: 'food', program: P_INDUSTRY, category: '农产品加工', kind: 'industrial', unit: DEPT.industry, owner: privateOwner('食品'),
    towns: 'any', multi: true, total: [8000, 25000], months: [10, 16], operates: true,
    name: (c) => `${c.brand}年产${n(c, 2, 6)}万吨休闲食品生产线建设项目`,
    describe: (c) => `新建标准化生产车间${n(c, 1, 3)}万平方米、冷藏库及原料仓库，引进自动化生产线${n(c, 4, 8)}条`,
  },
  {
    key: 'herbal', program: P_INDUSTRY, category: '生物医药', kind: 'industrial', unit: DEPT.industry, owner: privateOwner('药业'),
    towns: 'any', multi: true, total: [12000, 35000], months: [12, 20], operates: true,
    name: (c) => `${c.brand}中药饮片及配方颗粒生产基地项目`,
    describe: (c) => `新建GMP标准生产车间${n(c, 2, 4)}万平方米及质检研发中心，建设中药饮片生产线${n(c, 3, 6)}条`,
  },
  {
    key: 'building-materials', program: P_INDUSTRY, category: '工业', kind: 'industrial', unit: DEPT.industry, owner: privateOwner('建材科技'),
    towns: 'rural', multi: true, total: [10000, 30000], months: [10, 16], operates: true,
    name: (c) => `${c.brand}年产${n(c, 20, 60)}万立方米新型墙体材料项目`,
    describe: (c) => `新建蒸压加气混凝土砌块、装配式墙板生产线各${n(c, 1, 2)}条及配套原料堆场、成品库`,
  },
  {
    key: 'logistics', program: P_INDUSTRY, category: '现代物流', kind: 'building', unit: DEPT.commerce, owner: privateOwner('物流'),
    towns: 'urban', multi: true, total: [15000, 40000], months: [14, 24],
    name: (c) => `${c.brand}智慧物流园建设项目`,
    describe: (c) => `新建仓储中心${n(c, 4, 9)}万平方米、分拣中心及信息平台，配套建设停车场和综合服务楼`,
  },
  {
    key: 'digital-park', program: P_INDUSTRY, category: '数字经济', kind: 'building', unit: DEPT.industry, owner: OWNER.city,
    towns: { fixed: '城北街道' }, multi: false, total: [20000, 35000], months: [18, 28],
    name: () => '数字经济产业园建设项目（一期）',
    describe: (c) => `新建研发办公楼、孵化楼及数据机房，总建筑面积${d1(c, 5, 9)}万平方米`,
  },
  {
    key: 'trade-complex', program: P_INDUSTRY, category: '现代服务业', kind: 'building', unit: DEPT.commerce, owner: privateOwner('置业'),
    towns: { fixed: '城北街道' }, multi: false, total: [40000, 90000], months: [24, 36],
    name: () => '城北商贸综合体建设项目',
    describe: (c) => `新建商业综合体及地下停车场，总建筑面积${d1(c, 12, 20)}万平方米`,
  },
  {
    key: 'scenic', program: P_INDUSTRY, category: '文化旅游', kind: 'park', unit: DEPT.culture, owner: OWNER.tourism,
    towns: { fixed: '䶮山镇' }, multi: false, total: [15000, 30000], months: [16, 26],
    name: () => '䶮山风景区游客服务中心及旅游公路建设项目',
    describe: (c) => `新建游客服务中心${n(c, 3000, 6000)}平方米、生态停车场${n(c, 300, 600)}个，改扩建旅游公路${d1(c, 8, 15)}公里`,
  },
  {
    key: 'wellness-town', program: P_INDUSTRY, category: '文化旅游', kind: 'park', unit: DEPT.culture, owner: privateOwner('文旅发展'),
    towns: 'rural', multi: true, total: [20000, 60000], months: [20, 36],
    name: (c) => `${c.town}文旅康养小镇建设项目`,
    describe: (c) => `建设康养度假酒店、民宿集群、农耕文化体验区及配套设施，总建筑面积${d1(c, 3, 8)}万平方米`,
  },
  // ------------------------------------------------------------ 基础设施提升工程
  {
    key: 'provincial-road', program: P_INFRA, category: '交通', kind: 'road', unit: DEPT.transport, owner: OWNER.transport,
    towns: 'rural', multi: true, total: [30000, 90000], months: [20, 34],
    name: (c) => `省道S${n(c, 210, 339)}线${c.town}至${c.town2}段改扩建工程`,
    describe: (c) => `按二级公路标准改扩建${d1(c, 12, 30)}公里，路基宽${c.rng.pick(['10', '12'])}米，新建中小桥${n(c, 3, 8)}座`,
  },
  {
    key: 'rail-link', program: P_INFRA, category: '交通', kind: 'road', unit: DEPT.transport, owner: OWNER.transport,
    towns: { fixed: '城东街道' }, multi: false, total: [50000, 110000], months: [24, 36],
    name: () => '县城至高铁站快速通道建设工程',
    describe: (c) => `按一级公路兼城市道路标准新建${d1(c, 8, 14)}公里，路基宽${n(c, 24, 32)}米，同步建设给排水、照明、绿化工程`,
  },
  {
    key: 'town-road', program: P_INFRA, category: '交通', kind: 'road', unit: DEPT.transport, owner: OWNER.transport,
    towns: 'rural', multi: true, total: [5000, 18000], months: [10, 18],
    name: (c) => `${c.town}至${c.town2}公路提质改造工程`,
    describe: (c) => `按三级公路标准提质改造${d1(c, 8, 20)}公里，路面宽${c.rng.pick(['6.5', '7.5'])}米，完善安全防护设施`,
  },
  {
    key: 'bridge', program: P_INFRA, category: '交通', kind: 'road', unit: DEPT.transport, owner: OWNER.transport,
    towns: 'any', multi: true, total: [12000, 38000], months: [18, 30],
    name: (c) => `${c.river}${c.town.replace(/(镇|乡|街道)$/, '')}大桥建设工程`,
    describe: (c) => `新建大桥${n(c, 380, 820)}米，桥面宽${n(c, 12, 26)}米，配套建设引道${d1(c, 0.8, 2.5)}公里`,
  },
  {
    key: 'water-plant', program: P_INFRA, category: '市政', kind: 'plant', unit: DEPT.housing, owner: OWNER.city,
    towns: { fixed: '城北街道' }, multi: false, total: [20000, 42000], months: [18, 28], operates: true,
    name: () => '县城第二水厂及配套管网工程',
    describe: (c) => `新建日供水${n(c, 4, 8)}万吨水厂一座，铺设供水主管网${d1(c, 15, 35)}公里`,
  },
  {
    key: 'reservoir', program: P_INFRA, category: '水利', kind: 'river', unit: DEPT.water, owner: OWNER.water,
    towns: 'rural', multi: true, total: [1500, 6000], months: [8, 14],
    name: (c) => `${c.town}${c.rng.pick(['大坪', '长冲', '石塘', '黄泥湾', '枫树坳'])}水库除险加固工程`,
    describe: (c) => `对大坝进行防渗加固，改造溢洪道、放水设施，新建防汛道路${d1(c, 1, 4)}公里及大坝安全监测设施`,
  },
  {
    key: 'irrigation', program: P_INFRA, category: '水利', kind: 'rural', unit: DEPT.water, owner: OWNER.water,
    towns: 'rural', multi: true, total: [8000, 24000], months: [14, 24],
    name: (c) => `${c.river}灌区续建配套与节水改造项目`,
    describe: (c) => `改造干支渠${d1(c, 25, 60)}公里、渠系建筑物${n(c, 60, 180)}处，恢复和改善灌溉面积${d1(c, 3, 8)}万亩`,
  },
  {
    key: 'substation', program: P_INFRA, category: '能源', kind: 'plant', unit: DEPT.development, owner: OWNER.grid,
    towns: 'rural', multi: true, total: [5000, 11000], months: [10, 16], operates: true,
    name: (c) => `110千伏${c.town.replace(/(镇|乡|街道)$/, '')}输变电工程`,
    describe: (c) => `新建110千伏变电站1座，主变容量${c.rng.pick(['2×50', '2×63'])}兆伏安，新建110千伏线路${d1(c, 10, 25)}公里`,
  },
  {
    key: 'gas', program: P_INFRA, category: '能源', kind: 'pipeline', unit: DEPT.housing, owner: OWNER.gas,
    towns: { fixed: '城关镇' }, multi: false, total: [8000, 18000], months: [12, 20],
    name: () => '天然气管道“镇镇通”工程',
    describe: (c) => `新建中压燃气管道${d1(c, 60, 120)}公里及调压站${n(c, 6, 10)}座，实现天然气管道通达所有乡镇`,
  },
  {
    key: 'parking', program: P_INFRA, category: '市政', kind: 'building', unit: DEPT.urban, owner: OWNER.city,
    towns: 'urban', multi: true, total: [4000, 12000], months: [8, 14],
    name: (c) => `${c.town}公共停车场及充电基础设施建设项目`,
    describe: (c) => `新建公共停车位${n(c, 300, 900)}个、充电桩${n(c, 60, 200)}个，配套建设智慧停车管理系统`,
  },
  {
    key: 'bus-hub', program: P_INFRA, category: '交通', kind: 'building', unit: DEPT.transport, owner: OWNER.transport,
    towns: { fixed: '城南街道' }, multi: false, total: [12000, 24000], months: [16, 24],
    name: () => '城乡客运综合枢纽站建设项目',
    describe: (c) => `新建一级客运站1座，站房建筑面积${n(c, 8000, 15000)}平方米，配套建设公交首末站和停车场`,
  },
  // ------------------------------------------------------------ 生态环保工程
  {
    key: 'sewage-plant', program: P_ECO, category: '生态环保', kind: 'plant', unit: DEPT.housing, owner: OWNER.city,
    towns: { fixed: '城南街道' }, multi: false, total: [12000, 22000], months: [16, 24], operates: true,
    name: () => `${COUNTY}城南污水处理厂二期工程`,
    describe: (c) => `新建日处理污水${n(c, 2, 4)}万吨处理设施及配套管网${d1(c, 8, 16)}公里，出水水质达到一级A标准`,
  },
  {
    key: 'town-sewage', program: P_ECO, category: '生态环保', kind: 'pipeline', unit: DEPT.ecology, owner: (c) => townGovernment(c.town),
    towns: 'rural', multi: true, total: [1500, 5000], months: [8, 14],
    name: (c) => `${c.town}污水处理设施及配套管网建设项目`,
    describe: (c) => `新建日处理${n(c, 5, 20) * 100}吨污水处理站1座，铺设污水收集管网${d1(c, 8, 25)}公里`,
  },
  {
    key: 'river-basin', program: P_ECO, category: '生态环保', kind: 'river', unit: DEPT.water, owner: OWNER.water,
    towns: 'any', multi: true, total: [20000, 55000], months: [18, 30],
    name: (c) => `${c.river}流域水环境综合治理工程`,
    describe: (c) => `实施河道清淤疏浚${d1(c, 15, 40)}公里、生态护岸${d1(c, 8, 20)}公里，建设人工湿地和截污管网`,
  },
  {
    key: 'flood-control', program: P_ECO, category: '水利', kind: 'river', unit: DEPT.water, owner: OWNER.water,
    towns: 'urban', multi: true, total: [10000, 30000], months: [14, 24],
    name: (c) => `${c.river}${COUNTY}城区段防洪治理工程`,
    describe: (c) => `新建加固堤防${d1(c, 5, 12)}公里，新建排涝泵站${n(c, 1, 3)}座，同步建设滨河步道`,
  },
  {
    key: 'rain-sewage', program: P_ECO, category: '市政', kind: 'pipeline', unit: DEPT.housing, owner: OWNER.city,
    towns: { fixed: '城关镇' }, multi: false, total: [15000, 28000], months: [14, 24],
    name: () => `${COUNTY}城区雨污分流改造及老旧管网更新提质工程（一期）`,
    describe: (c) => `改造雨污合流管网${d1(c, 30, 60)}公里，更新老旧供水管网${d1(c, 20, 40)}公里，新建截污干管${d1(c, 5, 12)}公里`,
  },
  {
    key: 'waste', program: P_ECO, category: '生态环保', kind: 'building', unit: DEPT.urban, owner: OWNER.city,
    towns: { fixed: '石门镇' }, multi: false, total: [6000, 14000], months: [10, 16],
    name: () => '生活垃圾转运站及城乡环卫一体化收运体系建设项目',
    describe: (c) => `新建压缩式垃圾转运站${n(c, 8, 14)}座，购置垃圾收运车辆${n(c, 30, 60)}台，建设智慧环卫监管平台`,
  },
  {
    key: 'mine-restoration', program: P_ECO, category: '生态环保', kind: 'rural', unit: DEPT.land, owner: (c) => townGovernment(c.town),
    towns: 'rural', multi: true, total: [2000, 7000], months: [8, 14],
    name: (c) => `${c.town}废弃矿山生态修复项目`,
    describe: (c) => `对${n(c, 5, 15)}处废弃矿山实施削坡整形、土地复垦和植被恢复，修复面积${n(c, 800, 2500)}亩`,
  },
  {
    key: 'afforestation', program: P_ECO, category: '生态环保', kind: 'rural', unit: DEPT.forestry, owner: OWNER.forestFarm,
    towns: 'rural', multi: true, total: [1500, 5000], months: [6, 12],
    name: (c) => `${c.town}国土绿化及森林质量精准提升项目`,
    describe: (c) => `实施人工造林${n(c, 3000, 8000)}亩、森林抚育${d1(c, 1, 3)}万亩，建设森林防火通道${d1(c, 10, 30)}公里`,
  },
  {
    key: 'wetland', program: P_ECO, category: '生态环保', kind: 'park', unit: DEPT.forestry, owner: OWNER.city,
    towns: 'any', multi: true, total: [8000, 20000], months: [12, 20],
    name: (c) => `${c.river}国家湿地公园保护与恢复项目`,
    describe: (c) => `实施湿地保护与恢复${n(c, 1500, 4000)}亩，建设科普宣教中心、观鸟平台和生态步道${d1(c, 5, 12)}公里`,
  },
  // ------------------------------------------------------------ 民生保障工程
  {
    key: 'primary-school', program: P_SOCIAL, category: '教育', kind: 'building', unit: DEPT.education, owner: OWNER.education,
    towns: 'any', multi: true, total: [1500, 5000], months: [10, 16],
    name: (c) => `${c.town}中心小学教学楼建设项目`,
    describe: (c) => `新建教学综合楼${n(c, 4000, 9000)}平方米，新增学位${n(c, 6, 18) * 90}个，配套建设运动场和围墙`,
  },
  {
    key: 'high-school', program: P_SOCIAL, category: '教育', kind: 'building', unit: DEPT.education, owner: OWNER.education,
    towns: { fixed: '城东街道' }, multi: false, total: [30000, 60000], months: [20, 30],
    name: () => `${COUNTY}第一中学新校区建设项目`,
    describe: (c) => `新建教学楼、实验楼、图书馆、学生宿舍及食堂，总建筑面积${d1(c, 6, 10)}万平方米，可容纳学生${n(c, 30, 50) * 100}人`,
  },
  {
    key: 'kindergarten', program: P_SOCIAL, category: '教育', kind: 'building', unit: DEPT.education, owner: OWNER.education,
    towns: 'any', multi: true, total: [800, 2500], months: [8, 14],
    name: (c) => `${c.town}中心幼儿园建设项目`,
    describe: (c) => `新建${n(c, 9, 15)}个班规模幼儿园，建筑面积${n(c, 3000, 6000)}平方米`,
  },
  {
    key: 'hospital', program: P_SOCIAL, category: '卫生健康', kind: 'building', unit: DEPT.health, owner: OWNER.hospital,
    towns: { fixed: '城北街道' }, multi: false, total: [25000, 50000], months: [20, 30],
    name: () => `${COUNTY}人民医院住院综合楼建设项目`,
    describe: (c) => `新建地上${n(c, 14, 20)}层住院综合楼，建筑面积${d1(c, 4, 7)}万平方米，新增床位${n(c, 5, 8) * 100}张`,
  },
  {
    key: 'tcm-rehab', program: P_SOCIAL, category: '卫生健康', kind: 'building', unit: DEPT.health, owner: OWNER.tcm,
    towns: { fixed: '城关镇' }, multi: false, total: [8000, 15000], months: [14, 22],
    name: () => `${COUNTY}中医医院康复中心建设项目`,
    describe: (c) => `新建康复中心大楼${n(c, 12000, 20000)}平方米，设置康复床位${n(c, 2, 3) * 100}张，购置康复医疗设备`,
  },
  {
    key: 'cdc', program: P_SOCIAL, category: '卫生健康', kind: 'building', unit: DEPT.health, owner: OWNER.cdc,
    towns: { fixed: '城南街道' }, multi: false, total: [4000, 8000], months: [12, 18],
    name: () => '县疾病预防控制中心业务楼建设项目',
    describe: (c) => `新建业务楼${n(c, 6000, 9000)}平方米，建设生物安全二级实验室，购置检验检测设备`,
  },
  {
    key: 'health-centre', program: P_SOCIAL, category: '卫生健康', kind: 'building', unit: DEPT.health, owner: (c) => `${c.town}卫生院`,
    towns: 'rural', multi: true, total: [800, 3000], months: [8, 14],
    name: (c) => `${c.town}卫生院改扩建项目`,
    describe: (c) => `新建门诊住院综合楼${n(c, 2500, 5000)}平方米，改造原有业务用房，配置DR、彩超等设备`,
  },
  {
    key: 'welfare', program: P_SOCIAL, category: '社会事业', kind: 'building', unit: DEPT.civil, owner: OWNER.city,
    towns: { fixed: '城北街道' }, multi: false, total: [6000, 12000], months: [14, 20],
    name: () => '县社会福利中心（养老服务中心）建设项目',
    describe: (c) => `新建养老服务综合楼${n(c, 15000, 22000)}平方米，设置养老床位${n(c, 3, 5) * 100}张`,
  },
  {
    key: 'elderly-home', program: P_SOCIAL, category: '社会事业', kind: 'building', unit: DEPT.civil, owner: (c) => townGovernment(c.town),
    towns: 'rural', multi: true, total: [500, 1500], months: [6, 10],
    name: (c) => `${c.town}敬老院提质改造项目`,
    describe: (c) => `改造住养用房${n(c, 1500, 3000)}平方米，完善消防、适老化设施，新增护理型床位${n(c, 30, 80)}张`,
  },
  {
    key: 'rental-housing', program: P_SOCIAL, category: '住房保障', kind: 'building', unit: DEPT.housing, owner: OWNER.city,
    towns: 'urban', multi: true, total: [15000, 30000], months: [18, 26],
    name: (c) => `${c.town}保障性租赁住房建设项目`,
    describe: (c) => `新建保障性租赁住房${n(c, 600, 1200)}套，总建筑面积${d1(c, 4, 8)}万平方米`,
  },
  {
    key: 'vocational', program: P_SOCIAL, category: '教育', kind: 'building', unit: DEPT.education, owner: OWNER.vocational,
    towns: { fixed: '城东街道' }, multi: false, total: [5000, 10000], months: [12, 18],
    name: () => '县职业中专产教融合实训基地建设项目',
    describe: (c) => `新建实训楼${n(c, 10000, 16000)}平方米，建设智能制造、汽修、电子商务等实训中心${n(c, 4, 8)}个`,
  },
  {
    key: 'sports', program: P_SOCIAL, category: '社会事业', kind: 'building', unit: DEPT.culture, owner: OWNER.city,
    towns: { fixed: '城南街道' }, multi: false, total: [8000, 16000], months: [16, 24],
    name: () => '全民健身中心建设项目',
    describe: (c) => `新建全民健身馆、游泳馆，总建筑面积${n(c, 12000, 20000)}平方米，配套建设室外运动场地`,
  },
  {
    key: 'employment', program: P_SOCIAL, category: '社会事业', kind: 'building', unit: DEPT.labour, owner: OWNER.city,
    towns: { fixed: '城关镇' }, multi: false, total: [1500, 3000], months: [8, 12],
    name: () => '县就业创业服务中心（零工市场）建设项目',
    describe: (c) => `改造就业创业服务用房${n(c, 3000, 5000)}平方米，建设零工市场、技能培训教室和创业孵化区`,
  },
  // ------------------------------------------------------------ 城市更新工程
  {
    key: 'old-estates', program: P_URBAN, category: '城市更新', kind: 'renewal', unit: DEPT.housing, owner: OWNER.city,
    towns: 'urban', multi: true, total: [2000, 8000], months: [6, 12],
    name: (c) => `${c.town}老旧小区改造项目`,
    describe: (c) => `改造老旧小区${n(c, 8, 25)}个、${n(c, 1200, 3500)}户，实施雨污分流、屋面防水、外立面整治，增设停车位和充电设施`,
  },
  {
    key: 'back-streets', program: P_URBAN, category: '城市更新', kind: 'renewal', unit: DEPT.urban, owner: OWNER.city,
    towns: { fixed: '城关镇' }, multi: false, total: [3000, 8000], months: [8, 12],
    name: () => '城区背街小巷提质改造工程',
    describe: (c) => `提质改造背街小巷${n(c, 30, 60)}条、${d1(c, 8, 15)}公里，同步改造地下管网、路灯和绿化`,
  },
  {
    key: 'shanty', program: P_URBAN, category: '住房保障', kind: 'building', unit: DEPT.housing, owner: OWNER.city,
    towns: 'urban', multi: true, total: [15000, 40000], months: [18, 30],
    name: (c) => `${c.town}${c.rng.pick(['河街', '老车站', '粮站', '糖厂', '砖瓦厂'])}片区棚户区改造项目`,
    describe: (c) => `征收房屋${n(c, 300, 800)}户，建设安置住房${n(c, 500, 1200)}套及配套设施`,
  },
  {
    key: 'riverfront', program: P_URBAN, category: '城市更新', kind: 'park', unit: DEPT.housing, owner: OWNER.city,
    towns: 'urban', multi: true, total: [10000, 28000], months: [14, 24],
    name: (c) => `${c.river}滨江风光带建设项目`,
    describe: (c) => `建设滨江步道${d1(c, 4, 10)}公里、亲水平台及口袋公园${n(c, 4, 10)}处，配套照明和智慧管理设施`,
  },
  {
    key: 'pocket-parks', program: P_URBAN, category: '城市更新', kind: 'park', unit: DEPT.urban, owner: OWNER.city,
    towns: 'urban', multi: true, total: [2000, 6000], months: [6, 12],
    name: (c) => `${c.town}公园绿地提质工程`,
    describe: (c) => `新建改造口袋公园${n(c, 8, 20)}个，提质改造城市绿地${n(c, 150, 400)}亩`,
  },
  {
    key: 'drainage', program: P_URBAN, category: '市政', kind: 'pipeline', unit: DEPT.housing, owner: OWNER.city,
    towns: { fixed: '城关镇' }, multi: false, total: [8000, 20000], months: [12, 20],
    name: () => '老城区排水防涝设施建设项目',
    describe: (c) => `新建改造排水管渠${d1(c, 20, 45)}公里、排涝泵站${n(c, 2, 4)}座，消除城区易涝点${n(c, 8, 15)}处`,
  },
  {
    key: 'road-resurfacing', program: P_URBAN, category: '城市更新', kind: 'road', unit: DEPT.housing, owner: OWNER.city,
    towns: 'urban', multi: true, total: [5000, 15000], months: [6, 12],
    name: (c) => `${c.town}城区道路“白改黑”及交通微循环改造工程`,
    describe: (c) => `实施城区道路“白改黑”${d1(c, 10, 25)}公里，打通断头路${n(c, 3, 8)}条，增设交通信号和停车泊位`,
  },
  {
    key: 'old-street', program: P_URBAN, category: '文化旅游', kind: 'renewal', unit: DEPT.housing, owner: OWNER.tourism,
    towns: { fixed: '城关镇' }, multi: false, total: [10000, 25000], months: [16, 26],
    name: () => '城关镇老街历史文化街区保护利用项目',
    describe: (c) => `修缮历史建筑${n(c, 40, 90)}栋，改造街巷${d1(c, 1, 3)}公里，完善给排水、消防和夜间照明设施`,
  },
  {
    key: 'south-district', program: P_URBAN, category: '城市更新', kind: 'building', unit: DEPT.housing, owner: OWNER.city,
    towns: { fixed: '城南街道' }, multi: false, total: [40000, 90000], months: [24, 40],
    name: () => '城南片区综合开发项目',
    describe: (c) => `实施城南片区${n(c, 1200, 2500)}亩土地综合开发，新建道路${d1(c, 6, 12)}公里及安置小区、学校等配套设施`,
  },
  // ------------------------------------------------------------ 乡村振兴工程
  {
    key: 'rural-water', program: P_RURAL, category: '水利', kind: 'pipeline', unit: DEPT.water, owner: OWNER.water,
    towns: 'rural', multi: true, total: [2000, 8000], months: [10, 18],
    name: (c) => `${c.town}农村供水保障工程`,
    describe: (c) => `新建改造水厂${n(c, 1, 2)}座，铺设供水管网${d1(c, 40, 120)}公里，惠及${n(c, 2, 6)}万名群众`,
  },
  {
    key: 'farmland', program: P_RURAL, category: '农业农村', kind: 'rural', unit: DEPT.agriculture, owner: OWNER.agricultureBureau,
    towns: 'rural', multi: true, total: [1500, 6000], months: [6, 12],
    name: (c) => `${c.town}高标准农田建设项目`,
    describe: (c) => `建设高标准农田${d1(c, 1, 3)}万亩，新建改造灌排渠系${d1(c, 20, 50)}公里、田间道路${d1(c, 10, 30)}公里`,
  },
  {
    key: 'model-village', program: P_RURAL, category: '农业农村', kind: 'rural', unit: TOWN_UNIT, owner: (c) => townGovernment(c.town),
    towns: 'rural', multi: true, total: [1000, 4000], months: [8, 14],
    name: (c) => `${c.town}和美乡村示范片建设项目`,
    describe: (c) => `在${n(c, 3, 6)}个村实施村庄道路硬化、污水治理、房前屋后整治和公共空间提质`,
  },
  {
    key: 'rural-roads', program: P_RURAL, category: '交通', kind: 'road', unit: DEPT.transport, owner: OWNER.transport,
    towns: 'rural', multi: true, total: [2000, 6000], months: [6, 12],
    name: (c) => `${c.town}农村公路安全生命防护工程`,
    describe: (c) => `实施农村公路安全生命防护工程${d1(c, 40, 120)}公里，改造危旧桥梁${n(c, 3, 10)}座`,
  },
  {
    key: 'camellia', program: P_RURAL, category: '农业农村', kind: 'rural', unit: DEPT.forestry, owner: privateOwner('油茶开发'),
    towns: 'rural', multi: true, total: [3000, 8000], months: [10, 18],
    name: (c) => `${c.town}油茶产业基地建设项目`,
    describe: (c) => `新造高产油茶林${n(c, 3000, 8000)}亩，低产林改造${n(c, 2000, 5000)}亩，建设油茶加工厂1座`,
  },
  {
    key: 'vegetable-park', program: P_RURAL, category: '农业农村', kind: 'rural', unit: DEPT.agriculture, owner: OWNER.agriculture,
    towns: 'rural', multi: true, total: [5000, 15000], months: [10, 18],
    name: (c) => `${c.town}现代农业（蔬菜）产业园建设项目`,
    describe: (c) => `建设连栋大棚${n(c, 200, 600)}亩、露地蔬菜基地${n(c, 2000, 5000)}亩，配套建设分拣包装中心`,
  },
  {
    key: 'living-environment', program: P_RURAL, category: '农业农村', kind: 'rural', unit: TOWN_UNIT, owner: (c) => townGovernment(c.town),
    towns: 'rural', multi: true, total: [1500, 4000], months: [6, 12],
    name: (c) => `${c.town}农村人居环境整治提升项目`,
    describe: (c) => `新改建农村户厕${n(c, 1000, 2500)}座，建设农村生活污水处理设施${n(c, 5, 15)}处，配置垃圾收运设备`,
  },
  {
    key: 'rural-tourism', program: P_RURAL, category: '文化旅游', kind: 'park', unit: TOWN_UNIT, owner: (c) => townGovernment(c.town),
    towns: 'rural', multi: true, total: [1500, 5000], months: [8, 14],
    name: (c) => `${c.town}乡村旅游示范点建设项目`,
    describe: (c) => `建设游客服务点、生态停车场、观光步道${d1(c, 3, 8)}公里及民宿示范户${n(c, 10, 30)}户`,
  },
  {
    key: 'pig-farm', program: P_RURAL, category: '农业农村', kind: 'industrial', unit: DEPT.agriculture, owner: privateOwner('牧业'),
    towns: 'rural', multi: true, total: [8000, 20000], months: [10, 16], operates: true,
    name: (c) => `${c.brand}年出栏${n(c, 5, 15)}万头生猪标准化养殖场建设项目`,
    describe: (c) => `新建标准化猪舍${n(c, 3, 8)}万平方米，配套建设饲料加工、粪污资源化利用设施`,
  },
  {
    key: 'rural-grid', program: P_RURAL, category: '能源', kind: 'pipeline', unit: DEPT.development, owner: OWNER.grid,
    towns: 'rural', multi: true, total: [3000, 8000], months: [8, 14],
    name: (c) => `${c.town}农村电网巩固提升工程`,
    describe: (c) => `新建改造10千伏线路${d1(c, 30, 80)}公里、配电台区${n(c, 30, 90)}个`,
  },
];

export const templateByKey = (key: string): ProjectTemplate => {
  const t = TEMPLATES.find((x) => x.key === key);
  if (!t) throw new Error(`no project template "${key}"`);
  return t;
};

/**
 * Projects every sample has, whatever its size, because something tests them: the
 * schema's own example, a long name (label overflow), 䶮 and 㮾 (GB18030's two-byte
 * FE9F and a four-byte sequence), a school and an estate renewal that readers
 * recognise. The two rare-character projects stay on the list to the end.
 */
export const MUST_HAVE: readonly { key: string; town?: string; longLived?: boolean }[] = [
  { key: 'sewage-plant' },
  { key: 'standard-factories' },
  { key: 'rural-water', town: '䶮山镇', longLived: true },
  { key: 'town-road', town: '㮾溪乡', longLived: true },
  { key: 'cold-chain' },
  { key: 'primary-school', town: '河口镇' },
  { key: 'old-estates', town: '城关镇' },
];
