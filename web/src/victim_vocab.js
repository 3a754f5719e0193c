// Vocabularies of victim screening, identification and reception (the same
// values as src/domain/victim.cpp, src/identify/ and src/http/openapi.json;
// labels are in i18n/), and the roles that may use them, copied from
// src/domain/roles.cpp only to decide what to offer: the server decides.

// The ILO/EC dimensions, in the order of the interview (GET /api/v1/indicators
// gives the same list as `dimensions`).
export const DIMENSIONS = [
  'deceptive_recruitment',
  'coercive_recruitment',
  'abuse_of_vulnerability_recruitment',
  'exploitative_conditions',
  'coercion_at_destination',
  'abuse_of_vulnerability_destination',
];
export const ANSWERS = ['present', 'absent', 'unknown'];
export const STRENGTHS = ['strong', 'medium', 'weak'];
export const EXPLOITATIONS = ['labour', 'sexual'];
export const VERDICTS = ['trafficked', 'possible_victim', 'not_identified'];
export const DIMENSION_VERDICTS = ['positive', 'not_positive', 'undetermined'];
export const SCREENING_STATUSES = ['draft', 'completed'];
export const LEGAL_STATUSES = ['screening_pending', 'being_verified', 'identified_victim', 'not_identified'];
// Statuses that need written grounds.
export const GROUNDS_REQUIRED = ['identified_victim', 'not_identified'];
export const IMMEDIATE_NEEDS = [
  'food_water',
  'medical_care',
  'shelter',
  'clothing',
  'interpretation',
  'psychological_support',
  'family_contact',
  'child_protection',
  'travel_home',
  'other',
];
// Unit kinds that may receive returnees.
export const RECEIVING_UNIT_KINDS = ['border_gate', 'border_post'];

// kVictimScreen, kVictimIdentify and kReceptionWrite holders.
export const VICTIM_SCREEN_ROLES = ['frontline_officer', 'investigator', 'victim_support'];
export const VICTIM_IDENTIFY_ROLES = VICTIM_SCREEN_ROLES;
export const RECEPTION_ROLES = VICTIM_SCREEN_ROLES;

// The current year in Vietnam.
export function yearInVietnam(now = new Date()) {
  return Number(new Date(now.getTime() + 7 * 3600 * 1000).toISOString().slice(0, 4));
}

// Which list fits a person born in `birthYear` (null: unknown): 'adult' when
// they are 18 or over whatever their birthday, 'child' when under 18 whatever
// it, 'either' when they turn 18 this year, 'unknown' without a year. The
// server refuses only a list that cannot fit.
export function ageGroup(birthYear, year = yearInVietnam()) {
  if (!birthYear) return 'unknown';
  const youngest = year - birthYear - 1;
  const oldest = year - birthYear;
  if (youngest >= 18) return 'adult';
  if (oldest < 18) return 'child';
  return 'either';
}

// The indicator set id for an age group choice and a form of exploitation.
export const setId = (child, exploitation) => `${child ? 'child' : 'adult'}_${exploitation}`;
