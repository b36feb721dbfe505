import { useEffect, useState } from 'preact/hooks';

/** How many bytes the extension stores, measured again whenever `changed` changes. */
export function useStorageUsage(changed: unknown): number | undefined {
  const [usage, setUsage] = useState<number>();
  useEffect(() => {
    navigator.storage?.estimate?.().then(
      (estimate) => setUsage(estimate.usage),
      () => undefined,
    );
  }, [changed]);
  return usage;
}
