import type { PartnerSummary, Stage } from '@/lib/domain/model';
import { countryLabel, formatDate, formatNumber } from '@/lib/i18n/format';
import { i18n } from '@/lib/i18n';
import { stageNameById } from '@/lib/domain/stages';
import { ManualPartnerForm, type ManualOutcome } from '../shared/ManualPartnerForm';
import type { ManualFields } from '../shared/manual-draft';
import { PartnerPicker } from '../board/PartnerPicker';
import { StagePill } from '../board/StagePill';

interface EventPartnersProps {
  event: { id: string; name: string; date: string; place?: string };
  /** The organisations met there, as the board lists them. */
  partners: PartnerSummary[];
  /** Saved partners not in the event yet. */
  candidates: PartnerSummary[];
  stages: Stage[];
  colourOf: (stageId: string) => string;
  onAdd: (orgId: string) => void;
  onRemove: (orgId: string) => void;
  onAddByHand: (fields: ManualFields, keepSeparate: boolean) => Promise<ManualOutcome>;
  onEdit: () => void;
  onDelete: () => void;
}

const organisations = (n: number) => i18n.t('events.detail.organisations', n, [formatNumber(n)]);

/** One event: who was met there (with their stage in the pipeline), add a saved partner or someone new. */
export function EventPartners(props: EventPartnersProps) {
  const { event, partners, stages } = props;
  const id = `event-${event.id}`;
  const stageName = (stageId: string) => stageNameById(stages, stageId);
  return (
    <section class="ii-event-detail" aria-labelledby={`${id}-title`}>
      <header class="ii-card__head">
        <div>
          <h2 id={`${id}-title`} tabIndex={-1}>
            {event.name}
          </h2>
          <p class="bd-muted">{[formatDate(event.date), event.place].filter(Boolean).join(' · ')}</p>
        </div>
        <div class="bd-inline">
          <button
            type="button"
            class="pp-button"
            onClick={props.onEdit}
            aria-label={i18n.t('events.detail.editLabel', [event.name])}
          >
            {i18n.t('common.edit')}
          </button>
          <button
            type="button"
            class="pp-button bd-danger"
            onClick={props.onDelete}
            aria-label={i18n.t('events.detail.deleteLabel', [event.name])}
          >
            {i18n.t('common.delete')}
          </button>
        </div>
      </header>
      <h3 id={`${id}-met`}>{i18n.t('events.detail.metHere', [organisations(partners.length)])}</h3>
      {partners.length === 0 ? (
        <p class="bd-muted">{i18n.t('events.detail.nobody')}</p>
      ) : (
        <ul class="ii-members" aria-labelledby={`${id}-met`}>
          {partners.map((partner) => (
            <li key={partner.id} class="ii-member" style={{ borderLeftColor: props.colourOf(partner.stageId) }}>
              <span class="ii-member__who">
                <a href={`#org=${encodeURIComponent(partner.id)}`}>{partner.name}</a>
                <span class="bd-muted">
                  {[countryLabel(partner.country) || i18n.t('common.noCountry'), partner.city]
                    .filter(Boolean)
                    .join(' · ')}
                </span>
              </span>
              <StagePill name={stageName(partner.stageId)} colour={props.colourOf(partner.stageId)} />
              <button
                type="button"
                class="bd-link-button"
                aria-label={i18n.t('events.detail.removeLabel', [partner.name])}
                onClick={() => props.onRemove(partner.id)}
              >
                {i18n.t('common.remove')}
              </button>
            </li>
          ))}
        </ul>
      )}
      <div class="ii-event-add">
        <PartnerPicker
          id={`${id}-pick`}
          label={i18n.t('events.detail.addPartner')}
          partners={props.candidates}
          onPick={props.onAdd}
        />
        <ManualPartnerForm
          key={event.id}
          id={`${id}-manual`}
          onSubmit={props.onAddByHand}
          onUseExisting={props.onAdd}
        />
      </div>
    </section>
  );
}
