import type { PostConfirmationTriggerEvent } from 'aws-lambda';
import { SignUpModule, SignUpService } from '../modules/account/sign-up.service';
import { eventContext } from '../shared/event-context';

const context = eventContext(SignUpModule);

/** Cognito post-confirmation: creates the keeper's user row and first tank (idempotent on retries). */
export async function handler(event: PostConfirmationTriggerEvent): Promise<PostConfirmationTriggerEvent> {
  if (event.triggerSource !== 'PostConfirmation_ConfirmSignUp') return event;
  const attributes = event.request.userAttributes;
  await (await context()).get(SignUpService).confirm(attributes.sub ?? event.userName, attributes);
  return event;
}
