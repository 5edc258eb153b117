import { privateField } from './privateField';

export interface RadioOption {
  value: string;
  label: string;
}

interface RadiosProps {
  name: string;
  idPrefix: string;
  options: RadioOption[];
  value: string | null;
  onChange: (value: string) => void;
  describedBy?: string;
}

/** The first radio's id is `${idPrefix}-0`, the target the error summary links to. */
export function Radios({ name, idPrefix, options, value, onChange, describedBy }: RadiosProps) {
  return (
    <div className="sa-radios">
      {options.map((option, i) => (
        <div className="sa-radio" key={option.value}>
          <input
            {...privateField('sa-radio__input')}
            type="radio"
            id={`${idPrefix}-${i}`}
            name={name}
            value={option.value}
            checked={value === option.value}
            onChange={() => onChange(option.value)}
            aria-describedby={describedBy}
          />
          <label className="sa-radio__label" htmlFor={`${idPrefix}-${i}`}>
            {option.label}
          </label>
        </div>
      ))}
    </div>
  );
}
