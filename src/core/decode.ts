// Bytes to text. Excel on Chinese Windows saves "CSV" as GB18030 (GBK) and
// "CSV UTF-8" as UTF-8 with a byte-order mark; editors on other systems save plain
// UTF-8. We accept all three, strictly: a byte that fits none of them is reported,
// never replaced with U+FFFD.

import type { Diagnostic } from './types.ts';
import { diagnostic } from './report.ts';

export type Encoding = 'utf-8' | 'utf-8-bom' | 'gb18030';

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
  if (hasUtf8Bom(bytes)) {
    const rest = bytes.subarray(3);
    const text = tryDecode('utf-8', rest);
    if (text !== undefined) return { ok: true, text, encoding: 'utf-8-bom' };
    return { ok: false, diagnostic: encodingError(bytes, 3 + firstBadByte('utf-8', rest), file) };
  }
  const utf8 = tryDecode('utf-8', bytes);
  if (utf8 !== undefined) return { ok: true, text: utf8, encoding: 'utf-8' };
  const gb = tryDecode('gb18030', bytes);
  if (gb !== undefined) return { ok: true, text: gb, encoding: 'gb18030' };
  // Report the place where the encoding that got further stopped: that is the one
  // the editor most likely used, so its first bad byte is the interesting one.
  const offset = Math.max(firstBadByte('utf-8', bytes), firstBadByte('gb18030', bytes));
  return { ok: false, diagnostic: encodingError(bytes, offset, file) };
}

function tryDecode(label: 'utf-8' | 'gb18030', bytes: Uint8Array): string | undefined {
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
export function firstBadByte(label: 'utf-8' | 'gb18030', bytes: Uint8Array): number {
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

/** 1-based line of a byte offset. Line breaks are ASCII in UTF-8 and GB18030 alike. */
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

function encodingError(bytes: Uint8Array, offset: number, file: string): Diagnostic {
  const at = Math.min(offset, bytes.length - 1);
  const line = lineOfByte(bytes, at);
  const hex = (bytes[at] ?? 0).toString(16).toUpperCase().padStart(2, '0');
  return diagnostic(
    'encoding-error',
    'error',
    { file, line },
    `文件编码无法识别：第${line}行（文件第${at + 1}个字节，0x${hex}）既不是UTF-8也不是GB18030编码。请在Excel中打开原表，选择“另存为”，保存类型选“CSV UTF-8（逗号分隔）”，再替换这个文件。`,
    `Unreadable encoding: line ${line} (byte ${at + 1} of the file, 0x${hex}) is neither UTF-8 nor GB18030. Open the sheet in Excel, choose "Save As", pick "CSV UTF-8 (Comma delimited)" and replace this file.`,
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
