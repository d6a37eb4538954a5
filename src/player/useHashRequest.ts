import { useEffect, useState } from 'preact/hooks';
import { parsePlayerHash, requestId, type PlayerRequest } from './hash';

/** The current request, following the content script's hash changes. */
export function useHashRequest(): PlayerRequest {
  const [request, setRequest] = useState(() => parsePlayerHash(location.hash));
  useEffect(() => {
    const onHashChange = () =>
      setRequest((previous) => {
        const next = parsePlayerHash(location.hash);
        // Same word again (the pointer came back to it): keep the state so the video does not restart.
        return requestId(next) === requestId(previous) ? previous : next;
      });
    window.addEventListener('hashchange', onHashChange);
    return () => window.removeEventListener('hashchange', onHashChange);
  }, []);
  return request;
}
