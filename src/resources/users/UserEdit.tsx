import { BooleanInput, Edit, ListButton, required, SimpleForm, TextInput, TopToolbar } from 'react-admin';
import { RecordHistory, withHistorySx } from '../../components/RecordHistory';
import { ResetPasswordButton } from './ResetPasswordButton';
import { UserAccessInputs } from './UserAccessInputs';

const UserEditActions = () => (
  <TopToolbar>
    <ResetPasswordButton />
    <ListButton />
  </TopToolbar>
);

/** The username is the sign-in name and stays fixed; the password has its own action. */
const UserEdit = () => (
  <Edit
    mutationMode="pessimistic"
    actions={<UserEditActions />}
    aside={<RecordHistory resource="users" />}
    sx={withHistorySx}
  >
    <SimpleForm sx={{ maxWidth: 560 }}>
      <TextInput source="username" readOnly />
      <TextInput source="fullName" validate={required()} />
      <UserAccessInputs />
      <BooleanInput source="active" />
    </SimpleForm>
  </Edit>
);

export default UserEdit;
