/** A keeper's tank as the API describes it. */
export interface Tank {
  readonly tankId: string;
  readonly name: string;
  readonly volumeLitres: number;
  readonly dosingMethod: string;
  readonly defaultLab: string;
  readonly timezone: string;
}
