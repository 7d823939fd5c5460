import { useTranslation } from 'react-i18next';
import { LANGUAGES } from '../../contracts/roles.ts';
import { useLanguage } from '../lib/i18n.ts';
import { useSwitchLanguage } from '../lib/use-switch-language.ts';

// Two plain buttons, "LT" and "EN", on every page; the current one is pressed.
export function LanguageSwitch() {
  const { t } = useTranslation();
  const current = useLanguage();
  const switchTo = useSwitchLanguage();
  return (
    <div className="language-switch" role="group" aria-label={t('shell.language')}>
      {LANGUAGES.map((language) => (
        <button
          key={language}
          type="button"
          lang={language}
          aria-pressed={current === language}
          className={current === language ? 'is-current' : undefined}
          onClick={() => switchTo(language)}
        >
          {language.toUpperCase()}
        </button>
      ))}
    </div>
  );
}
