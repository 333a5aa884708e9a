export type Choice<T extends string> = { value: T; label: string; hint?: string };

type RadioChoicesProps<T extends string> = {
  legend: string;
  name: string;
  value: T;
  choices: readonly Choice<T>[];
  onChange: (value: T) => void;
};

/** A labelled group of radio buttons, each a large tap target with an optional hint. */
export function RadioChoices<T extends string>(props: RadioChoicesProps<T>) {
  const { legend, name, value, choices, onChange } = props;
  return (
    <fieldset className="plain-fieldset">
      <legend>{legend}</legend>
      {choices.map((choice) => (
        <label key={choice.value} className="choice">
          <input
            type="radio"
            name={name}
            checked={value === choice.value}
            onChange={() => onChange(choice.value)}
          />
          <span>
            {choice.label}
            {choice.hint && <small>{choice.hint}</small>}
          </span>
        </label>
      ))}
    </fieldset>
  );
}
