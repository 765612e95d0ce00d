import type { RequestDetail } from '../../../../../electron/shared/requests';

/** What every step's form receives: the request as it is, and what to do once the step is recorded or abandoned. */
export interface ActionProps {
  detail: RequestDetail;
  onDone: (detail: RequestDetail) => void;
  onCancel: () => void;
}
