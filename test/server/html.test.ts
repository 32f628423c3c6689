import { describe, expect, it } from 'vitest';
import { escapeHtml, html, joinHtml, SafeHtml, trustedHtml } from '../../src/server/html.js';

describe('html tagged template', () => {
  it('escapes every interpolated string, in text and attribute positions', () => {
    const title = '<script>alert(1)</script>';
    const attr = '" onmouseover="alert(2)';
    expect(html`<p title="${attr}">${title}</p>`.value).toBe(
      '<p title="&quot; onmouseover=&quot;alert(2)">&lt;script&gt;alert(1)&lt;/script&gt;</p>',
    );
  });

  it('escapes ampersands and single quotes', () => {
    expect(escapeHtml(`Tom & Jerry's <b>`)).toBe('Tom &amp; Jerry&#39;s &lt;b&gt;');
  });

  it('leaves nested templates alone and renders arrays item by item', () => {
    const items = ['a<b', 'c&d'].map((x) => html`<li>${x}</li>`);
    expect(html`<ul>${items}</ul>`.value).toBe('<ul><li>a&lt;b</li><li>c&amp;d</li></ul>');
  });

  it('renders null, undefined and false as nothing, numbers as text', () => {
    expect(html`${null}|${undefined}|${false}|${0}|${12.5}`.value).toBe('|||0|12.5');
  });

  it('escapes the same string the same way on repeated calls (no regex state)', () => {
    for (let i = 0; i < 3; i++) expect(escapeHtml('<x>')).toBe('&lt;x&gt;');
  });

  it('joinHtml escapes parts and separator; trustedHtml passes constants through', () => {
    expect(joinHtml(['<a>', html`<b>`], ' & ').value).toBe('&lt;a&gt; &amp; <b>');
    expect(trustedHtml('<hr>')).toBeInstanceOf(SafeHtml);
    expect(String(trustedHtml('<hr>'))).toBe('<hr>');
  });
});
