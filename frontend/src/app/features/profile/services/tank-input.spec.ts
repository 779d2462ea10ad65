import { checkTankInput, tankFieldErrorFrom } from './tank-input';

describe('checkTankInput', () => {
  const tank = {
    name: 'Frag tank',
    volume: 80 as number | null,
    volumeUnit: 'GAL' as const,
    dosingMethod: 'TRITON' as const,
    defaultLab: 'ATI' as const,
    timezone: 'Europe/Berlin',
  };

  it('accepts a complete tank', () => {
    expect(checkTankInput(tank)).toEqual({});
  });

  it('names each field that needs the keeper’s attention', () => {
    expect(checkTankInput({ ...tank, name: '  ', volume: null, timezone: '' })).toEqual({
      name: 'Give the tank a name.',
      volume: 'Enter the water volume, more than zero.',
      timezone: 'Choose the time zone the tank is in.',
    });
    expect(checkTankInput({ ...tank, name: 'x'.repeat(61), volume: -3 })).toMatchObject({
      name: 'Keep the name to 60 characters.',
      volume: 'Enter the water volume, more than zero.',
    });
  });

  it('checks the volume limit in litres, whatever unit was entered', () => {
    expect(checkTankInput({ ...tank, volume: 26_500, volumeUnit: 'GAL' }).volume).toContain(
      '100,000 litres',
    );
    expect(checkTankInput({ ...tank, volume: 26_000, volumeUnit: 'GAL' }).volume).toBeUndefined();
  });
});

describe('tankFieldErrorFrom', () => {
  it('puts the server’s message under the field it names', () => {
    expect(tankFieldErrorFrom('tanks.0.volume must be greater than zero')).toEqual({
      field: 'volume',
      message: 'Volume must be greater than zero.',
    });
    expect(
      tankFieldErrorFrom('tanks.1.timezone must be an IANA time zone such as Europe/Berlin'),
    ).toEqual({
      field: 'timezone',
      message: 'Time zone must be an IANA time zone such as Europe/Berlin.',
    });
    expect(tankFieldErrorFrom('volume must be at most 100000 litres')?.field).toBe('volume');
  });

  it('leaves a message about no tank field to the form', () => {
    expect(tankFieldErrorFrom('tanks must not name the same tankId twice')).toBeNull();
    expect(tankFieldErrorFrom('displayName must be 1 to 80 characters')).toBeNull();
  });
});
