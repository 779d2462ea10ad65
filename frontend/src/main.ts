import { bootstrapApplication } from '@angular/platform-browser';
import { appConfig } from './app/app.config';
import { EARLY_CONFIG, fetchConfigEarly } from './app/core/config/runtime-config.service';
import { App } from './app/app';
import { showStartupFailure } from './app/startup-failure';

// Asked for before Angular boots, so it arrives while the framework starts (see EARLY_CONFIG).
const earlyConfig = fetchConfigEarly();

bootstrapApplication(App, {
  providers: [...appConfig.providers, { provide: EARLY_CONFIG, useValue: earlyConfig }],
}).catch((error: unknown) => {
  console.error(error);
  showStartupFailure(document, error);
});
