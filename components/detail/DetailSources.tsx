import type { ComponentChildren } from 'preact';
import type { PastProject, Source } from '@/lib/domain/model';
import { PLATFORM_NAMES } from '@/lib/platforms/names';
import { formatDate } from '@/lib/i18n/format';
import { i18n } from '@/lib/i18n';
import { warningInWords } from '@/lib/i18n/warnings';
import { warningKey } from '@/lib/domain/warnings';

/** True only for http(s): any other address (javascript:, data:, file:…) is shown as text, never as a link. */
export function isWebLink(url: string | undefined): url is string {
  if (!url) return false;
  try {
    const { protocol } = new URL(url);
    return protocol === 'http:' || protocol === 'https:';
  } catch {
    return false;
  }
}

/** A link that opens in a new tab, or plain text when the address is not a web address. */
export function SafeLink({ url, children }: { url: string | undefined; children?: ComponentChildren }) {
  if (!isWebLink(url)) return <span class="bd-plain-url">{children ?? url}</span>;
  return (
    <a href={url} target="_blank" rel="noopener noreferrer">
      {children ?? url}
      <span class="bd-sr"> {i18n.t('common.opensInNewTab')}</span>
    </a>
  );
}

const PAGE_TYPES: Record<Source['pageType'], () => string> = {
  organisation: () => i18n.t('detail.sources.pageType.organisation'),
  'partner-request': () => i18n.t('detail.sources.pageType.partnerRequest'),
  project: () => i18n.t('detail.sources.pageType.project'),
  list: () => i18n.t('detail.sources.pageType.list'),
  unknown: () => i18n.t('detail.sources.pageType.unknown'),
};

/** Every page the partner was saved from, with a link back to it. */
export function DetailSources({ sources }: { sources: Source[] }) {
  return (
    <section class="bd-section" aria-labelledby="bd-sources-title">
      <h3 id="bd-sources-title">{i18n.t('detail.sources.title')}</h3>
      <ul class="bd-sources">
        {sources.map((source, index) => (
          <li key={`${source.url ?? ''}-${index}`}>
            <strong>{PLATFORM_NAMES[source.origin]}</strong> · {PAGE_TYPES[source.pageType]()} ·{' '}
            {i18n.t('detail.sources.savedOn', [formatDate(source.savedAt)])}
            {source.url && (
              <div class="bd-url">
                <SafeLink url={source.url}>{source.opportunity?.title ?? source.url}</SafeLink>
              </div>
            )}
            {source.warnings.length > 0 && (
              <ul class="bd-warnings" aria-label={i18n.t('detail.sources.warningsLabel')}>
                {source.warnings.map((warning) => (
                  <li key={warningKey(warning)}>{warningInWords(warning)}</li>
                ))}
              </ul>
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}

const ROLES: Record<NonNullable<PastProject['role']>, () => string> = {
  coordinator: () => i18n.t('detail.projects.role.coordinator'),
  partner: () => i18n.t('detail.projects.role.partner'),
  applicant: () => i18n.t('detail.projects.role.applicant'),
};

/**
 * The funded projects (from the Project Results Platform) this partner took part in: those recorded
 * on the organisation, then any project page it was saved from that is not among them (records
 * saved before projects were recorded). Newest call first.
 */
export function pastProjects(sources: Source[], recorded: PastProject[] = []): PastProject[] {
  const byKey = new Map<string, PastProject>();
  for (const project of recorded) byKey.set(project.identifier, project);
  const known = new Set(recorded.map((p) => p.url).filter(Boolean));
  for (const { opportunity: o, extracted } of sources) {
    if (o?.kind !== 'project' || known.has(o.url) || byKey.has(o.identifier ?? o.url)) continue;
    const role = extracted.role;
    byKey.set(o.identifier ?? o.url, {
      identifier: o.identifier ?? '',
      title: o.title,
      url: o.url,
      ...(o.action ? { action: o.action } : {}),
      ...(o.callYear ? { callYear: o.callYear } : {}),
      ...(role ? { role } : {}),
    });
  }
  return [...byKey.values()].sort((a, b) => (b.callYear ?? 0) - (a.callYear ?? 0));
}

/** "2023-1-PL01-KA220-SCH-000123456 · KA220-SCH · call 2023 · coordinator" */
export function projectFacts(project: PastProject): string {
  return [
    project.identifier,
    project.action,
    project.callYear ? i18n.t('detail.projects.call', [String(project.callYear)]) : '',
    project.role ? ROLES[project.role]() : '',
  ]
    .filter(Boolean)
    .join(' · ');
}

export function PastProjects({ sources, projects }: { sources: Source[]; projects?: PastProject[] }) {
  const list = pastProjects(sources, projects);
  return (
    <section class="bd-section" aria-labelledby="bd-projects-title">
      <h3 id="bd-projects-title">{i18n.t('detail.projects.title')}</h3>
      {list.length === 0 ? (
        <p class="bd-muted">{i18n.t('detail.projects.empty')}</p>
      ) : (
        <ul class="bd-projects">
          {list.map((project) => (
            <li key={project.identifier || project.url}>
              {project.url ? <SafeLink url={project.url}>{project.title}</SafeLink> : <span>{project.title}</span>}
              <div class="bd-muted">{projectFacts(project)}</div>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
