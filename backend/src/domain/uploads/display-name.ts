/** The longest file name shown for an upload; longer names keep their start and the extension. */
export const MAX_DISPLAY_NAME_LENGTH = 120;

// Control characters, bidirectional overrides and invisible characters: they can disguise a name
// (`report\u202Efdp.exe`) or break a line in the list of tests.
const INVISIBLE =
  // eslint-disable-next-line no-control-regex -- matching control characters is the point
  /[\u0000-\u001F\u007F-\u009F\u00AD\u061C\u115F\u1160\u180E\u200B-\u200F\u202A-\u202E\u2060-\u2064\u2066-\u206F\u3164\uFEFF\uFFA0]/g;
// Characters no file system takes in a name, so a name shown can also be saved back as is.
const RESERVED = /[<>:"|?*]/g;

/**
 * The name an uploaded file is shown with: only the last path segment, without invisible or
 * reserved characters, whitespace collapsed, at most 120 characters, still ending in `.pdf`.
 * The name is only ever shown; the object key never contains it.
 *
 * @example displayFileName('C:\\fakepath\\ICP  März\u202E.pdf') // 'ICP März.pdf'
 */
export function displayFileName(raw: string): string {
  const lastSegment = raw.split(/[/\\]/).pop() ?? '';
  let name = lastSegment
    .normalize('NFC')
    .replace(/[\t\n\r\v\f]/g, ' ')
    .replace(INVISIBLE, '')
    .replace(RESERVED, '_')
    .replace(/\s+/g, ' ')
    .trim();
  const hasPdf = /\.pdf$/i.test(name);
  let stem = hasPdf ? name.slice(0, -4).trim() : name;
  stem = stem.replace(/^[.\s]+/, ''); // no hidden-file or empty stem
  if (!stem) stem = 'report';
  const limit = MAX_DISPLAY_NAME_LENGTH - 4;
  if (stem.length > limit)
    stem = `${Array.from(stem)
      .slice(0, limit - 1)
      .join('')
      .trimEnd()}…`;
  name = `${stem}.pdf`;
  return name;
}
