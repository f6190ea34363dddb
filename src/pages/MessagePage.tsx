import type { ReactNode } from 'react';
import { Box, Button, Card, CardContent, Typography } from '@mui/material';
import HomeOutlined from '@mui/icons-material/HomeOutlined';
import { Link, Title } from 'react-admin';

interface MessagePageProps {
  icon: ReactNode;
  title: string;
  message: string;
  homeLabel: string;
}

/** A friendly full-page notice with a way back to the dashboard (access denied, not found). */
export function MessagePage({ icon, title, message, homeLabel }: MessagePageProps) {
  return (
    <Box sx={{ display: 'flex', justifyContent: 'center', px: { xs: 0, sm: 2 }, py: { xs: 2, sm: 6 } }}>
      <Title title={title} />
      <Card sx={{ maxWidth: 520, width: '100%' }} variant="outlined">
        <CardContent sx={{ textAlign: 'center', p: { xs: 3, sm: 4 } }}>
          <Box sx={{ color: 'primary.main', '& svg': { fontSize: 56 } }} aria-hidden>
            {icon}
          </Box>
          <Typography variant="h5" component="h2" gutterBottom>
            {title}
          </Typography>
          <Typography color="text.secondary" sx={{ mb: 3 }}>
            {message}
          </Typography>
          <Button component={Link} to="/" variant="contained" startIcon={<HomeOutlined />}>
            {homeLabel}
          </Button>
        </CardContent>
      </Card>
    </Box>
  );
}
