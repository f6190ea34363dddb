import {
  BooleanInput,
  Edit,
  ListButton,
  required,
  SaveButton,
  SimpleForm,
  TextInput,
  Toolbar,
  TopToolbar,
  type EditProps,
} from 'react-admin';
import { RecordHistory, withHistorySx } from '../../components/RecordHistory';
import { FormRefusal, RefusalProvider, useRefusalHandler } from './FormRefusal';
import { ResetPasswordButton } from './ResetPasswordButton';
import { UserAccessInputs } from './UserAccessInputs';

const UserEditActions = () => (
  <TopToolbar>
    <ResetPasswordButton />
    <ListButton />
  </TopToolbar>
);

/** Users are never deleted (the audit log keeps pointing at them): deactivating replaces it. */
const UserEditToolbar = () => (
  <Toolbar>
    <SaveButton />
  </Toolbar>
);

/** The username is the sign-in name and stays fixed; the password has its own action. */
const UserEdit = (props: Omit<EditProps, 'children'>) => {
  const { state, onError } = useRefusalHandler();
  return (
    <RefusalProvider value={state}>
      <Edit
        {...props}
        mutationMode="pessimistic"
        mutationOptions={{ onError }}
        actions={<UserEditActions />}
        aside={<RecordHistory resource="users" />}
        sx={withHistorySx}
      >
        <SimpleForm toolbar={<UserEditToolbar />} sx={{ maxWidth: 560 }}>
          <TextInput source="username" readOnly />
          <TextInput source="fullName" validate={required()} />
          <UserAccessInputs />
          <BooleanInput source="active" helperText="kontor.users.activeHint" />
          <FormRefusal />
        </SimpleForm>
      </Edit>
    </RefusalProvider>
  );
};

export default UserEdit;
