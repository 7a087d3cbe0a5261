// Government departments, state-owned companies and other owners that appear in the
// sample. Names follow county usage: 县 + department, the county's own investment
// companies (城投、交投、水投), and the municipal bureau's county branch for ecology.
import { COUNTY, CITY } from './places.ts';

export const DEPT = {
  development: '县发展和改革局',
  industry: '县工业和信息化局',
  commerce: '县商务局',
  park: '工业园区管委会',
  transport: '县交通运输局',
  water: '县水利局',
  housing: '县住房和城乡建设局',
  urban: '县城市管理和综合执法局',
  land: '县自然资源局',
  ecology: `${CITY}生态环境局示例分局`,
  forestry: '县林业局',
  agriculture: '县农业农村局',
  education: '县教育局',
  health: '县卫生健康局',
  civil: '县民政局',
  labour: '县人力资源和社会保障局',
  culture: '县文化旅游广电体育局',
  finance: '县财政局',
  power: '县供电公司',
} as const;

export const OWNER = {
  city: `${COUNTY}城市建设投资有限公司`,
  transport: `${COUNTY}交通建设投资有限公司`,
  water: `${COUNTY}水利水电投资有限公司`,
  park: `${COUNTY}工业园区开发建设有限公司`,
  agriculture: `${COUNTY}农业发展投资有限公司`,
  tourism: `${COUNTY}文化旅游投资开发有限公司`,
  hospital: `${COUNTY}人民医院`,
  tcm: `${COUNTY}中医医院`,
  cdc: `${COUNTY}疾病预防控制中心`,
  education: `${COUNTY}教育局`,
  vocational: `${COUNTY}职业中等专业学校`,
  gas: `${COUNTY}燃气有限公司`,
  grid: `国网${COUNTY}供电公司`,
  forestFarm: `${COUNTY}国有林场`,
  agricultureBureau: `${COUNTY}农业农村局`,
} as const;

/** The short name officials use in speech and bulletins for the big county companies. */
export const OWNER_SHORT: Readonly<Record<string, string>> = {
  [OWNER.city]: '县城投公司',
  [OWNER.transport]: '县交投公司',
  [OWNER.water]: '县水投公司',
  [OWNER.park]: '园区开发公司',
  [OWNER.agriculture]: '县农投公司',
  [OWNER.tourism]: '县文旅投公司',
};

/** Township government, the owner of small rural projects. */
export const townGovernment = (town: string): string => `${town}人民政府`;
