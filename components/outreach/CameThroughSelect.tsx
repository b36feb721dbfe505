import { SourceOriginSchema } from '@/lib/domain/model';
import { PLATFORM_NAMES } from '@/lib/platforms/names';
import { i18n } from '@/lib/i18n';

/** Every platform of the registry, then "added by hand". */
const ORIGINS = SourceOriginSchema.options;

/** How a partner came: a platform, an introduction, an event. */
export function CameThroughSelect({ value, onChange }: { value: string; onChange: (value: string) => void }) {
  return (
    <div class="bd-search">
      <label for="bd-came-through" class="bd-sr">
        {i18n.t('outreach.filter.label')}
      </label>
      <select id="bd-came-through" value={value} onChange={(event) => onChange(event.currentTarget.value)}>
        <option value="">{i18n.t('outreach.filter.any')}</option>
        <option value="introduced">{i18n.t('outreach.filter.introduced')}</option>
        <option value="event">{i18n.t('outreach.filter.event')}</option>
        {ORIGINS.map((origin) => (
          <option key={origin} value={origin}>
            {PLATFORM_NAMES[origin]}
          </option>
        ))}
      </select>
    </div>
  );
}
