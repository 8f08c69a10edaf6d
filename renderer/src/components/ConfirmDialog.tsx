// Runs in the renderer. A modal question that must be answered before anything irreversible happens.
import type { ReactElement } from 'react';
import { useTranslation } from 'react-i18next';
import { Modal } from './Modal';

type Props = {
  open: boolean;
  title: string;
  message: string;
  confirmLabel: string;
  onConfirm: () => void;
  onCancel: () => void;
};

export function ConfirmDialog({ open, title, message, confirmLabel, onConfirm, onCancel }: Props): ReactElement {
  const { t } = useTranslation();
  return (
    <Modal open={open} title={title} onCancel={onCancel}>
      <p>{message}</p>
      <div className="dialog-actions">
        {/* Cancel first and focused: Enter on an accidental dialog keeps the data. */}
        <button type="button" autoFocus onClick={onCancel}>
          {t('common.cancel')}
        </button>
        <button type="button" className="danger" onClick={onConfirm}>
          {confirmLabel}
        </button>
      </div>
    </Modal>
  );
}
