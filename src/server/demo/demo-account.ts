// Exists only in demo mode, whose data is invented; printed in the terminal, the README
// and on the sign-in page so anyone can try Kelias.
export const DEMO_ACCOUNT = { email: 'admin@demo.kelias.lt', password: 'kelias-demo' } as const;
