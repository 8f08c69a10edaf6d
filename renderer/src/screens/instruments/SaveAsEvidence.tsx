// Runs in the renderer. "Save as evidence on item…": choose the item (the one that asks for it preselected), caption it, store it.
import { type ReactElement, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { InstrumentResult } from '../../../../shared/instruments/result';
import { Modal } from '../../components/Modal';
import { saveInstrumentEvidence } from '../../data/instrumentEvidence';
import { useWithActor } from '../../hooks/useActor';
import type { AssessmentView } from '../../hooks/useAssessment';
import { useUi } from '../../state/uiStore';
import { itemKey, itemPlaces } from '../actions/actionPlan';
import { isReadOnly } from '../evidence/EvidenceScreen';
import { preferredItem } from './itemChoice';
import { initialItemKey, ItemPicker, refFromKey } from './ItemPicker';

type Props = {
  readonly view: AssessmentView;
  /** Null while there is nothing to save (the button is then disabled). */
  readonly result: InstrumentResult | null;
  readonly caption: string;
};

export function SaveAsEvidence({ view, result, caption }: Props): ReactElement {
  const { t } = useTranslation();
  const withActor = useWithActor();
  const setNotice = useUi((s) => s.setNotice);
  const captionId = useId();
  const [open, setOpen] = useState(false);
  const [chosen, setChosen] = useState('');
  const [text, setText] = useState('');
  const readOnly = isReadOnly(view.assessment);

  const start = (): void => {
    if (!result) return;
    setChosen(initialItemKey(view.packs, preferredItem(result)));
    setText(caption);
    setOpen(true);
  };

  const save = (): void => {
    const item = refFromKey(chosen);
    if (!result || !item) return;
    setOpen(false);
    withActor((actor) => {
      const place = itemPlaces(view.packs).get(itemKey(item));
      saveInstrumentEvidence({ assessmentId: view.assessment.id, item, result, caption: text.trim(), addedBy: actor }).then(
        () => setNotice({ kind: 'success', message: t('instruments.save.saved', { number: place?.number ?? item.itemId }) }),
        (error: unknown) => setNotice({ kind: 'error', message: t('instruments.save.failed', { detail: error instanceof Error ? error.message : String(error) }) }),
      );
    });
  };

  return (
    <>
      <button type="button" onClick={start} disabled={!result || readOnly} title={readOnly ? t('instruments.save.readOnly') : undefined}>
        {t('instruments.save.button')}
      </button>
      <Modal open={open} title={t('instruments.save.title')} onCancel={() => setOpen(false)}>
        {result && (
          <>
            <p className="hint">{t('instruments.save.intro')}</p>
            <ItemPicker packs={view.packs} value={chosen} onChange={setChosen} label={t('instruments.save.item')} suggested={preferredItem(result)} />
            <div className="field">
              <label htmlFor={captionId}>{t('instruments.save.caption')}</label>
              <input id={captionId} value={text} maxLength={2000} onChange={(e) => setText(e.target.value)} />
            </div>
          </>
        )}
        <div className="dialog-actions">
          <button type="button" onClick={() => setOpen(false)}>
            {t('common.cancel')}
          </button>
          <button type="button" className="primary" onClick={save} disabled={refFromKey(chosen) === null}>
            {t('instruments.save.confirm')}
          </button>
        </div>
      </Modal>
    </>
  );
}
