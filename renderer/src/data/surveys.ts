// Runs in the renderer. Psychosocial surveys of an assessment and their anonymous responses: create, collect, import, score.
import type { AssessmentId } from '../../../shared/domain/assessment';
import type { Questionnaire, QuestionnaireId } from '../../../shared/instruments/survey/questionnaire';
import { findQuestionnaire } from '../../../shared/instruments/survey/registry';
import { type SurveyResponse, validateSurveyResponse } from '../../../shared/instruments/survey/responses';
import { DefaultMinGroupSize, scoreSurvey, SmallestMinGroupSize, type SurveyScoreOutcome } from '../../../shared/instruments/survey/score';
import type { StoredSurvey, StoredSurveyResponse } from '../db/db';
import { database } from './database';
import { changeRecord, writableAssessment } from './writable';

export type { StoredSurvey, StoredSurveyResponse };
export { DefaultMinGroupSize, SmallestMinGroupSize };

export type SurveySettings = Pick<StoredSurvey, 'name' | 'invited' | 'groups' | 'minGroupSize'>;
export type SurveySettingsProblem = 'min-group-size' | 'invited' | 'groups';

export const MaxGroups = 50;

/** What is wrong with the settings, or null: a minimum below 5 could identify respondents, so it is refused. */
export function surveySettingsProblem(settings: Partial<SurveySettings>): SurveySettingsProblem | null {
  const { minGroupSize, invited, groups } = settings;
  if (minGroupSize !== undefined && !(Number.isInteger(minGroupSize) && minGroupSize >= SmallestMinGroupSize)) return 'min-group-size';
  if (invited !== undefined && invited !== null && !(Number.isInteger(invited) && invited >= 1)) return 'invited';
  if (groups !== undefined && (groups.length > MaxGroups || groups.some((g) => g.trim() === '' || g.length > 100) || new Set(groups).size !== groups.length)) return 'groups';
  return null;
}

export class SurveySettingsError extends Error {
  constructor(readonly problem: SurveySettingsProblem) {
    super(
      problem === 'min-group-size'
        ? `The minimum group size must be a whole number of at least ${SmallestMinGroupSize}: smaller groups could identify respondents.`
        : problem === 'invited'
          ? 'The number invited must be a whole number of at least 1, or left empty.'
          : `Groups must each have a name of up to 100 characters, at most ${MaxGroups}, each named once.`,
    );
    this.name = 'SurveySettingsError';
  }
}

function checked(settings: Partial<SurveySettings>): void {
  const problem = surveySettingsProblem(settings);
  if (problem) throw new SurveySettingsError(problem);
}

/** The questionnaire version the survey was set up with (always one this build ships: versions are never removed). */
export function questionnaireOf(survey: Pick<StoredSurvey, 'questionnaireId' | 'questionnaireVersion'>): Questionnaire {
  const questionnaire = findQuestionnaire(survey.questionnaireId, survey.questionnaireVersion);
  if (!questionnaire) throw new Error(`This survey uses ${survey.questionnaireId} version ${survey.questionnaireVersion}, which this JointCheck does not know. Update JointCheck.`);
  return questionnaire;
}

export async function createSurvey(assessmentId: AssessmentId, questionnaireId: QuestionnaireId, settings: SurveySettings): Promise<StoredSurvey> {
  checked(settings);
  const questionnaire = findQuestionnaire(questionnaireId);
  if (!questionnaire) throw new Error(`Unknown questionnaire ${questionnaireId}.`);
  const db = database();
  return changeRecord(assessmentId, [db.surveys], async (stamp) => {
    const survey: StoredSurvey = {
      id: crypto.randomUUID(),
      assessmentId,
      questionnaireId,
      questionnaireVersion: questionnaire.version,
      ...settings,
      groups: settings.groups.map((g) => g.trim()),
      lastImport: null,
      createdAt: stamp,
    };
    await db.surveys.add(survey);
    return survey;
  });
}

export async function updateSurvey(survey: Pick<StoredSurvey, 'id' | 'assessmentId'>, patch: Partial<SurveySettings>): Promise<void> {
  checked(patch);
  const db = database();
  await changeRecord(survey.assessmentId, [db.surveys], async () => {
    const current = await db.surveys.get(survey.id);
    if (!current) throw new Error('This survey no longer exists.');
    await db.surveys.put({ ...current, ...patch });
  });
}

/** Deletes the survey with every response to it. Results saved as evidence stay. */
export async function deleteSurvey(survey: Pick<StoredSurvey, 'id' | 'assessmentId'>): Promise<void> {
  const db = database();
  await changeRecord(survey.assessmentId, [db.surveys, db.surveyResponses], async () => {
    await db.surveyResponses.where('surveyId').equals(survey.id).delete();
    await db.surveys.delete(survey.id);
  });
}

export function surveysOf(assessmentId: AssessmentId): Promise<StoredSurvey[]> {
  return database()
    .surveys.where('assessmentId')
    .equals(assessmentId)
    .toArray()
    .then((list) => list.sort((a, b) => a.createdAt.localeCompare(b.createdAt)));
}

export function getSurvey(surveyId: string): Promise<StoredSurvey | undefined> {
  return database().surveys.get(surveyId);
}

/** The responses as the shared scoring reads them (in random id order, which says nothing about who answered when). */
export async function responsesOf(survey: StoredSurvey): Promise<SurveyResponse[]> {
  const rows = await database().surveyResponses.where('surveyId').equals(survey.id).toArray();
  return rows.map((r) => ({ questionnaireId: survey.questionnaireId, questionnaireVersion: survey.questionnaireVersion, answers: { ...r.answers }, group: r.group }));
}

export function responseCount(surveyId: string): Promise<number> {
  return database().surveyResponses.where('surveyId').equals(surveyId).count();
}

export type KioskSubmission = { readonly ok: true } | { readonly ok: false; readonly errors: readonly string[] };

/**
 * Stores one kiosk response: answers and the chosen group only, under a random id. The assessment's
 * "last changed" time is deliberately left alone, so nothing records when this respondent answered.
 */
export async function addKioskResponse(survey: StoredSurvey, input: { readonly answers: Readonly<Record<string, number | null>>; readonly group: string | null }): Promise<KioskSubmission> {
  const checkedResponse = validateSurveyResponse(questionnaireOf(survey), { answers: { ...input.answers }, group: input.group });
  if (!checkedResponse.ok) return checkedResponse;
  const { group } = checkedResponse.response;
  if (group !== null && !survey.groups.includes(group)) return { ok: false, errors: [`"${group}" is not one of this survey's groups.`] };
  const db = database();
  await db.transaction('rw', [db.assessments, db.surveyResponses], async () => {
    await writableAssessment(survey.assessmentId);
    await db.surveyResponses.add({ id: crypto.randomUUID(), surveyId: survey.id, assessmentId: survey.assessmentId, answers: checkedResponse.response.answers, group, source: 'kiosk' });
  });
  return { ok: true };
}

/** Adds responses read from a CSV file (importSurveyCsv) in one transaction, and records how the file was read. */
export async function importResponses(survey: StoredSurvey, responses: readonly SurveyResponse[], lastImport: NonNullable<StoredSurvey['lastImport']>): Promise<void> {
  if (responses.some((r) => r.questionnaireId !== survey.questionnaireId || r.questionnaireVersion !== survey.questionnaireVersion)) {
    throw new Error('These responses were read against another questionnaire than the survey uses.');
  }
  const db = database();
  await changeRecord(survey.assessmentId, [db.surveys, db.surveyResponses], async () => {
    await db.surveyResponses.bulkAdd(responses.map((r) => ({ id: crypto.randomUUID(), surveyId: survey.id, assessmentId: survey.assessmentId, answers: r.answers, group: r.group, source: 'import' as const })));
    await db.surveys.update(survey.id, { lastImport });
  });
}

/** Scores the survey with its own settings: suppression, the number invited and how any import was read. */
export function scoreStoredSurvey(survey: StoredSurvey, responses: readonly SurveyResponse[]): SurveyScoreOutcome {
  return scoreSurvey(questionnaireOf(survey), responses, {
    invited: survey.invited,
    minGroupSize: survey.minGroupSize,
    groupColumn: survey.lastImport?.groupColumn ?? null,
    inputs: survey.lastImport?.inputs ?? null,
  });
}
