import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Activity, Processor, Transfer } from '../../../electron/shared/registers';
import { ActivityForm } from './activity-form';
import { DpiaScreeningForm } from './dpia-screening-form';
import { LinkedCases } from './linked-cases';
import { ProcessorForm } from './processor-form';
import { TransferForm } from './transfer-form';
import type { RegistersView } from './use-registers';

/** Which entry is open: a kind and the entry, or null for a new one. */
export type Editing = { kind: 'activity'; entry: Activity | null } | { kind: 'processor'; entry: Processor | null } | { kind: 'transfer'; entry: Transfer | null };

interface RegisterEditorProps {
  editing: Editing;
  registers: RegistersView;
  onCancel: () => void;
  /** `screeningUnsaved`: the DPIA screening beside the activity still holds typing, so the entry stays open. */
  onActivitySaved: (activity: Activity, screeningUnsaved: boolean) => void;
  onProcessorSaved: (processor: Processor) => void;
  onTransferSaved: (transfer: Transfer) => void;
  onScreened: (activity: Activity) => void;
}

/**
 * The open entry's form; a saved activity also shows its DPIA screening and the cases that name it.
 * The activity and its screening are two forms over one record: the forms are keyed by the
 * activity alone, so saving one never remounts the other and its typing stays; closing the
 * activity asks first while the screening holds typing.
 */
export function RegisterEditor({ editing, registers, onCancel, onActivitySaved, onProcessorSaved, onTransferSaved, onScreened }: RegisterEditorProps) {
  const { t } = useTranslation();
  const [screeningUnsaved, setScreeningUnsaved] = useState(false);
  if (editing.kind === 'processor') return <ProcessorForm key={editing.entry?.id ?? 'new'} processor={editing.entry} processors={registers.processors} onSaved={onProcessorSaved} onCancel={onCancel} />;
  if (editing.kind === 'transfer') return <TransferForm key={editing.entry?.id ?? 'new'} transfer={editing.entry} processors={registers.processors} onSaved={onTransferSaved} onCancel={onCancel} />;
  const activity = editing.entry;
  const cancel = () => {
    if (screeningUnsaved && !window.confirm(t('ropa.dpia.closeUnsaved'))) return;
    onCancel();
  };
  return (
    <>
      <ActivityForm key={activity?.id ?? 'new'} activity={activity} processors={registers.processors} onSaved={(saved) => onActivitySaved(saved, screeningUnsaved)} onCancel={cancel} />
      {activity ? (
        <>
          <DpiaScreeningForm key={`dpia-${activity.id}`} activity={activity} onSaved={onScreened} onUnsavedChange={setScreeningUnsaved} />
          <section className="ropa-card">
            <LinkedCases kind="activity" id={activity.id} />
          </section>
        </>
      ) : null}
    </>
  );
}
