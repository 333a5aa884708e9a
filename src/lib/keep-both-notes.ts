/**
 * Two different texts of one note, both kept: the one being written first, then the other,
 * after a marked rule. Used when the same note was changed in two places at once.
 */
export function keepBothNotes(mine: string, theirs: string, theirsAt: Date): string {
  const when = theirsAt.toISOString().replace('T', ' ').slice(0, 16);
  return `${mine}\n\n---\n\n**Also written elsewhere (${when} UTC), kept so nothing is lost:**\n\n${theirs}`;
}
