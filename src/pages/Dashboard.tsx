/**
 * Landing page until the KPI dashboard arrives: who is signed in, and links to
 * every area the role may open (the same list as the sidebar).
 */
import { createElement } from 'react';
import { Box, Button, Card, CardContent, Stack, Typography } from '@mui/material';
import { Link, Title, useGetIdentity, useGetResourceLabel, useTranslate } from 'react-admin';
import { resources } from '../resources';
import { useAllowedGroups } from '../layout/useAllowedGroups';

export default function Dashboard() {
  const translate = useTranslate();
  const getResourceLabel = useGetResourceLabel();
  const { identity } = useGetIdentity();
  const { groups } = useAllowedGroups(resources);
  const role = identity ? translate(`kontor.roles.${String(identity.role)}`) : '';
  return (
    <Box sx={{ py: 2 }}>
      <Title title="ra.page.dashboard" />
      <Typography variant="h4" component="h1" sx={{ fontSize: { xs: '1.6rem', sm: '2.1rem' } }}>
        {translate('kontor.dashboard.greeting', { name: identity?.fullName ?? '' })}
      </Typography>
      <Typography color="text.secondary" sx={{ mb: 1 }}>
        {translate('kontor.dashboard.signed_in_as', { role })}
      </Typography>
      <Typography color="text.secondary" sx={{ mb: 3 }}>
        {translate('kontor.dashboard.coming_soon')}
      </Typography>
      {groups.length > 0 ? (
        <Typography variant="h6" component="h2" gutterBottom>
          {translate('kontor.dashboard.quick_links')}
        </Typography>
      ) : null}
      <Box
        sx={{
          display: 'grid',
          gap: 2,
          gridTemplateColumns: { xs: '1fr', sm: 'repeat(2, 1fr)', lg: 'repeat(4, 1fr)' },
        }}
      >
        {groups.map(({ group, entries }) => (
          <Card key={group} variant="outlined">
            <CardContent>
              <Typography variant="overline" component="h3" color="text.secondary">
                {translate(`kontor.menu.groups.${group}`)}
              </Typography>
              <Stack alignItems="flex-start">
                {entries.map((resource) => (
                  <Button
                    key={resource.name}
                    component={Link}
                    to={`/${resource.name}`}
                    startIcon={createElement(resource.icon)}
                  >
                    {getResourceLabel(resource.name, 2)}
                  </Button>
                ))}
              </Stack>
            </CardContent>
          </Card>
        ))}
      </Box>
    </Box>
  );
}
