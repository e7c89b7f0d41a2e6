import { describe, expect, it } from 'vitest';
import { inlineToHtml, markdownToHtml } from '../../src/transport/pages/lark-markdown';

describe('Lark markdown to HTML', () => {
  it('should render bold, strike, italics and line breaks', () => {
    expect(markdownToHtml('**问：** 能去吗\n第二行')).toBe('<p><strong>问：</strong> 能去吗<br>第二行</p>');
    expect(inlineToHtml('~~旧~~ *新*')).toBe('<del>旧</del> <em>新</em>');
  });

  it('should render quotes, numbered and bulleted lists and rules', () => {
    expect(markdownToHtml('**依据**\n> 第一句\n> 第二句')).toBe(
      '<p><strong>依据</strong></p><blockquote>第一句<br>第二句</blockquote>',
    );
    expect(markdownToHtml('1. 婉拒\n2. 报告')).toBe('<ol><li>婉拒</li><li>报告</li></ol>');
    expect(markdownToHtml('- a\n- b')).toBe('<ul><li>a</li><li>b</li></ul>');
    expect(markdownToHtml('a\n---\nb')).toBe('<p>a</p><hr><p>b</p>');
  });

  it('should map known font colours to classes and drop unknown ones', () => {
    expect(inlineToHtml("<font color='grey'>注：**重要**</font>")).toBe(
      '<span class="fc-grey">注：<strong>重要</strong></span>',
    );
    expect(inlineToHtml('<font color="javascript:x">t</font>')).toBe(
      '&lt;font color=&quot;javascript:x&quot;&gt;t&lt;/font&gt;',
    );
  });

  it('should escape everything else, including tags hidden in bold text', () => {
    expect(markdownToHtml('**<img src=x onerror=alert(1)>**')).toBe(
      '<p><strong>&lt;img src=x onerror=alert(1)&gt;</strong></p>',
    );
    expect(inlineToHtml('[x](javascript:alert(1))')).toBe('[x](javascript:alert(1))');
    expect(inlineToHtml('[文件](https://example.org/a?b=1&c=2)')).toBe(
      '<a href="https://example.org/a?b=1&amp;c=2" rel="noopener noreferrer" target="_blank">文件</a>',
    );
  });

  it('should finish on long nested input', () => {
    const text = "**a <font color='red'>b **c** d</font>** ".repeat(200);
    expect(markdownToHtml(text).length).toBeGreaterThan(text.length);
  });
});
