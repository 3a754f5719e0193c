// The training programme's vocabularies (docs/training.md), in display order,
// and which roles the server lets do what — copied only to decide which links,
// buttons and forms to offer; the server decides (403 otherwise). Labels are
// in i18n/ under the prefixes named beside each list.

// training_read and training_manage holders (src/domain/roles.cpp).
export const TRAINING_READ_ROLES = ['trainer', 'commander', 'analyst', 'admin'];
export const TRAINING_MANAGE_ROLES = ['trainer', 'admin'];

// tcstatus.*
export const COURSE_STATUSES = ['planned', 'in_progress', 'completed', 'cancelled'];
// tpstatus.*
export const PARTICIPANT_STATUSES = ['enrolled', 'withdrawn', 'completed', 'not_completed'];
// rank.*
export const RANKS = [
  'binh_nhi',
  'binh_nhat',
  'ha_si',
  'trung_si',
  'thuong_si',
  'thieu_uy',
  'trung_uy',
  'thuong_uy',
  'dai_uy',
  'thieu_ta',
  'trung_ta',
  'thuong_ta',
  'dai_ta',
  'thieu_tuong',
  'qncn',
  'civilian',
];
// osex.*
export const OFFICER_SEXES = ['male', 'female'];
// ttkind.*, ttstatus.*
export const TEST_KINDS = ['pre', 'post'];
export const TEST_STATUSES = ['draft', 'open', 'closed'];
// qkind.*
export const QUESTION_KINDS = ['single', 'multiple'];
// attempt.* — an attempt's state, and an officer's progress with a test
// (not_started, in_progress, expired: past due_at and its grace, unsent).
export const ATTEMPT_STATES = ['not_started', 'in_progress', 'expired', 'submitted', 'void'];
// medium.*, citation.*
export const MEDIA = ['print', 'digital'];
export const CITATION_KINDS = ['law', 'decree', 'case', 'guidance'];
// change.* (an edition's derived changes per module)
export const CHANGE_KINDS = ['added', 'revised', 'unchanged', 'removed'];

// asection.* — the end-of-training questionnaire, in its order.
export const ASSESSMENT_SECTIONS = [
  'trends',
  'modus_operandi',
  'challenges_investigation',
  'challenges_protection',
  'recommendations',
];
// theme.* — the codes each section offers.
export const TREND_THEMES = [
  'online_recruitment',
  'scam_centres',
  'fake_job_offers',
  'forced_marriage',
  'sexual_exploitation',
  'labour_exploitation',
  'child_trafficking',
  'illegal_border_crossing',
  'debt_bondage',
  'document_fraud',
  'social_media',
  'organ_removal',
  'surrogacy',
];
export const CHALLENGE_THEMES = [
  'victim_reluctance',
  'evidence_gathering',
  'cross_border_cooperation',
  'interagency_coordination',
  'language_barrier',
  'limited_resources',
  'legal_gaps',
  'victim_identification',
  'shelter_support',
  'online_investigation',
];
export const RECOMMENDATION_THEMES = [
  'more_training',
  'cross_border_cooperation',
  'community_awareness',
  'equipment_technology',
  'victim_support_services',
  'information_sharing',
  'legal_guidance',
  'staffing',
];

// The theme codes offered for `section`.
export function sectionThemes(section) {
  if (section === 'trends' || section === 'modus_operandi') return TREND_THEMES;
  if (section.startsWith('challenges')) return CHALLENGE_THEMES;
  if (section === 'recommendations') return RECOMMENDATION_THEMES;
  return [];
}

// Every theme code once (for labels).
export const ALL_THEMES = [...new Set([...TREND_THEMES, ...CHALLENGE_THEMES, ...RECOMMENDATION_THEMES])];
