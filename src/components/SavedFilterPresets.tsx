/**
 * Named filter presets for a list, kept per user by the API's `saved-filters`
 * collection, so they follow the user to any browser. Choosing one applies its
 * filter and sort; the current filter can be saved under a name. Generic: put
 * it in any list's actions.
 */
import BookmarkBorderIcon from '@mui/icons-material/BookmarkBorder';
import DeleteOutlineIcon from '@mui/icons-material/DeleteOutline';
import {
  Dialog,
  DialogActions,
  DialogContent,
  DialogTitle,
  Divider,
  IconButton,
  ListItemText,
  Menu,
  MenuItem,
  TextField,
  Button as MuiButton,
} from '@mui/material';
import { useState, type FormEvent } from 'react';
import {
  Button,
  FilterButton,
  useCreate,
  useDelete,
  useGetList,
  useListContext,
  useNotify,
  useResourceContext,
  useTranslate,
} from 'react-admin';
import type { SavedFilter } from '../domain/types';
import { apiFailureOf } from './apiError';

/**
 * A list's filter tools: the server-stored presets beside react-admin's "Add filter" button,
 * whose own "Save current query…" (kept in this browser only) is switched off: one kind of preset.
 */
export const FilterTools = () => (
  <>
    <SavedFilterPresets />
    <FilterButton disableSaveQuery />
  </>
);

const sameFilter = (a: object, b: object) => JSON.stringify(a) === JSON.stringify(b);

export const SavedFilterPresets = () => {
  const resource = useResourceContext() ?? '';
  const translate = useTranslate();
  const notify = useNotify();
  const { filterValues, sort, setFilters, setSort } = useListContext();
  const [anchor, setAnchor] = useState<HTMLElement | null>(null);
  const [naming, setNaming] = useState(false);
  const {
    data: presets = [],
    isPending,
    refetch,
  } = useGetList<SavedFilter>(
    'saved-filters',
    { filter: { resource }, pagination: { page: 1, perPage: 100 }, sort: { field: 'name', order: 'ASC' } },
    { enabled: anchor !== null },
  );
  const [remove] = useDelete<SavedFilter>();

  const apply = (preset: SavedFilter) => {
    const displayed = Object.fromEntries(Object.keys(preset.filter).map((key) => [key, true]));
    setFilters(preset.filter, displayed);
    if (preset.sort) setSort({ field: preset.sort[0], order: preset.sort[1] });
    setAnchor(null);
  };
  const onDelete = (preset: SavedFilter) =>
    remove(
      'saved-filters',
      { id: preset.id, previousData: preset },
      {
        mutationMode: 'pessimistic',
        onSuccess: () => notify('kontor.presets.deleted', { messageArgs: { name: preset.name } }),
        onError: (error) => notify((error as Error).message, { type: 'error' }),
      },
    );

  return (
    <>
      <Button label="kontor.presets.button" onClick={(event) => setAnchor(event.currentTarget)}>
        <BookmarkBorderIcon />
      </Button>
      <Menu anchorEl={anchor} open={anchor !== null} onClose={() => setAnchor(null)}>
        {!isPending && presets.length === 0 && (
          <MenuItem disabled>{translate('kontor.presets.none')}</MenuItem>
        )}
        {presets.map((preset) => (
          <MenuItem
            key={preset.id}
            onClick={() => apply(preset)}
            selected={sameFilter(preset.filter, filterValues)}
            sx={{ minHeight: 44, pr: 1 }}
          >
            <ListItemText primary={preset.name} sx={{ mr: 2 }} />
            <IconButton
              edge="end"
              aria-label={translate('kontor.presets.delete', { name: preset.name })}
              onClick={(event) => {
                event.stopPropagation();
                onDelete(preset);
              }}
            >
              <DeleteOutlineIcon fontSize="small" />
            </IconButton>
          </MenuItem>
        ))}
        <Divider />
        <MenuItem
          sx={{ minHeight: 44 }}
          onClick={() => {
            setAnchor(null);
            setNaming(true);
          }}
        >
          {translate('kontor.presets.saveCurrent')}
        </MenuItem>
      </Menu>
      <SavePresetDialog
        open={naming}
        onClose={() => setNaming(false)}
        preset={{ resource, filter: filterValues, sort: [sort.field, sort.order] }}
        onSaved={() => void refetch()}
      />
    </>
  );
};

interface SavePresetDialogProps {
  open: boolean;
  onClose(): void;
  onSaved(): void;
  preset: Pick<SavedFilter, 'resource' | 'filter' | 'sort'>;
}

const SavePresetDialog = ({ open, onClose, onSaved, preset }: SavePresetDialogProps) => {
  const translate = useTranslate();
  const notify = useNotify();
  const [name, setName] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [create, { isPending }] = useCreate<SavedFilter>();

  const submit = (event: FormEvent) => {
    event.preventDefault();
    create(
      'saved-filters',
      { data: { ...preset, name: name.trim() } },
      {
        onSuccess: () => {
          notify('kontor.presets.saved', { messageArgs: { name: name.trim() } });
          setName('');
          setError(null);
          onSaved();
          onClose();
        },
        onError: (failure) => {
          const { fields, message } = apiFailureOf(failure);
          setError(Object.values(fields)[0] ?? message);
        },
      },
    );
  };

  return (
    <Dialog open={open} onClose={onClose} fullWidth maxWidth="xs">
      <form onSubmit={submit}>
        <DialogTitle>{translate('kontor.presets.saveTitle')}</DialogTitle>
        <DialogContent>
          <TextField
            autoFocus
            fullWidth
            margin="dense"
            label={translate('kontor.presets.name')}
            value={name}
            onChange={(event) => setName(event.target.value)}
            error={error !== null}
            helperText={error ?? translate('kontor.presets.nameHint')}
            slotProps={{ htmlInput: { maxLength: 80 } }}
          />
        </DialogContent>
        <DialogActions>
          <MuiButton onClick={onClose}>{translate('ra.action.cancel')}</MuiButton>
          <MuiButton type="submit" variant="contained" disabled={isPending || name.trim() === ''}>
            {translate('ra.action.save')}
          </MuiButton>
        </DialogActions>
      </form>
    </Dialog>
  );
};
