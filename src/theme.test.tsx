import { Checkbox } from '@mui/material';
import { createTheme, ThemeProvider } from '@mui/material/styles';
import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { checkboxDefaults, darkTheme, theme } from './theme';

describe.each([
  ['light', theme],
  ['dark', darkTheme],
])('the %s theme', (_, options) => {
  it('puts a checkbox’s aria-label on its input, not on the wrapping span', () => {
    render(
      <ThemeProvider theme={createTheme(options)}>
        <Checkbox aria-label="Select this row" />
      </ThemeProvider>,
    );
    const box = screen.getByRole('checkbox', { name: 'Select this row' });
    expect(box.tagName).toBe('INPUT');
    expect(box.parentElement?.getAttribute('aria-label')).toBeNull();
  });

  it('keeps a checkbox’s own inputProps, such as react-admin’s “select all” label', () => {
    render(
      <ThemeProvider theme={createTheme(options)}>
        <Checkbox inputProps={{ 'aria-label': 'Select all' }} />
      </ThemeProvider>,
    );
    expect(screen.getByRole('checkbox', { name: 'Select all' }).tagName).toBe('INPUT');
  });

  it('names react-admin’s unlabelled “select all” box of a loading table when given the word', () => {
    const localized = createTheme(createTheme(options), {
      components: { MuiCheckbox: checkboxDefaults('Alle auswählen') },
    });
    render(
      <ThemeProvider theme={localized}>
        <Checkbox className="select-all" checked={false} />
      </ThemeProvider>,
    );
    expect(screen.getByRole('checkbox', { name: 'Alle auswählen' }).tagName).toBe('INPUT');
  });

  it('leaves a checkbox labelled through its input as it is', () => {
    render(
      <ThemeProvider theme={createTheme(options)}>
        <Checkbox slotProps={{ input: { 'aria-label': 'Select all' } }} />
      </ThemeProvider>,
    );
    expect(screen.getByRole('checkbox', { name: 'Select all' }).tagName).toBe('INPUT');
  });
});
