// class-transformer keeps its @Type metadata here; the package exports no other way to read it.
import { defaultMetadataStorage } from 'class-transformer/cjs/storage';
import { ValidationTypes, getMetadataStorage } from 'class-validator';

type Constructor = abstract new (...args: never[]) => unknown;

const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  value !== null && typeof value === 'object' && !Array.isArray(value);

/** The properties of a DTO validated as nested objects, with whether each is a list of them. */
function nestedProperties(dto: Constructor): { property: string; each: boolean; type?: Constructor }[] {
  const metadatas = getMetadataStorage().getTargetValidationMetadatas(dto as never, '', true, false);
  return metadatas
    .filter((m) => m.type === ValidationTypes.NESTED_VALIDATION)
    .map((m) => ({
      property: m.propertyName,
      each: m.each === true,
      type: defaultMetadataStorage.findTypeMetadata(dto, m.propertyName)?.typeFunction() as Constructor | undefined,
    }));
}

/**
 * Where a request body puts something other than an object into a field the DTO validates as a
 * nested object (class-validator lets `[]` and `[[]]` through there). Checked on the plain body
 * before transformation; one message per field, naming it by its dotted path.
 *
 * @example nestedShapeErrors(SaveProfileDto, { tanks: [[]] }) // ['tanks.0 must be an object']
 */
export function nestedShapeErrors(dto: Constructor, body: unknown, path = ''): string[] {
  if (!isPlainObject(body)) return [];
  const errors: string[] = [];
  for (const { property, each, type } of nestedProperties(dto)) {
    const value = body[property];
    if (value === undefined || value === null) continue; // presence is the DTO's own rule
    const field = path ? `${path}.${property}` : property;
    if (each) {
      if (!Array.isArray(value)) continue; // IsArray (or its absence) speaks for the list itself
      value.forEach((entry: unknown, index) => {
        if (!isPlainObject(entry)) errors.push(`${field}.${index} must be an object`);
        else if (type) errors.push(...nestedShapeErrors(type, entry, `${field}.${index}`));
      });
    } else if (!isPlainObject(value)) errors.push(`${field} must be an object`);
    else if (type) errors.push(...nestedShapeErrors(type, value, field));
  }
  return errors;
}
