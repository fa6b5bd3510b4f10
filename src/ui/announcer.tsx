import { createContext, useCallback, useContext, useMemo, useState, type ReactNode } from "react";

type Announce = (message: string) => void;

const AnnouncerContext = createContext<Announce>(() => {});

/** One polite live region for results of actions (saved, failed, retried). */
export function AnnouncerProvider({ children }: { children: ReactNode }) {
  const [message, setMessage] = useState({ text: "", seq: 0 });
  const announce = useCallback<Announce>(
    (text) => setMessage((old) => ({ text, seq: old.seq + 1 })),
    [],
  );
  const value = useMemo(() => announce, [announce]);
  return (
    <AnnouncerContext.Provider value={value}>
      {children}
      {/* The region stays; only its text is replaced (a new node each time, so a repeated
          message is read again). A live region created together with its text is often not read. */}
      <div role="status" className="visually-hidden">
        <span key={message.seq}>{message.text}</span>
      </div>
    </AnnouncerContext.Provider>
  );
}

export function useAnnounce(): Announce {
  return useContext(AnnouncerContext);
}
