import { useState } from 'preact/hooks';
import { CountrySelect } from '../shared/CountrySelect';
import { i18n } from '@/lib/i18n';

export interface ProbableView {
  orgId: string;
  name: string;
  country?: string;
}

export interface ReferralProps {
  id: string;
  /** Creates the organisation, or returns saved ones that look the same for the user to pick. */
  onRefer: (name: string, country: string | undefined) => Promise<ProbableView[] | 'done' | 'failed'>;
  onReferExisting: (orgId: string) => void;
}

/** "Referred to": the organisation's name (and country); a saved one that looks the same is offered instead. */
export function ReferralForm({ id, onRefer, onReferExisting }: ReferralProps) {
  const [name, setName] = useState('');
  const [country, setCountry] = useState('');
  const [probable, setProbable] = useState<ProbableView[]>([]);
  const submit = async (event: Event) => {
    event.preventDefault();
    if (!name.trim()) return;
    const result = await onRefer(name.trim(), country || undefined);
    setProbable(Array.isArray(result) ? result : []);
  };
  return (
    <form class="or-refer" onSubmit={(event) => void submit(event)}>
      <div class="bd-field">
        <label for={`${id}-name`}>{i18n.t('outreach.referral.name')}</label>
        <input id={`${id}-name`} required value={name} onInput={(event) => setName(event.currentTarget.value)} />
      </div>
      <div class="bd-field">
        <label for={`${id}-country`}>{i18n.t('outreach.referral.country')}</label>
        <CountrySelect
          id={`${id}-country`}
          value={country}
          noneLabel={i18n.t('outreach.referral.noCountry')}
          onChange={setCountry}
        />
      </div>
      <button type="submit" class="pp-button bd-primary">
        {i18n.t('outreach.referral.save')}
      </button>
      {probable.length > 0 && (
        <div role="group" aria-label={i18n.t('outreach.referral.probable')}>
          <p class="bd-hint">{i18n.t('outreach.referral.probable')}</p>
          {probable.map((match) => (
            <button key={match.orgId} type="button" class="pp-button" onClick={() => onReferExisting(match.orgId)}>
              {i18n.t('outreach.referral.use', [match.country ? `${match.name} (${match.country})` : match.name])}
            </button>
          ))}
        </div>
      )}
    </form>
  );
}
