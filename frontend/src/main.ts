import { bootstrapApplication } from '@angular/platform-browser';
import { appConfig } from './app/app.config';
import { App } from './app/app';
import { showStartupFailure } from './app/startup-failure';

bootstrapApplication(App, appConfig).catch((error: unknown) => {
  console.error(error);
  showStartupFailure(document, error);
});
