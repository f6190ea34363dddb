import { GlobalStyles } from '@mui/material';

/**
 * The print stylesheet of the printable pages (packing slips, pick lists):
 * on paper only the page's own content shows, black on white, without the
 * console's bar, menu and buttons (anything marked `data-print="hide"`).
 */
export const PrintStyles = () => (
  <GlobalStyles
    styles={{
      '@media print': {
        '@page': { margin: '12mm' },
        'header.MuiAppBar-root, .RaSidebar-root, .MuiDrawer-root, .RaLayout-appFrame > .MuiToolbar-root, [data-print="hide"]':
          { display: 'none !important' },
        'html, body, .RaLayout-appFrame, .RaLayout-content, .MuiPaper-root': {
          background: '#fff !important',
          color: '#000 !important',
          boxShadow: 'none !important',
        },
        '.RaLayout-appFrame': { marginTop: '0 !important' },
        '.RaLayout-content': { padding: '0 !important' },
        '.MuiTableCell-root': { color: '#000 !important', borderColor: '#999 !important' },
        a: { color: '#000 !important', textDecoration: 'none !important' },
      },
    }}
  />
);
