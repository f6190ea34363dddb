import InboxIcon from '@mui/icons-material/Inbox';
import { Box, Typography } from '@mui/material';
import { createElement } from 'react';
import {
  CreateButton,
  useCanAccess,
  useResourceContext,
  useResourceDefinition,
  useTranslate,
} from 'react-admin';

/**
 * Shown instead of a list when the collection has no records at all (with
 * filters applied, the table's own "no results" takes over). The message is
 * `kontor.<resource>.empty`; the create button appears only for roles that may
 * create.
 */
export const EmptyState = () => {
  const resource = useResourceContext() ?? '';
  const { hasCreate, icon } = useResourceDefinition();
  const { canAccess: canCreate } = useCanAccess({ resource, action: 'create', enabled: !!hasCreate });
  const translate = useTranslate();
  return (
    <Box sx={{ textAlign: 'center', py: 6, px: 2, color: 'text.secondary', flex: 1 }}>
      {createElement(icon ?? InboxIcon, { sx: { fontSize: 64, opacity: 0.5 } } as object)}
      <Typography variant="h6" component="p" sx={{ mt: 1 }}>
        {translate(`kontor.${resource}.empty`)}
      </Typography>
      {hasCreate && canCreate && (
        <Box sx={{ mt: 2 }}>
          <CreateButton variant="contained" />
        </Box>
      )}
    </Box>
  );
};
