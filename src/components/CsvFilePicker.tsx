/**
 * Picks a CSV file and reads it as text. A large file is read in chunks with a
 * determinate progress bar (the bytes really read so far); a small one is read
 * at once, which takes no noticeable time.
 */
import UploadFileIcon from '@mui/icons-material/UploadFile';
import { Box, Button, LinearProgress, Stack, Typography } from '@mui/material';
import { useId, useState, type ChangeEvent } from 'react';
import { useLocaleState, useTranslate } from 'react-admin';

/** Above this size the read reports its progress. */
export const LARGE_FILE_BYTES = 1024 * 1024;

export interface LoadedFile {
  name: string;
  size: number;
  text: string;
}

/** Reads a file as UTF-8 text, reporting the share read so far for large files. */
export async function readTextFile(file: File, onProgress?: (fraction: number) => void): Promise<string> {
  if (file.size < LARGE_FILE_BYTES || typeof file.stream !== 'function') return file.text();
  const reader = file.stream().getReader();
  const decoder = new TextDecoder();
  const parts: string[] = [];
  let read = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    read += value.byteLength;
    parts.push(decoder.decode(value, { stream: true }));
    onProgress?.(read / file.size);
  }
  parts.push(decoder.decode());
  return parts.join('');
}

export function formatBytes(bytes: number, locale: string): string {
  const units = ['B', 'kB', 'MB'];
  let value = bytes;
  let unit = 0;
  while (value >= 1000 && unit < units.length - 1) {
    value /= 1000;
    unit += 1;
  }
  return `${value.toLocaleString(locale, { maximumFractionDigits: unit === 0 ? 0 : 1 })} ${units[unit]}`;
}

export interface CsvFilePickerProps {
  onLoaded(file: LoadedFile): void;
  disabled?: boolean;
  /** The file already chosen, to show its name. */
  current?: Pick<LoadedFile, 'name' | 'size'> | null;
}

export const CsvFilePicker = ({ onLoaded, disabled, current }: CsvFilePickerProps) => {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const inputId = useId();
  const [reading, setReading] = useState<{ name: string; progress: number | null } | null>(null);
  const [error, setError] = useState<string | null>(null);

  const pick = async (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    // Choosing the same file again must fire a change event too.
    event.target.value = '';
    if (!file) return;
    setError(null);
    setReading({ name: file.name, progress: file.size < LARGE_FILE_BYTES ? null : 0 });
    try {
      const text = await readTextFile(file, (progress) => setReading({ name: file.name, progress }));
      onLoaded({ name: file.name, size: file.size, text });
    } catch {
      setError(translate('kontor.file.unreadable', { name: file.name }));
    } finally {
      setReading(null);
    }
  };

  return (
    <Stack spacing={1} sx={{ minWidth: 0 }}>
      <Stack direction="row" spacing={2} sx={{ alignItems: 'center', flexWrap: 'wrap', rowGap: 1 }}>
        <Button
          component="label"
          htmlFor={inputId}
          variant="outlined"
          startIcon={<UploadFileIcon />}
          disabled={disabled || reading !== null}
          sx={{ minHeight: 44 }}
        >
          {translate('kontor.file.choose')}
          <input id={inputId} type="file" accept=".csv,text/csv" hidden onChange={pick} />
        </Button>
        {current && !reading && (
          <Typography variant="body2" sx={{ overflowWrap: 'anywhere' }}>
            {translate('kontor.file.chosen', { name: current.name, size: formatBytes(current.size, locale) })}
          </Typography>
        )}
      </Stack>
      {reading && (
        <Box>
          <Typography variant="body2" color="text.secondary">
            {translate('kontor.file.reading', { name: reading.name })}
          </Typography>
          <LinearProgress
            variant={reading.progress === null ? 'indeterminate' : 'determinate'}
            value={(reading.progress ?? 0) * 100}
            aria-label={translate('kontor.file.reading', { name: reading.name })}
          />
        </Box>
      )}
      {error && (
        <Typography variant="body2" color="error">
          {error}
        </Typography>
      )}
    </Stack>
  );
};
