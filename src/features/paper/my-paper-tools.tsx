import { useMyPapers } from '../../db/my-papers';
import { EditDetails } from './edit-details';
import { PaperSection } from './paper-section';

/** For a paper of My papers: edit its details and choose its section. */
export function MyPaperTools({ paperId }: { paperId: string }) {
  const mine = useMyPapers();
  const own = mine?.catalogue.papers.find((paper) => paper.id === paperId);
  if (!mine || !own) return null;
  return (
    <section className="detail__section my-paper" aria-label="In My papers">
      <EditDetails key={own.id} paper={own} />
      <PaperSection paper={own} sections={mine.catalogue.sections} />
    </section>
  );
}
