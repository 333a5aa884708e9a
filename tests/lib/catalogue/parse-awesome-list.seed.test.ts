// @vitest-environment node
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseAwesomeList } from '../../../src/lib/catalogue/parse-awesome-list';
import { catalogueSchema } from '../../../src/lib/catalogue/schema';

const sourceUrl = 'https://github.com/OrderLab/awesome-machine-learning-reliability/blob/main/';
const markdown = readFileSync(
  new URL('../../../scripts/data/awesome-ml-reliability.md', import.meta.url),
  'utf8',
);
// Parsed inside each test, not once for the file: a mutation run switches its mutant on per
// test, so a parse done when the file loads would never see it.
const parseSeed = () => parseAwesomeList(markdown, { sourceUrl });

describe('the bundled awesome-ml-reliability list', () => {
  it('gives 24 valid papers in 7 sections under the list title, without warnings', () => {
    const { catalogue, warnings } = parseSeed();
    expect(catalogueSchema.parse(catalogue)).toEqual(catalogue);
    expect(catalogue.title).toBe('Awesome Machine Learning Reliability');
    expect(catalogue.sections).toHaveLength(7);
    expect(catalogue.papers).toHaveLength(24);
    expect(new Set(catalogue.papers.map((paper) => paper.id)).size).toBe(24);
    expect(warnings).toEqual([]);
    for (const paper of catalogue.papers) {
      expect(paper.title).not.toBe('');
      expect(paper.url).toMatch(/^https?:\/\//);
      expect(paper.id).toMatch(/^(arxiv|doi|url):/);
    }
  });

  it("reads TSE'20 as venue TSE, year 2020", () => {
    const { catalogue } = parseSeed();
    const paper = catalogue.papers.find((candidate) => candidate.id === 'arxiv:1906.10742');
    expect(paper).toMatchObject({ venue: 'TSE', year: 2020 });
  });

  it('resolves Review links to absolute URLs under the source URL', () => {
    const { catalogue } = parseSeed();
    const reviews = catalogue.papers.flatMap((paper) => paper.links);
    expect(reviews).toHaveLength(4);
    for (const link of reviews) {
      expect(link.label).toBe('Review');
      expect(link.url.startsWith(`${sourceUrl}reviews/`)).toBe(true);
    }
  });

  it('merges the twice-listed Characterization paper, keeping its first description', () => {
    const { catalogue } = parseSeed();
    const matches = catalogue.papers.filter((paper) => paper.title.startsWith('Characterization'));
    expect(matches).toEqual([
      {
        id: 'arxiv:2403.07648',
        title: 'Characterization of Large Language Model Development in the Datacenter',
        url: 'https://arxiv.org/abs/2403.07648',
        venue: 'NSDI',
        year: 2024,
        description: "An empirical study of LLM-specific workloads in Shanghai AI Lab's cluster.",
        // Both listings sit under the same heading in the seed, so one section id.
        sectionIds: ['empirical-studies-on-machine-learning-bugs--challenges'],
        tags: [],
        links: [
          {
            label: 'Review',
            url: `${sourceUrl}reviews/Characterization%20of%20Large%20Language%20Model%20Development%20in%20the%20Datacenter.md`,
          },
        ],
      },
    ]);
  });
});
