import { describe, expect, it } from 'vitest';
import { citeParagraph, viewFrom, withView } from './view.ts';

describe('view switching', () => {
  it('reads the view from the query, defaulting to both', () => {
    expect(viewFrom('?view=zh')).toBe('zh');
    expect(viewFrom('?view=en&x=1')).toBe('en');
    expect(viewFrom('')).toBe('both');
    expect(viewFrom('?view=<script>')).toBe('both');
  });

  it('writes the view into the URL, keeping the paragraph anchor', () => {
    expect(withView('https://a.example/notices/x/#p5', 'en')).toBe('https://a.example/notices/x/?view=en#p5');
    expect(withView('https://a.example/notices/x/?view=en#p5', 'both')).toBe('https://a.example/notices/x/#p5');
  });

  it('points every citation at the chosen paragraph', () => {
    const bib = 'url = {https://a.example/notices/x/},\nhowpublished = {https://a.example/notices/x/}';
    expect(citeParagraph(bib, 'https://a.example/notices/x/', 'p3')).toBe(
      'url = {https://a.example/notices/x/#p3},\nhowpublished = {https://a.example/notices/x/#p3}',
    );
    expect(citeParagraph(bib, 'https://a.example/notices/x/', undefined)).toBe(bib);
  });
});
