// Runs in the renderer. Where the sides disagree on an item: each side's position and rating, open until settled.
import type { ReactElement } from 'react';
import { useTranslation } from 'react-i18next';
import { JointSides, type Positions } from '../../../../shared/domain/record';
import type { Language } from '../../../../shared/i18n/localized';
import { type RiskMethod } from '../../../../shared/risk/methods';
import { rateRisk } from '../../../../shared/risk/rate';
import { TextField } from '../../components/Field';
import { LevelBadge } from '../../components/LevelBadge';
import { RiskRating } from '../../components/RiskRating';
import { type PositionKey, removePositions, reopenPositions, saveOutcome, saveSidePosition, settlePositions } from '../../data/positions';
import { useWithActor } from '../../hooks/useActor';
import { useSave } from '../../hooks/useSave';

type Props = { positionKey: PositionKey; positions: Positions | undefined; method: RiskMethod; lang: Language; readOnly: boolean };

export function PositionsPanel({ positionKey, positions, method, lang, readOnly }: Props): ReactElement {
  const { t } = useTranslation();
  const save = useSave();
  const withActor = useWithActor();

  if (!positions) {
    return (
      <div className="positions">
        {!readOnly && (
          <button type="button" onClick={() => withActor((actor) => save(() => saveSidePosition(positionKey, 'worker', {}, actor.name)))}>
            {t('positions.start')}
          </button>
        )}
      </div>
    );
  }

  const open = positions.status === 'open';
  return (
    <fieldset className={`positions ${open ? 'positions-open' : 'positions-settled'}`} disabled={readOnly}>
      <legend>
        {t('positions.title')} <span className={`tag ${open ? 'tag-warn' : ''}`}>{open ? t('positions.open') : t('positions.settled')}</span>
      </legend>
      <div className="positions-sides">
        {JointSides.map((side) => {
          const own = positions[side];
          const level = rateRisk(method, own?.risk ?? null)?.level ?? null;
          return (
            <section key={side} className="position" aria-label={t(`side.${side}`)}>
              <h4>
                {t(`side.${side}`)} <LevelBadge level={level} />
              </h4>
              <TextField
                label={t('positions.position', { side: t(`side.${side}`) })}
                multiline
                maxLength={20000}
                value={own?.text ?? ''}
                onSave={(text) => withActor((actor) => save(() => saveSidePosition(positionKey, side, { text }, actor.name)))}
              />
              <details open={own?.risk != null}>
                <summary>{t('positions.rating', { side: t(`side.${side}`) })}</summary>
                <RiskRating
                  method={method}
                  rating={own?.risk ?? null}
                  lang={lang}
                  onChange={(change) => withActor((actor) => save(() => saveSidePosition(positionKey, side, (stored) => ({ risk: change(stored.risk) }), actor.name)))}
                />
              </details>
              {own && <p className="muted small">{t('positions.recordedBy', { name: own.recordedBy })}</p>}
            </section>
          );
        })}
      </div>
      <TextField label={t('positions.outcome')} multiline maxLength={20000} value={positions.outcome} onSave={(outcome) => save(() => saveOutcome(positionKey, outcome))} />
      <div className="row-actions">
        {open ? (
          <button type="button" onClick={() => save(() => settlePositions(positionKey, positions.outcome))}>
            {t('positions.settle')}
          </button>
        ) : (
          <button type="button" onClick={() => save(() => reopenPositions(positionKey))}>
            {t('positions.reopen')}
          </button>
        )}
        <button type="button" className="link" onClick={() => save(() => removePositions(positionKey))}>
          {t('positions.remove')}
        </button>
      </div>
    </fieldset>
  );
}
