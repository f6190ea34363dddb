import { Create, PasswordInput, required, SimpleForm, TextInput, useTranslate } from 'react-admin';
import { MIN_PASSWORD_LENGTH, validatePassword, validateUsername } from './validation';
import { UserAccessInputs } from './UserAccessInputs';

const UserCreate = () => {
  const translate = useTranslate();
  return (
    <Create redirect="list">
      <SimpleForm defaultValues={{ warehouseIds: [] }} sx={{ maxWidth: 560 }}>
        <TextInput source="username" validate={validateUsername} autoComplete="off" />
        <TextInput source="fullName" validate={required()} />
        <UserAccessInputs />
        <PasswordInput
          source="password"
          validate={validatePassword}
          autoComplete="new-password"
          helperText={translate('kontor.users.passwordHint', { min: MIN_PASSWORD_LENGTH })}
        />
      </SimpleForm>
    </Create>
  );
};

export default UserCreate;
