import { existsSync, readFileSync } from 'fs';
import * as path from 'path';
import { FUNCTIONS, type FunctionDefinition, type FunctionName } from '../../backend/src/catalogue';

/** The backend's sources; each function's code starts at `functions/<name>.ts`. */
export const BACKEND_SOURCE_ROOT = path.resolve(__dirname, '..', '..', 'backend', 'src');

/**
 * The IAM actions each AWS SDK command needs, for the commands the backend sends. A command missing here
 * makes the sufficiency rule fail until someone says what it needs: a new call is never granted by guess.
 */
export const COMMAND_ACTIONS: Readonly<Record<string, readonly string[]>> = {
  GetCommand: ['dynamodb:GetItem'],
  GetItemCommand: ['dynamodb:GetItem'],
  QueryCommand: ['dynamodb:Query'],
  ScanCommand: ['dynamodb:Scan'],
  BatchGetCommand: ['dynamodb:BatchGetItem'],
  BatchGetItemCommand: ['dynamodb:BatchGetItem'],
  PutCommand: ['dynamodb:PutItem'],
  PutItemCommand: ['dynamodb:PutItem'],
  UpdateCommand: ['dynamodb:UpdateItem'],
  UpdateItemCommand: ['dynamodb:UpdateItem'],
  DeleteCommand: ['dynamodb:DeleteItem'],
  DeleteItemCommand: ['dynamodb:DeleteItem'],
  BatchWriteCommand: ['dynamodb:BatchWriteItem'],
  BatchWriteItemCommand: ['dynamodb:BatchWriteItem'],
  // IAM checks each item of a transaction as the single-item action it performs.
  TransactWriteCommand: ['dynamodb:PutItem', 'dynamodb:UpdateItem', 'dynamodb:DeleteItem', 'dynamodb:ConditionCheckItem'],
  SendMessageCommand: ['sqs:SendMessage'],
  SendMessageBatchCommand: ['sqs:SendMessage'],
  GetObjectCommand: ['s3:GetObject'],
  // Presigned PUT URLs are signed with the function's role, so the role itself must be allowed to put.
  PutObjectCommand: ['s3:PutObject'],
  ConverseCommand: ['bedrock:InvokeModel'],
  PostToConnectionCommand: ['execute-api:ManageConnections'],
  // HeadObject is authorised as GetObject; a copy reads the source and writes the target.
  HeadObjectCommand: ['s3:GetObject'],
  CopyObjectCommand: ['s3:GetObject', 's3:PutObject'],
  DeleteObjectCommand: ['s3:DeleteObject'],
  DeleteObjectsCommand: ['s3:DeleteObject'],
  GetParameterCommand: ['ssm:GetParameter'],
  SendEmailCommand: ['ses:SendEmail'],
  AdminDeleteUserCommand: ['cognito-idp:AdminDeleteUser'],
  GetCostAndUsageCommand: ['ce:GetCostAndUsage'],
  ListObjectsV2Command: ['s3:ListBucket'],
};

function resolveImport(from: string, specifier: string): string | undefined {
  const base = path.resolve(path.dirname(from), specifier);
  return [`${base}.ts`, path.join(base, 'index.ts')].find((candidate) => existsSync(candidate));
}

/** Every backend file a function's entry reaches through relative imports (type-only imports included: harmless). */
export function sourceFilesOf(fn: FunctionName, root = BACKEND_SOURCE_ROOT): string[] {
  const seen = new Set<string>();
  const pending = [path.join(root, 'functions', `${fn}.ts`)];
  while (pending.length > 0) {
    const file = pending.pop()!;
    if (seen.has(file)) continue;
    seen.add(file);
    const source = readFileSync(file, 'utf8');
    for (const match of source.matchAll(/(?:from|import)\s*\(?\s*['"](\.{1,2}\/[^'"]+)['"]/g)) {
      const target = resolveImport(file, match[1]);
      if (target) pending.push(target);
    }
  }
  return [...seen].filter((file) => !file.endsWith('.spec.ts')).sort();
}

/** The SDK command classes (`new XCommand(`) the function's code can construct. */
export function commandsSentBy(fn: FunctionName, root = BACKEND_SOURCE_ROOT): string[] {
  const commands = new Set<string>();
  for (const file of sourceFilesOf(fn, root)) {
    for (const match of readFileSync(file, 'utf8').matchAll(/new\s+(\w+Command)\s*\(/g)) commands.add(match[1]);
  }
  return [...commands].sort();
}

export interface RequiredActions {
  readonly actions: readonly string[];
  /** Commands with no entry in COMMAND_ACTIONS: the rule reports them rather than guess. */
  readonly unknownCommands: readonly string[];
}

/**
 * Commands whose code path only runs where the catalogue switches it on: reaching the code is not enough.
 * Reviewed: each reason says what stops the call elsewhere.
 */
export const GATED_COMMANDS: Readonly<Record<string, { readonly when: (fn: FunctionDefinition) => boolean; readonly why: string }>> = {
  ConverseCommand: {
    when: (fn) => fn.bedrock === true,
    why: 'Bedrock is called only when BEDROCK_MODEL_ID is set, and infra sets it only for functions marked bedrock',
  },
  SendMessageCommand: {
    when: (fn) => (fn.sendsTo ?? []).length > 0,
    why: 'a queue is reached only through its QUEUE_URL_* variable, set only for the sendsTo queues; elsewhere the send throws first',
  },
  SendMessageBatchCommand: {
    when: (fn) => (fn.sendsTo ?? []).length > 0,
    why: 'as SendMessageCommand',
  },
};

/**
 * Commands a function's files reach but its handler never sends, each with the reason. Reviewed by hand;
 * a test fails when an entry is no longer reachable, so the list cannot go stale.
 */
export const UNSENT_COMMANDS: Readonly<Partial<Record<FunctionName, { readonly commands: readonly string[]; readonly why: string }>>> = {
  'cognito-pre-signup': {
    commands: ['DeleteCommand', 'GetCommand', 'PutCommand', 'QueryCommand', 'TransactWriteCommand', 'UpdateCommand'],
    why: 'it shares SignUpService (and so the account repositories) with post-confirmation, but only calls validate(), which reads nothing',
  },
  'account-api': {
    commands: ['SendEmailCommand'],
    why: 'it serves the alert preferences (alerts/alerts.module.ts) beside the senders in the same file, but only alert-notify and weekly-summary send mail',
  },
};

let requirements: Partial<Record<FunctionName, RequiredActions>> | undefined;

/** What a function's execution role must allow, derived from its code (read once per process). */
export function requiredActionsOf(fn: FunctionName): RequiredActions {
  requirements ??= {};
  let found = requirements[fn];
  if (!found) {
    const unsent = new Set(UNSENT_COMMANDS[fn]?.commands ?? []);
    const commands = commandsSentBy(fn).filter((c) => !unsent.has(c) && (GATED_COMMANDS[c]?.when(FUNCTIONS[fn]) ?? true));
    found = {
      actions: [...new Set(commands.flatMap((c) => COMMAND_ACTIONS[c] ?? []))].sort(),
      unknownCommands: commands.filter((c) => !COMMAND_ACTIONS[c]),
    };
    requirements[fn] = found;
  }
  return found;
}
