/**
 * One search box in the app bar for products, orders, customers, shipments and
 * promotions (the API's GET /search, within the role's rights). Ctrl+K or ⌘K
 * focuses it; arrows and Enter pick a hit; a code typed or scanned whole (a
 * barcode is a fast burst of digits and Enter) opens its record directly. On
 * phones it opens from an icon, full width.
 */
import SearchIcon from '@mui/icons-material/Search';
import {
  Autocomplete,
  Box,
  Dialog,
  IconButton,
  InputAdornment,
  TextField,
  Tooltip,
  Typography,
} from '@mui/material';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useEffect, useRef, useState } from 'react';
import { useDataProvider, useNavigate, useTranslate } from 'react-admin';
import { MIN_QUERY_LENGTH, type SearchKind } from '../domain/search';
import type { KontorDataProvider } from '../providers/dataProvider';
import { useIsSmall } from '../components/ResponsiveList';

interface Option {
  kind: SearchKind;
  id: number;
  title: string;
  subtitle: string;
}

/** Where a hit opens: the record's page, or (shipments have none) the list showing just it. */
export function pathOfHit(kind: SearchKind, id: number): string {
  if (kind === 'shipments') return `/shipments?${new URLSearchParams({ filter: JSON.stringify({ id }) })}`;
  return `/${kind}/${id}/show`;
}

/** Waits until typing pauses, so a search does not go out per key. */
function useDebounced(value: string, ms: number): string {
  const [settled, setSettled] = useState(value);
  useEffect(() => {
    const timer = setTimeout(() => setSettled(value), ms);
    return () => clearTimeout(timer);
  }, [value, ms]);
  return settled;
}

const SearchField = ({ autoFocus = false, onDone }: { autoFocus?: boolean; onDone?: () => void }) => {
  const translate = useTranslate();
  const navigate = useNavigate();
  const dataProvider = useDataProvider<KontorDataProvider>();
  const [text, setText] = useState('');
  const input = useRef<HTMLInputElement>(null);
  const query = useDebounced(text.trim(), 200);
  const { data, isFetching } = useQuery({
    queryKey: ['search', query],
    queryFn: () => dataProvider.search(query),
    enabled: query.length >= MIN_QUERY_LENGTH,
    placeholderData: keepPreviousData,
    staleTime: 10_000,
  });

  useEffect(() => {
    const focus = (event: KeyboardEvent) => {
      if ((event.ctrlKey || event.metaKey) && event.key.toLowerCase() === 'k') {
        event.preventDefault();
        input.current?.focus();
      }
    };
    window.addEventListener('keydown', focus);
    return () => window.removeEventListener('keydown', focus);
  }, []);

  const open = (kind: SearchKind, id: number) => {
    setText('');
    navigate(pathOfHit(kind, id));
    input.current?.blur();
    onDone?.();
  };

  /** Enter on a whole code (or a scan) opens its record without waiting for the list. */
  const openExact = async () => {
    const q = text.trim();
    if (q.length < MIN_QUERY_LENGTH) return;
    const answer = query === q && data ? data : await dataProvider.search(q).catch(() => null);
    if (answer?.exact) open(answer.exact.kind, answer.exact.id);
  };

  const options: Option[] =
    query.length >= MIN_QUERY_LENGTH && data
      ? data.groups.flatMap((group) => group.hits.map((hit) => ({ kind: group.kind, ...hit })))
      : [];

  return (
    <Autocomplete<Option, false, false, true>
      freeSolo
      filterOptions={(all) => all}
      options={options}
      groupBy={(option) => translate(`resources.${option.kind}.name`, { smart_count: 2 })}
      getOptionLabel={(option) => (typeof option === 'string' ? option : option.title)}
      isOptionEqualToValue={(a, b) => a.kind === b.kind && a.id === b.id}
      inputValue={text}
      onInputChange={(_event, value, reason) => reason !== 'reset' && setText(value)}
      value={null}
      onChange={(_event, picked) => {
        if (picked && typeof picked !== 'string') open(picked.kind, picked.id);
        else if (typeof picked === 'string') void openExact();
      }}
      loading={isFetching}
      loadingText={translate('kontor.search.searching')}
      noOptionsText={translate(
        query.length >= MIN_QUERY_LENGTH ? 'kontor.search.nothing' : 'kontor.search.hint',
      )}
      renderOption={({ key, ...props }, option) => (
        <li key={key} {...props}>
          <Box sx={{ minWidth: 0 }}>
            <Typography variant="body2" noWrap>
              {option.title}
            </Typography>
            <Typography variant="caption" color="text.secondary" noWrap component="div">
              {option.subtitle}
            </Typography>
          </Box>
        </li>
      )}
      sx={{ width: { xs: '100%', sm: 260, md: 340 } }}
      renderInput={(params) => (
        <TextField
          {...params}
          inputRef={input}
          autoFocus={autoFocus}
          size="small"
          // The app bar is no place for a filled field with room for a label above its text.
          variant="outlined"
          hiddenLabel
          placeholder={translate('kontor.search.placeholder')}
          slotProps={{
            htmlInput: { ...params.inputProps, 'aria-label': translate('kontor.search.label') },
            input: {
              ...params.InputProps,
              startAdornment: (
                <InputAdornment position="start">
                  <SearchIcon fontSize="small" />
                </InputAdornment>
              ),
            },
          }}
          sx={{
            '& .MuiInputBase-root': { bgcolor: 'background.paper', borderRadius: 1 },
          }}
        />
      )}
    />
  );
};

export const GlobalSearch = () => {
  const small = useIsSmall();
  const translate = useTranslate();
  const [open, setOpen] = useState(false);
  if (!small)
    return (
      <Box sx={{ mx: 1 }}>
        <SearchField />
      </Box>
    );
  return (
    <>
      <Tooltip title={translate('kontor.search.label')}>
        <IconButton
          color="inherit"
          onClick={() => setOpen(true)}
          aria-label={translate('kontor.search.label')}
        >
          <SearchIcon />
        </IconButton>
      </Tooltip>
      <Dialog
        open={open}
        onClose={() => setOpen(false)}
        fullWidth
        slotProps={{ paper: { sx: { p: 2, alignSelf: 'flex-start' } } }}
      >
        <SearchField autoFocus onDone={() => setOpen(false)} />
      </Dialog>
    </>
  );
};
