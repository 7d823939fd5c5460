import { useTranslation } from 'react-i18next';
import { Radio, RadioGroup, Label } from 'react-aria-components';
import { LANGUAGES, type Language } from '../../../../contracts/roles.ts';
import { announce } from '../../../lib/announce.ts';
import { useLanguage } from '../../../lib/i18n.ts';
import { useSwitchLanguage } from '../../../lib/use-switch-language.ts';

export function LanguagePreference() {
  const { t } = useTranslation();
  const current = useLanguage();
  const switchTo = useSwitchLanguage();
  return (
    <RadioGroup
      className="radio-group"
      value={current}
      onChange={(value) => {
        switchTo(value as Language);
        announce(t('account.languageSaved'));
      }}
    >
      <Label>{t('account.languageLabel')}</Label>
      {LANGUAGES.map((language) => (
        <Radio key={language} value={language} className="radio" lang={language}>
          <span className="radio-dot" aria-hidden="true" />
          <span>{t(`languages.${language}`)}</span>
        </Radio>
      ))}
    </RadioGroup>
  );
}
