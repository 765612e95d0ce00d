import { useTranslation } from 'react-i18next';
import { useApi } from '../../lib/use-api';
import { FilterSelect } from '../requests/inbox/filter-select';
import type { InboxFilters } from '../requests/inbox/inbox-filters';

/** The inbox's role filter: every request, ours as controller, any client's as processor, or one client's. */
export function RoleFilter({ value, onChange }: { value: InboxFilters['role']; onChange: (role: InboxFilters['role']) => void }) {
  const { t } = useTranslation();
  const clients = useApi('clients.list', {}).data ?? [];
  const options: { value: InboxFilters['role']; label: string }[] = [
    { value: '', label: t('clients.capacity.filterAll') },
    { value: 'controller', label: t('clients.capacity.filterController') },
    { value: 'processor', label: t('clients.capacity.filterProcessor') },
    ...clients.map((c) => ({ value: `client:${c.id}` as const, label: t('clients.capacity.badge', { client: c.name }) })),
  ];
  return <FilterSelect<InboxFilters['role']> label={t('clients.capacity.filter')} value={value} options={options} onChange={onChange} />;
}
