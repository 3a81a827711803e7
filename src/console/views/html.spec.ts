import { esc, html, raw } from './html.js';

describe('html templates', () => {
  it('escapes every interpolated value', () => {
    const name = `<img src=x onerror="alert('1')">&`;
    expect(html`<b title="${name}">${name}</b>`.value).toBe(
      '<b title="&lt;img src=x onerror=&quot;alert(&#39;1&#39;)&quot;&gt;&amp;">' +
        '&lt;img src=x onerror=&quot;alert(&#39;1&#39;)&quot;&gt;&amp;</b>',
    );
  });

  it('nests templates and lists without escaping them twice, and drops empty values', () => {
    const items = ['a<', 'b'].map((x) => html`<li>${x}</li>`);
    // Prettier re-indents markup inside html`…`: compare without the layout whitespace.
    const list = html`<ul>
      ${items}${null}${false}${undefined}
    </ul>`.value.replace(/\s+/g, '');
    expect(list).toBe('<ul><li>a&lt;</li><li>b</li></ul>');
    expect(html`${raw('<hr>')}${0}`.value).toBe('<hr>0');
    expect(esc(null)).toBe('');
  });
});
