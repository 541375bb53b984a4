import { App, Validations } from 'aws-cdk-lib';
import { AwsSolutionsChecks } from 'cdk-nag';
import { buildApp } from './build-app';

// `npm run synth` (cdk synth --quiet) runs this file through tsx, see cdk.json.
const app = new App();
buildApp(app);

// cdk-nag v3 is a CDK validation plugin (no longer an Aspect): any finding that is not
// acknowledged with a reason (see infra/nag.ts) fails the synth.
Validations.of(app).addPlugins(new AwsSolutionsChecks(app, { verbose: true }));
