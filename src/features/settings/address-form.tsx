import { useId, useState, type FormEvent } from 'react';

/** The address of a list on GitHub, to add it and keep it current. */
type AddressFormProps = {
  /** Resolves to whether the list was added: then the field is cleared for the next one. */
  onAdd: (address: string) => Promise<boolean>;
};

export function AddressForm({ onAdd }: AddressFormProps) {
  const [address, setAddress] = useState('');
  const id = useId();
  const submit = (event: FormEvent) => {
    event.preventDefault();
    void onAdd(address).then((added) => {
      // Only if the field still holds what was added: a newer address typed meanwhile stays.
      if (added) setAddress((current) => (current === address ? '' : current));
    });
  };
  return (
    <form className="address-form" onSubmit={submit}>
      <label htmlFor={`${id}-address`}>List address</label>
      <div className="address-form__row">
        <input
          id={`${id}-address`}
          type="text"
          inputMode="url"
          value={address}
          placeholder="https://github.com/owner/name"
          aria-describedby={`${id}-hint`}
          autoComplete="off"
          autoCapitalize="off"
          spellCheck={false}
          onChange={(event) => setAddress(event.target.value)}
        />
        <button type="submit" className="button button--primary">
          Add list from address
        </button>
      </div>
      <p id={`${id}-hint`} className="muted address-form__hint">
        A repository on GitHub (its README is the list), a branch (…/tree/dev) or a Markdown file in
        it (…/blob/main/list.md). A list added this way is checked for updates once a day.
      </p>
    </form>
  );
}
