import { currenciesOf } from '../../../../shared/therapy/money-totals';
import type { ProgressReport } from '../../../../shared/therapy/therapy-contract';
import { DataTable } from '../../ui/DataTable';
import { currencyName, formatMoney, formatMoneyAxis } from '../../lib/money';
import { formatHours, formatNumber, monthName } from './format';
import { MonthChart } from './MonthChart';
import { Section } from './Section';

const month = { label: 'Month', cell: (m: { month: string }) => monthName(m.month) };

/** Sessions per month and the hours in them, with the running total. */
export function SessionsSection({ report }: { report: ProgressReport }) {
  const { months, totals } = report;
  return (
    <Section id="progress-sessions" title="Sessions and time">
      {totals.sessions === 0 ? (
        <p>No sessions logged in this period.</p>
      ) : (
        <>
          <MonthChart
            label="Hours in sessions each month, and the running total"
            months={months.map((m) => m.month)}
            bars={[{ label: 'Hours', tone: 'accent', values: months.map((m) => m.minutes / 60) }]}
            line={{
              label: 'Running total',
              tone: 'ink',
              scale: 'own',
              values: totals.cumulative.map((c) => c.minutes / 60),
              format: formatNumber,
            }}
            format={formatNumber}
          />
          <DataTable
            caption="Sessions and hours per month"
            rowHeader={month}
            rows={months}
            columns={[
              { label: 'Sessions', cell: (m) => m.sessions.toLocaleString() },
              { label: 'Hours', cell: (m) => formatHours(m.minutes) },
              {
                label: 'Hours so far',
                cell: (_, i) => formatHours(totals.cumulative[i]!.minutes),
              },
            ]}
          />
        </>
      )}
    </Section>
  );
}

/** Money spent per month and so far, one chart and table per currency: never added together. */
export function MoneySection({ report }: { report: ProgressReport }) {
  const { months, totals } = report;
  const currencies = currenciesOf(totals.spent);
  return (
    <Section
      id="progress-money"
      title="Money spent"
      {...(currencies.length > 1
        ? { intro: 'Each currency is counted on its own; amounts are never converted or added.' }
        : {})}
    >
      {currencies.length === 0 ? (
        <p>No session costs logged in this period.</p>
      ) : (
        currencies.map((currency) => {
          const name = currencyName(currency);
          return (
            <div key={currency} className="stack">
              {currencies.length > 1 && <h3>{name}</h3>}
              <MonthChart
                label={`Money spent each month in ${name}, and the running total`}
                months={months.map((m) => m.month)}
                bars={[
                  {
                    label: 'Spent',
                    tone: 'amber',
                    values: months.map((m) => m.spent[currency] ?? 0),
                  },
                ]}
                line={{
                  label: 'Running total',
                  tone: 'ink',
                  scale: 'own',
                  values: totals.cumulative.map((c) => c.spent[currency] ?? 0),
                  format: (v) => formatMoneyAxis(v, currency),
                }}
                format={(v) => formatMoneyAxis(v, currency)}
              />
              <DataTable
                caption={`Money spent per month, in ${name}`}
                rowHeader={month}
                rows={months}
                columns={[
                  { label: 'Spent', cell: (m) => formatMoney(m.spent[currency] ?? 0, currency) },
                  {
                    label: 'Spent so far',
                    cell: (_, i) =>
                      formatMoney(totals.cumulative[i]!.spent[currency] ?? 0, currency),
                  },
                ]}
              />
            </div>
          );
        })
      )}
    </Section>
  );
}
