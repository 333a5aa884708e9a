import type { Catalogue, CataloguePaper, CatalogueSection } from './schema';

export type SectionNode = CatalogueSection & { depth: number; children: SectionNode[] };

export type CatalogueOutline = {
  /** Top-level sections, each with its nested children, in list order. */
  roots: SectionNode[];
  /** Every section in list order (depth-first), for flat navigation. */
  flat: SectionNode[];
  byId: ReadonlyMap<string, SectionNode>;
  paperById: ReadonlyMap<string, CataloguePaper>;
  /** The position of each paper in the list, for "list order" sorting. */
  orderById: ReadonlyMap<string, number>;
  /** Paper ids under each section, its subsections included. */
  paperIdsBySection: ReadonlyMap<string, ReadonlySet<string>>;
};

/** Derives everything the views need to navigate a catalogue, once per catalogue. */
export function outlineCatalogue(catalogue: Catalogue): CatalogueOutline {
  const byId = new Map<string, SectionNode>();
  for (const section of catalogue.sections) {
    byId.set(section.id, { ...section, depth: 0, children: [] });
  }
  const roots: SectionNode[] = [];
  for (const node of byId.values()) {
    const parent = node.parentId ? byId.get(node.parentId) : undefined;
    if (parent) parent.children.push(node);
    else roots.push(node);
  }
  const flat: SectionNode[] = [];
  const visit = (node: SectionNode, depth: number) => {
    node.depth = depth;
    flat.push(node);
    node.children.forEach((child) => visit(child, depth + 1));
  };
  roots.forEach((root) => visit(root, 0));

  const paperIdsBySection = new Map<string, Set<string>>();
  for (const node of flat) paperIdsBySection.set(node.id, new Set());
  for (const paper of catalogue.papers) {
    for (const sectionId of paper.sectionIds) {
      let node = byId.get(sectionId);
      while (node) {
        // Sections whose parents loop back to them reach no root, so have no set; nor do their
        // parents, and walking on would go round the loop forever.
        const paperIds = paperIdsBySection.get(node.id);
        if (!paperIds) break;
        paperIds.add(paper.id);
        node = node.parentId ? byId.get(node.parentId) : undefined;
      }
    }
  }

  return {
    roots,
    flat,
    byId,
    paperById: new Map(catalogue.papers.map((paper) => [paper.id, paper])),
    orderById: new Map(catalogue.papers.map((paper, index) => [paper.id, index])),
    paperIdsBySection,
  };
}
