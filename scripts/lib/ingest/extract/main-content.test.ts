import { fromHtml } from 'hast-util-from-html';
import { toText } from 'hast-util-to-text';
import { describe, expect, it } from 'vitest';
import { mainElements } from './main-content.ts';

const para = (n: number) => `<p>${'这是正文的一句话，说明了一个事实。'.repeat(n)}</p>`;

describe('main content by text and link density', () => {
  it('picks the container of the paragraphs over a longer menu of links and a list of replies', () => {
    const tree = fromHtml(
      `<body><div id="menu">${Array.from({ length: 40 }, (_, i) => `<a href="/${i}">栏目${i}</a>`).join(' ')}</div>
       <div id="text">${para(3)}${para(4)}${para(2)}</div>
       <ul>${Array.from({ length: 12 }, () => '<li>回复：同意，支持，写得好。</li>').join('')}</ul></body>`,
    );
    const main = mainElements(tree);
    expect(main.map((e) => e.properties.id)).toEqual(['text']);
  });

  it('joins a sibling that carries text of the same kind (a text split over two cells)', () => {
    const tree = fromHtml(
      `<table><tr><td id="a">${para(4)}${para(3)}</td><td id="nav"><a href="/x">首页</a></td></tr>
       <tr><td id="b">${para(4)}${para(3)}</td></tr></table>`,
    );
    const ids = mainElements(tree).map((e) => e.properties.id ?? e.tagName);
    expect(ids).toContain('a');
  });

  it('does not count a named anchor left open as link text', () => {
    const tree = fromHtml(`<div id="post"><a name="top">楼层 1</a>${para(5)}</div><div id="foot">${para(1)}</div>`);
    expect(toText(mainElements(tree)[0]!)).toContain('这是正文');
  });

  it('finds nothing on a page without paragraph text', () => {
    expect(mainElements(fromHtml('<div><a href="/">首页</a></div>'))).toEqual([]);
  });
});
