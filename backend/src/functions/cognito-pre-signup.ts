import type { PreSignUpTriggerEvent } from 'aws-lambda';
import { SignUpModule, SignUpService } from '../modules/account/sign-up.service';
import { eventContext } from '../shared/event-context';

const context = eventContext(SignUpModule);

/** Cognito pre-sign-up: a thrown error's message is shown to the person signing up. */
export async function handler(event: PreSignUpTriggerEvent): Promise<PreSignUpTriggerEvent> {
  (await context()).get(SignUpService).validate(event.request.userAttributes);
  return event;
}
