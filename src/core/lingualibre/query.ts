/**
 * The SPARQL query for every record of one sign language on Lingua Libre, and the GET request
 * that carries it (the SPARQL 1.1 protocol: ?query=…, JSON results asked by `format=json` as
 * Lingua Libre's Blazegraph accepts, and by the Accept header as the protocol says).
 *
 * A record is an item with P2 = Q2 ("record"), P4 = the language, P7 = the written word,
 * P3 = the media file (a Commons FilePath URI) and P5 = the speaker, whose label names them.
 */
import type { LinguaLibreLanguage } from './languages';

/** More records than any language has (LSF had about 750 in 2023); a bound on what one answer may list. */
export const MAX_RECORDS = 50_000;

const ITEM = /^Q[1-9][0-9]{0,9}$/;

export function buildRecordsQuery(language: Pick<LinguaLibreLanguage, 'item'>): string {
  // The item goes into the query text: checked, so that a table typo cannot become a query injection.
  if (!ITEM.test(language.item)) throw new Error(`Not a Lingua Libre item id: ${language.item}`);
  return [
    'PREFIX entity: <https://lingualibre.org/entity/>',
    'PREFIX prop: <https://lingualibre.org/prop/direct/>',
    'PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>',
    'SELECT ?word ?filename ?speaker WHERE {',
    '  ?record prop:P2 entity:Q2 ;',
    `          prop:P4 entity:${language.item} ;`,
    '          prop:P7 ?word ;',
    '          prop:P3 ?filename .',
    '  OPTIONAL { ?record prop:P5 ?speakerItem . ?speakerItem rdfs:label ?speaker . }',
    '}',
    `LIMIT ${MAX_RECORDS + 1}`,
  ].join('\n');
}

/** The GET URL of the query at `endpoint` (e.g. https://lingualibre.org/bigdata/namespace/wdq/sparql). */
export function buildQueryUrl(endpoint: string, query: string): string {
  const url = new URL(endpoint);
  url.searchParams.set('query', query);
  url.searchParams.set('format', 'json');
  return url.href;
}

/** The media type of SPARQL JSON results (SPARQL 1.1 Query Results JSON Format). */
export const SPARQL_JSON = 'application/sparql-results+json';
