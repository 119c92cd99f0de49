import { NavLink } from 'react-router';
import { ariaKeys, keysFor } from '../../../../shared/commands';
import { isMac, keysOf } from '../../lib/platform';
import { navBottom, navGroups } from './navigation';
import type { NavItem } from './navigation';
import styles from './Sidebar.module.css';

function Item({ item }: { item: NavItem }) {
  // NavLink marks the current screen with aria-current="page", also for an entry's address.
  return (
    <li>
      <NavLink to={item.to} className={styles.item}>
        {item.label}
      </NavLink>
    </li>
  );
}

/** The app's navigation; Lock and the shortcuts stay one click away on every screen. */
export function Sidebar({ onLock, onHelp }: { onLock: () => void; onHelp: () => void }) {
  return (
    <aside className={styles.sidebar}>
      <p className={styles.brand}>Between Sessions</p>
      <nav aria-label="Main" className={styles.nav}>
        {navGroups.map((group) => (
          <section key={group.label} aria-labelledby={`nav-${group.label}`}>
            <h2 id={`nav-${group.label}`} className={styles.group}>
              {group.label}
            </h2>
            <ul className={styles.list}>
              {group.items.map((item) => (
                <Item key={item.to} item={item} />
              ))}
            </ul>
          </section>
        ))}
        <ul className={styles.bottom}>
          {navBottom.map((item) => (
            <Item key={item.to} item={item} />
          ))}
        </ul>
      </nav>
      <div className={styles.actions}>
        <button
          type="button"
          className="quiet"
          onClick={onHelp}
          aria-keyshortcuts={ariaKeys(keysFor('app.help', isMac), isMac)}
        >
          Shortcuts
        </button>
        <button
          type="button"
          onClick={onLock}
          aria-keyshortcuts={ariaKeys(keysFor('app.lock', isMac), isMac)}
          title={`Lock (${keysOf('app.lock')})`}
        >
          Lock
        </button>
      </div>
    </aside>
  );
}
