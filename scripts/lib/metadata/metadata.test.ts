import { describe, expect, it } from 'vitest';
import { agenciesIn } from './agencies.ts';
import { allFullDatesIn, fullDateIn, isDateLine, monthDayIn } from '../ingest/text/dates.ts';
import { citedTitleBefore, docNumbersIn } from '../ingest/text/doc-numbers.ts';
import { batchIn, countsIn, otherProgramsIn, programsIn } from './programs.ts';

describe('document numbers', () => {
  it('reads the three forms of bracket the seeds use, with a canonical 〔〕 form', () => {
    const text = '（建办城函〔2020〕594号）、(建办科函[2014]515号)和(发改高技[2014]1770号)';
    expect(docNumbersIn(text).map((d) => [d.text, d.canonical])).toEqual([
      ['建办城函〔2020〕594号', '建办城函〔2020〕594号'],
      ['建办科函[2014]515号', '建办科函〔2014〕515号'],
      ['发改高技[2014]1770号', '发改高技〔2014〕1770号'],
    ]);
  });

  it("recognises 000's English rendering of 594号 by year and serial", () => {
    expect(docNumbersIn('Vehicles (J.H. [2020] No.594), and report')).toMatchObject([
      { text: 'J.H. [2020] No.594', prefix: 'J.H.', year: 2020, serial: 594 },
    ]);
  });

  it('does not take words before the agency code, nor an ICP licence, for a document number', () => {
    expect(docNumbersIn('根据建办科函[2014]515号要求')[0]!.prefix).toBe('建办科函');
    expect(docNumbersIn('京ICP备13046102号-1 京公网安备 11010802013420号')).toEqual([]);
  });

  it('finds the title a cited number belongs to', () => {
    const text =
      '请按照《住房和城乡建设部办公厅 工业和信息化部办公厅关于组织开展试点工作的通知》（建办城函〔2020〕594号）要求';
    expect(citedTitleBefore(text, text.indexOf('建办'))).toBe(
      '住房和城乡建设部办公厅 工业和信息化部办公厅关于组织开展试点工作的通知',
    );
  });
});

describe('agencies', () => {
  it('names the signatories of 003 by their longest form, and the short forms of 004', () => {
    expect(agenciesIn('中华人民共和国住房和城乡建设部办公厅\n科学技术部办公厅').map((a) => a.id)).toEqual([
      'mohurd-general-office',
      'most-general-office',
    ]);
    expect(agenciesIn('2021年5月,住建部、工信部启动').map((a) => a.abbr)).toEqual(['MOHURD', 'MIIT']);
    expect(agenciesIn('the Ministry of Housing and Urban-Rural Development (MOHURD) issued').map((a) => a.en)).toEqual([
      'Ministry of Housing and Urban-Rural Development',
    ]);
  });
});

describe('dates', () => {
  it('reads full dates in Chinese and English', () => {
    expect(fullDateIn('2021年12月1日')).toBe('2021-12-01');
    expect(fullDateIn('before August 31, 2015')).toBe('2015-08-31');
    expect(allFullDatesIn('于2015年8月31日前…于2015年4月30日前')).toEqual(['2015-08-31', '2015-04-30']);
  });

  it('reads every form a date line takes: numerals written out, day before month, ISO', () => {
    expect(fullDateIn('二〇二一年十二月一日')).toBe('2021-12-01');
    expect(fullDateIn('二〇一五年八月三十一日')).toBe('2015-08-31');
    expect(fullDateIn('1 December 2021')).toBe('2021-12-01');
    expect(fullDateIn('2021-12-01')).toBe('2021-12-01');
    expect(allFullDatesIn('from 1 March 2021 to 2021-06-30, then 二〇二二年一月十日')).toEqual([
      '2021-03-01',
      '2021-06-30',
      '2022-01-10',
    ]);
    expect(fullDateIn('发布时间：2021-12-01T08:00')).toBe('2021-12-01');
    // Not dates: days that do not exist, a phone number of the same shape, a longer digit run,
    // a year and month alone, words that start like a month.
    expect(
      allFullDatesIn(
        '2021-13-01 · 2021-02-29 · 二〇二一年二月三十日 · 电话：010-2019-06-15 · 12021年12月1日 · 2021年5月',
      ),
    ).toEqual([]);
    expect(allFullDatesIn('Decision 3, 2021 · Mayor 1, 2021 · 3 Marine 2021')).toEqual([]);
  });

  it('reads no day out of a month and year', () => {
    expect(monthDayIn('in December 2021, the Ministry', { year: 2021 })).toBeUndefined();
  });

  it('knows a line that is a date and nothing else', () => {
    for (const line of ['2021年12月1日', '二〇二一年十二月一日', 'December 1, 2021', '1 December 2021', '2021-12-01'])
      expect(isDateLine(line), line).toBe(true);
    for (const line of ['于2021年12月1日前报送', 'Beijing 1, 2021', 'Decision 3, 2021', '2021年12月'])
      expect(isDateLine(line), line).toBe(false);
  });

  it('places a month and day in the year of the report', () => {
    expect(monthDayIn('12月13日,由住房和城乡建设部', { reference: '2023-12-13' })).toBe('2023-12-13');
    expect(monthDayIn('12月28日召开', { reference: '2024-01-05' })).toBe('2023-12-28');
    expect(monthDayIn('On Aug. 5, the Ministry', { year: 2013 })).toBe('2013-08-05');
  });
});

describe('programs, batches and counts', () => {
  it('tells the two programs apart', () => {
    expect(programsIn('智慧城市基础设施与智能网联汽车协同发展第二批试点城市')).toEqual(['shuangzhi']);
    expect(programsIn('国家智慧城市2014年度试点名单')).toEqual(['national-smart-city']);
    expect(programsIn('103 cities … were selected as the national pilot smart cities in 2013')).toEqual([
      'national-smart-city',
    ]);
    expect(programsIn('smart city infrastructure and intelligent networked vehicles')).toEqual(['shuangzhi']);
  });

  it('reads batch ordinals', () => {
    expect(batchIn('第二批试点城市')).toBe(2);
    expect(batchIn('全国首批“双智”试点城市')).toBe(1);
    expect(batchIn('as the second batch of pilot cities')).toBe(2);
  });

  it('reads the counts of the 2014 list with their entry types', () => {
    const text =
      '确定北京市门头沟区等84个城市(区、县、镇)为国家智慧城市2014年度新增试点,河北省石家庄市正定县等13个城市(区、县)为扩大范围试点(名单见附件1),航天恒星科技有限公司等单位承建的41个项目为国家智慧城市2014年度专项试点(名单见附件2)。';
    expect(countsIn(text).map((c) => [c.value, c.unit, c.entryType])).toEqual([
      [84, '个城市(区、县、镇)', 'new'],
      [13, '个城市(区、县)', 'expanded'],
      [41, '个项目', 'special'],
    ]);
  });

  it('reads the counts of both Shuangzhi batches and of the 2013 brief', () => {
    expect(
      countsIn('沧州、芜湖、淄博等10个城市为智慧城市基础设施与智能网联汽车协同发展第二批试点城市。'),
    ).toMatchObject([{ value: 10, batch: 2, entryType: 'new' }]);
    expect(countsIn('武汉与北京、上海、广州、长沙、无锡6个城市获批第一批试点城市。')).toMatchObject([
      { value: 6, batch: 1 },
    ]);
    expect(
      countsIn(
        'a notice specifying that 103 cities (districts, counties, and towns), including the Beijing Economic and Technological Development Zone, were selected as the national pilot smart cities in 2013',
      ),
    ).toMatchObject([{ value: 103, unit: 'cities (districts, counties, and towns)' }]);
  });

  it('ignores numbers that count something other than pilots', () => {
    expect(countsIn('发展改革委等8部门联合印发；请各试点城市分别确定1名工作联系人')).toEqual([]);
  });
});

describe('programs the registry does not follow', () => {
  it('are named from the title, without the act, batch or year before them; registry programs are not "other"', () => {
    expect(otherProgramsIn('国务院办公厅关于印发“无废城市”建设试点工作方案的通知')).toEqual(['无废城市建设试点']);
    expect(otherProgramsIn('关于公布第二批智能建造试点城市的通知')).toEqual(['智能建造试点']);
    expect(otherProgramsIn('关于开展2024年度城市体检试点的通知')).toEqual(['城市体检试点']);
    expect(otherProgramsIn('关于确定智慧城市基础设施与智能网联汽车协同发展第二批试点城市的通知')).toEqual([]);
    expect(otherProgramsIn('住房城乡建设部办公厅关于公布国家智慧城市2014年度试点名单的通知')).toEqual([]);
    expect(otherProgramsIn('关于做好试点工作的通知')).toEqual([]);
    expect(otherProgramsIn('五城入选城市地下管网智能监测试点')).toEqual(['城市地下管网智能监测试点']);
  });
});
