import { t } from '../common/i18n';
import { MediaError } from './media';
import { StorageFullError } from './signs';

/** What a failure means to the contributor; the take stays in the database whatever happened. */
export function describeFailure(error: unknown): string {
  if (error instanceof StorageFullError || (error as DOMException)?.name === 'QuotaExceededError') return t('studio_error_storage_full');
  if (error instanceof MediaError) return t(`studio_error_${error.reason.replace(/-/g, '_')}`);
  if (error instanceof Error && error.message === 'no-recorder') return t('studio_error_no_recorder');
  return t('studio_error_generic', error instanceof Error ? error.message : String(error));
}
