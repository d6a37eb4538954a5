import { useEffect, useState } from 'preact/hooks';
import { t } from '../common/i18n';
import { FINGERSPELL_MODES, HOVER_DELAY_MS, SPEEDS, type MarkStyle, type OverlaySize, type Settings, type Trigger } from '../common/settings';
import { Choices, Select, Switch } from './controls';

interface ReadingSettingsProps {
  settings: Settings;
  save: (patch: Partial<Settings>) => void;
  language: string;
  /** Keeps ids unique when the popup's and the options' forms are ever on one page. */
  idPrefix: string;
  /** 2 in the popup; 3 in the options page, where the groups sit in a section of their own. */
  headingLevel?: 2 | 3;
  /** The popup: only the video's speed and size, what readers change often; the rest is in the options page. */
  videoOnly?: boolean;
}

/** How signs are asked for, how marked words look, how videos play: the settings of every page. */
export function ReadingSettings({ settings, save, language, idPrefix, headingLevel = 2, videoOnly = false }: ReadingSettingsProps) {
  const Heading = headingLevel === 3 ? 'h3' : 'h2';
  const number = new Intl.NumberFormat(language, { maximumFractionDigits: 2 });
  const triggers: Array<{ value: Trigger; label: string }> = [
    { value: 'hover', label: t('settings_trigger_hover') },
    { value: 'dblclick', label: t('settings_trigger_dblclick') },
    { value: 'selection', label: t('settings_trigger_selection') },
  ];
  const styles: Array<{ value: MarkStyle; label: string }> = [
    { value: 'both', label: t('settings_mark_style_both') },
    { value: 'underline', label: t('settings_mark_style_underline') },
    { value: 'background', label: t('settings_mark_style_background') },
  ];
  const sizes: Array<{ value: OverlaySize; label: string }> = [
    { value: 'small', label: t('settings_size_small') },
    { value: 'medium', label: t('settings_size_medium') },
    { value: 'large', label: t('settings_size_large') },
  ];
  const video = (
    <section class="group" aria-labelledby={`${idPrefix}-video-heading`}>
      <Heading id={`${idPrefix}-video-heading`} class="group-heading">
        {t('settings_video_heading')}
      </Heading>
      <div class="pair">
        <Choices
          name={`${idPrefix}-speed`}
          legend={t('settings_speed')}
          choices={SPEEDS.map((value) => ({ value, label: `${number.format(value)}×` }))}
          value={settings.speed}
          onChange={(speed) => save({ speed })}
        />
        <Choices name={`${idPrefix}-size`} legend={t('settings_size')} choices={sizes} value={settings.overlaySize} onChange={(overlaySize) => save({ overlaySize })} />
      </div>
    </section>
  );
  if (videoOnly) return video;
  return (
    <>
      <section class="group" aria-labelledby={`${idPrefix}-trigger-heading`}>
        <Heading id={`${idPrefix}-trigger-heading`} class="group-heading">
          {t('settings_trigger_heading')}
        </Heading>
        <Choices name={`${idPrefix}-trigger`} legend={t('settings_trigger_legend')} choices={triggers} value={settings.trigger} onChange={(trigger) => save({ trigger })} />
        <p class="hint" id={`${idPrefix}-trigger-hint`}>
          {t(`settings_trigger_hint_${settings.trigger}`)}
        </p>
        {settings.trigger === 'hover' && <HoverDelay id={`${idPrefix}-delay`} value={settings.hoverDelayMs} language={language} onSave={(hoverDelayMs) => save({ hoverDelayMs })} />}
      </section>

      <section class="group" aria-labelledby={`${idPrefix}-marks-heading`}>
        <Heading id={`${idPrefix}-marks-heading`} class="group-heading">
          {t('settings_marks_heading')}
        </Heading>
        <Switch id={`${idPrefix}-marks`} label={t('settings_marks')} checked={settings.marks} onChange={(marks) => save({ marks })} />
        <div class="style-row">
          <Select id={`${idPrefix}-mark-style`} label={t('settings_mark_style')} value={settings.markStyle} options={styles} inline onChange={(value) => save({ markStyle: value as MarkStyle })} />
          {/* A sample of the chosen look on a light and on a dark background, as pages have both. */}
          <span class={`mark-sample mark-${settings.markStyle}${settings.marks ? '' : ' mark-off'}`} aria-hidden="true">
            <span class="sample-light">{t('settings_mark_sample')}</span>
            <span class="sample-dark">{t('settings_mark_sample')}</span>
          </span>
        </div>
      </section>

      {video}

      <section class="group" aria-labelledby={`${idPrefix}-spelling-heading`}>
        <Heading id={`${idPrefix}-spelling-heading`} class="group-heading">
          {t('settings_spelling_heading')}
        </Heading>
        <Choices
          name={`${idPrefix}-fingerspell`}
          legend={t('settings_fingerspell')}
          choices={FINGERSPELL_MODES.map((value) => ({ value, label: t(`settings_fingerspell_${value.replace('-', '_')}`) }))}
          value={settings.fingerspell}
          onChange={(fingerspell) => save({ fingerspell })}
        />
      </section>
    </>
  );
}

interface HoverDelayProps {
  id: string;
  value: number;
  language: string;
  onSave: (value: number) => void;
}

/** The slider shows each step as it moves but saves once, on release: storage.sync limits writes per minute. */
function HoverDelay({ id, value, language, onSave }: HoverDelayProps) {
  const [shown, setShown] = useState(value);
  useEffect(() => setShown(value), [value]);
  const text = t('settings_delay_value', new Intl.NumberFormat(language).format(shown));
  return (
    <div class="field range-field">
      <div class="range-row">
        <label for={id}>{t('settings_delay')}</label>
        <input
          id={id}
          type="range"
          min={HOVER_DELAY_MS.min}
          max={HOVER_DELAY_MS.max}
          step={HOVER_DELAY_MS.step}
          value={shown}
          aria-valuetext={text}
          onInput={(event) => setShown(Number(event.currentTarget.value))}
          onChange={(event) => onSave(Number(event.currentTarget.value))}
        />
        <output for={id}>{text}</output>
      </div>
    </div>
  );
}
