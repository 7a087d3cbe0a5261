// The bulletins section's words in Chinese, the source locale (the format is that of
// src/i18n/core/zh-CN.ts). en.ts is typed against this file.
export default {
  'bulletin.title': '督查通报',
  'bulletin.lead': '重点项目建设督查通报共{n}期，最新的在前。',
  'bulletin.published': '发布日期',
  'bulletin.pager': '上一期和下一期',
  'bulletin.newer': '下一期',
  'bulletin.older': '上一期',
  'bulletin.all': '查看全部督查通报',
} as const;
