// Which mutants sit in module-level code: a constant table, a regular expression, a function
// created once on import. The runner switches a mutant on only while tests run, after the module
// was evaluated, so such a mutant survives whatever the tests check; the scores count them apart.
import ts from 'typescript';

type Range = { start: number; end: number };

function functionBodies(source: string): Range[] {
  const file = ts.createSourceFile('mutated.ts', source, ts.ScriptTarget.Latest, false);
  const bodies: Range[] = [];
  const visit = (node: ts.Node): void => {
    if (ts.isFunctionLike(node)) {
      // Parameters count as inside: their defaults run on each call, not on import.
      const first = node.parameters[0] ?? ('body' in node ? node.body : undefined);
      if (first) bodies.push({ start: first.getStart(file), end: node.end });
    }
    ts.forEachChild(node, visit);
  };
  visit(file);
  return bodies;
}

/** Offsets of the start of each line, to turn a report's line and column into an offset. */
function lineStarts(source: string): number[] {
  const starts = [0];
  for (let i = 0; i < source.length; i += 1) if (source[i] === '\n') starts.push(i + 1);
  return starts;
}

export type Position = { line: number; column: number };

/** A function telling, for a 1-based line and column, whether that point runs only on import. */
export function moduleLevelTest(source: string): (at: Position) => boolean {
  const bodies = functionBodies(source);
  const starts = lineStarts(source);
  return ({ line, column }) => {
    const offset = (starts[line - 1] ?? source.length) + column - 1;
    return !bodies.some((body) => offset >= body.start && offset < body.end);
  };
}
