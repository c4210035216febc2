/** Regulation citations in Kazakh: every form the catalog uses, and the whole catalog swept. */
import data from '../../domain/catalog/catalog-data.json';
import { citationText } from './citation';

describe('citationText', () => {
  it('leaves Russian as written', () => {
    expect(citationText('п.9 пп.2', 'ru')).toBe('п.9 пп.2');
    expect(citationText('В регламенте срок не указан. research/x.md', 'ru')).toBe('В регламенте срок не указан');
    expect(citationText('По умолчанию 2 р.д. — дубликат в однотипном ППРК № 1584; research/standards_terms.md §2', 'ru')).toBe(
      'По умолчанию 2 р.д. — дубликат в однотипном ППРК № 1584',
    );
  });

  it.each([
    // item; item + sub-item; sub-item range; item range
    ['п.7', '7-т.'],
    ['п.9 пп.2', '9-т. 2) тт.'],
    ['п.10 пп.8–9', '10-т. 8)–9) тт.'],
    ['п.3; п.11–13 (в п.6 шага нет)', '3-т.; 11–13-т. (6-т. мұндай қадам жоқ)'],
    // several citations; a section of the item (duplicate, reissue)
    ['п.6 пп.10; п.7 пп.7; п.9 пп.9', '6-т. 10) тт.; 7-т. 7) тт.; 9-т. 9) тт.'],
    ['п.7 (дубликат) пп.1; п.10 пп.2', '7-т. (телнұсқа) 1) тт.; 10-т. 2) тт.'],
    ['п.10 пп.7; норма — п.7 (переоформление) пп.7', '10-т. 7) тт.; норма — 7-т. (қайта ресімдеу) 7) тт.'],
    // whose item; quotations of the regulation stay as written
    ['п.5 пп.2 регламента', 'регламенттің 5-т. 2) тт.'],
    ['п.5 пп.1 регламента («15 рабочих [дней]»)', 'регламенттің 5-т. 1) тт. («15 рабочих [дней]»)'],
    ['п.5 регламента («15 жұмыс күні»)', 'регламенттің 5-т. («15 жұмыс күні»)'],
    // paragraph, process(es), condition, annex, note, result of an action
    ['п.5 пп.3 (абз. 2); п.8 пп.3', '5-т. 3) тт. (2-абз.); 8-т. 3) тт.'],
    ['п.5 процесс 1; п.5 (абзац об описи); п.7', '5-т. 1-процесс; 5-т. (тізімдеме туралы абзац); 7-т.'],
    ['п.5 процессы 3–8, условие 1', '5-т. 3–8-процестер, 1-шарт'],
    ['п.5 условие 2, процессы 9–10', '5-т. 2-шарт, 9–10-процестер'],
    ['п.6 пп.4; п.9 пп.4; приложение 1', '6-т. 4) тт.; 9-т. 4) тт.; 1-қосымша'],
    ['п.7, примечание; п.10 пп.4', '7-т., ескертпе; 10-т. 4) тт.'],
    ['п.6 (результат действия 5)', '6-т. (5-әрекеттің нәтижесі)'],
    // timing remarks
    ['п.6 пп.12 (п.9 пп.11: в течение 1 р.д.)', '6-т. 12) тт. (9-т. 11) тт.: 1 жұмыс күні ішінде)'],
    ['п.6 пп.7 (п.9 пп.6: в день поступления)', '6-т. 7) тт. (9-т. 6) тт.: түскен күні)'],
    ['п.6 пп.5 (в п.9 отсутствует)', '6-т. 5) тт. (9-т. жоқ)'],
    // steps the regulation does not describe
    ['не описано (канал «обращение к услугодателю»)', 'сипатталмаған («көрсетілетін қызметті берушіге жүгіну» арнасы)'],
    ['не описано (по аналогии с п.6 пп.5)', 'сипатталмаған (6-т. 5) тт. ұқсастығы бойынша)'],
    ['по аналогии с п.5 пп.4 (путь отказа не описан)', '5-т. 4) тт. ұқсастығы бойынша (бас тарту жолы сипатталмаған)'],
    ['не описано; п.3 (результат удостоверяется ЭЦП уполномоченного лица)', 'сипатталмаған; 3-т. (нәтиже уәкілетті тұлғаның ЭЦҚ-сымен куәландырылады)'],
    ['не описано; п.3 (форма мотивированного отказа)', 'сипатталмаған; 3-т. (дәлелді бас тарту нысаны)'],
    ['п.5 пп.3 (путь отказа не описан); п.8 процесс 6', '5-т. 3) тт. (бас тарту жолы сипатталмаған); 8-т. 6-процесс'],
  ])('%s → %s', (source, kk) => {
    expect(citationText(source, 'kk')).toBe(kk);
  });

  it('gives null for a research note about a term the regulation does not state', () => {
    expect(citationText('В регламенте срок не указан. По умолчанию 3 р.д. — research/standards_terms.md §6', 'kk')).toBeNull();
    expect(citationText('Не указан ни в регламенте, ни в доступной части Стандарта; research/standards_terms.md §2', 'kk')).toBeNull();
  });

  it('leaves no Russian citation or word outside quotations, for every source in the catalog', () => {
    const sources = new Set<string>();
    type Variant = { term: { source?: string } | null; steps: { source?: string }[] };
    for (const p of data.providers as unknown as { services: { variants: Variant[] }[] }[]) {
      for (const s of p.services) {
        for (const v of s.variants) {
          if (v.term?.source) sources.add(v.term.source);
          for (const st of v.steps) if (st.source) sources.add(st.source);
        }
      }
    }
    expect(sources.size).toBeGreaterThan(50);
    const russian = /(^|[^\p{L}])(пп?\.|не описано|по аналогии|процесс[ыа]? |условие|абз\. \d|абзац об|приложение|примечание|дубликат|переоформление|регламента|Стандарта|в течение|в день|результат|шага|отсутствует|канал|форма|путь|отказа)/u;
    for (const source of sources) {
      const kk = citationText(source, 'kk');
      if (kk === null) {
        expect(source, 'only research notes have no Kazakh text').toMatch(/research\//);
        continue;
      }
      expect(kk.replace(/«[^»]*»/g, '«»'), source).not.toMatch(russian);
    }
  });
});
