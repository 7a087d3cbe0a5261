// The programs (工程) the year's key projects are grouped into: "6大工程".
import { DEPT } from './organisations.ts';

export interface ProgramSpec {
  name: string;
  description: string;
  leadUnit: string;
}

export const BASE_PROGRAMS: readonly ProgramSpec[] = [
  { name: '产业发展工程', description: '聚焦新材料、电子信息、农产品精深加工等主导产业，推动一批产业项目早开工、早投产、早达效', leadUnit: DEPT.park },
  { name: '基础设施提升工程', description: '完善交通、水利、能源等基础设施网络，补齐县域发展短板', leadUnit: DEPT.transport },
  { name: '生态环保工程', description: '推进污水处理、河道综合治理和生态修复，持续改善生态环境质量', leadUnit: DEPT.ecology },
  { name: '民生保障工程', description: '建设一批教育、医疗、养老、住房保障等民生实事项目，提升公共服务水平', leadUnit: DEPT.development },
  { name: '城市更新工程', description: '实施老旧小区改造、棚户区改造和城市功能完善项目，提升城市品质', leadUnit: DEPT.housing },
  { name: '乡村振兴工程', description: '实施高标准农田、农村供水保障、人居环境整治和特色产业项目，推进和美乡村建设', leadUnit: DEPT.agriculture },
];

// Only benchmark runs ask for more than six programs.
const EXTRA_PROGRAMS: readonly ProgramSpec[] = [
  { name: '文旅融合工程', description: '推进文化和旅游深度融合，打造全域旅游目的地', leadUnit: DEPT.culture },
  { name: '科技创新工程', description: '建设创新平台，推动企业技术改造和数字化转型', leadUnit: DEPT.industry },
  { name: '交通强县工程', description: '构建内畅外联的综合交通网络', leadUnit: DEPT.transport },
  { name: '水利保障工程', description: '提升防洪减灾和水资源保障能力', leadUnit: DEPT.water },
  { name: '能源保障工程', description: '完善电网、气网等能源基础设施', leadUnit: DEPT.development },
  { name: '开放平台工程', description: '提升园区承载能力，建设开放型经济平台', leadUnit: DEPT.commerce },
];

export function programSpecs(count: number): ProgramSpec[] {
  const all = [...BASE_PROGRAMS, ...EXTRA_PROGRAMS];
  const out: ProgramSpec[] = all.slice(0, count);
  for (let i = out.length; i < count; i++) {
    out.push({ name: `重点专项工程${i + 1}`, description: '重点专项工程', leadUnit: DEPT.development });
  }
  return out;
}
