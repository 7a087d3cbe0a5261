// 招标投标: the tenders, awards and contracts of each project (tenders.csv).
// Only types are imported from the core schema, which lists this resource.
import type { ResourceDef } from '../../core/schema.ts';

const t = (zh: string, en: string) => ({ zh, en });

export const tenders: ResourceDef = {
  name: 'tenders',
  path: 'tenders.csv',
  optional: true,
  title: t('招标投标', 'Tenders'),
  primaryKey: ['project_id', 'lot'],
  foreignKeys: [{ fields: ['project_id'], reference: { resource: 'projects', fields: ['id'] } }],
  fields: [
    { name: 'project_id', key: 'projectId', type: 'string', required: true, title: t('项目编号', 'Project id'), description: t('与项目清单一致。', 'As in projects.csv.'), aliases: ['项目编号'], example: 'SL-2025-001' },
    { name: 'lot', key: 'lot', type: 'string', required: true, title: t('标段名称', 'Lot'), description: t('招标的标段或采购包，一行一个。', 'The lot or package tendered, one per row.'), aliases: ['标段名称', '标段', '招标项目名称', '采购包'], example: '施工总承包' },
    {
      name: 'method',
      key: 'method',
      type: 'enum',
      enum: [
        { value: 'open', labels: ['公开招标'] },
        { value: 'selective', labels: ['邀请招标'] },
        { value: 'negotiation', labels: ['竞争性谈判'] },
        { value: 'consultation', labels: ['竞争性磋商'] },
        { value: 'single_source', labels: ['单一来源', '单一来源采购'] },
        { value: 'direct', labels: ['直接委托', '直接发包'] },
      ],
      title: t('招标方式', 'Method'),
      description: t('公开招标、邀请招标、竞争性谈判、竞争性磋商、单一来源或直接委托。', 'Open tender, invited tender, competitive negotiation, competitive consultation, single source or direct award.'),
      aliases: ['招标方式', '采购方式', '发包方式'],
      example: '公开招标',
    },
    { name: 'notice_date', key: 'noticeDate', type: 'date', title: t('招标公告日期', 'Tender notice'), description: t('招标公告（或采购公告）发布的日期。', 'Date the tender notice was published.'), aliases: ['招标公告日期', '公告日期', '招标公告发布日期', '采购公告日期'], example: '2026-02-10' },
    { name: 'bidders', key: 'bidders', type: 'integer', minimum: 1, title: t('投标单位数', 'Bidders'), description: t('递交投标文件的单位个数，整数。', 'How many bids were received: a whole number.'), aliases: ['投标单位数', '投标人数', '投标家数', '投标单位数量'], example: '7' },
    { name: 'winner', key: 'winner', type: 'string', title: t('中标单位', 'Winner'), description: t('中标（成交）单位全称。', 'Full name of the winner.'), aliases: ['中标单位', '中标人', '成交单位', '中标供应商'], example: '湖南示例建设工程有限公司' },
    { name: 'award_amount', key: 'awardAmount', type: 'money', minimum: 0, title: t('中标金额', 'Award amount'), description: t('中标（成交）金额，统一换算为万元。', 'Amount of the award, normalised to 万元.'), aliases: ['中标金额', '中标价', '成交金额', '中标价格'], example: '9650' },
    { name: 'award_date', key: 'awardDate', type: 'date', title: t('中标公示日期', 'Award notice'), description: t('中标候选人或结果公示的日期。', 'Date the award was published.'), aliases: ['中标公示日期', '中标日期', '公示日期', '结果公示日期'], example: '2026-03-12' },
    { name: 'contract_date', key: 'contractDate', type: 'date', title: t('合同签订日期', 'Contract signed'), description: t('合同签订的日期。', 'Date the contract was signed.'), aliases: ['合同签订日期', '签约日期', '合同日期'], example: '2026-03-25' },
  ],
};
