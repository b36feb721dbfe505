/**
 * The open card of a record page's panel: what was read (and by which rule), the question
 * "Looks like …", the note, the fields. The page's notice is PageNotice's own (the warnings' block).
 */
import type { FieldMark } from '@/components/page/FieldRows';
import type { PanelField } from '@/lib/domain/organisation-fields';
import { PageNotice } from '@/components/page/PageNotice';
import { PartnerCard } from '@/components/page/PartnerCard';
import { ProbableMatchPrompt } from '@/components/shared/ProbableMatchPrompt';
import { QuickNote } from '@/components/page/QuickNote';
import { SetAsideNotices } from '@/components/rules/SetAsideNotices';
import { fieldLabel } from '@/lib/i18n/field-labels';
import { i18n } from '@/lib/i18n';
import type { ExtractedOrganisation, ExtractionResult } from '@/lib/domain/model';
import { sendMessage } from '@/lib/protocol/send';
import { PanelFields } from './PanelFields';
import { ReportPage } from './ReportPage';
import type { PanelForm } from './usePanelForm';
import type { PickOnPageState } from './usePickOnPage';
import type { Resolution, SavedPartner } from './useSavedPartner';

interface RecordCardProps {
  extraction: ExtractionResult;
  partner: SavedPartner;
  form: PanelForm;
  pick: PickOnPageState;
  marks: Record<PanelField, FieldMark>;
  dirty: boolean;
  onSubmit: () => void;
  onSave: (organisation: ExtractedOrganisation, resolution: Resolution) => void;
  onClose: () => void;
}

function headingOf({ saved, pending, read }: SavedPartner): string {
  if (saved) return i18n.t('page.headingSaved', [saved.name, saved.stageName]);
  if (pending) return i18n.t('page.headingProbable');
  return read ? i18n.t('page.headingNotSaved') : i18n.t('page.headingByHand');
}

export function RecordCard(props: RecordCardProps) {
  const { extraction, partner, form, pick, marks, dirty, onSubmit, onSave, onClose } = props;
  const { read, saved, pending } = partner;
  const notices = pick.notices.map((notice) => ({ ...notice, id: notice.ruleId, field: fieldLabel(notice.field) }));
  return (
    <PartnerCard
      heading={headingOf(partner)}
      notice={<PageNotice warnings={extraction.warnings} handEntry={!read} check />}
      stages={partner.stages}
      stageId={saved?.stageId}
      dirty={dirty}
      status={partner.status}
      error={partner.error}
      submitLabel={saved ? i18n.t('page.saveCorrections') : i18n.t('page.savePartner')}
      onStageChange={(id) => void partner.setStage(id)}
      onSubmit={onSubmit}
      onOpenBoard={() => void sendMessage({ type: 'pipeline.open' })}
      onClose={onClose}
      footer={<ReportPage />}
    >
      <SetAsideNotices notices={notices} onDismiss={pick.dismissNotices} />
      {pending && (
        <ProbableMatchPrompt
          matches={pending.matches}
          onMerge={(orgId) => onSave(pending.organisation, { mergeInto: orgId })}
          onKeepSeparate={() => onSave(pending.organisation, { keepSeparate: true })}
        />
      )}
      {saved && <QuickNote lastNote={saved.lastNote} onAdd={(text) => void partner.addNote(text)} />}
      <PanelFields
        values={form.values}
        marks={marks}
        errors={form.errors}
        onChange={form.setField}
        pick={pick}
        pickEverywhere={!read || saved !== null}
        busy={partner.busy}
      />
    </PartnerCard>
  );
}
