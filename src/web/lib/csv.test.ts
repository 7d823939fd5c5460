import { describe, expect, it } from 'vitest';
import { csvText } from './csv.ts';

describe('csvText', () => {
  it('writes a BOM, `;` between cells and CRLF after every line', () => {
    expect(csvText([['Vardas ir pavardė', 'Rezultatas'], ['Ona Žemaitė', 'Tinka']])).toBe('\ufeffVardas ir pavardė;Rezultatas\r\nOna Žemaitė;Tinka\r\n');
  });

  it('quotes cells holding the delimiter, quotes, line breaks or edge spaces', () => {
    expect(csvText([['gimimo data; savivaldybė', 'Jonas "Jonis"', 'a\nb', ' x']])).toBe('\ufeff"gimimo data; savivaldybė";"Jonas ""Jonis""";"a\nb";" x"\r\n');
  });

  it('turns cells that a spreadsheet would run as formulas into text', () => {
    expect(csvText([['=HYPERLINK("x")', '+370', '-1', '@a', 'Ona-Marija']])).toBe('\ufeff"\'=HYPERLINK(""x"")";\'+370;\'-1;\'@a;Ona-Marija\r\n');
  });
});
