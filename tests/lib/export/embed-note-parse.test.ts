// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { embedNoteByParse } from '../../../src/lib/export/embed-note-parse';

describe('embedNoteByParse', () => {
  it('demotes a heading inside a GitHub footnote, which only a GFM parse sees', () => {
    expect(embedNoteByParse('See [^1].\n\n[^1]: Source\n\n    # Details')).toBe(
      'See [^1].\n\n[^1]: Source\n\n    #### Details',
    );
  });

  it('joins setext heading lines without the spaces that ended them', () => {
    expect(embedNoteByParse('> Two  \n> lines\n> ===')).toBe('> #### Two lines');
  });

  it('escapes only a closing run of `#` in a setext heading', () => {
    expect(embedNoteByParse('Notes on C # and F#\n===')).toBe('#### Notes on C # and F#');
    expect(embedNoteByParse('Sub ##\n---')).toBe('##### Sub \\##');
  });

  it('closes a long tilde fence and an indented comment the note leaves open', () => {
    expect(embedNoteByParse('~~~~\ncode')).toBe('~~~~\ncode\n~~~~');
    expect(embedNoteByParse('  <!-- open\nstill hidden')).toBe('  <!-- open\nstill hidden\n-->');
    expect(embedNoteByParse('Intro\n\n```py\ncode')).toBe('Intro\n\n```py\ncode\n```');
  });
});
