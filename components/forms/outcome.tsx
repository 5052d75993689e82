'use client';
import { createContext, type ReactNode, useContext, useState } from 'react';

const Announce = createContext<(message: string) => void>(() => {});

/**
 * Keeps the outcome of an action whose form disappears with it (an item checked off leaves the list
 * of items awaiting check-off), and says it above the list.
 */
export function OutcomeRegion({ children }: { children: ReactNode }) {
  const [message, setMessage] = useState<string | null>(null);
  return (
    <Announce.Provider value={setMessage}>
      <p role="status" className={message ? 'mb-3 rounded-md bg-green-50 px-3 py-2 text-sm text-green-800' : 'sr-only'}>
        {message}
      </p>
      {children}
    </Announce.Provider>
  );
}

/** Says a message in the nearest OutcomeRegion; nothing when there is none. */
export function useAnnounce() {
  return useContext(Announce);
}
