// Where the loader puts the rows of tenders.csv (resources.ts) and what a downloader finds in it.
import { defineTable, text } from '../../core/resource.ts';
import { tenders } from './resources.ts';

export const tables = [
  defineTable({ resource: tenders, field: 'tenders', description: text('各项目每个标段的招标方式、招标公告日期、投标单位数、中标单位、中标金额、中标公示和合同签订日期。', 'Each lot of each project: tender method, notice date, number of bidders, winner, award amount, award and contract dates.') }),
];
