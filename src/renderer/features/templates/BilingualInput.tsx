// English and Bahasa Indonesia text of one template label side by side.
import type { Bilingual } from '../../../common/templates/template-types';

export function BilingualInput({
  label,
  value,
  onChange,
  multiline = false,
  name,
}: {
  label: string;
  value: Bilingual;
  onChange(next: Bilingual): void;
  multiline?: boolean;
  name: string;
}) {
  const input = (lang: 'en' | 'id') =>
    multiline ? (
      <textarea className="text-input" rows={4} aria-label={`${label} (${lang})`} data-name={`${name}.${lang}`} value={value[lang]} onChange={(e) => onChange({ ...value, [lang]: e.target.value })} />
    ) : (
      <input className="text-input" aria-label={`${label} (${lang})`} data-name={`${name}.${lang}`} value={value[lang]} onChange={(e) => onChange({ ...value, [lang]: e.target.value })} />
    );
  return (
    <div className="bilingual-input">
      <span className="bilingual-label">{label}</span>
      <div className="bilingual-pair">
        <label className="bilingual-side">
          <span className="lang-tag">EN</span>
          {input('en')}
        </label>
        <label className="bilingual-side">
          <span className="lang-tag">ID</span>
          {input('id')}
        </label>
      </div>
    </div>
  );
}
