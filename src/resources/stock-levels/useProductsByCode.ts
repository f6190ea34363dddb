import { useQuery } from '@tanstack/react-query';
import { useDataProvider } from 'react-admin';
import type { Product } from '../../domain/types';

const codeKey = (code: string) => code.trim().toLowerCase();

/**
 * The products that scanned codes name, by SKU (any case) or barcode, keyed
 * by the code in lower case. For the preview only: the API resolves the codes
 * again when the receipt is booked.
 */
export function useProductsByCode(codes: readonly string[]): Map<string, Product> | undefined {
  const dataProvider = useDataProvider();
  const wanted = [...new Set(codes.map((code) => code.trim()).filter(Boolean))].sort();
  const { data } = useQuery({
    queryKey: ['products', 'byCode', wanted],
    enabled: wanted.length > 0,
    placeholderData: (previous) => previous,
    queryFn: async () => {
      const find = (filter: object) =>
        dataProvider.getList<Product>('products', {
          filter,
          pagination: { page: 1, perPage: wanted.length * 2 },
          sort: { field: 'id', order: 'ASC' },
        });
      const skus = [...new Set(wanted.flatMap((code) => [code, code.toUpperCase()]))];
      const [bySku, byBarcode] = await Promise.all([find({ sku: skus }), find({ barcode: wanted })]);
      const found = new Map<string, Product>();
      for (const product of [...bySku.data, ...byBarcode.data]) {
        found.set(codeKey(product.sku), product);
        if (product.barcode) found.set(codeKey(product.barcode), product);
      }
      return found;
    },
  });
  return wanted.length === 0 ? new Map() : data;
}

export function productForCode(
  products: Map<string, Product> | undefined,
  code: string,
): Product | undefined {
  return products?.get(codeKey(code));
}
