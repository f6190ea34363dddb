import { Box } from '@mui/material';
import { Children, isValidElement, type ReactNode } from 'react';
import { Labeled } from 'react-admin';

export interface DetailGridProps {
  children: ReactNode;
  /** Columns on wide screens; phones always get two. */
  columns?: number;
}

/**
 * Labelled fields of a show page in a grid: each child is a field whose
 * `source` (or `label`) names it, as in a SimpleShowLayout.
 */
export const DetailGrid = ({ children, columns = 3 }: DetailGridProps) => (
  <Box
    sx={{
      display: 'grid',
      gridTemplateColumns: { xs: 'repeat(2, minmax(0, 1fr))', md: `repeat(${columns}, minmax(0, 1fr))` },
      gap: 2,
      // Long values (e-mail addresses, SKUs) wrap inside their column instead of widening the page.
      '& > *': { minWidth: 0, overflowWrap: 'anywhere' },
    }}
  >
    {Children.map(children, (child) => (isValidElement(child) ? <Labeled>{child}</Labeled> : null))}
  </Box>
);
