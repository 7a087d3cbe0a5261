// Bytes to text. Excel on Chinese Windows saves "CSV" as GB18030 (GBK) and
// "CSV UTF-8" as UTF-8 with a byte-order mark; editors on other systems save plain
// UTF-8; LibreOffice's "Unicode" CSV and Excel's "Unicode 文本" are UTF-16 with a
// byte-order mark (FF FE, little-endian, as Windows writes it). We accept these,
// strictly: a byte that fits none of them is reported, never replaced with U+FFFD.

import type { Diagnostic } from './types.ts';
import { diagnostic } from './report.ts';
import { SAVE_AS_UTF8, SAVE_AS_UTF8_EN } from './export-advice.ts';

export type Encoding = 'utf-8' | 'utf-8-bom' | 'gb18030' | 'utf-16le' | 'utf-16be';

export type DecodeResult =
  | { ok: true; text: string; encoding: Encoding }
  | { ok: false; diagnostic: Diagnostic };

const BOM = [0xef, 0xbb, 0xbf] as const;

export function hasUtf8Bom(bytes: Uint8Array): boolean {
  return bytes[0] === BOM[0] && bytes[1] === BOM[1] && bytes[2] === BOM[2];
}

/** Decodes a data file. `file` is only used to place the diagnostic. */
export function decodeBytes(bytes: Uint8Array, file: string): DecodeResult {
  if (bytes.length === 0) {
    return {
      ok: false,
      diagnostic: diagnostic(
        'empty-file',
        'error',
        { file },
        '文件是空的（0字节）。请重新从Excel导出，或删除这个文件。',
        'The file is empty (0 bytes). Export it again from Excel, or delete it.',
      ),
    };
  }
  const utf16 = utf16Bom(bytes);
  if (utf16 !== undefined) {
    // Only with its byte-order mark: without one, UTF-16 cannot be told from other bytes for sure.
    const text = tryDecode(utf16, bytes.subarray(2));
    if (text !== undefined) return { ok: true, text, encoding: utf16 };
    return { ok: false, diagnostic: encodingError(bytes, 2 + firstBadByte(utf16, bytes.subarray(2)), file, utf16) };
  }
  if (hasUtf8Bom(bytes)) {
    const rest = bytes.subarray(3);
    const text = tryDecode('utf-8', rest);
    if (text !== undefined) return { ok: true, text, encoding: 'utf-8-bom' };
    return { ok: false, diagnostic: encodingError(bytes, 3 + firstBadByte('utf-8', rest), file, 'utf-8') };
  }
  const utf8 = tryDecode('utf-8', bytes);
  if (utf8 !== undefined) return { ok: true, text: utf8, encoding: 'utf-8' };
  const gb = tryDecode('gb18030', bytes);
  if (gb !== undefined) return { ok: true, text: gb, encoding: 'gb18030' };
  // Report the place where the encoding that got further stopped: that is the one
  // the editor most likely used, so its first bad byte is the interesting one.
  const utf8Stop = firstBadByte('utf-8', bytes);
  const gbStop = firstBadByte('gb18030', bytes);
  const offset = Math.max(utf8Stop, gbStop);
  return { ok: false, diagnostic: encodingError(bytes, offset, file, guessEncoding(bytes, utf8Stop >= gbStop ? 'utf-8' : 'gb18030')) };
}

type Label = 'utf-8' | 'gb18030' | 'utf-16le' | 'utf-16be';

/** The UTF-16 byte order a byte-order mark at the start announces. */
function utf16Bom(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | undefined {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  return undefined;
}

/**
 * What a file that is neither UTF-8 nor GB18030 most likely is, so the message can name it:
 * UTF-16 without its mark (every other byte zero in ASCII text), a workbook or other binary
 * file (zip's "PK", NUL bytes), else the one of the two that read further.
 */
type Guess = Label | 'utf-16-no-bom' | 'zip' | 'binary';
function guessEncoding(bytes: Uint8Array, further: 'utf-8' | 'gb18030'): Guess {
  if (bytes[0] === 0x50 && bytes[1] === 0x4b) return 'zip';
  const sample = bytes.subarray(0, 4096);
  let evenZeros = 0;
  let oddZeros = 0;
  for (let i = 0; i < sample.length; i++) if (sample[i] === 0) (i % 2 === 0 ? evenZeros++ : oddZeros++);
  const pairs = sample.length / 2;
  if (oddZeros > pairs * 0.3 || evenZeros > pairs * 0.3) return 'utf-16-no-bom';
  if (evenZeros + oddZeros > 0) return 'binary';
  return further;
}

function tryDecode(label: Label, bytes: Uint8Array): string | undefined {
  try {
    // ignoreBOM keeps a second BOM in the text, so the header check can report it.
    return new TextDecoder(label, { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    return undefined;
  }
}

/**
 * Offset of the first byte at which a strict decoder gives up. A streaming decoder
 * throws as soon as a prefix holds an invalid sequence (an unfinished sequence at
 * the end of a prefix is only buffered), so the shortest failing prefix can be found
 * by bisection.
 */
export function firstBadByte(label: Label, bytes: Uint8Array): number {
  const fails = (length: number): boolean => {
    try {
      new TextDecoder(label, { fatal: true, ignoreBOM: true }).decode(bytes.subarray(0, length), { stream: true });
      return false;
    } catch {
      return true;
    }
  };
  if (!fails(bytes.length)) return bytes.length; // only the end is unfinished
  let lo = 0; // fails(lo) is false
  let hi = bytes.length; // fails(hi) is true
  while (hi - lo > 1) {
    const mid = (lo + hi) >>> 1;
    if (fails(mid)) hi = mid;
    else lo = mid;
  }
  return hi - 1;
}

/** 1-based line of a byte offset. Line breaks are ASCII in UTF-8 and GB18030 alike (not in UTF-16: see lineOfUtf16). */
export function lineOfByte(bytes: Uint8Array, offset: number): number {
  let line = 1;
  const end = Math.min(offset, bytes.length);
  for (let i = 0; i < end; i++) {
    const b = bytes[i];
    if (b === 0x0a) line++;
    else if (b === 0x0d && bytes[i + 1] !== 0x0a) line++;
  }
  return line;
}

const FOUND: Record<Guess, { zh: string; en: string }> = {
  'utf-8': { zh: '按UTF-8读到这里出错，文件大概是UTF-8但中间混入了其他编码的内容（例如从别的文件复制粘贴的文字）', en: 'it reads as UTF-8 up to here, so it is probably UTF-8 with text of another encoding pasted in' },
  gb18030: { zh: '按GB18030（GBK）读到这里出错，文件大概是GBK，但混入了其他编码的内容，或是繁体Big5等其他编码', en: 'it reads as GB18030 (GBK) up to here, so it is probably GBK with other text pasted in, or another encoding such as Big5' },
  'utf-16le': { zh: '文件开头标明是UTF-16（小端），但内容不是完整的UTF-16', en: 'it starts with a UTF-16 (little-endian) byte-order mark, but its content is not valid UTF-16' },
  'utf-16be': { zh: '文件开头标明是UTF-16（大端），但内容不是完整的UTF-16', en: 'it starts with a UTF-16 (big-endian) byte-order mark, but its content is not valid UTF-16' },
  'utf-16-no-bom': { zh: '看起来是没有字节顺序标记（BOM）的UTF-16（“Unicode”）文件', en: 'it looks like UTF-16 ("Unicode") without a byte-order mark' },
  zip: { zh: '这不是文本文件，而是压缩包或工作簿（如改了扩展名的.xlsx）', en: 'it is not a text file but a zip archive or workbook (such as an .xlsx renamed)' },
  binary: { zh: '文件里有二进制内容（空字节），不是表格软件导出的文本', en: 'it holds binary content (NUL bytes), not text a spreadsheet exported' },
};

/** 1-based line of a byte offset in UTF-16, whose code units may hold a 0x0A byte in any character. */
function lineOfUtf16(bytes: Uint8Array, offset: number, label: 'utf-16le' | 'utf-16be'): number {
  const prefix = new TextDecoder(label, { ignoreBOM: false }).decode(bytes.subarray(0, offset - (offset % 2)));
  return (prefix.match(/\r\n|\r|\n/g)?.length ?? 0) + 1;
}

function encodingError(bytes: Uint8Array, offset: number, file: string, found: Guess): Diagnostic {
  const at = Math.min(offset, bytes.length - 1);
  const line = found === 'utf-16le' || found === 'utf-16be' ? lineOfUtf16(bytes, at, found) : lineOfByte(bytes, at);
  const hex = (bytes[at] ?? 0).toString(16).toUpperCase().padStart(2, '0');
  const { zh, en } = FOUND[found];
  const workbook = found === 'zip' ? '如果这是.xlsx工作簿，请把扩展名改回.xlsx。' : '';
  const workbookEn = found === 'zip' ? 'If it is an .xlsx workbook, give it back its .xlsx extension. ' : '';
  return diagnostic(
    'encoding-error',
    'error',
    { file, line },
    `文件编码无法识别：第${line}行（文件第${at + 1}个字节，0x${hex}）既不是UTF-8也不是GB18030编码；${zh}。${workbook}请在表格软件中打开原表，重新保存为UTF-8编码的CSV：${SAVE_AS_UTF8}`,
    `Unreadable encoding: line ${line} (byte ${at + 1} of the file, 0x${hex}) is neither UTF-8 nor GB18030; ${en}. ${workbookEn}Open the sheet and save it again as UTF-8 CSV. ${SAVE_AS_UTF8_EN}`,
  );
}

/** Number of physical lines in a decoded text (a final line break does not open a new line). */
export function countLines(text: string): number {
  if (text === '') return 0;
  const breaks = text.match(/\r\n|\r|\n/g)?.length ?? 0;
  return /(\r\n|\r|\n)$/.test(text) ? breaks : breaks + 1;
}

/** \r\n and lone \r become \n, so that one character marks one line break. */
export function normalizeLineEndings(text: string): string {
  return text.includes('\r') ? text.replace(/\r\n?/g, '\n') : text;
}
