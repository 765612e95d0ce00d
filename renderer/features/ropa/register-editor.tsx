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
  onActivitySaved: (activity: Activity) => void;
  onProcessorSaved: (processor: Processor) => void;
  onTransferSaved: (transfer: Transfer) => void;
  onScreened: (activity: Activity) => void;
}

/** The open entry's form; a saved activity also shows its DPIA screening and the cases that name it. */
export function RegisterEditor({ editing, registers, onCancel, onActivitySaved, onProcessorSaved, onTransferSaved, onScreened }: RegisterEditorProps) {
  if (editing.kind === 'processor') return <ProcessorForm key={editing.entry?.id ?? 'new'} processor={editing.entry} processors={registers.processors} onSaved={onProcessorSaved} onCancel={onCancel} />;
  if (editing.kind === 'transfer') return <TransferForm key={editing.entry?.id ?? 'new'} transfer={editing.entry} processors={registers.processors} onSaved={onTransferSaved} onCancel={onCancel} />;
  const activity = editing.entry;
  return (
    <>
      <ActivityForm key={activity ? `${activity.id}-${activity.updatedAt}` : 'new'} activity={activity} processors={registers.processors} onSaved={onActivitySaved} onCancel={onCancel} />
      {activity ? (
        <>
          <DpiaScreeningForm key={`dpia-${activity.id}-${activity.updatedAt}`} activity={activity} onSaved={onScreened} />
          <section className="ropa-card">
            <LinkedCases kind="activity" id={activity.id} />
          </section>
        </>
      ) : null}
    </>
  );
}
