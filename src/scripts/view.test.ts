import { describe, expect, it } from 'vitest';
import { viewFrom, withView } from './view.ts';

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
});
