/**
 * Enhancements of a notice page; the page reads fine without them.
 * View switch (?view=), simplified/traditional switch, copy-link buttons,
 * and citations that follow the chosen paragraph (#pN).
 */
import { citedUrl, dataUri, fillCitation } from './cite-template.ts';
import { viewFrom, withView, type View } from './view.ts';

export function enhanceNotice(doc: Document): void {
  const text = doc.querySelector<HTMLElement>('.notice-text');
  if (!text) return;
  applyView(doc, text, viewFrom(location.search));
  doc.querySelectorAll<HTMLAnchorElement>('.view-switch a[data-view]').forEach((link) => {
    link.addEventListener('click', (event) => {
      event.preventDefault();
      const view = link.dataset.view as View;
      history.replaceState(null, '', withView(location.href, view));
      applyView(doc, text, view);
    });
  });
  setUpScriptSwitch(doc);
  addCopyButtons(doc);
  followParagraph(doc);
  showFlagsAtRows(doc);
  window.addEventListener('hashchange', () => followParagraph(doc));
}

function applyView(doc: Document, text: HTMLElement, view: View): void {
  text.dataset.view = view;
  doc.querySelectorAll<HTMLAnchorElement>('.view-switch a[data-view]').forEach((a) => {
    if (a.dataset.view === view) a.setAttribute('aria-current', 'true');
    else a.removeAttribute('aria-current');
  });
}

/**
 * Traditional display: a source received in traditional script shows its
 * original paragraphs; any other text is converted with OpenCC, loaded only
 * when the reader asks for it (the dictionary is large).
 */
function setUpScriptSwitch(doc: Document): void {
  const box = doc.querySelector<HTMLElement>('.script-switch');
  if (!box) return;
  box.hidden = false;
  const status = box.querySelector<HTMLElement>('.script-status')!;
  const hasOriginal = box.dataset.originalScript === 'Hant';
  box.querySelectorAll<HTMLButtonElement>('button[data-script]').forEach((button) => {
    button.addEventListener('click', async () => {
      const traditional = button.dataset.script === 'Hant';
      box.querySelectorAll('button[data-script]').forEach((b) => b.setAttribute('aria-pressed', String(b === button)));
      if (traditional && !hasOriginal) await convertToTraditional(doc, status);
      doc.querySelectorAll<HTMLElement>('.row').forEach((row) => {
        const alt = row.querySelector<HTMLElement>('.zh-original, .zh-converted');
        const zh = row.querySelector<HTMLElement>('.zh');
        if (!alt || !zh) return;
        alt.hidden = !traditional;
        zh.hidden = traditional;
      });
    });
  });
}

async function convertToTraditional(doc: Document, status: HTMLElement): Promise<void> {
  if (doc.querySelector('.zh-converted')) return;
  status.textContent = status.dataset.loading ?? '…';
  const { Converter } = await import('opencc-js/cn2t');
  const convert = Converter({ from: 'cn', to: 't' });
  doc.querySelectorAll<HTMLElement>('.row > .zh').forEach((zh) => {
    const copy = zh.cloneNode(true) as HTMLElement;
    copy.className = zh.className.replace(/\bzh\b/, 'zh-converted');
    copy.lang = 'zh-Hant';
    copy.hidden = true;
    copy.querySelectorAll('p').forEach((p) => (p.textContent = convert(p.textContent ?? '')));
    zh.after(copy);
  });
  status.textContent = '';
}

function addCopyButtons(doc: Document): void {
  if (!navigator.clipboard) return;
  const tools = doc.querySelector<HTMLElement>('.tools');
  const copy = tools?.dataset.copyLabel ?? '';
  const copied = tools?.dataset.copiedLabel ?? '';
  doc.querySelectorAll<HTMLAnchorElement>('.row > a.num').forEach((link) => {
    // A small control beside the ¶ number (its words for screen readers and as a tooltip), so a
    // row is no taller than its text on a phone.
    const button = doc.createElement('button');
    button.type = 'button';
    button.className = 'copy-link';
    button.title = copy;
    const label = doc.createElement('span');
    label.className = 'visually-hidden';
    label.textContent = `${copy} ¶${link.hash.slice(2)}`;
    const icon = linkIcon(doc);
    button.append(icon, label);
    button.addEventListener('click', async () => {
      // The same URL "Cite this" gives: the publication address, or this page's origin in a local build.
      await navigator.clipboard.writeText(`${noticeUrl(doc)}${link.hash}`);
      button.classList.add('copied');
      button.title = copied;
      label.textContent = `${copied} ¶${link.hash.slice(2)}`;
      setTimeout(() => {
        button.classList.remove('copied');
        button.title = copy;
        label.textContent = `${copy} ¶${link.hash.slice(2)}`;
      }, 1500);
    });
    link.after(button);
  });
  doc.querySelectorAll<HTMLButtonElement>('.cite button.copy').forEach((button) => {
    button.hidden = false;
    button.addEventListener('click', () =>
      navigator.clipboard.writeText(doc.getElementById(button.dataset.copy!)?.textContent ?? ''),
    );
  });
}

/** The notice's URL as cited (see citedUrl): the same for "Cite this", copy-link and the citation meta tags. */
function noticeUrl(doc: Document): string {
  const cite = doc.querySelector<HTMLElement>('.cite');
  return cite
    ? citedUrl(cite.dataset.site ?? '', cite.dataset.path ?? location.pathname, location.origin)
    : location.href;
}

/**
 * Citations cite the paragraph in the URL's hash, or the whole notice; in a local build their
 * URLs take the origin the page is served from. Downloads and the citation meta tags follow.
 */
function followParagraph(doc: Document): void {
  const cite = doc.querySelector<HTMLElement>('.cite');
  if (!cite) return;
  const anchor = /^#(p\d+)$/.exec(location.hash)?.[1];
  const url = noticeUrl(doc);
  cite.querySelectorAll<HTMLElement>('pre[data-whole]').forEach((pre) => {
    pre.textContent = fillCitation({ whole: pre.dataset.whole!, para: pre.dataset.para! }, url, anchor);
    const download = cite.querySelector<HTMLAnchorElement>(`a.download[data-for="${pre.id}"]`);
    if (download) download.href = dataUri(download.type || null, pre.textContent);
  });
  const origin = cite.querySelector<HTMLElement>('.cite-origin');
  if (origin) origin.textContent = location.origin;
  const label = cite.querySelector<HTMLElement>('.cite-anchor')!;
  label.textContent = anchor ? `¶${anchor.slice(1)} (#${anchor})` : '';
  label.hidden = !anchor;
  cite.querySelector<HTMLElement>('.cite-whole')!.hidden = Boolean(anchor);
  const cited = anchor ? `${url}#${anchor}` : url;
  doc
    .querySelectorAll<HTMLMetaElement>('meta[name="citation_public_url"], meta[name="citation_abstract_html_url"]')
    .forEach((meta) => (meta.content = cited));
}

/** Each row the translation check flagged also shows what differs at the row itself (the list above the text stays). */
function showFlagsAtRows(doc: Document): void {
  const title = doc.querySelector('.translation-check strong')?.textContent?.trim() ?? '';
  doc.querySelectorAll<HTMLElement>('.translation-check li[data-flag-for]').forEach((item) => {
    const row = doc.getElementById(item.dataset.flagFor!);
    if (!row || row.querySelector('.row-flag')) return;
    const flag = doc.createElement('div');
    flag.className = 'row-flag';
    const what = [...item.querySelectorAll('.bi')].map((bi) => bi.textContent?.replace(/\s+/g, ' ').trim()).join('; ');
    flag.textContent = `⚠ ${title}: ${what}`;
    row.append(flag);
  });
}

/** A chain-link icon (SVG, drawn here: no font on a reader's machine need hold a glyph for it). */
function linkIcon(doc: Document): SVGSVGElement {
  const ns = 'http://www.w3.org/2000/svg';
  const svg = doc.createElementNS(ns, 'svg');
  svg.setAttribute('viewBox', '0 0 16 16');
  svg.setAttribute('width', '14');
  svg.setAttribute('height', '14');
  svg.setAttribute('aria-hidden', 'true');
  const path = doc.createElementNS(ns, 'path');
  path.setAttribute(
    'd',
    'M6.5 9.5l3-3M7 4.5l1.3-1.3a2.5 2.5 0 013.5 3.5L10.5 8M9 11.5l-1.3 1.3a2.5 2.5 0 01-3.5-3.5L5.5 8',
  );
  path.setAttribute('fill', 'none');
  path.setAttribute('stroke', 'currentColor');
  path.setAttribute('stroke-width', '1.5');
  path.setAttribute('stroke-linecap', 'round');
  svg.append(path);
  return svg;
}
