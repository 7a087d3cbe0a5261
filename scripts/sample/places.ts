// The fictional county and the people in it. Every name here is invented; any
// likeness to a real place, company or person is a coincidence.
import type { Rng } from './prng.ts';

export const COUNTY = '示例县';
export const CITY = '示例市';

export interface Township {
  name: string;
  kind: '镇' | '乡' | '街道';
  lat: number;
  lon: number;
}

// Two rare characters prove that exports from Excel on Chinese Windows survive
// decoding: 䶮 (U+4DAE) is GB18030's two-byte FE9F, which GBK-only decoders turn into
// a private-use character; 㮾 (U+3BBE, as in 㮾梨) is a four-byte GB18030 sequence.
export const TOWNSHIPS: readonly Township[] = [
  { name: '城关镇', kind: '镇', lat: 27.9012, lon: 112.6035 },
  { name: '城东街道', kind: '街道', lat: 27.9047, lon: 112.6281 },
  { name: '城南街道', kind: '街道', lat: 27.8806, lon: 112.6012 },
  { name: '城北街道', kind: '街道', lat: 27.9258, lon: 112.5974 },
  { name: '河口镇', kind: '镇', lat: 27.9653, lon: 112.6812 },
  { name: '石门镇', kind: '镇', lat: 27.8204, lon: 112.5391 },
  { name: '䶮山镇', kind: '镇', lat: 27.7608, lon: 112.6523 },
  { name: '白鹤镇', kind: '镇', lat: 28.0105, lon: 112.5617 },
  { name: '双溪镇', kind: '镇', lat: 27.8497, lon: 112.7226 },
  { name: '桃源乡', kind: '乡', lat: 27.7912, lon: 112.4985 },
  { name: '青峰乡', kind: '乡', lat: 28.0421, lon: 112.6644 },
  { name: '㮾溪乡', kind: '乡', lat: 27.7354, lon: 112.5718 },
];

/** Towns outside the county seat: where rural projects go. */
export const RURAL_TOWNSHIPS = TOWNSHIPS.filter((t) => !t.name.startsWith('城')).map((t) => t.name);
export const URBAN_TOWNSHIPS = TOWNSHIPS.filter((t) => t.name.startsWith('城')).map((t) => t.name);
/** The industrial park lies across these two sub-districts. */
export const PARK_TOWNSHIPS = ['城东街道', '城南街道'];

export const RIVERS = ['清溪河', '龙潭河', '麻溪河'] as const;

/** County leaders who answer for projects (包保领导). */
export const OFFICIALS = [
  '王建国',
  '李明',
  '张志强',
  '陈国平',
  '杨晓东',
  '赵立新',
  '黄文军',
  '周海涛',
  '吴丽萍',
  '孙红梅',
] as const;

// Heads of units: drawn without repetition, so no head shares a name with an official.
const HEAD_NAMES = [
  '刘振华', '何永红', '罗建军', '谢志刚', '彭立平', '邓小军', '曾庆林', '唐明辉', '许卫东', '蒋国强',
  '谭海波', '廖文斌', '邹建华', '熊伟', '秦志勇', '龚丽娟', '贺新民', '段晓峰', '雷鸣', '侯德胜',
  '龙跃进', '夏春林', '钟少华', '汪继红', '田茂松', '任红霞', '姜涛', '范长青', '方志远', '石磊',
  '姚建平', '谭小燕', '廖志军', '邵永祥', '孟凡军', '易国华', '常青松', '万晓光', '文建新', '胡春燕',
  '郭永利', '马卫国', '朱红艳', '高建峰', '林少波', '梁伟民', '宋家明', '郑雪梅', '韩志明', '冯晓辉',
] as const;

/** A head for each unit, in a stable order; falls back to numbered names past the list. */
export function headNames(count: number, rng: Rng): string[] {
  const names = rng.shuffle(HEAD_NAMES);
  const out: string[] = [];
  for (let i = 0; i < count; i++) out.push(names[i] ?? `${HEAD_NAMES[i % HEAD_NAMES.length]}${Math.floor(i / HEAD_NAMES.length) + 1}`);
  return out;
}

// Peer counties: the first five are fixed; larger benchmark runs compose more names.
const PEERS = ['东湖县', '青山县', '白沙县', '安平县', '临江县'] as const;
const PEER_FIRST = '北南西江河云龙凤金银石长永新宁平兴安乐华林松桂茶清溪' as const;
const PEER_SECOND = '阳宁源山水川城丰江陵溪泉州峰浦台岭田' as const;

export function peerNames(count: number): string[] {
  const out: string[] = PEERS.slice(0, count);
  const taken = new Set<string>([COUNTY, ...out]);
  outer: for (const a of PEER_FIRST) {
    for (const b of PEER_SECOND) {
      if (out.length >= count) break outer;
      const name = `${a}${b}县`;
      if (!taken.has(name)) {
        taken.add(name);
        out.push(name);
      }
    }
  }
  for (let i = out.length; i < count; i++) out.push(`比较县${i + 1}`);
  return out;
}

// Private companies: brand + trade, with the county or a real big city in front, the
// way 招商引资 lists read (e.g. 深圳市某科技有限公司). The brands are invented.
export const BRANDS = [
  '恒达', '鑫源', '华拓', '瑞丰', '鼎盛', '博远', '众诚', '宏远', '新瑞', '金辉',
  '天润', '佳禾', '绿源', '泰和', '远航', '兴旺', '华创', '盛隆', '嘉信', '中研',
] as const;

export const INVESTOR_CITIES = ['深圳市', '广州市', '东莞市', '长沙市', '杭州市', '苏州市', '宁波市', '厦门市', '武汉市', '上海'] as const;
