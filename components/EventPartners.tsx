import type { PartnerSummary, Stage } from '@/lib/model';
import { countryLabel, formatDate } from '@/lib/format';
import { ManualPartnerForm, type ManualFields, type ManualOutcome } from './ManualPartnerForm';
import { PartnerPicker } from './PartnerPicker';
import { StagePill } from './StagePill';

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

const organisations = (n: number) => `${n} ${n === 1 ? 'organisation' : 'organisations'}`;

/** One event: who was met there (with their stage in the pipeline), add a saved partner or someone new. */
export function EventPartners(props: EventPartnersProps) {
  const { event, partners, stages } = props;
  const id = `event-${event.id}`;
  const stageName = (stageId: string) => stages.find((s) => s.id === stageId)?.name ?? stageId;
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
          <button type="button" class="pp-button" onClick={props.onEdit} aria-label={`Edit ${event.name}`}>
            Edit
          </button>
          <button type="button" class="pp-button bd-danger" onClick={props.onDelete} aria-label={`Delete ${event.name}`}>
            Delete
          </button>
        </div>
      </header>
      <h3 id={`${id}-met`}>Organisations met here ({organisations(partners.length)})</h3>
      {partners.length === 0 ? (
        <p class="bd-muted">Nobody yet. Add the organisations you met: pick saved partners, or add new ones by hand below.</p>
      ) : (
        <ul class="ii-members" aria-labelledby={`${id}-met`}>
          {partners.map((partner) => (
            <li key={partner.id} class="ii-member" style={{ borderLeftColor: props.colourOf(partner.stageId) }}>
              <span class="ii-member__who">
                <a href={`#org=${encodeURIComponent(partner.id)}`}>{partner.name}</a>
                <span class="bd-muted">{[countryLabel(partner.country) || 'no country', partner.city].filter(Boolean).join(' · ')}</span>
              </span>
              <StagePill name={stageName(partner.stageId)} colour={props.colourOf(partner.stageId)} />
              <button type="button" class="bd-link-button" aria-label={`Remove ${partner.name} from this event`} onClick={() => props.onRemove(partner.id)}>
                Remove
              </button>
            </li>
          ))}
        </ul>
      )}
      <div class="ii-event-add">
        <PartnerPicker id={`${id}-pick`} label="Add a saved partner" partners={props.candidates} onPick={props.onAdd} />
        <ManualPartnerForm key={event.id} id={`${id}-manual`} onSubmit={props.onAddByHand} onUseExisting={props.onAdd} />
      </div>
    </section>
  );
}
