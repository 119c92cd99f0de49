import { NavLink } from 'react-router';
import { ariaKeys, keysFor } from '../../../../shared/commands';
import { isMac, keysOf } from '../../lib/platform';
import { navBottom, navGroups } from './navigation';
import type { NavItem } from './navigation';

function Item({ item }: { item: NavItem }) {
  // NavLink marks the current screen with aria-current="page", also for an entry's address.
  return (
    <li>
      <NavLink to={item.to} className="nav-item">
        {item.label}
      </NavLink>
    </li>
  );
}

/** The app's navigation; Lock and the shortcuts stay one click away on every screen. */
export function Sidebar({ onLock, onHelp }: { onLock: () => void; onHelp: () => void }) {
  return (
    <aside className="sidebar">
      <p className="brand">Between Sessions</p>
      <nav aria-label="Main" className="sidebar-nav">
        {navGroups.map((group) => (
          <section key={group.label} aria-labelledby={`nav-${group.label}`}>
            <h2 id={`nav-${group.label}`} className="nav-group">
              {group.label}
            </h2>
            <ul>
              {group.items.map((item) => (
                <Item key={item.to} item={item} />
              ))}
            </ul>
          </section>
        ))}
        <ul className="nav-bottom">
          {navBottom.map((item) => (
            <Item key={item.to} item={item} />
          ))}
        </ul>
      </nav>
      <div className="sidebar-actions">
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
