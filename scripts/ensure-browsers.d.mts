// Types of scripts/ensure-browsers.mjs for the unit test (the script itself stays plain JavaScript:
// .ci/run runs it before `npm ci`).
export type Purpose = 'demo' | 'test';
export const PACKAGES: { name: string; browser: 'chromium' | 'firefox'; for: Purpose[] }[];
export function decide(machine: { missing: string[]; root: boolean; aptGet: boolean; dpkg: boolean }): {
  install: string[];
  message: string | null;
};
export function missingPackages(
  purpose: Purpose,
  probe?: {
    env?: Record<string, string | undefined>;
    installed?: (name: string) => boolean | null;
    onPath?: (names: string[]) => boolean;
  },
): string[];
export function ensureBrowsers(purpose: Purpose, say?: (line: string) => void): 0 | 1 | 2;
