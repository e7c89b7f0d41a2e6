// A test app in Lark mode against its own fake Lark server, both closed when the test ends.
import { onTestFinished } from 'vitest';
import { type FakeLarkServer, startFakeLarkServer } from '../fakes/fake-lark-server';
import { buildTestApp, type TestApp, type TestAppOptions } from './node-app';

/** Starts a fake Lark server and builds the app against it; closes both when the current test finishes. */
export async function buildFakeLarkApp(
  options: Omit<TestAppOptions, 'fakeLark'> = {},
): Promise<{ fake: FakeLarkServer; t: TestApp }> {
  const fake = await startFakeLarkServer();
  const t = buildTestApp({ fakeLark: fake, ...options });
  onTestFinished(async () => {
    await t.close();
    await fake.close();
  });
  return { fake, t };
}
