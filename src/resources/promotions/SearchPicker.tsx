import { Autocomplete, TextField } from '@mui/material';
import { useEffect, useState } from 'react';
import { useGetList, useTranslate, type RaRecord, type SortPayload } from 'react-admin';

const SEARCH_DELAY_MS = 300;
const SHOWN = 10;

export interface SearchPickerProps<T extends RaRecord> {
  resource: string;
  /** A translation key. */
  label: string;
  sort: SortPayload;
  optionLabel: (record: T) => string;
  onPick: (record: T) => void;
  disabled?: boolean;
}

/**
 * Searches a collection by its `q` fields and hands over the record picked;
 * it is an action, not a value, so the box empties again after each pick.
 */
export function SearchPicker<T extends RaRecord>({
  resource,
  label,
  sort,
  optionLabel,
  onPick,
  disabled,
}: SearchPickerProps<T>) {
  const translate = useTranslate();
  const [open, setOpen] = useState(false);
  const [text, setText] = useState('');
  const [query, setQuery] = useState('');
  useEffect(() => {
    const timer = setTimeout(() => setQuery(text.trim()), SEARCH_DELAY_MS);
    return () => clearTimeout(timer);
  }, [text]);
  // Nothing is fetched until the list is opened: most forms never use the picker.
  const { data, isFetching } = useGetList<T>(
    resource,
    { filter: query ? { q: query } : {}, sort, pagination: { page: 1, perPage: SHOWN } },
    { enabled: open },
  );
  return (
    <Autocomplete<T>
      open={open}
      onOpen={() => setOpen(true)}
      onClose={() => setOpen(false)}
      options={data ?? []}
      value={null}
      inputValue={text}
      onInputChange={(_event, value, reason) => {
        if (reason !== 'reset') setText(value);
      }}
      onChange={(_event, record) => {
        if (record) onPick(record);
        setText('');
      }}
      getOptionLabel={optionLabel}
      isOptionEqualToValue={(option, value) => option.id === value.id}
      filterOptions={(options) => options}
      loading={isFetching}
      loadingText={translate('ra.page.loading')}
      noOptionsText={translate('ra.navigation.no_results')}
      disabled={disabled}
      blurOnSelect
      size="small"
      renderInput={(params) => <TextField {...params} label={translate(label)} />}
      sx={{ flex: '1 1 220px', minWidth: 0 }}
    />
  );
}
