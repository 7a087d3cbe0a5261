// The pseudo-locale scanner on hand-made pages: what it calls interface text and what data.
import { describe, expect, it } from 'vitest';
import type { Dataset } from '../../src/core/types.ts';
import { DataText, unmarkedText, withoutMarked } from '../helpers/pseudo-scan.ts';

const data = new DataText({ projects: [{ name: '城南污水处理厂', township: '城关镇', progress: '主体结构已封顶\n设备安装中' }] } as unknown as Dataset);
const page = (body: string) => `<!doctype html><html lang="x-pseudo"><head><title>⟦首页⟧ - 城南污水处理厂</title></head><body>${body}</body></html>`;
const left = (body: string) => unmarkedText(page(body), data).map((u) => u.left);

describe('unmarkedText', () => {
  it('drops marked spans, nested ones too', () => {
    expect(withoutMarked('⟦完成投资⟦4.18亿元⟧，比时间进度⟧ x')).toBe(' x');
  });

  it.each([
    ['<h2>⟦滞后最多的项目⟧</h2>'],
    ['<td>城南污水处理厂</td><td>城关镇</td>'],
    ['<p>⟦数据截至{date}⟧⟦。⟧城南污水处理厂（城关镇）</p>'],
    ['<td class="num">3,500</td><td>−11.8</td><td>—</td>'],
    ['<td>设备安装中</td>'],
    ['<td><a href="/downloads/projects.csv">projects.csv</a> 4.8 KB https://example.org/x</td>'],
    ['<code>/api/projects.json</code><textarea>&lt;iframe title="x"&gt;</textarea><script>var s = "写死的字"</script>'],
    ['<div class="prose"><table><tr><td>设备</td></tr></table></div>'],
    ['<svg><text><tspan>城南污水</tspan><tspan>处理厂</tspan></text><text>城南污水…<title>城南污水处理厂</title></text></svg>'],
    ['<p>⟦以=、+开头的文字前加了英文单引号（&#39;），以免⟧</p>'],
  ])('passes %s', (body) => {
    expect(left(body)).toEqual([]);
  });

  it.each([
    ['<p>数据每月更新一次</p>', '数据每月更新一次'],
    ['<td>⟦增长5.5%⟧ (target)</td>', 'target'],
    ['<nav aria-label="Main"></nav>', 'Main'],
    ['<td data-label="大小">1</td>', '大小'],
    ['<p>城南污水处理厂已竣工</p>', '已竣工'],
    ['<svg><text>单位：⟦万元⟧</text></svg>', '单位'],
  ])('finds the interface text in %s', (body, word) => {
    expect(left(body)).toEqual([word]);
  });
});
