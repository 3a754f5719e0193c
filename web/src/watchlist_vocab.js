// Watchlist vocabularies and who may do what (domain/roles.cpp:
// kWatchlistRead, kWatchlistManage).
export const WATCHLIST_TYPES = [
  'suspected_traffickers',
  'wanted_persons',
  'missing_persons',
  'flagged_phones',
  'flagged_accounts',
];
export const ACCOUNT_PLATFORMS = ['facebook', 'zalo', 'telegram', 'tiktok', 'whatsapp', 'other'];
export const WATCHLIST_READ_ROLES = ['frontline_officer', 'investigator', 'victim_support', 'commander'];
export const WATCHLIST_MANAGE_ROLES = ['investigator', 'commander'];
export const isPersonList = (type) => ['suspected_traffickers', 'wanted_persons', 'missing_persons'].includes(type);
// The CSV columns of a list type, required ones first (docs/watchlists.md).
export function importColumns(type) {
  if (isPersonList(type)) {
    return ['full_name', 'aliases', 'date_of_birth', 'sex', 'nationality', 'citizen_id', 'passport_number', 'phone',
      'address', 'notes', 'reason', 'source_ref', 'expires_on'];
  }
  if (type === 'flagged_phones') return ['phone', 'reason', 'source_ref', 'expires_on'];
  return ['platform', 'handle', 'reason', 'source_ref', 'expires_on'];
}
