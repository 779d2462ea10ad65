import { aRodiElement, aTestElement } from '../../domain/reference/seed.factory';
import { DEFAULT_ICP_EXTRACTION_PROMPT, renderIcpPrompt } from './icp-extraction-prompt';

const panel = [
  aTestElement(),
  aTestElement({ elementId: 'phosphate', name: 'Phosphate', aliases: ['Phosphat', 'PO4'], reportedAs: 'PO4' }),
  aRodiElement(),
];

describe('renderIcpPrompt', () => {
  it('fills the lab, its panel with units, and the report text', () => {
    const sut = renderIcpPrompt(DEFAULT_ICP_EXTRACTION_PROMPT, { lab: 'OCEAMO', panel, text: 'Kupfer\tCu\t1,2\tµg/l' });
    expect(sut).toContain('the lab OCEAMO');
    expect(sut).toContain('- Bromine: Bromine, Brom, Br [mg/l]');
    expect(sut).toContain('- Phosphate: Phosphat, PO4 [mg/l PO4]');
    expect(sut).toContain('- Copper (RO): Copper (RO), Kupfer (Osmose) [µg/l]');
    expect(sut).toContain('<<<\nKupfer\tCu\t1,2\tµg/l\n>>>');
    expect(sut).not.toMatch(/\{\{\w+\}\}/);
  });

  it('appends the report to an edited template that forgot the {{text}} placeholder', () => {
    const sut = renderIcpPrompt('Read this {{lab}} report as JSON.', { lab: 'ATI', panel: [], text: 'Sodium 10780 mg/l' });
    expect(sut).toBe('Read this ATI report as JSON.\n\nReport text:\nSodium 10780 mg/l');
  });

  it('leaves text that merely looks like a placeholder alone', () => {
    expect(renderIcpPrompt('{{text}}', { lab: 'ATI', panel: [], text: 'a {{lab}} b $& c' })).toBe('a {{lab}} b $& c');
  });
});
