import { useEffect, useState } from 'react';
import type { PassphraseAssessment } from '../../../../shared/passphrase/strength';

type Assess = (passphrase: string) => PassphraseAssessment;
let loading: Promise<Assess> | undefined;

/**
 * The estimator carries megabytes of dictionaries, so it is loaded (from the app's own files)
 * only on the screens that set a passphrase, not on every start. Null until it is ready.
 */
export function usePassphraseAssessment(passphrase: string): PassphraseAssessment | null {
  const [assess, setAssess] = useState<Assess | null>(null);
  useEffect(() => {
    let live = true;
    loading ??= import('../../../../shared/passphrase/strength').then((m) => m.assessPassphrase);
    void loading.then((fn) => live && setAssess(() => fn));
    return () => {
      live = false;
    };
  }, []);
  return assess ? assess(passphrase) : null;
}
