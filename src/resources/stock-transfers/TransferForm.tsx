import {
  ArrayInput,
  AutocompleteInput,
  minValue,
  NumberInput,
  ReferenceInput,
  required,
  SelectInput,
  SimpleForm,
  SimpleFormIterator,
  TextInput,
} from 'react-admin';
import { useMyWarehouses } from '../stock-levels/access';

const label = (field: string) => `resources.stock-transfers.fields.${field}`;

/**
 * A draft transfer: from where to where, which products and how many. The API
 * checks the rest (different warehouses, one line per product) and its
 * messages appear next to the fields and lines they concern.
 */
export const TransferForm = () => {
  const mine = useMyWarehouses();
  return (
    // noValidate: the validators below say what is wrong, in the console's language, not the browser.
    <SimpleForm noValidate sx={{ maxWidth: 760 }}>
      <ReferenceInput
        source="fromWarehouseId"
        reference="warehouses"
        filter={mine ? { id: mine } : undefined}
      >
        <SelectInput validate={required()} sx={{ minWidth: 260 }} />
      </ReferenceInput>
      <ReferenceInput source="toWarehouseId" reference="warehouses">
        <SelectInput validate={required()} sx={{ minWidth: 260 }} />
      </ReferenceInput>
      <ArrayInput source="items" validate={required()}>
        <SimpleFormIterator inline disableReordering>
          <ReferenceInput source="productId" reference="products">
            <AutocompleteInput
              label={label('productId')}
              validate={required()}
              sx={{ minWidth: { xs: 240, sm: 340 } }}
            />
          </ReferenceInput>
          <NumberInput
            source="quantity"
            label={label('quantity')}
            min={1}
            step={1}
            validate={[required(), minValue(1)]}
            sx={{ width: 120 }}
          />
        </SimpleFormIterator>
      </ArrayInput>
      <TextInput source="note" multiline fullWidth />
    </SimpleForm>
  );
};
