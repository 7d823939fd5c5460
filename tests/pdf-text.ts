import { inflateSync } from 'node:zlib';

// The text a reader of a PDF made by pdfkit sees, for tests: pdfkit writes embedded fonts'
// glyph ids, not letters, so each font's ToUnicode map turns them back into text. Enough
// for Kelias's own PDFs (Flate streams, Type0 fonts, Tj/TJ), not a general PDF reader.

interface PdfObject { dict: string; stream: Buffer | null }

function objectsOf(pdf: Buffer): Map<number, PdfObject> {
  const text = pdf.toString('latin1');
  const objects = new Map<number, PdfObject>();
  const header = /(\d+) 0 obj\b/g;
  for (let match = header.exec(text); match; match = header.exec(text)) {
    const from = match.index + match[0].length;
    const end = text.indexOf('endobj', from);
    const start = text.indexOf('stream', from);
    if (start === -1 || start > end) {
      objects.set(Number(match[1]), { dict: text.slice(from, end), stream: null });
      continue;
    }
    // A stream is read by its /Length: compressed bytes may happen to spell "endobj".
    const dict = text.slice(from, start);
    const length = Number(/\/Length (\d+)/.exec(dict)?.[1]);
    const dataStart = start + 'stream'.length + (text.startsWith('\r\n', start + 6) ? 2 : 1);
    const bytes = pdf.subarray(dataStart, dataStart + length);
    objects.set(Number(match[1]), { dict, stream: dict.includes('/FlateDecode') ? inflateSync(bytes) : Buffer.from(bytes) });
    header.lastIndex = text.indexOf('endobj', dataStart + length);
  }
  return objects;
}

const hexToText = (hex: string) => String.fromCodePoint(...(hex.match(/.{4}/g) ?? []).map((h) => parseInt(h, 16)));

/** glyph code (4 hex digits) → text, from a ToUnicode CMap's bfchar and bfrange entries. */
function cmapOf(source: string): Map<string, string> {
  const map = new Map<string, string>();
  for (const block of source.matchAll(/beginbfchar([\s\S]*?)endbfchar/g)) {
    for (const [, code, unicode] of block[1]!.matchAll(/<([0-9a-fA-F]+)>\s*<([0-9a-fA-F]+)>/g)) map.set(code!.toLowerCase().padStart(4, '0'), hexToText(unicode!));
  }
  for (const block of source.matchAll(/beginbfrange([\s\S]*?)endbfrange/g)) {
    for (const [, from, to, target] of block[1]!.matchAll(/<([0-9a-fA-F]+)>\s*<([0-9a-fA-F]+)>\s*(\[[^\]]*\]|<[0-9a-fA-F]+>)/g)) {
      const first = parseInt(from!, 16);
      const last = parseInt(to!, 16);
      const targets = target!.startsWith('[') ? [...target!.matchAll(/<([0-9a-fA-F]+)>/g)].map((m) => hexToText(m[1]!)) : null;
      for (let code = first; code <= last; code++) {
        const text = targets ? targets[code - first] : String.fromCodePoint(parseInt(target!.slice(1, -1), 16) + code - first);
        if (text !== undefined) map.set(code.toString(16).padStart(4, '0'), text);
      }
    }
  }
  return map;
}

/** The PDF's text, page by page, one line per text operation. */
export function pdfText(pdf: Buffer): string[] {
  const objects = objectsOf(pdf);
  const cmaps = new Map<number, Map<string, string>>();
  const cmapOfFont = (fontRef: number) => {
    if (!cmaps.has(fontRef)) {
      const ref = objects.get(fontRef)?.dict.match(/\/ToUnicode (\d+) 0 R/)?.[1];
      const stream = ref ? objects.get(Number(ref))?.stream : null;
      cmaps.set(fontRef, stream ? cmapOf(stream.toString('latin1')) : new Map());
    }
    return cmaps.get(fontRef)!;
  };
  const pages: string[] = [];
  for (const page of [...objects.values()].filter((o) => /\/Type \/Page\b/.test(o.dict))) {
    const resources = page.dict.match(/\/Resources (\d+) 0 R/)?.[1];
    const fontDict = (resources ? objects.get(Number(resources))!.dict : page.dict).match(/\/Font <<([\s\S]*?)>>/)?.[1] ?? '';
    const fonts = new Map([...fontDict.matchAll(/\/(\w+) (\d+) 0 R/g)].map((m) => [m[1]!, Number(m[2])]));
    const contents = page.dict.match(/\/Contents (\d+) 0 R/)?.[1];
    const stream = contents ? objects.get(Number(contents))?.stream?.toString('latin1') ?? '' : '';
    let cmap = new Map<string, string>();
    const lines: string[] = [];
    for (const op of stream.matchAll(/\/(\w+) [\d.]+ Tf|\[((?:<[0-9a-fA-F]*>|[-\d.\s])*)\]\s*TJ|<([0-9a-fA-F]*)>\s*Tj/g)) {
      if (op[1]) {
        cmap = fonts.has(op[1]) ? cmapOfFont(fonts.get(op[1])!) : new Map();
        continue;
      }
      const hex = op[2] !== undefined ? [...op[2].matchAll(/<([0-9a-fA-F]*)>/g)].map((m) => m[1]).join('') : op[3]!;
      lines.push((hex.toLowerCase().match(/.{4}/g) ?? []).map((code) => cmap.get(code) ?? '\uFFFD').join(''));
    }
    pages.push(lines.join('\n'));
  }
  return pages;
}
