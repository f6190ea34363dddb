import { FormDataConsumer, ReferenceArrayInput, required, SelectArrayInput, SelectInput } from 'react-admin';
import { statusChoices } from '../../components/statusColors';

/** Role, and for warehouse staff the warehouses they work in; shared by create and edit. */
export const UserAccessInputs = () => (
  <>
    <SelectInput source="role" choices={statusChoices('role')} validate={required()} />
    <FormDataConsumer<{ role?: string }>>
      {({ formData }) =>
        formData.role === 'warehouse' && (
          <ReferenceArrayInput source="warehouseIds" reference="warehouses" perPage={100}>
            <SelectArrayInput helperText="kontor.users.warehouseHint" />
          </ReferenceArrayInput>
        )
      }
    </FormDataConsumer>
  </>
);
