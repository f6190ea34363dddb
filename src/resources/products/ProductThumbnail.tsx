import Inventory2OutlinedIcon from '@mui/icons-material/Inventory2Outlined';
import { Avatar } from '@mui/material';
import { useRecordContext, useTranslate } from 'react-admin';
import type { Product } from '../../domain/types';

/** The product's picture, or a neutral box icon when it has none. */
export const ProductThumbnail = ({ size = 40 }: { size?: number }) => {
  const record = useRecordContext<Product>();
  const translate = useTranslate();
  if (!record) return null;
  return (
    <Avatar
      variant="rounded"
      src={record.imageUrl ?? undefined}
      alt={record.imageUrl ? record.name : translate('kontor.common.noImage')}
      sx={{ width: size, height: size, bgcolor: 'action.hover', color: 'text.secondary' }}
    >
      <Inventory2OutlinedIcon fontSize="small" />
    </Avatar>
  );
};
