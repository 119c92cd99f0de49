import { useNavigate } from 'react-router';
import { messageOf } from '../../lib/result';
import { ErrorText } from '../../ui/ErrorText';
import { Page } from '../../ui/Page';
import { useSettings } from '../settings/queries';
import { useCreateSession } from './queries';
import { sessionPath } from './session-format';
import { SessionForm } from './SessionForm';

/** Logging a session just attended (or one from before). */
export function NewSessionScreen() {
  const settings = useSettings();
  const create = useCreateSession();
  const navigate = useNavigate();
  return (
    <Page title="Log a session">
      <ErrorText>{settings.error && messageOf(settings.error)}</ErrorText>
      {settings.data && (
        <SessionForm
          defaultCurrency={settings.data.currency}
          submitLabel="Log session"
          onCancel={() => void navigate('/sessions')}
          onSubmit={async ({ cost, ...values }) => {
            const session = await create.mutateAsync({ ...values, ...(cost ? { cost } : {}) });
            await navigate(sessionPath(session.id), { state: { said: 'Session logged.' } });
          }}
        />
      )}
    </Page>
  );
}
