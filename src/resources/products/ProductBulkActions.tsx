import ArchiveOutlinedIcon from '@mui/icons-material/ArchiveOutlined';
import CheckCircleOutlineIcon from '@mui/icons-material/CheckCircleOutline';
import DriveFileMoveOutlinedIcon from '@mui/icons-material/DriveFileMoveOutlined';
import EuroIcon from '@mui/icons-material/Euro';
import { useState, type ReactElement } from 'react';
import { Button } from 'react-admin';
import { SelectAllMatchingToolbar } from '../../components/SelectAllMatching';
import type { BulkAction } from '../../providers/operations/catalog';
import { BulkEditDialog } from './BulkEditDialog';

const ICONS: Record<BulkAction, ReactElement> = {
  activate: <CheckCircleOutlineIcon />,
  archive: <ArchiveOutlinedIcon />,
  move: <DriveFileMoveOutlinedIcon />,
  price: <EuroIcon />,
};

const ACTIONS = Object.keys(ICONS) as BulkAction[];

/** The bulk buttons; each opens the edit dialog for its action, which previews before applying. */
const ProductBulkButtons = () => {
  const [action, setAction] = useState<BulkAction | null>(null);
  return (
    <>
      {ACTIONS.map((candidate) => (
        <Button
          key={candidate}
          label={`kontor.products.bulk.actions.${candidate}`}
          onClick={() => setAction(candidate)}
        >
          {ICONS[candidate]}
        </Button>
      ))}
      {action && <BulkEditDialog key={action} action={action} onClose={() => setAction(null)} />}
    </>
  );
};

/** The products table's bulk toolbar: on the ticked rows, or on every product the filter matches. */
export const ProductBulkToolbar = () => (
  <SelectAllMatchingToolbar>
    <ProductBulkButtons />
  </SelectAllMatchingToolbar>
);
