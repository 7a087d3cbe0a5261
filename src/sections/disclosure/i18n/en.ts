// The disclosure section's words in English: the same keys as zh-CN.ts, which the type below checks.
import type { MessagesOf } from '../../../i18n/types.ts';
import type zhCN from './zh-CN.ts';

export default {
  'disclosure.title': 'Disclosure checklist',
  'disclosure.projectHeading': 'Disclosure',
  'disclosure.projectLead': 'Under 国办发〔2017〕94号, eight categories of information on a major project are to be disclosed. This project has published {published}, is missing {missing}, and {notYet} do not apply yet.',
  'disclosure.lead': 'The eight categories of 国办发〔2017〕94号, project by project: the {n} projects of the {month} ledger owe {due} items, {published} published and {missing} missing: {pct} complete.',
  'disclosure.published': 'Published',
  'disclosure.not_yet': 'Not applicable yet',
  'disclosure.missing': 'Missing',
  'disclosure.category': 'Category',
  'disclosure.status': 'Status',
  'disclosure.content': 'What is published',
  'disclosure.basis': 'Legal basis',
  'disclosure.publisher': 'Published by',
  'disclosure.records': 'Records',
  'disclosure.deadline': 'Deadline: {deadline} (发改办投资〔2019〕621号).',
  'disclosure.categoriesHeading': 'The eight categories',
  'disclosure.categoriesCaption': 'Each category (projects)',
  'disclosure.unitsHeading': 'Completeness by responsible unit',
  'disclosure.unitsCaption': 'Completeness by responsible unit ({n} units)',
  'disclosure.rank': 'Rank',
  'disclosure.projects': 'Projects',
  'disclosure.publishedItems': 'Published',
  'disclosure.missingItems': 'Missing',
  'disclosure.pct': 'Completeness',
  'disclosure.missingHeading': 'Projects with missing categories',
  'disclosure.missingCaption': 'Projects with missing categories ({n})',
  'disclosure.missingList': 'Missing categories',
  'disclosure.noneMissing': 'Every project on the list has published what is due.',
  'disclosure.method': '“Not applicable yet”: the project has not reached that stage, or nothing has happened (no tenders, builders or inspections before the start; no acceptance before completion; no design change disclosed until one is made). Completeness = published ÷ (published + missing), summed over a unit’s projects. The rules are on the Methodology page.',
} satisfies MessagesOf<typeof zhCN>;
