import { useCallback, useEffect, useRef, useState } from 'react';
import { addToMyPapers } from '../../db/my-papers';
import {
  alreadyListedMessage,
  findListedPaper,
  type ListedCatalogue,
} from '../../lib/papers/listed-paper';
import { readPaperAddress, type PaperAddress } from '../../lib/papers/paper-address';
import {
  checkDetails,
  paperOf,
  type DetailsInput,
  type PaperDetails,
} from '../../lib/papers/paper-details';
import { lookUpPaper, type LookupAddress } from './look-up-paper';

export type AddPaperPhase =
  | { kind: 'idle' }
  | { kind: 'looking-up'; address: LookupAddress }
  | { kind: 'details'; address: PaperAddress; reason: string; lookupFailed: boolean }
  | { kind: 'saving' };

type AddPaperOptions = {
  lists: readonly ListedCatalogue[];
  activeListId: string;
  /**
   * The paper is on a list now (just added, or found there): show it, saying so, after switching
   * to `switchTo` (null: the list shown already holds it, or adding switched to My papers).
   */
  onListed: (paperId: string, switchTo: string | null, message: string) => void;
};

const WEB_REASON =
  'Readmark cannot look up details for a web address: type at least the title below.';

const messageOf = (error: unknown) => (error instanceof Error ? error.message : String(error));

/** The steps of "Add paper": read the address, find a duplicate, look up, or ask for details. */
export function useAddPaper({ lists, activeListId, onListed }: AddPaperOptions) {
  const [phase, setPhase] = useState<AddPaperPhase>({ kind: 'idle' });
  const [error, setError] = useState('');
  const lookup = useRef<AbortController | null>(null);
  useEffect(() => () => lookup.current?.abort(), []);

  const save = useCallback(
    async (address: PaperAddress, details: PaperDetails, reason: string, lookupFailed: boolean) => {
      setPhase({ kind: 'saving' });
      try {
        await addToMyPapers(paperOf(address.paperId, address.url, details));
      } catch (saveError) {
        setError(messageOf(saveError));
        setPhase({ kind: 'details', address, reason, lookupFailed });
        return;
      }
      onListed(address.paperId, null, `Added “${details.title}” to My papers.`);
    },
    [onListed],
  );

  const lookUp = useCallback(
    async (address: PaperAddress) => {
      if (address.kind === 'web') {
        setPhase({ kind: 'details', address, reason: WEB_REASON, lookupFailed: false });
        return;
      }
      lookup.current?.abort();
      const controller = new AbortController();
      lookup.current = controller;
      setPhase({ kind: 'looking-up', address });
      try {
        const result = await lookUpPaper(address, controller.signal);
        if (result.ok) await save(address, result.details, '', false);
        else setPhase({ kind: 'details', address, reason: result.message, lookupFailed: true });
      } catch {
        // Cancelled: the dialog closed or another lookup began.
      }
    },
    [save],
  );

  const submit = useCallback(
    (input: string, details: DetailsInput) => {
      setError('');
      const reading = readPaperAddress(input);
      if (!reading.ok) {
        setPhase({ kind: 'idle' });
        setError(reading.message);
        return;
      }
      const { address } = reading;
      const listed = findListedPaper(address.paperId, lists, activeListId);
      if (listed) {
        const switchTo = listed.list.id === activeListId ? null : listed.list.id;
        onListed(address.paperId, switchTo, alreadyListedMessage(listed, activeListId));
        return;
      }
      // Details typed for this same paper: add it with them.
      if (phase.kind === 'details' && phase.address.paperId === address.paperId) {
        const check = checkDetails(details);
        if (check.ok) void save(phase.address, check.details, phase.reason, phase.lookupFailed);
        else setError(check.message);
        return;
      }
      void lookUp(address);
    },
    [lists, activeListId, onListed, phase, save, lookUp],
  );

  const retry = useCallback(() => {
    setError('');
    if (phase.kind === 'details') void lookUp(phase.address);
  }, [phase, lookUp]);

  return { phase, error, submit, retry };
}
