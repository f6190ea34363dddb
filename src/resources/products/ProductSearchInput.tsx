import { useEffect, useState, type KeyboardEvent } from 'react';
import {
  SearchInput,
  useDataProvider,
  useListContext,
  useNotify,
  useRedirect,
  type Identifier,
  type SearchInputProps,
} from 'react-admin';
import type { Product } from '../../domain/types';

/**
 * Searches name, SKU and barcode as you type. Enter (which a barcode scanner
 * sends after the digits) opens the product when exactly one matches;
 * otherwise the list simply shows the matches.
 */
export const ProductSearchInput = (props: SearchInputProps) => {
  const dataProvider = useDataProvider();
  const redirect = useRedirect();
  const notify = useNotify();
  const { filterValues } = useListContext();
  const [match, setMatch] = useState<{ text: string; id: Identifier } | null>(null);
  const applied = String(filterValues.q ?? '').trim();

  // The list applies typed text after a short pause; leaving before that would let the late
  // filter update pull the browser back to the list. So the product opens once the list caught up.
  useEffect(() => {
    if (match && match.text === applied) redirect('show', 'products', match.id);
  }, [match, applied, redirect]);

  const openSingleMatch = async (event: KeyboardEvent<HTMLDivElement>) => {
    if (event.key !== 'Enter' || !(event.target instanceof HTMLInputElement)) return;
    const text = event.target.value.trim();
    if (!text) return;
    event.preventDefault();
    try {
      const { data, total } = await dataProvider.getList<Product>('products', {
        filter: { q: text },
        pagination: { page: 1, perPage: 2 },
        sort: { field: 'name', order: 'ASC' },
      });
      if (total === 1 && data[0]) setMatch({ text, id: data[0].id });
    } catch (error) {
      notify((error as Error).message || 'ra.notification.http_error', { type: 'error' });
    }
  };
  return <SearchInput {...props} onKeyDown={openSingleMatch} />;
};
