// Bilingual documents keep the Chinese part first and the English part after a
// `<!-- en -->` line. The site shows the part in its own language, with its first
// heading as the page title.
import type { Locale } from '../core/types.ts';
import { bilingual } from '../i18n/translator.ts';

export function localeSection(markdown: string, locale: Locale): { title: string; body: string } {
  const [zh = '', en = ''] = markdown.split(/^<!--\s*en\s*-->\s*$/m);
  const part = bilingual(locale, { zh, en: en.trim() ? en : zh }).trim();
  const match = /^#\s+(.+)$/m.exec(part);
  const title = match?.[1]?.trim() ?? '';
  const body = match ? part.slice(0, match.index) + part.slice(match.index + match[0].length) : part;
  return { title, body: body.trim() };
}
