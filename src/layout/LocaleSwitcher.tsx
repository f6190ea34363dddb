import { useMediaQuery, type Theme } from '@mui/material';
import { LocalesMenuButton, useTranslate } from 'react-admin';
import { DeferredTooltip } from '../components/DeferredTooltip';
import { LANGUAGES } from '../i18n/currentLocale';

/** react-admin's language menu, with a tooltip label; on phones short names and no icon, to save room. */
export function LocaleSwitcher() {
  const translate = useTranslate();
  const isPhone = useMediaQuery<Theme>((theme) => theme.breakpoints.down('sm'));
  const languages = LANGUAGES.map(({ locale, name, short }) => ({ locale, name: isPhone ? short : name }));
  return (
    // Deferred: this menu is on the login page, which should not wait for the tooltip's code.
    <DeferredTooltip title={translate('kontor.locale.switch')}>
      <span>
        <LocalesMenuButton languages={languages} icon={isPhone ? null : undefined} />
      </span>
    </DeferredTooltip>
  );
}
