// `npm run dist` (after `npm run build`): the installers for this operating system, into release/.
// electron-builder downloads Electron's build for each target, and the tools that make AppImage,
// deb and NSIS installers; where that cannot happen, say so in one paragraph, not a stack trace.
import { build, Platform } from 'electron-builder';
import { downloadFailure, downloadFailureMessage } from './dist-failure';

const platform =
  process.platform === 'darwin'
    ? Platform.MAC
    : process.platform === 'win32'
      ? Platform.WINDOWS
      : Platform.LINUX;

try {
  const artifacts = await build({ targets: platform.createTarget(), publish: 'never' });
  console.log(['', 'Installers written:', ...artifacts.map((file) => `  ${file}`)].join('\n'));
} catch (error) {
  const failure = downloadFailure(error);
  if (!failure) throw error;
  console.error(downloadFailureMessage(failure, process.platform));
  process.exit(1);
}
