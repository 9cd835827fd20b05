/**
 * Builds one section of the model, and its items, from a section file that passed every check: what
 * its kind decides (layout, rubric role, prefix, search weight), its words in the three forms readers
 * need, its items' sub-points and their values on the framework's scales.
 */
import { sectionItems, type ItemData, type ScaleSpec, type SectionData } from '../../schemas/content';
import type { SectionKindSpec } from '../../schemas/section-kinds';
import { renderInline, toPlainText } from './inline-markdown';
import type { SourceDocument } from '../read/read-content';
import { itemUrl, levelUrl, sectionPageUrl, withFragment } from '../urls/urls';
import type { Attribute, Item, Section, Source, Wording } from './model';

export function wording(markdown: string): Wording {
  return { markdown, html: renderInline(markdown), plain: toPlainText(markdown) };
}

export function sourceOf(document: SourceDocument<unknown>, path: readonly PropertyKey[] = []): Source {
  return { file: document.file, line: document.locate(path).line };
}

/** What a section is built with besides its file. */
export interface SectionSetting {
  spec: SectionKindSpec;
  competency: string;
  several: boolean;
  context: string;
  scales: readonly ScaleSpec[];
}

export function buildSection(
  document: SourceDocument<SectionData>,
  { spec, competency, several, context, scales }: SectionSetting,
  refs: Map<Item, readonly string[]>,
): Section {
  const { data } = document;
  const title = data.title ?? spec.title;
  const anchor = several ? `${competency}--${data.kind}` : data.kind;
  const pageUrl = sectionPageUrl(data.level, data.kind);
  return {
    level: data.level,
    competency,
    kind: data.kind,
    title,
    layout: spec.layout,
    rubricRole: spec.rubricRole,
    refPrefix: spec.refPrefix,
    leadsToNextLevel: spec.leadsToNextLevel ?? false,
    anchor,
    url: withFragment(levelUrl(data.level), anchor),
    pageUrl,
    lead: data.lead === undefined ? undefined : wording(data.lead),
    shift:
      data.from === undefined || data.to === undefined
        ? undefined
        : { from: wording(data.from), to: wording(data.to) },
    items: sectionItems(data).map((item, index): Item => {
      const built: Item = {
        id: item.id,
        level: data.level,
        competency,
        kind: data.kind,
        searchWeight: spec.searchWeight,
        text: wording(item.text),
        subpoints: (item.subpoints ?? []).map(wording),
        attributes: attributesOf(item, scales),
        url: itemUrl(data.level, item.id),
        sectionUrl: withFragment(pageUrl, item.id),
        context: `${context} · ${title}`,
        formerIds: item.formerIds ?? [],
        searchTerms: item.searchTerms ?? [],
        related: [],
        backlinks: [],
        source: sourceOf(document, ['items', index, 'id']),
      };
      refs.set(built, item.related ?? []);
      return built;
    }),
    context,
    formerIds: data.formerIds ?? [],
    source: sourceOf(document),
  };
}

/** An item's values on the framework's scales, in the framework's order of scales. */
function attributesOf(item: ItemData, scales: readonly ScaleSpec[]): Attribute[] {
  return scales.flatMap((scale) => {
    // Own values only: a scale named `constructor` must not find what every object inherits.
    const value =
      item.attributes && Object.hasOwn(item.attributes, scale.id) ? item.attributes[scale.id] : undefined;
    if (value === undefined) return [];
    return [
      {
        scale: scale.id,
        title: scale.title,
        value,
        rank: scale.values.indexOf(value) + 1,
        searchFilter: scale.searchFilter ?? false,
      },
    ];
  });
}
