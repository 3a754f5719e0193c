// The API's vocabularies the pages offer as choices, in workflow or display
// order (the same values as src/http/openapi.json; labels are in i18n/).
export const CASE_STATUSES = [
  'reported',
  'under_verification',
  'under_investigation',
  'transferred_to_procuracy',
  'prosecuted',
  'closed',
  'dismissed',
  'merged',
];

export const TRAFFICKING_FORMS = [
  'sexual_exploitation',
  'forced_labour',
  'forced_criminality',
  'forced_marriage',
  'organ_removal',
  'other',
];

export const RECRUITMENT_CHANNELS = ['online_platform', 'broker', 'acquaintance', 'relative', 'other', 'unknown'];

// Roles that may create cases: a copy of the server's permission table
// (src/domain/roles.cpp, kCaseCreate), used only to offer the button; the
// server decides (403 otherwise).
export const CASE_CREATE_ROLES = ['frontline_officer', 'investigator', 'commander'];
