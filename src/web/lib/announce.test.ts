import { afterEach, describe, expect, it, vi } from 'vitest';
import { announce, currentAnnouncement, pageChanged } from './announce.ts';

describe('announcements', () => {
  afterEach(() => {
    pageChanged();
    pageChanged();
    vi.useRealTimers();
  });

  it('goes when the user moves to another page', () => {
    announce('Saved');
    expect(currentAnnouncement()).toBe('Saved');
    pageChanged();
    expect(currentAnnouncement()).toBe('');
  });

  it('stays on the page a creation leads to, and goes on the page after it', () => {
    announce('Centre "A" created.', { forNextPage: true });
    pageChanged();
    expect(currentAnnouncement()).toBe('Centre "A" created.');
    pageChanged();
    expect(currentAnnouncement()).toBe('');
  });

  it('goes after ten seconds on the same page', () => {
    vi.useFakeTimers();
    announce('Saved');
    vi.advanceTimersByTime(9_999);
    expect(currentAnnouncement()).toBe('Saved');
    vi.advanceTimersByTime(1);
    expect(currentAnnouncement()).toBe('');
  });
});
