import type { ReactNode } from 'react';

interface BannerProps {
  tone: 'info' | 'success' | 'warning' | 'error';
  children: ReactNode;
  role?: 'alert' | 'status';
}

export function Banner({ tone, children, role }: BannerProps) {
  return <div className={`banner banner-${tone}`} role={role}>{children}</div>;
}
