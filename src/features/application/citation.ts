/**
 * Citations of regulation items ("п.9 пп.2") are catalog data, written in Russian. In Kazakh
 * they read the way the Kazakh texts of the regulations cite their own items ("7-тармақтың 2)
 * тармақшасы"), abbreviated: тармақ (пункт) → "9-т.", тармақша (подпункт) → "2) тт.":
 * "п.9 пп.2" → "9-т. 2) тт.". The few words around the citations in the catalog (process,
 * condition, annex, "not described", …) are translated too; quotations «…» of the regulation's
 * own wording stay as written. Pure: no i18n library, the language comes in.
 */
import type { Lang } from './card-model';

/** One citation: item (or range), the section it belongs to, sub-item (or range), whose text. */
const CIT = String.raw`п\.(\d+(?:–\d+)?)(?: \((дубликат|переоформление)\))?(?: пп\.(\d+(?:–\d+)?))?(?: (регламента|Стандарта))?`;

const SECTION: Record<string, string> = { дубликат: 'телнұсқа', переоформление: 'қайта ресімдеу' };
const OWNER: Record<string, string> = { регламента: 'регламенттің ', Стандарта: 'Стандарттың ' };

function kkCitation(item: string, section: string | undefined, sub: string | undefined, owner: string | undefined): string {
  const subText = sub ? ` ${sub.split('–').map((n) => `${n})`).join('–')} тт.` : '';
  return `${owner ? OWNER[owner] : ''}${item}-т.${section ? ` (${SECTION[section]})` : ''}${subText}`;
}

/** Phrases that wrap a citation ($1 is the citation, still in Russian at that point). */
const AROUND: [RegExp, string][] = [
  [new RegExp(`по аналогии с (${CIT})`, 'g'), '$1 ұқсастығы бойынша'],
  [new RegExp(`в (${CIT}) шага нет`, 'g'), '$1 мұндай қадам жоқ'],
  [new RegExp(`в (${CIT}) отсутствует`, 'g'), '$1 жоқ'],
];

/** The words around citations in the catalog's sources. */
const WORDS: [RegExp, string][] = [
  [/не описано/g, 'сипатталмаған'],
  [/результат удостоверяется ЭЦП уполномоченного лица/g, 'нәтиже уәкілетті тұлғаның ЭЦҚ-сымен куәландырылады'],
  [/форма мотивированного отказа/g, 'дәлелді бас тарту нысаны'],
  [/путь отказа не описан/g, 'бас тарту жолы сипатталмаған'],
  [/результат действия (\d+)/g, '$1-әрекеттің нәтижесі'],
  [/абзац об описи/g, 'тізімдеме туралы абзац'],
  [/абз\. (\d+)/g, '$1-абз.'],
  [/процессы (\d+(?:–\d+)?)/g, '$1-процестер'],
  [/процесс (\d+)/g, '$1-процесс'],
  [/условие (\d+)/g, '$1-шарт'],
  [/приложение (\d+)/g, '$1-қосымша'],
  [/примечание/g, 'ескертпе'],
  [/в течение (\d+) р\.д\./g, '$1 жұмыс күні ішінде'],
  [/в день поступления/g, 'түскен күні'],
];

/** Research notes about a term the regulation does not state (no Kazakh text to show). */
const NOTE = /^(В регламенте срок не указан|Не указан ни в регламенте)|research\//;

/** A pointer into the team's research files at the end of a note: not for the office's staff. */
const RESEARCH_FILE = /\s*[;.,—–-]?\s*research\/[^\s;]+(\s*§\s*\d+)?\s*$/;

/**
 * A catalog source (step or term) in the user's language. Russian: as written, without the
 * pointer to the team's research files. Kazakh: the
 * citations and the words around them in Kazakh; null for a research note about a term the
 * regulation does not state (the caller says that in its own words).
 */
export function citationText(source: string, lng: Lang): string | null {
  if (lng === 'ru') return source.replace(RESEARCH_FILE, '');
  if (NOTE.test(source)) return null;
  const named = source.replace(/канал «обращение к услугодателю»/g, '«көрсетілетін қызметті берушіге жүгіну» арнасы');
  // Quotations of the regulation stay as written: translate only what lies outside «…».
  return named
    .split(/(«[^»]*»)/)
    .map((part) => (part.startsWith('«') ? part : translatePart(part)))
    .join('');
}

function translatePart(text: string): string {
  let out = text;
  for (const [re, to] of AROUND) out = out.replace(re, to);
  out = out.replace(new RegExp(CIT, 'g'), (_m, item: string, section?: string, sub?: string, owner?: string) => kkCitation(item, section, sub, owner));
  for (const [re, to] of WORDS) out = out.replace(re, to);
  return out;
}
