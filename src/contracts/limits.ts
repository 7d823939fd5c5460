// Limits shared by the API schemas and the web forms, so both refuse the same input.
export const LIMITS = {
  nameMax: 200,
  emailMax: 254,
  passwordMin: 10,
  passwordMax: 200,
  textMax: 2000,
  phoneMax: 40,
  codeMax: 20,
  workstationsMax: 10_000,
  pageSizeMax: 200,
  pageSizeDefault: 50,
  searchMax: 100,
} as const;
