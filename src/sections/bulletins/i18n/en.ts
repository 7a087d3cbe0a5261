// The bulletins section's words in English: the same keys as zh-CN.ts, which the type below checks.
import type { MessagesOf } from '../../../i18n/types.ts';
import type zhCN from './zh-CN.ts';

export default {
  'bulletin.title': 'Inspection bulletins',
  'bulletin.lead': '{n} inspection bulletins on key projects, newest first.',
  'bulletin.published': 'Published',
  'bulletin.pager': 'Previous and next bulletin',
  'bulletin.newer': 'Next',
  'bulletin.older': 'Previous',
  'bulletin.all': 'All bulletins',
} satisfies MessagesOf<typeof zhCN>;
