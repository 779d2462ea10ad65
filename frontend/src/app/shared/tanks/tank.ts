export type VolumeUnit = 'L' | 'GAL';
export type DosingMethod = 'TRITON' | 'FAUNA_MARIN' | 'CUSTOM';
export type IcpLab = 'OCEAMO' | 'TRITON' | 'ATI' | 'FAUNA_MARIN';

/** A keeper's tank as the API describes it; the volume is stored in litres, shown in `volumeUnit`. */
export interface Tank {
  readonly tankId: string;
  readonly name: string;
  readonly volumeLitres: number;
  readonly volumeUnit: VolumeUnit;
  readonly dosingMethod: DosingMethod;
  readonly defaultLab: IcpLab;
  /** IANA time zone; the tank's "today" for doses is its local date. */
  readonly timezone: string;
  /**
   * False for the tank RaM made at sign-up until the keeper confirms its name, volume, method, lab
   * and time zone: no dose amount is computed before that.
   */
  readonly setupConfirmed?: boolean;
}

/** A tank as `POST /user/save` takes it: without `tankId` it adds a tank. */
export interface TankInput {
  readonly tankId?: string;
  readonly name: string;
  readonly volume: number;
  readonly volumeUnit: VolumeUnit;
  readonly dosingMethod: DosingMethod;
  readonly defaultLab: IcpLab;
  readonly timezone: string;
}
