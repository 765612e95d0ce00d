import { useTranslation } from 'react-i18next';
import { CATEGORY_GROUPS, groupCategories } from './category-groups';
import type { DataCategory } from './facts-form-state';

interface CategoryGridProps {
  categories: readonly DataCategory[];
  value: DataCategory[];
  onValueChange: (value: DataCategory[]) => void;
  /** The group's legend where the grid serves another form (a register activity); the breach's own by default. */
  legend?: string;
}

/** The categories of data involved, as checkboxes in three groups: ordinary, financial and identity, special (Art. 9–10). */
export function CategoryGrid({ categories, value, onValueChange, legend }: CategoryGridProps) {
  const { t } = useTranslation();
  const groups = groupCategories(categories);
  const toggle = (category: DataCategory, on: boolean) =>
    onValueChange(on ? categories.filter((c) => c === category || value.includes(c)) : value.filter((c) => c !== category));
  return (
    <fieldset className="facts-group category-fieldset">
      <legend className="facts-group-title">{legend ?? t('breaches.facts.names.dataCategories')}</legend>
      {legend ? null : <p className="field-hint">{t('breaches.facts.categoriesHint')}</p>}
      {CATEGORY_GROUPS.map((group) => (
        <fieldset key={group} className={`category-group category-${group}`}>
          <legend className="category-group-title">{t(`breaches.facts.groups.${group}`)}</legend>
          <div className="category-grid">
            {groups[group].map((category) => (
              <label key={category} className="category-option">
                <input type="checkbox" checked={value.includes(category)} onChange={(event) => toggle(category, event.target.checked)} />
                <span>{t(`breaches.facts.categories.${category}`)}</span>
              </label>
            ))}
          </div>
        </fieldset>
      ))}
    </fieldset>
  );
}
