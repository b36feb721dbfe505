import type { ComponentChildren } from 'preact';
import type { Opportunity, Source } from '@/lib/model';
import { PLATFORM_NAMES } from '@/lib/platforms';
import { formatDate } from '@/lib/format';

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
      <span class="bd-sr"> (opens in a new tab)</span>
    </a>
  );
}

const PAGE_TYPES: Record<Source['pageType'], string> = {
  organisation: 'organisation page',
  'partner-request': 'partner request',
  project: 'project page',
  list: 'list',
  unknown: 'page',
};

/** Every page the partner was saved from, with a link back to it. */
export function DetailSources({ sources }: { sources: Source[] }) {
  return (
    <section class="bd-section" aria-labelledby="bd-sources-title">
      <h3 id="bd-sources-title">Where you found it</h3>
      <ul class="bd-sources">
        {sources.map((source, index) => (
          <li key={`${source.url ?? ''}-${index}`}>
            <strong>{PLATFORM_NAMES[source.origin]}</strong> · {PAGE_TYPES[source.pageType]} · saved {formatDate(source.savedAt)}
            {source.url && (
              <div class="bd-url">
                <SafeLink url={source.url}>{source.opportunity?.title ?? source.url}</SafeLink>
              </div>
            )}
            {source.warnings.length > 0 && (
              <ul class="bd-warnings" aria-label="Needs checking">
                {source.warnings.map((warning) => (
                  <li key={warning}>{warning}</li>
                ))}
              </ul>
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}

/** The funded projects (from the Project Results Platform) this partner took part in. */
export function pastProjects(sources: Source[]): Opportunity[] {
  const byUrl = new Map<string, Opportunity>();
  for (const source of sources) if (source.opportunity?.kind === 'project') byUrl.set(source.opportunity.url, source.opportunity);
  return [...byUrl.values()].sort((a, b) => (b.callYear ?? 0) - (a.callYear ?? 0));
}

export function PastProjects({ sources }: { sources: Source[] }) {
  const projects = pastProjects(sources);
  return (
    <section class="bd-section" aria-labelledby="bd-projects-title">
      <h3 id="bd-projects-title">Past Erasmus+ projects</h3>
      {projects.length === 0 ? (
        <p class="bd-muted">None known. Save this organisation from a project on the Erasmus+ Project Results Platform to see what it did.</p>
      ) : (
        <ul class="bd-projects">
          {projects.map((project) => (
            <li key={project.url}>
              <SafeLink url={project.url}>{project.title}</SafeLink>
              <div class="bd-muted">{[project.identifier, project.action, project.callYear ? `call ${project.callYear}` : ''].filter(Boolean).join(' · ')}</div>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
