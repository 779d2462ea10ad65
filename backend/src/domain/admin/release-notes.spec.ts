import { parseReleaseNotes } from './release-notes';

describe('parseReleaseNotes', () => {
  it.each([
    ['an empty file', '', []],
    ['text before the first release', '# Changelog\n\nAll notable changes.\n', []],
    [
      'one release with a date',
      '## [0.2.0] - 2026-12-01\n- Admin console\n* Cost view\n',
      [{ version: '0.2.0', date: '2026-12-01', notes: ['Admin console', 'Cost view'] }],
    ],
    [
      'an unreleased section without a date',
      '## [Unreleased]\n- Work in progress\n',
      [{ version: 'Unreleased', notes: ['Work in progress'] }],
    ],
    [
      'sub-headings prefixing their bullets',
      '## [0.1.0] - 2026-11-01\n### Added\n- Uploads\n### Fixed\n- A crash\n',
      [{ version: '0.1.0', date: '2026-11-01', notes: ['Added: Uploads', 'Fixed: A crash'] }],
    ],
    [
      'two releases in file order',
      '## [0.2.0] - 2026-12-01\n- B\n\n## [0.1.0] - 2026-11-01\n- A\n',
      [
        { version: '0.2.0', date: '2026-12-01', notes: ['B'] },
        { version: '0.1.0', date: '2026-11-01', notes: ['A'] },
      ],
    ],
  ])('%s', (_label, markdown, expected) => {
    expect(parseReleaseNotes(markdown)).toEqual(expected);
  });
});
