import ArrowRightAltIcon from '@mui/icons-material/ArrowRightAlt';
import { Box, Typography } from '@mui/material';
import { useTranslate } from 'react-admin';
import type { FieldChange } from '../domain/types';
import { ChangeValue } from './ChangeValue';

export interface ChangeListProps {
  /** The collection the changes belong to, for the field labels. */
  resource: string;
  changes: readonly FieldChange[];
}

/** Each changed field as "label: before → after". */
export const ChangeList = ({ resource, changes }: ChangeListProps) => {
  const translate = useTranslate();
  if (changes.length === 0) {
    return (
      <Typography variant="body2" color="text.secondary">
        {translate('kontor.history.noChanges')}
      </Typography>
    );
  }
  return (
    <Box
      component="dl"
      sx={{ m: 0, display: 'grid', gridTemplateColumns: 'minmax(6rem, max-content) 1fr', gap: 0.5 }}
    >
      {changes.map(({ field, before, after }) => (
        <Box key={field} sx={{ display: 'contents' }}>
          <Typography component="dt" variant="body2" sx={{ fontWeight: 500 }}>
            {translate(`resources.${resource}.fields.${field}`, { _: field })}
          </Typography>
          <Typography component="dd" variant="body2" sx={{ m: 0, overflowWrap: 'anywhere' }}>
            {/* A field set for the first time (a record created) has no "before" worth a strike-through. */}
            {before !== null && before !== undefined && before !== '' && (
              <>
                <Box component="span" sx={{ color: 'text.secondary', textDecoration: 'line-through' }}>
                  <ChangeValue resource={resource} field={field} value={before} />
                </Box>
                <ArrowRightAltIcon fontSize="small" sx={{ verticalAlign: 'middle', mx: 0.5 }} aria-hidden />
              </>
            )}
            <ChangeValue resource={resource} field={field} value={after} />
          </Typography>
        </Box>
      ))}
    </Box>
  );
};
