import AddIcon from '@mui/icons-material/Add';
import ArrowDownwardIcon from '@mui/icons-material/ArrowDownward';
import ArrowUpwardIcon from '@mui/icons-material/ArrowUpward';
import DeleteOutlineIcon from '@mui/icons-material/DeleteOutline';
import { Box, IconButton, List, ListItem, ListItemText, Tooltip } from '@mui/material';
import { useMutation } from '@tanstack/react-query';
import { useState, type ComponentProps } from 'react';
import { Link as RouterLink } from 'react-router-dom';
import {
  Confirm,
  Link,
  useCanAccess,
  useDataProvider,
  useDelete,
  useListContext,
  useNotify,
  useRefresh,
  useTranslate,
} from 'react-admin';
import type { Category } from '../../domain/types';
import type { KontorDataProvider } from '../../providers/dataProvider';
import { categoryTree, type CategoryNode } from './categoryTree';

/** A category as lists receive it: with the API's count of products in it and its subcategories. */
export interface CategoryRow extends Category {
  productCount: number;
}

type Move = { id: number; direction: 'up' | 'down' };

const ACTION_SIZE = { width: 44, height: 44 };

const Action = ({ label, ...props }: { label: string } & ComponentProps<typeof IconButton>) => (
  <Tooltip title={label}>
    <span>
      <IconButton aria-label={label} sx={ACTION_SIZE} {...props} />
    </span>
  </Tooltip>
);

/** Opens the create form with this category as the parent already chosen. */
const AddSubcategory = ({ category }: { category: Category }) => {
  const translate = useTranslate();
  const label = translate('kontor.categories.addChild', { name: category.name });
  return (
    <Tooltip title={label}>
      <IconButton
        aria-label={label}
        sx={ACTION_SIZE}
        component={RouterLink}
        to="/categories/create"
        state={{ record: { parentId: category.id } }}
      >
        <AddIcon />
      </IconButton>
    </Tooltip>
  );
};

const DeleteCategory = ({ category }: { category: CategoryRow }) => {
  const translate = useTranslate();
  const notify = useNotify();
  const [open, setOpen] = useState(false);
  const [remove, { isPending }] = useDelete<CategoryRow>();
  const confirm = () =>
    remove(
      'categories',
      { id: category.id, previousData: category },
      {
        mutationMode: 'pessimistic',
        onSuccess: () => notify('kontor.categories.deleted', { messageArgs: { name: category.name } }),
        // The API explains a refusal (subcategories or products still in it); show its words.
        onError: (error) => notify((error as Error).message, { type: 'error' }),
        onSettled: () => setOpen(false),
      },
    );
  return (
    <>
      <Action
        label={translate('kontor.categories.delete', { name: category.name })}
        onClick={() => setOpen(true)}
      >
        <DeleteOutlineIcon />
      </Action>
      <Confirm
        isOpen={open}
        loading={isPending}
        title={translate('kontor.categories.deleteTitle', { name: category.name })}
        content={translate('kontor.categories.deleteContent')}
        onConfirm={confirm}
        onClose={() => setOpen(false)}
      />
    </>
  );
};

const CategoryTreeRow = ({
  node,
  canEdit,
  moving,
  onMove,
}: {
  node: CategoryNode<CategoryRow>;
  canEdit: boolean;
  moving: boolean;
  onMove(move: Move): void;
}) => {
  const translate = useTranslate();
  const { category, depth, first, last } = node;
  const name = canEdit ? (
    <Link to={`/categories/${category.id}`} underline="hover">
      {category.name}
    </Link>
  ) : (
    category.name
  );
  return (
    <ListItem divider sx={{ pl: { xs: 2 + depth * 2, sm: 2 + depth * 4 }, pr: 1, gap: 1 }}>
      <ListItemText
        primary={name}
        secondary={translate('kontor.categories.productCount', { smart_count: category.productCount ?? 0 })}
        slotProps={{ primary: { sx: { fontWeight: depth === 0 ? 600 : 400 } } }}
        sx={{ flex: '1 1 auto', minWidth: 0, overflowWrap: 'anywhere' }}
      />
      {canEdit && (
        <Box sx={{ display: 'flex', flexShrink: 0 }}>
          <Action
            label={translate('kontor.categories.moveUp', { name: category.name })}
            disabled={first || moving}
            onClick={() => onMove({ id: category.id, direction: 'up' })}
          >
            <ArrowUpwardIcon />
          </Action>
          <Action
            label={translate('kontor.categories.moveDown', { name: category.name })}
            disabled={last || moving}
            onClick={() => onMove({ id: category.id, direction: 'down' })}
          >
            <ArrowDownwardIcon />
          </Action>
          {depth === 0 ? (
            <AddSubcategory category={category} />
          ) : (
            // Keeps the delete buttons in one column on wide screens; phones need the room.
            <Box sx={{ ...ACTION_SIZE, display: { xs: 'none', sm: 'block' } }} />
          )}
          <DeleteCategory category={category} />
        </Box>
      )}
    </ListItem>
  );
};

/**
 * The categories as a tree: top-level categories with their subcategories
 * indented beneath, each with its product count. Writers can reorder siblings
 * (through the API's move, one step at a time), add a subcategory and delete.
 */
export const CategoryTree = () => {
  const { data = [] } = useListContext<CategoryRow>();
  const translate = useTranslate();
  const notify = useNotify();
  const refresh = useRefresh();
  const dataProvider = useDataProvider<KontorDataProvider>();
  const { canAccess: canEdit } = useCanAccess({ resource: 'categories', action: 'edit' });
  const move = useMutation({
    mutationFn: ({ id, direction }: Move) => dataProvider.moveCategory(id, direction),
    onSuccess: () => refresh(),
    onError: (error: Error) => notify(error.message, { type: 'error' }),
  });
  return (
    <List disablePadding aria-label={translate('kontor.categories.tree')}>
      {categoryTree(data).map((node) => (
        <CategoryTreeRow
          key={node.category.id}
          node={node}
          canEdit={!!canEdit}
          moving={move.isPending}
          onMove={(request) => move.mutate(request)}
        />
      ))}
    </List>
  );
};
