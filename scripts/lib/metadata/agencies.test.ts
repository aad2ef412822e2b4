import { describe, expect, it } from 'vitest';
import { agenciesIn, agencyById } from './agencies.ts';
import { documentKindOf, isOfficialTitle, issuerPartOf } from '../ingest/text/doc-kinds.ts';

const ids = (text: string) => agenciesIn(text).map((a) => a.id);

describe('the issuer register', () => {
  it('knows the State Council, its General Office and joint issuers', () => {
    expect(ids('国务院办公厅')).toEqual(['state-council-general-office']);
    expect(ids('国务院 中央军委')).toEqual(['state-council', 'central-military-commission']);
    expect(agencyById('state-council-general-office')?.en).toBe('General Office of the State Council');
  });

  it('keeps former names with their years and the body that took over', () => {
    expect(agencyById('moc')).toMatchObject({ zh: '建设部', until: 2008, successor: 'mohurd' });
    expect(ids('中华人民共和国建设部')).toEqual(['moc']);
    expect(ids('住房城乡建设部办公厅')).toEqual(['mohurd-general-office']);
  });

  it('builds provincial and prefectural governments and departments from the gazetteer', () => {
    const [office] = agenciesIn('淄博市人民政府办公室');
    expect(office).toMatchObject({
      id: 'gov-zibo-general-office',
      zh: '淄博市人民政府办公室',
      en: "General Office of the Zibo Municipal People's Government",
    });
    const [dept] = agenciesIn('广东省住房和城乡建设厅');
    expect(dept).toMatchObject({
      zh: '广东省住房和城乡建设厅',
      en: 'Guangdong Provincial Department of Housing and Urban-Rural Development',
    });
  });

  it("reads a national short name after a place as that place's own body", () => {
    expect(ids('山东省发展改革委')).not.toContain('ndrc');
    expect(ids('国家发展改革委办公厅')).toEqual(['ndrc-general-office']);
  });
});

describe('official titles', () => {
  it('reads the kind of document a title names, and its issuers part', () => {
    expect(isOfficialTitle('国务院关于2018年度国家科学技术奖励的决定')).toBe(true);
    expect(isOfficialTitle('武汉车城协同试点完成第一阶段建设')).toBe(false);
    expect(documentKindOf('国务院办公厅关于印发“无废城市”建设试点工作方案的通知')).toBe('notice');
    expect(documentKindOf('国务院关于同意在某市开展试验的批复')).toBe('reply');
    expect(documentKindOf('城市道路智能网联汽车测试管理办法（试行）')).toBe('measures');
    expect(issuerPartOf('工业和信息化部 住房和城乡建设部关于开展示范工作的通知')).toBe(
      '工业和信息化部 住房和城乡建设部',
    );
  });
});
