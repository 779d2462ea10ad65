import { MAX_DISPLAY_NAME_LENGTH, displayFileName } from './display-name';

describe('the display name of an uploaded file', () => {
  it.each([
    ['ICP-2026-03.pdf', 'ICP-2026-03.pdf'],
    ['C:\\fakepath\\Oceamo März.pdf', 'Oceamo März.pdf'],
    ['../../etc/passwd.pdf', 'passwd.pdf'],
    ['report\u202Efdp.exe.pdf', 'reportfdp.exe.pdf'],
    ['tab\tand\nnewline.pdf', 'tab and newline.pdf'],
    ['zero\u200Bwidth\uFEFF.pdf', 'zerowidth.pdf'],
    ['<b>alert(1)</b>.pdf', 'b_.pdf'],
    ['a<b>:c|d?*.pdf', 'a_b__c_d__.pdf'],
    ['  spaced   out  .PDF', 'spaced out.pdf'],
    ['.pdf', 'report.pdf'],
    ['...hidden.pdf', 'hidden.pdf'],
    ['\u0000\u0001.pdf', 'report.pdf'],
    ['Mare\u0301.pdf', 'Maré.pdf'],
  ])('shows %j as %j', (raw, shown) => {
    expect(displayFileName(raw)).toBe(shown);
  });

  it('shortens a long name to the limit and keeps the extension', () => {
    const sut = displayFileName(`${'a'.repeat(300)}.pdf`);

    expect(sut).toHaveLength(MAX_DISPLAY_NAME_LENGTH);
    expect(sut.endsWith('….pdf')).toBe(true);
  });
});
