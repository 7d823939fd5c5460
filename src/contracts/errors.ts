import type { Language } from './roles.ts';

// Stable error codes. Clients act on the code; the message is for people and comes
// in the user's language. Add a code here, never reuse one for another meaning.
export const ERROR_MESSAGES = {
  'AUTH.INVALID_CREDENTIALS': {
    lt: 'Neteisingas el. pašto adresas arba slaptažodis.',
    en: 'Incorrect e-mail address or password.',
  },
  'AUTH.TOO_MANY_ATTEMPTS': {
    lt: 'Per daug nesėkmingų bandymų prisijungti. Bandykite vėl po {{minutes}} min.',
    en: 'Too many failed sign-in attempts. Try again in {{minutes}} minutes.',
  },
  'AUTH.REQUIRED': {
    lt: 'Prisijunkite, kad galėtumėte tęsti.',
    en: 'Please sign in to continue.',
  },
  'AUTH.CSRF_FAILED': {
    lt: 'Puslapis pasenęs. Atnaujinkite jį ir bandykite dar kartą.',
    en: 'This page is out of date. Reload it and try again.',
  },
  'AUTH.WRONG_CURRENT_PASSWORD': {
    lt: 'Dabartinis slaptažodis neteisingas.',
    en: 'The current password is not correct.',
  },
  'ACCESS.FORBIDDEN': {
    lt: 'Neturite teisės atlikti šio veiksmo.',
    en: 'You do not have permission to do this.',
  },
  'RESOURCE.NOT_FOUND': {
    lt: 'Įrašas nerastas.',
    en: 'The record was not found.',
  },
  'ROUTE.NOT_FOUND': {
    lt: 'Tokio adreso nėra.',
    en: 'There is no such address.',
  },
  'REQUEST.MALFORMED': {
    lt: 'Užklausos turinys netinkamas (ne JSON).',
    en: 'The request body is not valid JSON.',
  },
  'REQUEST.TOO_LARGE': {
    lt: 'Užklausa per didelė.',
    en: 'The request is too large.',
  },
  'REQUEST.UNSUPPORTED_MEDIA_TYPE': {
    lt: 'Šis turinio tipas nepriimamas.',
    en: 'This content type is not accepted.',
  },
  'VALIDATION.FAILED': {
    lt: 'Patikrinkite pažymėtus laukus.',
    en: 'Check the highlighted fields.',
  },
  'RECORD.CHANGED': {
    lt: 'Kol redagavote, įrašą pakeitė kitas naudotojas. Atnaujinkite puslapį ir pakeiskite dar kartą.',
    en: 'Someone else changed this record while you were editing. Reload it and make your change again.',
  },
  'USER.EMAIL_TAKEN': {
    lt: 'Naudotojas su šiuo el. pašto adresu jau yra.',
    en: 'A user with this e-mail address already exists.',
  },
  'USER.OWN_ACCESS': {
    lt: 'Negalite išjungti savo paskyros ar atimti sau administratoriaus teisių.',
    en: 'You cannot deactivate your own account or remove your own administrator role.',
  },
  'CENTRE.COORDINATOR_NOT_MEMBER': {
    lt: 'Koordinatorius turi būti šios organizacijos darbuotojas.',
    en: 'The coordinator must be a staff member of this organisation.',
  },
  'SERVICE.UNAVAILABLE': {
    lt: 'Duomenų bazė nepasiekiama.',
    en: 'The database cannot be reached.',
  },
  INTERNAL: {
    lt: 'Įvyko nenumatyta klaida. Niekas neišsaugota. Bandykite dar kartą, o jei nepavyks, praneškite administratoriui.',
    en: 'Something went wrong. Nothing was saved. Try again, and tell your administrator if it happens again.',
  },
} as const satisfies Record<string, Record<Language, string>>;

export type ErrorCode = keyof typeof ERROR_MESSAGES;

// Messages for one field of a form that failed validation.
export const FIELD_MESSAGES = {
  required: { lt: 'Užpildykite šį lauką.', en: 'Fill in this field.' },
  too_short: { lt: 'Per trumpa: mažiausiai {{min}} simbolių.', en: 'Too short: at least {{min}} characters.' },
  too_long: { lt: 'Per ilga: daugiausia {{max}} simbolių.', en: 'Too long: at most {{max}} characters.' },
  blank: { lt: 'Negali būti tik tarpai.', en: 'Cannot be only spaces.' },
  email: { lt: 'Įrašykite el. pašto adresą, pvz., vardas@savivaldybe.lt.', en: 'Enter an e-mail address, e.g. name@municipality.lt.' },
  date: { lt: 'Įrašykite datą formatu MMMM-MM-DD.', en: 'Enter a date as YYYY-MM-DD.' },
  too_small: { lt: 'Mažiausia reikšmė: {{min}}.', en: 'The smallest value is {{min}}.' },
  too_large: { lt: 'Didžiausia reikšmė: {{max}}.', en: 'The largest value is {{max}}.' },
  choice: { lt: 'Pasirinkite vieną iš siūlomų reikšmių.', en: 'Choose one of the offered values.' },
  unknown_field: { lt: 'Toks laukas nepriimamas.', en: 'This field is not accepted.' },
  invalid: { lt: 'Netinkama reikšmė.', en: 'This value is not valid.' },
} as const satisfies Record<string, Record<Language, string>>;

export type FieldProblem = keyof typeof FIELD_MESSAGES;

export interface FieldError {
  field: string;
  problem: FieldProblem;
  message: string;
  params?: Record<string, string | number>;
}

export interface ErrorBody {
  error: { code: ErrorCode; message: string; details?: unknown };
}

export function interpolate(template: string, params: Record<string, string | number> = {}): string {
  return template.replace(/\{\{(\w+)\}\}/g, (whole, key: string) =>
    key in params ? String(params[key]) : whole,
  );
}
