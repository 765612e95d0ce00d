import { msg, type Message } from './message';

/** An article and paragraph of an act the catalogue cites one by one (`msg.citation.<id>`). */
interface ArticleCitation {
  act: 'gdpr' | 'uk-gdpr';
  article: string;
  paragraph: string;
}

/** The citations that name one article and paragraph of the GDPR or the UK GDPR, so that several of one act read as one citation. */
const ARTICLES: Readonly<Record<string, ArticleCitation>> = {
  'gdpr-art-7-3': { act: 'gdpr', article: '7', paragraph: '3' },
  'gdpr-art-12-3': { act: 'gdpr', article: '12', paragraph: '3' },
  'gdpr-art-21-3': { act: 'gdpr', article: '21', paragraph: '3' },
  'uk-gdpr-art-7-3': { act: 'uk-gdpr', article: '7', paragraph: '3' },
  'uk-gdpr-art-21-3': { act: 'uk-gdpr', article: '21', paragraph: '3' },
};

const item = (a: ArticleCitation) => msg('msg.citationJoint.item', { article: a.article, paragraph: a.paragraph });

/**
 * Several citations as one reads them: articles of one act cited together, the act named once
 * and the articles in the plural ("GDPR Arts 7(3) and 21(3)", "artt. 7, par. 3, e 21, par. 3,
 * del Regolamento (UE) 2016/679", "UK GDPR, artt. 7, par. 3, e 21, par. 3"; review 7, G7, after
 * F3 and E21); any other citation as the catalogue writes it. One message per act, in the order
 * first cited, for the caller to join with "; ".
 */
export function citeTogether(ids: readonly string[]): Message[] {
  const groups: { act: ArticleCitation['act'] | null; ids: string[] }[] = [];
  for (const id of ids) {
    const act = ARTICLES[id]?.act ?? null;
    const group = act ? groups.find((g) => g.act === act) : undefined;
    if (group) group.ids.push(id);
    else groups.push({ act, ids: [id] });
  }
  return groups.map(({ act, ids: cited }) => {
    const articles = cited.map((id) => ARTICLES[id]).filter((a): a is ArticleCitation => a !== undefined);
    const [first, ...rest] = articles;
    if (!act || !first || rest.length === 0) return msg(`msg.citation.${cited[0] ?? ''}`);
    const last = rest[rest.length - 1] as ArticleCitation;
    const listed = msg('msg.citationJoint.articles', { first: [item(first), ...rest.slice(0, -1).map(item)], last: [item(last)] });
    return msg(`msg.citationJoint.${act}`, { articles: [listed] });
  });
}
