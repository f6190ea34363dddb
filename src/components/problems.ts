import { useLocaleState } from 'react-admin';
import type { Problem } from '../domain/errors';
import { formatMessage, pickLocale } from '../domain/messages';

/**
 * A domain problem as the API's reports carry it (key and parameters, not yet
 * worded) in the console's language. The domain's own formatter resolves
 * parameters that are themselves translated terms.
 */
export function useFormatProblem(): (problem: Problem) => string {
  const [locale] = useLocaleState();
  const language = pickLocale(locale);
  return (problem) => formatMessage(language, problem.key, problem.params);
}
