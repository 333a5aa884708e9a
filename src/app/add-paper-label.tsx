/** "Add paper"; on a phone "Add", the rest kept for assistive technology (and a "+" before it). */
export function AddPaperLabel() {
  return (
    <>
      Add <span className="add-paper-button__more">paper</span>
    </>
  );
}
