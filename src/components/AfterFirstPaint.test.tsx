import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { AfterFirstPaint } from './AfterFirstPaint';

describe('AfterFirstPaint', () => {
  it('holds the place at first and shows its content once the page has painted', async () => {
    const { container } = render(
      <>
        <h2>First</h2>
        <AfterFirstPaint minHeight={300}>
          <h2>Below</h2>
        </AfterFirstPaint>
      </>,
    );
    expect(screen.getByRole('heading', { name: 'First' })).toBeInTheDocument();
    expect(screen.queryByRole('heading', { name: 'Below' })).toBeNull();
    expect(container.lastElementChild).toHaveStyle({ minHeight: '300px' });
    expect(await screen.findByRole('heading', { name: 'Below' })).toBeInTheDocument();
  });
});
