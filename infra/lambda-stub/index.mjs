// Stand-in asset used only when CDK context `skipBundling` is true (fast infrastructure tests).
// It is never deployed: `npm run synth` and `cdk deploy` always bundle the real handlers.
export const handler = async () => {
  throw new Error('lambda-stub: synthesized with skipBundling=true, not deployable');
};
