import { useEffect, useRef, useState } from 'react';
import { localDaySchema } from '../../../../shared/domain/primitives';
import { daysUntilNextSession, nextSessionText } from '../../../../shared/therapy/glance';
import { longDay, today } from '../../lib/dates';
import { messageOf } from '../../lib/result';
import { ErrorText } from '../../ui/ErrorText';
import { useSettings, useUpdateSettings } from '../settings/queries';
import fields from './Fields.module.css';

/** How long a typed date rests before it is saved: typing a year passes through "0002". */
const SETTLE_MS = 500;

/**
 * The next session's day, kept in Settings, so the journal screen can say how far off it is.
 * Saved once the date input holds a whole day and typing has paused; emptying the input does not
 * clear it (a half-typed date reads as empty too): the Clear button does.
 */
export function NextSessionField({ id = 'next-session' }: { id?: string }) {
  const settings = useSettings();
  const update = useUpdateSettings();
  const saved = settings.data?.nextSessionDate ?? '';
  const [value, setValue] = useState(saved);
  const input = useRef<HTMLInputElement>(null);
  const days = saved ? daysUntilNextSession(today(), saved) : null;

  // A change made elsewhere (Settings, another screen) shows here, unless the person is typing.
  useEffect(() => {
    if (document.activeElement !== input.current) setValue(saved);
  }, [saved]);

  const { mutate } = update;
  useEffect(() => {
    if (!value || value === saved || !localDaySchema.safeParse(value).success) return;
    const timer = setTimeout(() => mutate({ nextSessionDate: value }), SETTLE_MS);
    return () => clearTimeout(timer);
  }, [value, saved, mutate]);

  return (
    <div className="field">
      <label htmlFor={id}>Next session</label>
      <div className="row">
        <input
          ref={input}
          id={id}
          type="date"
          className={fields.input}
          value={value}
          aria-describedby={`${id}-hint`}
          onChange={(e) => setValue(e.target.value)}
        />
        {saved && (
          <button
            type="button"
            className="quiet"
            aria-label="Clear next session date"
            onClick={() => {
              setValue('');
              mutate({ nextSessionDate: null });
            }}
          >
            Clear
          </button>
        )}
      </div>
      <p className="hint" id={`${id}-hint`}>
        {!saved
          ? 'When you know the day of your next session, the journal will say how far off it is.'
          : days === null
            ? 'That day has passed. Set the next one when you know it.'
            : `${nextSessionText(days)}: ${longDay(saved)}.`}
      </p>
      <ErrorText>{update.error && messageOf(update.error)}</ErrorText>
    </div>
  );
}
