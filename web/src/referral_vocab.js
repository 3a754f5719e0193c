// Vocabularies of support organizations, referrals and the support checklist
// of Law 53/2024/QH15 Art. 37 (the same values as src/domain/referral.cpp and
// src/http/openapi.json; labels are in i18n/), and the roles that may use
// them, copied from src/domain/roles.cpp only to decide what to offer: the
// server decides (403 otherwise).
export const ORG_TYPES = [
  'social_protection_centre',
  'health',
  'legal_aid',
  'shelter',
  'psychosocial',
  'vocational_training',
  'iom',
  'ngo',
];

export const SUPPORT_SERVICES = [
  'essential_needs',
  'medical_care',
  'psychological_support',
  'legal_aid',
  'education_vocational_training',
  'employment_counselling',
  'initial_hardship_allowance',
  'shelter',
  'repatriation_travel',
  'other',
];

export const CONSENT_STATUSES = ['given', 'refused', 'withdrawn'];
export const REFERRAL_STATUSES = ['proposed', 'sent', 'accepted', 'in_progress', 'completed', 'declined'];

// Art. 37, in the order of the law.
export const ENTITLEMENT_ITEMS = [
  'essential_needs_and_travel',
  'medical_care',
  'psychological_support',
  'legal_aid',
  'education_vocational_training',
  'employment_counselling',
  'initial_hardship_allowance',
  'loan_support',
  'health_insurance_first_year',
];
export const ENTITLEMENT_STATUSES = ['not_assessed', 'not_needed', 'needed', 'provided'];

// kReferralRead, kReferralPropose, kReferralWrite.
export const REFERRAL_READ_ROLES = ['frontline_officer', 'investigator', 'victim_support', 'commander'];
export const REFERRAL_PROPOSE_ROLES = ['frontline_officer', 'investigator', 'victim_support'];
export const REFERRAL_WRITE_ROLES = ['investigator', 'victim_support'];
// The directory: read with case access (or managing it), kept with kSupportDirectoryManage.
export const SUPPORT_DIRECTORY_READ_ROLES = [
  'frontline_officer',
  'investigator',
  'victim_support',
  'commander',
  'analyst',
  'admin',
];
export const SUPPORT_DIRECTORY_MANAGE_ROLES = ['victim_support', 'admin'];

// Today in Vietnam as "YYYY-MM-DD".
export function todayInVietnam() {
  return new Date(Date.now() + 7 * 3600 * 1000).toISOString().slice(0, 10);
}
