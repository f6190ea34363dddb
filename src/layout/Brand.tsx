import { Box, Typography, type TypographyProps } from '@mui/material';
import { useTranslate } from 'react-admin';

interface BrandProps {
  /** Logo edge length in pixels. */
  size?: number;
  variant?: TypographyProps['variant'];
}

/** The logo (the favicon, so there is one source) and the product name. */
export function Brand({ size = 28, variant = 'h6' }: BrandProps) {
  const translate = useTranslate();
  return (
    <Box sx={{ display: 'flex', alignItems: 'center', gap: 1, minWidth: 0 }}>
      <Box
        component="img"
        src={`${import.meta.env.BASE_URL}kontor.svg`}
        alt=""
        // The ring keeps the teal logo visible on the teal app bar.
        sx={{
          width: size,
          height: size,
          flexShrink: 0,
          borderRadius: '22%',
          boxShadow: '0 0 0 1.5px rgba(255,255,255,0.75)',
        }}
      />
      <Typography variant={variant} component="span" noWrap sx={{ fontWeight: 700, letterSpacing: 0.2 }}>
        {translate('kontor.app.title')}
      </Typography>
    </Box>
  );
}
