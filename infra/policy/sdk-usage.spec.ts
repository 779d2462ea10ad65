import { FUNCTION_NAMES } from '../../backend/src/catalogue';
import { COMMAND_ACTIONS, commandsSentBy, GATED_COMMANDS, requiredActionsOf, sourceFilesOf, UNSENT_COMMANDS } from './sdk-usage';

describe('what the backend code sends, per function', () => {
  it('finds the seed loader scanning and batch-writing the reference tables', () => {
    expect(commandsSentBy('seed-loader')).toEqual(['BatchWriteCommand', 'ScanCommand']);
    expect(requiredActionsOf('seed-loader').actions).toEqual(['dynamodb:BatchWriteItem', 'dynamodb:Scan']);
  });

  it('follows imports from the entry file only: the WebSocket authorizer reads nothing but the revocation tombstone', () => {
    expect(sourceFilesOf('ws-authorizer').some((f) => f.includes('repositories'))).toBe(false);
    expect(requiredActionsOf('ws-authorizer').actions).toEqual(['dynamodb:GetItem']);
  });

  it('knows the IAM action of every command any function sends', () => {
    for (const fn of FUNCTION_NAMES) expect([fn, requiredActionsOf(fn).unknownCommands]).toEqual([fn, []]);
  });

  it('asks for Bedrock only where the catalogue switches it on', () => {
    expect(commandsSentBy('account-api')).toContain('ConverseCommand');
    expect(requiredActionsOf('account-api').actions).not.toContain('bedrock:InvokeModel');
    expect(requiredActionsOf('upload-convert').actions).toContain('bedrock:InvokeModel');
    expect(Object.keys(GATED_COMMANDS).every((c) => COMMAND_ACTIONS[c])).toBe(true);
  });

  it('lists as unsent only commands the function really reaches, so the reviewed list cannot go stale', () => {
    for (const [fn, entry] of Object.entries(UNSENT_COMMANDS)) {
      const reached = commandsSentBy(fn as keyof typeof UNSENT_COMMANDS);
      expect([fn, entry!.commands.filter((c) => !reached.includes(c))]).toEqual([fn, []]);
    }
  });
});
