import { stringify } from 'yaml';
import { ZipFile } from 'yazl';
import type { Entry, Insight, JournalDocument } from '../../../shared/domain';
import { entryFileNames } from '../../../shared/export/file-names';
import { INSIGHTS_MARKER } from '../../../shared/export/markdown-format';
import { stripForeignMarks } from '../../../shared/insight-marks';

const KIND_NAMES: Record<Insight['kind'], string> = {
  breakthrough: 'Breakthrough',
  pattern: 'Pattern',
  'small-win': 'Small win',
  'coping-skill': 'Coping skill',
  setback: 'Setback',
  blocker: 'Blocker',
  question: 'Question',
};

/** One entry as a Markdown file: YAML front matter, the text, then its insights. */
export function entryMarkdown(entry: Entry, insights: readonly Insight[]): string {
  const meta: Record<string, unknown> = { date: entry.date, title: entry.title };
  if (entry.mood !== undefined) meta.mood = entry.mood;
  meta.tags = entry.tags;
  meta.shareLevel = entry.shareLevel;
  // Marks tie passages to insights by id, which means nothing outside the app: the words stay.
  const body = entry.body.includes('<mark') ? stripForeignMarks(entry.body, new Set()) : entry.body;
  const parts = [`---\n${stringify(meta, { schema: 'core' })}---\n`, body.trimEnd() + '\n'];
  if (insights.length > 0) {
    parts.push(`\n${INSIGHTS_MARKER}\n\n## Insights\n\n${insights.map(insightItem).join('\n')}`);
  }
  return parts.join('');
}

function insightItem(insight: Insight): string {
  const details = [insight.arrival, insight.tone, insight.defence].filter(Boolean).join(', ');
  const head = `- **${KIND_NAMES[insight.kind]}**${details ? ` (${details})` : ''}`;
  const note = insight.note.trim() ? `: ${oneBlock(insight.note)}` : '';
  const quote = insight.quote?.trim() ? `\n  > ${oneBlock(insight.quote)}` : '';
  return `${head}${note}${quote}\n`;
}

/** Keeps a multi-line note inside its list item. */
const oneBlock = (text: string) => text.trim().replace(/\n+/g, '\n  ');

/** The zip of one Markdown file per entry, in date order; entries of the trash are not given. */
export async function markdownZip(doc: Readonly<JournalDocument>, at: Date): Promise<Buffer> {
  const entries = [...doc.entries].sort(
    (a, b) => a.date.localeCompare(b.date) || a.createdAt.localeCompare(b.createdAt),
  );
  const byEntry = new Map<string, Insight[]>();
  for (const insight of doc.insights) {
    const list = byEntry.get(insight.entryId) ?? [];
    list.push(insight);
    byEntry.set(insight.entryId, list);
  }
  const names = entryFileNames(entries);
  const zip = new ZipFile();
  entries.forEach((entry, i) => {
    zip.addBuffer(
      Buffer.from(entryMarkdown(entry, byEntry.get(entry.id) ?? []), 'utf8'),
      names[i]!,
      {
        mtime: at,
        mode: 0o100600,
      },
    );
  });
  zip.end();
  const chunks: Buffer[] = [];
  return new Promise<Buffer>((resolve, reject) => {
    zip.outputStream.on('data', (chunk: Buffer) => chunks.push(chunk));
    zip.outputStream.on('error', reject);
    zip.outputStream.on('end', () => resolve(Buffer.concat(chunks)));
  });
}
