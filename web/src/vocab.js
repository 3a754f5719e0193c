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

// Statuses a case can still leave (the final ones are closed, dismissed, merged).
export const OPEN_STATUSES = CASE_STATUSES.filter((s) => !['closed', 'dismissed', 'merged'].includes(s));

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
// kCaseUpdate: the same roles.
export const CASE_UPDATE_ROLES = CASE_CREATE_ROLES;

export const PERSON_ROLES = ['victim', 'suspect', 'witness', 'reporter'];
export const SEXES = ['female', 'male', 'unknown'];
export const EVIDENCE_KINDS = ['document', 'photo', 'video', 'audio', 'chat_log', 'financial_record', 'other'];

// Roles that may add persons and evidence (kPersonWrite, kEvidenceWrite in
// src/domain/roles.cpp); as above, only to offer the forms.
export const PERSON_WRITE_ROLES = ['frontline_officer', 'investigator', 'victim_support'];
export const EVIDENCE_WRITE_ROLES = ['frontline_officer', 'investigator'];

// Whether any of `roles` is in `allowed`.
export const mayDo = (roles, allowed) => roles.some((r) => allowed.includes(r));

export const USER_ROLES = [
  'frontline_officer',
  'investigator',
  'victim_support',
  'commander',
  'analyst',
  'trainer',
  'partner_liaison',
  'admin',
];
// kCaseRead and kUserManage holders, to choose the navigation and home page.
export const CASE_READ_ROLES = ['frontline_officer', 'investigator', 'victim_support', 'commander', 'analyst'];
export const USER_ADMIN_ROLES = ['admin'];
// kStatisticsRead and kStatisticsExport holders.
export const STATISTICS_READ_ROLES = CASE_READ_ROLES;
export const STATISTICS_EXPORT_ROLES = ['commander', 'analyst'];
// POST /api/v1/screen (the screen permission).
export const SCREEN_ROLES = ['frontline_officer', 'investigator', 'victim_support', 'commander'];
// kLinkReview (domain/roles.cpp): the cross-case link review queue.
export const LINK_REVIEW_ROLES = ['investigator', 'commander'];

// Event kinds a person may record; status_change is recorded by transitions.
export const EVENT_KINDS = [
  'report',
  'interview',
  'rescue',
  'reception',
  'arrest',
  'border_crossing',
  'transfer',
  'referral',
  'note',
  'other',
];
// kEventWrite holders.
export const EVENT_WRITE_ROLES = ['frontline_officer', 'investigator', 'victim_support', 'commander'];

// Kinds of identifiers recorded on a case (GET/POST /api/v1/cases/{id}/identifiers).
export const IDENTIFIER_KINDS = ['phone', 'account', 'bank_account', 'vehicle', 'address', 'organization'];
// Node kinds of the link graph (docs/graph.md), in the legend's order.
export const NODE_KINDS = ['case', 'person', ...IDENTIFIER_KINDS, 'document'];
// Roles that may read the link graph (kGraphRead).
export const GRAPH_READ_ROLES = ['investigator', 'commander', 'analyst'];
