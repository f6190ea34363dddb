import AddIcon from '@mui/icons-material/Add';
import ContentPasteIcon from '@mui/icons-material/ContentPaste';
import { Alert, Box, Button, Collapse, Stack, TextField } from '@mui/material';
import { useRef, useState, type FormEvent } from 'react';
import { useTranslate } from 'react-admin';
import { readPastedLines } from './receiveLines';

export interface ReceiveEntryProps {
  onAdd: (lines: Array<{ code: string; quantity: number }>) => void;
}

const WHOLE_NUMBER = /^\d+$/;

/**
 * Where lines come in: a code field that a scanner types into and ends with
 * Enter (the line is added and the field is ready for the next scan), or CSV
 * pasted from a delivery note.
 */
export const ReceiveEntry = ({ onAdd }: ReceiveEntryProps) => {
  const translate = useTranslate();
  const codeInput = useRef<HTMLInputElement>(null);
  const [code, setCode] = useState('');
  const [quantity, setQuantity] = useState('1');
  const [pasting, setPasting] = useState(false);
  const [pasted, setPasted] = useState('');
  const [pasteProblems, setPasteProblems] = useState<string[]>([]);
  const quantityValid = WHOLE_NUMBER.test(quantity.trim()) && Number(quantity) > 0;

  const addScanned = (event: FormEvent) => {
    event.preventDefault();
    if (code.trim() && quantityValid) {
      onAdd([{ code: code.trim(), quantity: Number(quantity) }]);
      setCode('');
      setQuantity('1');
    }
    codeInput.current?.focus();
  };

  const addPasted = () => {
    const { lines, problems } = readPastedLines(pasted);
    setPasteProblems(problems.map(({ problem }) => translate(`domain.${problem.key}`, problem.params ?? {})));
    // All or nothing, so fixing a bad row and adding again does not add the good rows twice.
    if (problems.length === 0) {
      onAdd(lines);
      setPasted('');
      setPasting(false);
      codeInput.current?.focus();
    }
  };

  return (
    <Stack spacing={1.5}>
      <Box
        component="form"
        onSubmit={addScanned}
        noValidate
        sx={{
          display: 'grid',
          gridTemplateColumns: { xs: '1fr 88px', sm: '1fr 120px auto' },
          gap: 1,
          alignItems: 'start',
        }}
      >
        <TextField
          inputRef={codeInput}
          autoFocus
          label={translate('kontor.stock-levels.receive.code')}
          value={code}
          onChange={(event) => setCode(event.target.value)}
          slotProps={{ htmlInput: { autoComplete: 'off', enterKeyHint: 'enter' } }}
        />
        <TextField
          label={translate('kontor.stock-levels.receive.quantity')}
          value={quantity}
          onChange={(event) => setQuantity(event.target.value)}
          error={!quantityValid}
          slotProps={{ htmlInput: { inputMode: 'numeric' } }}
        />
        <Button
          type="submit"
          variant="outlined"
          startIcon={<AddIcon />}
          sx={{ minHeight: 56, gridColumn: { xs: '1 / -1', sm: 'auto' } }}
        >
          {translate('kontor.stock-levels.receive.add')}
        </Button>
      </Box>
      <Box>
        <Button
          startIcon={<ContentPasteIcon />}
          onClick={() => setPasting(!pasting)}
          aria-expanded={pasting}
          sx={{ minHeight: 44 }}
        >
          {translate('kontor.stock-levels.receive.paste')}
        </Button>
      </Box>
      <Collapse in={pasting} unmountOnExit>
        <Stack spacing={1}>
          <TextField
            multiline
            minRows={4}
            label={translate('kontor.stock-levels.receive.pasteLabel')}
            helperText={translate('kontor.stock-levels.receive.pasteHelp')}
            value={pasted}
            onChange={(event) => setPasted(event.target.value)}
            slotProps={{ htmlInput: { spellCheck: false, style: { fontFamily: 'monospace' } } }}
          />
          {pasteProblems.length > 0 && (
            <Alert severity="warning">
              {pasteProblems.map((message) => (
                <div key={message}>{message}</div>
              ))}
            </Alert>
          )}
          <Box>
            <Button variant="outlined" onClick={addPasted} disabled={!pasted.trim()} sx={{ minHeight: 44 }}>
              {translate('kontor.stock-levels.receive.addPasted')}
            </Button>
          </Box>
        </Stack>
      </Collapse>
    </Stack>
  );
};
