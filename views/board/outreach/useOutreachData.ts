/** What the partner panel's outreach section shows, read straight from IndexedDB (no zod) for one partner. */
import { useEffect, useState } from 'preact/hooks';
import { readDatabase } from '@/lib/reads';
import type { ContactLogEntry, Introduction, OutreachTemplate, PartnerEvent } from '@/lib/domain/model';
import { readOutreachSettings, type OutreachSettings } from '@/lib/reads/settings';

export interface OutreachData {
  log: ContactLogEntry[];
  templates: OutreachTemplate[];
  settings: OutreachSettings;
  events: PartnerEvent[];
  introduction?: Introduction;
  /** Names of the organisations the log and the introduction refer to. */
  names: Map<string, string>;
}

export function useOutreachData(orgId: string, version: number): OutreachData | undefined {
  const [data, setData] = useState<OutreachData>();
  useEffect(() => {
    let current = true;
    void (async () => {
      await readDatabase(async (db) => {
        const [log, templates, settings, events, introduction] = await Promise.all([
          db.getAllFromIndex('contactLog', 'by-org', orgId),
          db.getAll('templates'),
          readOutreachSettings(db, navigator.language.split('-')[0]),
          db.getAll('events'),
          db.get('introductions', orgId),
        ]);
        const ids = [
          ...new Set(
            [introduction?.introducedBy, ...log.map((e) => e.outcome?.referredOrgId)].filter(
              (id): id is string => !!id,
            ),
          ),
        ];
        const orgs = await Promise.all(ids.map((id) => db.get('organisations', id)));
        const names = new Map(orgs.flatMap((org) => (org ? [[org.id, org.name] as const] : [])));
        if (current)
          setData({
            log: log.sort((a, b) => b.at.localeCompare(a.at)),
            templates,
            settings,
            events,
            introduction,
            names,
          });
      });
    })().catch(() => current && setData(undefined));
    return () => void (current = false);
  }, [orgId, version]);
  return data;
}
