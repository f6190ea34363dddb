import type { KeyboardEvent } from 'react';
import {
  SearchInput,
  useDataProvider,
  useListContext,
  useNotify,
  useTranslate,
  type SearchInputProps,
} from 'react-admin';
import type { Product, StockLevel } from '../../domain/types';
import { useStockActions } from './StockActions';

/** Whether a scanned or typed code is exactly this product's SKU (any case) or barcode. */
export function isExactCode(product: Pick<Product, 'sku' | 'barcode'> | undefined, code: string): boolean {
  if (!product) return false;
  return product.sku.toLowerCase() === code.toLowerCase() || product.barcode === code;
}

const LOOKUP_PAGE = 50;

/**
 * The list's search box, made for barcode scanners (which type the code and
 * press Enter): it has the focus when the list opens, and Enter on a code that
 * is exactly one stock level's SKU or barcode (within the other filters)
 * opens the count dialog for it. After the dialog the focus comes back here
 * with the text selected, so the next scan replaces it.
 */
export const ScanSearchInput = (props: Omit<SearchInputProps, 'onKeyDown'>) => {
  const { filterValues } = useListContext();
  const dataProvider = useDataProvider();
  const actions = useStockActions();
  const notify = useNotify();
  const translate = useTranslate();

  const lookUp = async (code: string) => {
    const { data: levels } = await dataProvider.getList<StockLevel>('stock-levels', {
      filter: { ...filterValues, q: code },
      pagination: { page: 1, perPage: LOOKUP_PAGE },
      sort: { field: 'id', order: 'ASC' },
    });
    const productIds = [...new Set(levels.map((level) => level.productId))];
    const { data: products } = productIds.length
      ? await dataProvider.getMany<Product>('products', { ids: productIds })
      : { data: [] };
    const byId = new Map(products.map((product) => [product.id, product]));
    const exact = levels.filter((level) => isExactCode(byId.get(level.productId), code));
    if (exact.length === 1) {
      const [level] = exact as [StockLevel];
      if (actions.canAdjust(level.warehouseId)) actions.adjust({ level, reason: 'count' });
      return;
    }
    if (exact.length > 1)
      notify('kontor.stock-levels.scan.several', { messageArgs: { code, count: exact.length } });
    else if (levels.length === 0)
      notify('kontor.stock-levels.scan.none', { type: 'warning', messageArgs: { code } });
  };

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    if (event.key !== 'Enter' || !(event.target instanceof HTMLInputElement)) return;
    event.preventDefault();
    const code = event.target.value.trim();
    if (code)
      lookUp(code).catch((error: unknown) =>
        notify(error instanceof Error ? error.message : 'ra.notification.http_error', { type: 'error' }),
      );
  };

  return (
    <SearchInput
      {...props}
      autoFocus
      sx={{ width: { xs: '100%', sm: 320 } }}
      placeholder={translate('kontor.stock-levels.scan.placeholder')}
      onKeyDown={onKeyDown}
      onFocus={(event) => {
        if (event.target instanceof HTMLInputElement) event.target.select();
      }}
      slotProps={{
        htmlInput: {
          'aria-label': translate('kontor.stock-levels.scan.placeholder'),
          enterKeyHint: 'search',
        },
      }}
    />
  );
};
