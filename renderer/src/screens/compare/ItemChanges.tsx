// Runs in the renderer. The item-by-item table of two visits, filterable to what changed; each item links to the later walk-through.
import { type ReactElement, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Answer, AssessmentId } from '../../../../shared/domain/assessment';
import { type Comparison, type ItemComparison, isChanged, type RiskChange } from '../../../../shared/followup/compare';
import type { Language } from '../../../../shared/i18n/localized';
import { type Item, type Pack, packItems } from '../../../../shared/packs/schema';
import { LevelBadge } from '../../components/LevelBadge';
import { useLang } from '../../hooks/useAssessment';
import { useUi } from '../../state/uiStore';

/** Arrows say the direction at a glance; the words beside them say it to everyone. */
const arrows: Record<RiskChange, string> = { up: '▲', down: '▼', same: '=', new: '+', removed: '−', unrated: '' };

type Props = {
  comparison: Comparison;
  laterId: AssessmentId;
  earlierPacks: readonly Pack[];
  laterPacks: readonly Pack[];
};

export function ItemChanges({ comparison, laterId, earlierPacks, laterPacks }: Props): ReactElement {
  const { t } = useTranslation();
  const lang = useLang();
  const navigate = useUi((s) => s.navigate);
  const [changedOnly, setChangedOnly] = useState(false);
  const changedCount = comparison.items.filter(isChanged).length;
  const shown = changedOnly ? comparison.items.filter(isChanged) : comparison.items;
  const itemIn = (packs: readonly Pack[], { packId, itemId }: ItemComparison): Item | undefined => {
    const pack = packs.find((p) => p.id === packId);
    return pack ? packItems(pack).find((i) => i.id === itemId) : undefined;
  };

  return (
    <>
      <label className="check">
        <input type="checkbox" checked={changedOnly} onChange={(e) => setChangedOnly(e.target.checked)} />
        {t('compare.changedOnly', { count: changedCount, total: comparison.items.length })}
      </label>
      {shown.length === 0 ? (
        <p className="muted">{t('compare.noChanges')}</p>
      ) : (
        <div className="table-wrap">
          <table className="data compare-items">
            <caption className="visually-hidden">{t('compare.itemsCaption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('compare.col.item')}</th>
                <th scope="col">{t('compare.col.earlierAnswer')}</th>
                <th scope="col">{t('compare.col.laterAnswer')}</th>
                <th scope="col">{t('compare.col.earlierRisk')}</th>
                <th scope="col">{t('compare.col.laterRisk')}</th>
                <th scope="col">{t('compare.col.change')}</th>
              </tr>
            </thead>
            {comparison.domains.map((domain) => {
              const rows = shown.filter((i) => i.packId === domain.packId);
              if (rows.length === 0) return null;
              return (
                <tbody key={domain.packId}>
                  <tr className="compare-domain">
                    <th scope="colgroup" colSpan={6}>
                      {domain.title[lang]}
                    </th>
                  </tr>
                  {rows.map((row) => {
                    const earlierItem = itemIn(earlierPacks, row);
                    const laterItem = itemIn(laterPacks, row);
                    const question = (laterItem ?? earlierItem)?.question[lang] ?? row.itemId;
                    return (
                      <tr key={row.itemId} className={isChanged(row) ? 'compare-changed' : undefined}>
                        <th scope="row">
                          {laterItem ? (
                            <a
                              href={`#/assessments/${laterId}/walk/${row.packId}/${row.itemId}`}
                              onClick={(e) => {
                                e.preventDefault();
                                navigate({ screen: 'walk', id: laterId, packId: row.packId, itemId: row.itemId });
                              }}
                            >
                              {question}
                            </a>
                          ) : (
                            question
                          )}
                        </th>
                        <td>{answerText(earlierItem, row.earlierValue, t, lang)}</td>
                        <td>{answerText(laterItem, row.laterValue, t, lang)}</td>
                        <td>
                          <LevelBadge level={row.earlierLevel} />
                        </td>
                        <td>
                          <LevelBadge level={row.laterLevel} />
                        </td>
                        <td>
                          <ChangeNotes row={row} />
                        </td>
                      </tr>
                    );
                  })}
                </tbody>
              );
            })}
          </table>
        </div>
      )}
    </>
  );
}

function ChangeNotes({ row }: { row: ItemComparison }): ReactElement {
  const { t } = useTranslation();
  const notes: string[] = [];
  if (row.answerChanged) notes.push(t('compare.answerChanged'));
  if (row.stillToRecheck) notes.push(t('compare.toRecheck'));
  if (row.questionChanged) notes.push(t('compare.questionChanged'));
  if (row.presence !== 'both') notes.push(t(`compare.presence.${row.presence}`));
  return (
    <ul className="compare-notes">
      {row.riskChange !== 'unrated' && (
        <li className={`risk-change risk-${row.riskChange}`}>
          <span aria-hidden="true">{arrows[row.riskChange]}</span> {t(`compare.risk.${row.riskChange}`)}
        </li>
      )}
      {notes.map((note) => (
        <li key={note}>{note}</li>
      ))}
    </ul>
  );
}

/** The answer as the walk-through words it: the standard answers and choice labels in the user's language, numbers with their unit. */
function answerText(item: Item | undefined, value: Answer['value'], t: (key: string) => string, lang: Language): ReactElement | string {
  if (value === null) return <span className="muted">{t('compare.notAnswered')}</span>;
  const type = item?.answerType;
  if (type?.kind === 'standard') return t(`answer.${value}`);
  if (type?.kind === 'choice') return type.options.find((o) => o.id === value)?.label[lang] ?? String(value);
  if (type?.kind === 'number' && type.unit) return `${value} ${type.unit[lang]}`;
  return String(value);
}
