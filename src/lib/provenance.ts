import type { Notice } from '../schemas/notice.ts';

type Source = Notice['sources'][number];

/**
 * Whether a copy is the issuing government's own publication: its URL is on a government domain
 * (`*.gov.cn`). A copy from any other site, or named only by its publisher, is a republication;
 * with neither URL nor publisher the archive cannot say.
 *
 * @example
 *   copyKind({ url: 'https://www.mohurd.gov.cn/gongkai/x.html' }) // 'official'
 *   copyKind({ publisher: '新浪财经' }) // 'unofficial'
 */
export function copyKind(s: Pick<Source, 'url' | 'publisher'>): 'official' | 'unofficial' | 'unknown' {
  if (s.url) {
    try {
      return /(^|\.)gov\.cn$/.test(new URL(s.url).hostname) ? 'official' : 'unofficial';
    } catch {
      return 'unknown';
    }
  }
  return s.publisher ? 'unofficial' : 'unknown';
}

/** The sidecar entry that supplied a field (`title.en`…), if the archive supplied it. */
export function suppliedField(n: Pick<Notice, 'supplied'>, field: string): Notice['supplied'][number] | undefined {
  return n.supplied.find((s) => s.field === field);
}

/** True for news items: they have a publisher; the bodies they mention issued nothing. */
export function isNewsItem(n: Pick<Notice, 'docType'>): boolean {
  return n.docType === 'news-report' || n.docType === 'news-brief';
}
