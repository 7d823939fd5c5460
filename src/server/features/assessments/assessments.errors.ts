import { AppError } from '../../http/errors.ts';

// Error factories of assessments, with stable codes (contracts/errors.ts).
export const assessmentErrors = {
  completed: () => new AppError('ASSESSMENT.COMPLETED', 409),
  /** Names the questions by their numbers in the form, and each as a field for the form to mark. */
  unanswered: (missing: readonly { key: string; number: string }[]) =>
    new AppError('ASSESSMENT.UNANSWERED', 400, {
      params: { questions: missing.map((m) => m.number).join(', ') },
      details: {
        missing: missing.map((m) => m.key),
        fields: missing.map((m) => ({ field: `answers.${m.key}`, problem: 'unanswered', params: { question: m.number } })),
      },
    }),
};
