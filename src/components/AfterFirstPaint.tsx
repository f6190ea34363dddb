/**
 * Renders its children once the screen has painted what comes before them.
 * The first paint then carries what a person looks at first (the dashboard's
 * sales figures and chart) instead of waiting for everything below it; the
 * rest follows as a transition, which React interrupts for anything more
 * urgent. Until then an empty box of `minHeight` holds the place, so the
 * page does not jump when it arrives.
 */
import { Box } from '@mui/material';
import { startTransition, useEffect, useState, type ReactNode } from 'react';

export interface AfterFirstPaintProps {
  children: ReactNode;
  /** About the height of what is coming, in px. */
  minHeight: number;
}

export function AfterFirstPaint({ children, minHeight }: AfterFirstPaintProps) {
  const [shown, setShown] = useState(false);
  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    // A frame callback runs just before the browser paints; a task queued from it runs after the paint.
    const frame = requestAnimationFrame(() => {
      timer = setTimeout(() => startTransition(() => setShown(true)), 0);
    });
    return () => {
      cancelAnimationFrame(frame);
      clearTimeout(timer);
    };
  }, []);
  return shown ? children : <Box sx={{ minHeight }} />;
}
