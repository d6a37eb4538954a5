import { t } from '../common/i18n';
import { checkTags, optionalText, parseForms, type TagField, type TagProblem } from '../core/studio/tags';
import { LICENCES, type Licence, type SignTags } from '../core/studio/types';

/** The form as typed: text, turned into SignTags on submit. */
export interface TagDraft {
  forms: string;
  spokenLanguage: string;
  signLanguage: string;
  signer: string;
  region: string;
  licence: string;
  definition: string;
}

export function tagsOf(draft: TagDraft): SignTags {
  const tags: SignTags = {
    forms: parseForms(draft.forms),
    spokenLanguage: draft.spokenLanguage.trim(),
    signLanguage: draft.signLanguage.trim(),
    signer: draft.signer.trim(),
    licence: draft.licence as Licence,
  };
  const region = optionalText(draft.region);
  const definition = optionalText(draft.definition);
  if (region) tags.region = region;
  if (definition) tags.definition = definition;
  return tags;
}

/** The form filled with a saved sign's tags (re-tagging it, or trimming it again). */
export function draftOf(tags: SignTags): TagDraft {
  return {
    forms: tags.forms.join(', '),
    spokenLanguage: tags.spokenLanguage,
    signLanguage: tags.signLanguage,
    signer: tags.signer,
    region: tags.region ?? '',
    licence: tags.licence,
    definition: tags.definition ?? '',
  };
}

export function validateDraft(draft: TagDraft): { tags: SignTags; problems: TagProblem[] } {
  const tags = tagsOf(draft);
  return { tags, problems: checkTags(tags) };
}

const SPOKEN = ['fr', 'en'];
const SIGNED = ['fsl', 'ase', 'bfi'];

interface TagFormProps {
  draft: TagDraft;
  problems: TagProblem[];
  busy: boolean;
  /** The label of the submit button: save a new sign, or save changes. */
  submitLabel: string;
  onChange: (patch: Partial<TagDraft>) => void;
  onSubmit: () => void;
  onCancel?: () => void;
}

/** Written forms, languages, signer, region, licence, definition; each problem under its field. */
export function TagForm({ draft, problems, busy, submitLabel, onChange, onSubmit, onCancel }: TagFormProps) {
  const problemOf = (field: TagField) => problems.find((p) => p.field === field);
  const field = (name: TagField, label: string, input: (props: { id: string; 'aria-invalid': boolean; 'aria-describedby'?: string }) => preact.JSX.Element, hint?: string) => {
    const problem = problemOf(name);
    const id = `tag-${name}`;
    const described = [hint ? `${id}-hint` : '', problem ? `${id}-error` : ''].filter(Boolean).join(' ') || undefined;
    return (
      <div class="field">
        <label for={id}>{label}</label>
        {input({ id, 'aria-invalid': problem !== undefined, ...(described ? { 'aria-describedby': described } : {}) })}
        {hint && (
          <p class="hint" id={`${id}-hint`}>
            {hint}
          </p>
        )}
        {problem && (
          <p class="field-error" id={`${id}-error`} data-testid={`error-${name}`}>
            {t('studio_tag_problem', problem.message)}
          </p>
        )}
      </div>
    );
  };
  return (
    <form
      class="tags"
      data-testid="tag-form"
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        onSubmit();
      }}
    >
      {field(
        'forms',
        t('studio_tag_forms'),
        (props) => (
          <input {...props} type="text" value={draft.forms} onInput={(e) => onChange({ forms: e.currentTarget.value })} autocomplete="off" />
        ),
        t('studio_tag_forms_hint'),
      )}
      <div class="field-row">
        {field('spokenLanguage', t('studio_tag_spoken'), (props) => (
          <select {...props} value={draft.spokenLanguage} onChange={(e) => onChange({ spokenLanguage: e.currentTarget.value })}>
            {SPOKEN.map((code) => (
              <option value={code} key={code}>
                {t(`studio_lang_${code}`)}
              </option>
            ))}
          </select>
        ))}
        {field('signLanguage', t('studio_tag_signed'), (props) => (
          <select {...props} value={draft.signLanguage} onChange={(e) => onChange({ signLanguage: e.currentTarget.value })}>
            {SIGNED.map((code) => (
              <option value={code} key={code}>
                {t(`studio_lang_${code}`)}
              </option>
            ))}
          </select>
        ))}
      </div>
      <div class="field-row">
        {field('signer', t('studio_tag_signer'), (props) => (
          <input {...props} type="text" value={draft.signer} onInput={(e) => onChange({ signer: e.currentTarget.value })} autocomplete="name" />
        ))}
        {field('region', t('studio_tag_region'), (props) => (
          <input {...props} type="text" value={draft.region} onInput={(e) => onChange({ region: e.currentTarget.value })} />
        ))}
      </div>
      {field('licence', t('studio_tag_licence'), (props) => (
        <select {...props} value={draft.licence} onChange={(e) => onChange({ licence: e.currentTarget.value })}>
          {LICENCES.map((licence) => (
            <option value={licence} key={licence}>
              {t(`studio_licence_${licence.replace(/[-.]/g, '_')}`)}
            </option>
          ))}
        </select>
      ))}
      {field('definition', t('studio_tag_definition'), (props) => (
        <textarea {...props} rows={2} value={draft.definition} onInput={(e) => onChange({ definition: e.currentTarget.value })} />
      ))}
      <div class="form-actions">
        <button type="submit" class="primary" disabled={busy} aria-busy={busy} aria-keyshortcuts="Enter" data-testid="save">
          {submitLabel} <kbd>{t('studio_key_enter')}</kbd>
        </button>
        {onCancel && (
          <button type="button" class="secondary" onClick={onCancel}>
            {t('studio_cancel')}
          </button>
        )}
      </div>
    </form>
  );
}
