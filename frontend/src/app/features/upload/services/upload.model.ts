import type { ClosedReason } from '../../../core/profile/profile.model';
import type { IcpLab } from '../../../shared/tanks/tank';

/** `POST /test` with `validateOnly: true`: may this many reports be uploaded now? */
export interface UploadAllowance {
  readonly allowed: boolean;
  readonly reason?: ClosedReason;
  readonly limit?: number;
  readonly retryAt?: string;
  readonly fileCount: number;
}

/** `POST /test` for one report: the test it became and where to PUT the PDF. */
export interface UploadTicket {
  readonly testId: string;
  readonly status: string;
  readonly lab: IcpLab;
  readonly uploadUrl: string;
  readonly uploadMethod?: string;
  readonly uploadHeaders?: Readonly<Record<string, string>>;
  /** The exact size in bytes the upload link was signed for: storage refuses any other. */
  readonly uploadSize?: number;
  readonly expiresAt?: string;
}

/**
 * Where one picked report stands: refused before upload (`rejected`), waiting (`ready`), asking for
 * its upload link (`requesting`), sending (`uploading`), handed to RaM (`uploaded`), or `failed`.
 */
export type UploadFileStatus =
  'rejected' | 'ready' | 'requesting' | 'uploading' | 'uploaded' | 'failed';

export interface UploadFileState {
  /** Tells files with the same name apart. */
  readonly key: number;
  readonly file: File;
  readonly status: UploadFileStatus;
  /** Share of the bytes sent, 0 to 1. */
  readonly progress: number;
  /** Why the file was rejected or failed. */
  readonly message?: string;
  /** The test the upload created, once it has one. */
  readonly testId?: string;
  /** The lab the keeper chose for it, to tell when RaM read the report as another one. */
  readonly lab?: IcpLab;
}

/** The upload as a whole: idle, checking the plan, refused by the plan, sending, or done. */
export type UploadBatchState =
  | { readonly status: 'idle' | 'checking' | 'sending' | 'finished' }
  | { readonly status: 'refused'; readonly message: string };
